/**
 * The spec's voice functions: recording on/off, reading compressed voice, decoding it to PCM.
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import { EVoiceResult } from '../../native/enums';
import type { UserPort } from '../../native/steam-core';
import { describeVoiceResult } from '../enums';
import { notInitialized, type InvalidArgument, type NotInitialized, type VoiceError } from '../errors';
import { liveQuery } from '../session/guard';
import type { SessionState } from '../session/session-state';
import { bytes, integerIn } from '../validation/arguments';

export interface VoiceContext {
  readonly state: SessionState;
  readonly user: UserPort;
}

export const MIN_SAMPLE_RATE = 11025;
export const MAX_SAMPLE_RATE = 48000;
/** The spec's recommended starting size for decompressVoice. */
export const DEFAULT_DECOMPRESS_BUFFER_BYTES = 20480;
/** Steam recommends 8 KiB or more for compressed voice. */
export const DEFAULT_VOICE_BUFFER_BYTES = 8192;
/** No frame or decoded block may grow a buffer past this (a hostile size must not exhaust memory). */
export const MAX_VOICE_BUFFER_BYTES = 4 * 1024 * 1024;

export const voiceError = (result: number): VoiceError => {
  const description = describeVoiceResult(result);
  return { _tag: 'VoiceError', result, description, message: `voice call failed: ${description}` };
};

/** The spec's getAvailableVoice dictionary: the result and the compressed bytes ready. */
export interface AvailableVoice {
  readonly result: number;
  readonly buffer: number;
}

export const getAvailableVoice =
  (context: VoiceContext) =>
  (): Either<NotInitialized, AvailableVoice> => {
    if (!context.state.live) return left(notInitialized(context.state.name));
    const available = context.user.getAvailableVoice();
    return right({ result: available.result, buffer: available.compressedBytes });
  };

/** The spec's getVoice dictionary. `buffer` holds exactly `written` bytes. */
export interface VoiceRead {
  readonly result: number;
  readonly written: number;
  readonly buffer: Uint8Array;
}

/**
 * Reads compressed voice. OK, NoData and NotRecording are answers (Right); the other results are
 * a VoiceError. With no size given, the buffer is sized from getAvailableVoice, as the spec says.
 */
export const getVoice =
  (context: VoiceContext) =>
  (bufferSizeOverride: unknown = 0): Either<NotInitialized | InvalidArgument | VoiceError, VoiceRead> => {
    if (!context.state.live) return left(notInitialized(context.state.name));
    const override = integerIn('bufferSizeOverride', bufferSizeOverride, 0, MAX_VOICE_BUFFER_BYTES);
    if (isLeft(override)) return override;
    let size = override.right;
    if (size === 0) {
      const available = context.user.getAvailableVoice();
      if (available.result !== EVoiceResult.OK) return readAnswer(available.result, new Uint8Array(0), 0);
      size = Math.min(Math.max(available.compressedBytes, 1), MAX_VOICE_BUFFER_BYTES);
    }
    let buffer = new Uint8Array(size);
    let read = context.user.getVoice(buffer);
    if (read.result === EVoiceResult.BufferTooSmall && override.right === 0) {
      // More voice was captured between the size query and the read: size again, once.
      const available = context.user.getAvailableVoice().compressedBytes;
      if (available > buffer.byteLength && available <= MAX_VOICE_BUFFER_BYTES) {
        buffer = new Uint8Array(available);
        read = context.user.getVoice(buffer);
      }
    }
    return readAnswer(read.result, buffer, read.bytesWritten);
  };

const readAnswer = (result: number, buffer: Uint8Array, written: number): Either<VoiceError, VoiceRead> => {
  if (result === EVoiceResult.OK || result === EVoiceResult.NoData || result === EVoiceResult.NotRecording) {
    const size = result === EVoiceResult.OK ? Math.min(Math.max(written, 0), buffer.byteLength) : 0;
    return right({ result, written: size, buffer: buffer.slice(0, size) });
  }
  return left(voiceError(result));
};

/**
 * Decodes one compressed frame to 16-bit mono PCM at `sampleRate` (11025..48000). When Steam says
 * the buffer is too small it names the size it needs, and the call is retried once with it.
 */
export const decompressVoice =
  (context: VoiceContext) =>
  (
    voice: unknown,
    sampleRate: unknown,
    bufferSizeOverride: unknown = DEFAULT_DECOMPRESS_BUFFER_BYTES,
  ): Either<NotInitialized | InvalidArgument | VoiceError, Int16Array> => {
    if (!context.state.live) return left(notInitialized(context.state.name));
    const frame = bytes('voice', voice, MAX_VOICE_BUFFER_BYTES);
    if (isLeft(frame)) return frame;
    const rate = integerIn('sampleRate', sampleRate, MIN_SAMPLE_RATE, MAX_SAMPLE_RATE);
    if (isLeft(rate)) return rate;
    const initial = integerIn('bufferSizeOverride', bufferSizeOverride, 2, MAX_VOICE_BUFFER_BYTES);
    if (isLeft(initial)) return initial;
    let destination = new Uint8Array(initial.right);
    let decoded = context.user.decompressVoice(frame.right, destination, rate.right);
    if (decoded.result === EVoiceResult.BufferTooSmall && decoded.bytesWritten > destination.byteLength) {
      if (decoded.bytesWritten > MAX_VOICE_BUFFER_BYTES) return left(voiceError(EVoiceResult.BufferTooSmall));
      destination = new Uint8Array(decoded.bytesWritten);
      decoded = context.user.decompressVoice(frame.right, destination, rate.right);
    }
    if (decoded.result !== EVoiceResult.OK) return left(voiceError(decoded.result));
    const samples = Math.floor(Math.min(Math.max(decoded.bytesWritten, 0), destination.byteLength) / 2);
    // A fresh, aligned copy: the caller owns it, the scratch buffer is dropped.
    const pcm = new Int16Array(samples);
    new Uint8Array(pcm.buffer).set(destination.subarray(0, samples * 2));
    return right(pcm);
  };

export const startVoiceRecording = (context: VoiceContext) => liveQuery(context.state, () => context.user.startVoiceRecording());

export const stopVoiceRecording = (context: VoiceContext) => liveQuery(context.state, () => context.user.stopVoiceRecording());

export const getVoiceOptimalSampleRate = (context: VoiceContext) => liveQuery(context.state, () => context.user.getVoiceOptimalSampleRate());
