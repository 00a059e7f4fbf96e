/**
 * DecompressVoice with the retry Steam asks for: when the buffer is too small Steam names the
 * size it needs, and the call is made once more with it (bounded, so a hostile size cannot
 * exhaust memory). Shared by decompressVoice and the decompress operator.
 */
import { left, right, type Either } from 'fp-ts/Either';
import { EVoiceResult } from '../../native/enums';
import type { UserPort } from '../../native/steam-core';
import type { VoiceError } from '../errors';
import { voiceError } from './voice-error';

/** No frame or decoded block may grow a buffer past this. */
export const MAX_VOICE_BUFFER_BYTES = 4 * 1024 * 1024;

/** `frame` (checked, non-empty) as 16-bit mono PCM at `sampleRate`, starting with `initialBytes` of room. */
export const decodeVoice = (user: UserPort, frame: Uint8Array, sampleRate: number, initialBytes: number): Either<VoiceError, Int16Array> => {
  let destination = new Uint8Array(initialBytes);
  let decoded = user.decompressVoice(frame, destination, sampleRate);
  if (decoded.result === EVoiceResult.BufferTooSmall && decoded.bytesWritten > destination.byteLength) {
    if (decoded.bytesWritten > MAX_VOICE_BUFFER_BYTES) return left(voiceError(EVoiceResult.BufferTooSmall));
    destination = new Uint8Array(decoded.bytesWritten);
    decoded = user.decompressVoice(frame, destination, sampleRate);
  }
  if (decoded.result !== EVoiceResult.OK) return left(voiceError(decoded.result));
  const samples = Math.floor(Math.min(Math.max(decoded.bytesWritten, 0), destination.byteLength) / 2);
  // A fresh, aligned copy: the caller owns it, the scratch buffer is dropped.
  const pcm = new Int16Array(samples);
  new Uint8Array(pcm.buffer).set(destination.subarray(0, samples * 2));
  return right(pcm);
};
