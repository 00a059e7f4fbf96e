/**
 * decompress(sampleRate): the operator for voice$ pipelines. Each frame becomes an Either of
 * 16-bit mono PCM, so one corrupt frame is a value, not the end of the stream; a Left from voice$
 * passes through as it is.
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import { map, type OperatorFunction } from 'rxjs';
import { EVoiceResult } from '../../native/enums';
import { NotInitialized } from '../errors';
import { ensureLive } from '../session/guard';
import { plainBytesOf } from '../../native/typed-array-intrinsics';
import { decodeVoice, MAX_VOICE_BUFFER_BYTES } from './decode-voice';
import { DEFAULT_DECOMPRESS_BUFFER_BYTES, sampleRateArgument, type VoiceContext } from './voice-calls';
import { voiceError } from './voice-error';
import type { VoiceStreamError } from './voice-stream';

/** A frame as voice$ emits it, or bare compressed bytes. */
export type VoiceFrameInput = Either<VoiceStreamError, Uint8Array> | Uint8Array;

export const decompress =
  ({ state, user }: VoiceContext) =>
  (sampleRate: number): OperatorFunction<VoiceFrameInput, Either<VoiceStreamError, Int16Array>> => {
    ensureLive(state);
    const rate = sampleRateArgument(sampleRate);
    // A frame after shutdown, or one that is not compressed voice, is a value: a throw here would
    // end the caller's pipeline on its error channel.
    const decode = (bytes: Uint8Array | undefined): Either<VoiceStreamError, Int16Array> => {
      if (!state.live) return left(new NotInitialized(state.name));
      if (bytes === undefined || bytes.byteLength > MAX_VOICE_BUFFER_BYTES) return left(voiceError(EVoiceResult.DataCorrupted, 'not a voice frame'));
      if (bytes.byteLength === 0) return right(new Int16Array(0));
      return decodeVoice(user, bytes, rate, DEFAULT_DECOMPRESS_BUFFER_BYTES);
    };
    return map((input) => {
      // Each frame is read through the intrinsic getters once: bare bytes, or an Either's payload.
      const bytes = plainBytesOf(input);
      if (bytes !== undefined) return decode(bytes);
      const frame = input as Either<VoiceStreamError, Uint8Array>;
      return isLeft(frame) ? frame : decode(plainBytesOf(frame.right));
    });
  };
