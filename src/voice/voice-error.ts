/** VoiceError for an EVoiceResult, with Valve's description of it. */
import { describeVoiceResult } from '../enums';
import type { VoiceResult } from '../enums/voice-result';
import { VoiceError } from '../errors';

/** A VoiceError for `result`; `what` says which call or situation, for the message. */
export const voiceError = (result: number, what = 'voice call failed'): VoiceError => {
  const description = describeVoiceResult(result);
  return new VoiceError(result as VoiceResult, description, `${what}: ${description}`);
};
