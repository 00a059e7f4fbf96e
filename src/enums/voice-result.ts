import { EVoiceResult } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/** Result of the voice functions (getAvailableVoice, getVoice, decompressVoice). */
export const VoiceResult = {
  /** The call succeeded. */
  VOICE_RESULT_OK: EVoiceResult.OK,
  /** The voice system is not initialized. */
  VOICE_RESULT_NOT_INITIALIZED: EVoiceResult.NotInitialized,
  /** Voice recording is not active (call startVoiceRecording first). */
  VOICE_RESULT_NOT_RECORDING: EVoiceResult.NotRecording,
  /** No voice data is available yet. */
  VOICE_RESULT_NO_DATA: EVoiceResult.NoData,
  /** The buffer given is too small for the voice data. */
  VOICE_RESULT_BUFFER_TOO_SMALL: EVoiceResult.BufferTooSmall,
  /** The voice data is corrupted. */
  VOICE_RESULT_DATA_CORRUPTED: EVoiceResult.DataCorrupted,
  /** The user is restricted from using voice chat. */
  VOICE_RESULT_RESTRICTED: EVoiceResult.Restricted,
  /** The voice data uses an unsupported codec. */
  VOICE_RESULT_UNSUPPORTED_CODEC: EVoiceResult.UnsupportedCodec,
  /** The receiver runs an out of date version of the voice system. */
  VOICE_RESULT_RECEIVER_OUT_OF_DATE: EVoiceResult.ReceiverOutOfDate,
  /** The receiver did not answer. */
  VOICE_RESULT_RECEIVER_DID_NOT_ANSWER: EVoiceResult.ReceiverDidNotAnswer,
} as const;
export type VoiceResult = (typeof VoiceResult)[keyof typeof VoiceResult];

const descriptions = descriptionTable<VoiceResult>(() => ({
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
}));

/** The readable description of one VoiceResult value; a value that is not a member gives `unknown VoiceResult value <value>`. */
export const describeVoiceResult = (value: number): string => describeEnumValue('VoiceResult', descriptions, value);
