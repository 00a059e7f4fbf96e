/**
 * decompress(sampleRate): the operator for voice$ pipelines — each compressed frame becomes an
 * Either of 16-bit mono PCM, so one corrupt frame is a value, not the end of the stream.
 */
import type { Either } from 'fp-ts/Either';
import { map, type OperatorFunction } from 'rxjs';
import type { InvalidArgument, NotInitialized, VoiceError } from '../errors';
import { decompressVoice, type VoiceContext } from './voice-calls';

export const decompress =
  (context: VoiceContext) =>
  (sampleRate: number): OperatorFunction<Uint8Array, Either<NotInitialized | InvalidArgument | VoiceError, Int16Array>> => {
    const decode = decompressVoice(context);
    return map((frame) => decode(frame, sampleRate));
  };
