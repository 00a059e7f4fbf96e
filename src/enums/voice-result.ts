import { EVoiceResult } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/** Result of the voice functions (getAvailableVoice, getVoice, decompressVoice). */
export const VoiceResult = {
  VOICE_RESULT_OK: EVoiceResult.OK,
  VOICE_RESULT_NOT_INITIALIZED: EVoiceResult.NotInitialized,
  VOICE_RESULT_NOT_RECORDING: EVoiceResult.NotRecording,
  VOICE_RESULT_NO_DATA: EVoiceResult.NoData,
  VOICE_RESULT_BUFFER_TOO_SMALL: EVoiceResult.BufferTooSmall,
  VOICE_RESULT_DATA_CORRUPTED: EVoiceResult.DataCorrupted,
  VOICE_RESULT_RESTRICTED: EVoiceResult.Restricted,
  VOICE_RESULT_UNSUPPORTED_CODEC: EVoiceResult.UnsupportedCodec,
  VOICE_RESULT_RECEIVER_OUT_OF_DATE: EVoiceResult.ReceiverOutOfDate,
  VOICE_RESULT_RECEIVER_DID_NOT_ANSWER: EVoiceResult.ReceiverDidNotAnswer,
} as const;
export type VoiceResult = (typeof VoiceResult)[keyof typeof VoiceResult];

const descriptions = descriptionTable<VoiceResult>({
  [VoiceResult.VOICE_RESULT_OK]: 'The call succeeded.',
  [VoiceResult.VOICE_RESULT_NOT_INITIALIZED]: 'The voice system is not initialized.',
  [VoiceResult.VOICE_RESULT_NOT_RECORDING]: 'Voice recording is not active (call startVoiceRecording first).',
  [VoiceResult.VOICE_RESULT_NO_DATA]: 'No voice data is available yet.',
  [VoiceResult.VOICE_RESULT_BUFFER_TOO_SMALL]: 'The buffer given is too small for the voice data.',
  [VoiceResult.VOICE_RESULT_DATA_CORRUPTED]: 'The voice data is corrupted.',
  [VoiceResult.VOICE_RESULT_RESTRICTED]: 'The user is restricted from using voice chat.',
  [VoiceResult.VOICE_RESULT_UNSUPPORTED_CODEC]: 'The voice data uses an unsupported codec.',
  [VoiceResult.VOICE_RESULT_RECEIVER_OUT_OF_DATE]: 'The receiver runs an out of date version of the voice system.',
  [VoiceResult.VOICE_RESULT_RECEIVER_DID_NOT_ANSWER]: 'The receiver did not answer.',
});

export const describeVoiceResult = (value: number): string => describeEnumValue('VoiceResult', descriptions, value);
