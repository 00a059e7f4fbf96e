/**
 * The spec's voice functions, straight to Steam: recording on/off, reading compressed voice,
 * decoding it to PCM. A call after shutdown or a wrong argument throws; Steam's own failures are
 * a Left(VoiceError).
 */
import { left, right, type Either } from 'fp-ts/Either';
import { EVoiceResult } from '../../native/enums';
import type { UserPort } from '../../native/steam-core';
import type { VoiceResult } from '../enums/voice-result';
import type { VoiceError } from '../errors';
import { ensureLive } from '../session/guard';
import type { SessionState } from '../session/session-state';
import { bytes, integerIn } from '../validation/arguments';
import { decodeVoice, MAX_VOICE_BUFFER_BYTES } from './decode-voice';
import { voiceError } from './voice-error';

export interface VoiceContext {
  readonly state: SessionState;
  readonly user: UserPort;
}

/** The lowest sample rate decompressVoice takes. */
export const MIN_SAMPLE_RATE = 11025;
/** The highest sample rate decompressVoice takes. */
export const MAX_SAMPLE_RATE = 48000;
/** The spec's recommended starting size for decompressVoice. */
export const DEFAULT_DECOMPRESS_BUFFER_BYTES = 20480;
/** Steam recommends 8 KiB or more for compressed voice. */
export const DEFAULT_VOICE_BUFFER_BYTES = 8192;

/** The spec's getAvailableVoice dictionary: the result and the compressed bytes ready. */
export interface AvailableVoice {
  /** OK when voice is ready, NoData while recording with nothing new, NotRecording when off. */
  readonly result: VoiceResult;
  /** Compressed bytes ready to read. */
  readonly buffer: number;
}

/** The spec's getVoice dictionary. `buffer` holds exactly `written` bytes. */
export interface VoiceRead {
  /** OK, NoData or NotRecording (the other results are a Left). */
  readonly result: VoiceResult;
  /** Bytes read: 0 unless `result` is OK. */
  readonly written: number;
  /** The compressed voice read, a copy. */
  readonly buffer: Uint8Array;
}

/** A sample rate decompressVoice takes, or a thrown InvalidArgument. */
export const sampleRateArgument = (value: unknown): number => integerIn('sampleRate', value, MIN_SAMPLE_RATE, MAX_SAMPLE_RATE);

const readAnswer = (result: number, buffer: Uint8Array, written: number): Either<VoiceError, VoiceRead> => {
  if (result === EVoiceResult.OK || result === EVoiceResult.NoData || result === EVoiceResult.NotRecording) {
    const size = result === EVoiceResult.OK ? Math.min(Math.max(written, 0), buffer.byteLength) : 0;
    return right({ result: result as VoiceResult, written: size, buffer: buffer.slice(0, size) });
  }
  return left(voiceError(result));
};

export const getAvailableVoice =
  ({ state, user }: VoiceContext) =>
  (): AvailableVoice => {
    ensureLive(state);
    const available = user.getAvailableVoice();
    return { result: available.result as VoiceResult, buffer: available.compressedBytes };
  };

/** With no size given, the buffer is sized from getAvailableVoice, as the spec says. */
export const getVoice =
  ({ state, user }: VoiceContext) =>
  (bufferSizeOverride: number = 0): Either<VoiceError, VoiceRead> => {
    ensureLive(state);
    const override = integerIn('bufferSizeOverride', bufferSizeOverride, 0, MAX_VOICE_BUFFER_BYTES);
    let size = override;
    if (size === 0) {
      const available = user.getAvailableVoice();
      if (available.result !== EVoiceResult.OK) return readAnswer(available.result, new Uint8Array(0), 0);
      size = Math.min(Math.max(available.compressedBytes, 1), MAX_VOICE_BUFFER_BYTES);
    }
    let buffer = new Uint8Array(size);
    let read = user.getVoice(buffer);
    if (read.result === EVoiceResult.BufferTooSmall && override === 0) {
      // More voice was captured between the size query and the read: size again, once.
      const available = user.getAvailableVoice().compressedBytes;
      if (available > buffer.byteLength && available <= MAX_VOICE_BUFFER_BYTES) {
        buffer = new Uint8Array(available);
        read = user.getVoice(buffer);
      }
    }
    return readAnswer(read.result, buffer, read.bytesWritten);
  };

export const decompressVoice =
  ({ state, user }: VoiceContext) =>
  (voice: Uint8Array, sampleRate: number, bufferSizeOverride: number = DEFAULT_DECOMPRESS_BUFFER_BYTES): Either<VoiceError, Int16Array> => {
    ensureLive(state);
    const frame = bytes('voice', voice, MAX_VOICE_BUFFER_BYTES);
    const rate = sampleRateArgument(sampleRate);
    const initial = integerIn('bufferSizeOverride', bufferSizeOverride, 2, MAX_VOICE_BUFFER_BYTES);
    return decodeVoice(user, frame, rate, initial);
  };
