/**
 * The client's voice: the spec's functions (straight to Steam) and their reactive form, voice$
 * over the one shared microphone, with the decompress operator.
 */
import type { Either } from 'fp-ts/Either';
import type { Observable, OperatorFunction } from 'rxjs';
import type { VoiceError } from '../errors';
import { liveQuery } from '../session/guard';
import { decompress, type VoiceFrameInput } from './decompress';
import { Microphone } from './microphone';
import { decompressVoice, getAvailableVoice, getVoice, type AvailableVoice, type VoiceContext, type VoiceRead } from './voice-calls';
import { voice$, type VoiceStreamError, type VoiceStreamOptions } from './voice-stream';

/**
 * Voice chat: recording, reading and decoding. Each function throws NotInitialized after
 * shutdown and InvalidArgument for a wrong argument, at call time; Steam's own failures are a
 * Left(VoiceError).
 */
export interface VoiceFunctions {
  /**
   * Turns the microphone on (Steam captures until stopVoiceRecording and a short tail after).
   * Flat: SteamAPI_ISteamUser_StartVoiceRecording. voice$ does this for you; mixing the two makes
   * them read each other's frames.
   */
  readonly startVoiceRecording: () => void;
  /** Turns the microphone off; Steam keeps capturing a short tail. Flat: SteamAPI_ISteamUser_StopVoiceRecording. */
  readonly stopVoiceRecording: () => void;
  /** How much compressed voice is ready: the result (OK, NoData, NotRecording) and the byte count. Flat: SteamAPI_ISteamUser_GetAvailableVoice. */
  readonly getAvailableVoice: () => AvailableVoice;
  /**
   * Reads the compressed voice captured so far. Flat: SteamAPI_ISteamUser_GetVoice. OK, NoData
   * and NotRecording are answers (Right); the other results are a Left(VoiceError). Without
   * `bufferSizeOverride` the buffer is sized from getAvailableVoice. Throws InvalidArgument for a
   * size outside 0..4 MiB.
   */
  readonly getVoice: (bufferSizeOverride?: number) => Either<VoiceError, VoiceRead>;
  /**
   * Decodes one compressed frame to 16-bit mono PCM at `sampleRate` (11025..48000); when Steam
   * says the buffer is too small, retries once with the size it names. Flat:
   * SteamAPI_ISteamUser_DecompressVoice. Failures: Left(VoiceError) for corrupt data and the like.
   * Throws InvalidArgument for empty or oversized bytes, a rate or buffer size out of range.
   */
  readonly decompressVoice: (voice: Uint8Array, sampleRate: number, bufferSizeOverride?: number) => Either<VoiceError, Int16Array>;
  /** The sample rate Steam decodes to best (without resampling). Flat: SteamAPI_ISteamUser_GetVoiceOptimalSampleRate. */
  readonly getVoiceOptimalSampleRate: () => number;
  /**
   * Compressed voice frames from the microphone while subscribed, one per pump frame that has
   * some. Any number of subscribers share one recording: the first starts it
   * (StartVoiceRecording, once), the last to leave stops it (StopVoiceRecording, once). After a
   * stop Steam captures a short tail: the last subscriber gets it when it left through
   * `options.stop$`; after an unsubscribe it is read and dropped.
   *
   * Flat: SteamAPI_ISteamUser_StartVoiceRecording, GetVoice each frame, StopVoiceRecording.
   * Failures (a Left, then completion): VoiceError NotRecording when the microphone does not
   * record, another VoiceError when Steam fails a read, NotInitialized when subscribed after
   * shutdown. Shutdown completes the stream. Throws InvalidArgument for wrong options,
   * NotInitialized after shutdown, at call time.
   *
   * @example
   * ```ts
   * const pushToTalkReleased$ = keyUp$.pipe(filter((key) => key === 'V'));
   * client.voice$({ stop$: pushToTalkReleased$ })
   *   .pipe(client.decompress(client.getVoiceOptimalSampleRate()))
   *   .subscribe((pcm) => (isRight(pcm) ? speaker.play(pcm.right) : console.warn(pcm.left.message)));
   * ```
   */
  readonly voice$: (options?: VoiceStreamOptions) => Observable<Either<VoiceStreamError, Uint8Array>>;
  /**
   * An operator decoding voice$ frames (or bare compressed bytes) to PCM at `sampleRate`
   * (11025..48000), frame by frame: a frame that does not decode is a Left(VoiceError), the
   * stream goes on; a Left from voice$ passes through. Flat: SteamAPI_ISteamUser_DecompressVoice.
   * Throws InvalidArgument for a rate out of range, NotInitialized after shutdown, at call time.
   */
  readonly decompress: (sampleRate: number) => OperatorFunction<VoiceFrameInput, Either<VoiceStreamError, Int16Array>>;
}

export const voiceFunctions = (context: VoiceContext): VoiceFunctions => {
  const { state, user } = context;
  const microphone = new Microphone(state, user);
  return {
    startVoiceRecording: liveQuery(state, () => user.startVoiceRecording()),
    stopVoiceRecording: liveQuery(state, () => user.stopVoiceRecording()),
    getAvailableVoice: getAvailableVoice(context),
    getVoice: getVoice(context),
    decompressVoice: decompressVoice(context),
    getVoiceOptimalSampleRate: liveQuery(state, () => user.getVoiceOptimalSampleRate()),
    voice$: voice$(state, microphone),
    decompress: decompress(context),
  };
};
