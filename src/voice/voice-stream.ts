/**
 * voice$: compressed voice frames while subscribed. Recording starts on subscribe; each pump frame
 * reads what Steam captured. Steam keeps capturing briefly after StopVoiceRecording (people let go
 * of push-to-talk early), so stopping reads on until Steam says NotRecording.
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import { Observable, isObservable, type Subscription } from 'rxjs';
import { EVoiceResult } from '../../native/enums';
import { callFailed, invalidArgument, notInitialized, type InvalidArgument } from '../errors';
import { integerIn } from '../validation/arguments';
import { DEFAULT_VOICE_BUFFER_BYTES, MAX_VOICE_BUFFER_BYTES, voiceError, type VoiceContext } from './voice-calls';

export interface VoiceStreamOptions {
  /** When this emits, recording stops; the tail frames are still emitted, then the stream completes. */
  readonly stop$?: Observable<unknown>;
  /** First size of the read buffer; it grows when Steam says it is too small. Default 8 KiB. */
  readonly initialBufferBytes?: number;
  /** Frames to wait for NotRecording after a stop before giving up on the tail. Default 120 (~2 s at 60 Hz). */
  readonly maxDrainFrames?: number;
}

type ReadOutcome = { readonly kind: 'frame'; readonly bytes: Uint8Array } | { readonly kind: 'idle' } | { readonly kind: 'stopped' } | { readonly kind: 'failed'; readonly result: number };

/** Reads once, growing the buffer as Steam asks (bounded). */
const readFrame = (context: VoiceContext, scratch: { buffer: Uint8Array }): ReadOutcome => {
  for (;;) {
    const read = context.user.getVoice(scratch.buffer);
    switch (read.result) {
      case EVoiceResult.OK:
        return { kind: 'frame', bytes: scratch.buffer.slice(0, Math.min(Math.max(read.bytesWritten, 0), scratch.buffer.byteLength)) };
      case EVoiceResult.NoData:
        return { kind: 'idle' };
      case EVoiceResult.NotRecording:
        return { kind: 'stopped' };
      case EVoiceResult.BufferTooSmall: {
        const wanted = Math.max(context.user.getAvailableVoice().compressedBytes, scratch.buffer.byteLength * 2);
        if (scratch.buffer.byteLength >= MAX_VOICE_BUFFER_BYTES) return { kind: 'failed', result: read.result };
        scratch.buffer = new Uint8Array(Math.min(wanted, MAX_VOICE_BUFFER_BYTES));
        continue;
      }
      default:
        return { kind: 'failed', result: read.result };
    }
  }
};

interface VoiceSettings {
  readonly stop$: Observable<unknown> | undefined;
  readonly initialBufferBytes: number;
  readonly maxDrainFrames: number;
}

/** Options come from game code: anything but the documented shape is an InvalidArgument naming it. */
const voiceSettings = (options: unknown): Either<InvalidArgument, VoiceSettings> => {
  if (options === undefined) return right({ stop$: undefined, initialBufferBytes: DEFAULT_VOICE_BUFFER_BYTES, maxDrainFrames: 120 });
  if (options === null || typeof options !== 'object') return left(invalidArgument('options', 'expected an object of voice$ options'));
  const given = options as { readonly stop$?: unknown; readonly initialBufferBytes?: unknown; readonly maxDrainFrames?: unknown };
  if (given.stop$ !== undefined && !isObservable(given.stop$)) return left(invalidArgument('options.stop$', 'expected an Observable'));
  const initialBufferBytes = given.initialBufferBytes === undefined ? right(DEFAULT_VOICE_BUFFER_BYTES) : integerIn('options.initialBufferBytes', given.initialBufferBytes, 64, MAX_VOICE_BUFFER_BYTES);
  if (isLeft(initialBufferBytes)) return initialBufferBytes;
  const maxDrainFrames = given.maxDrainFrames === undefined ? right(120) : integerIn('options.maxDrainFrames', given.maxDrainFrames, 1, 1_000_000);
  if (isLeft(maxDrainFrames)) return maxDrainFrames;
  return right({ stop$: given.stop$, initialBufferBytes: initialBufferBytes.right, maxDrainFrames: maxDrainFrames.right });
};

/**
 * One microphone per client: a second voice$ subscribed while one records would read nothing
 * (the first takes every frame) and stop the first's recording when it ends, so it is refused
 * with a CallFailed; to give several consumers the same frames, share() one voice$.
 */
export const voice$ = (context: VoiceContext) => {
  let recordingSubscriptions = 0;
  return (options?: VoiceStreamOptions): Observable<Uint8Array> =>
    new Observable<Uint8Array>((subscriber) => {
      const { state } = context;
      if (!state.live) {
        subscriber.error(notInitialized(state.name));
        return undefined;
      }
      const settings = voiceSettings(options);
      if (isLeft(settings)) {
        subscriber.error(settings.left);
        return undefined;
      }
      if (recordingSubscriptions > 0) {
        subscriber.error(callFailed('voice$', 'another voice$ subscription of this client is recording; share() it instead'));
        return undefined;
      }
      recordingSubscriptions += 1;
      const { maxDrainFrames, initialBufferBytes, stop$ } = settings.right;
      const scratch = { buffer: new Uint8Array(initialBufferBytes) };
      let recording = true;
      let stopping = false;
      let drainFrames = 0;
      const stop = (): void => {
        if (stopping) return;
        stopping = true;
        if (state.live) context.user.stopVoiceRecording();
      };
      context.user.startVoiceRecording();
      const frames: Subscription = state.pump.frames$.subscribe({
        next: () => {
          if (!state.live) return;
          const outcome = readFrame(context, scratch);
          if (outcome.kind === 'frame') subscriber.next(outcome.bytes);
          else if (outcome.kind === 'failed') subscriber.error(voiceError(outcome.result));
          else if (outcome.kind === 'stopped' || (stopping && ++drainFrames >= maxDrainFrames)) {
            recording = false;
            subscriber.complete();
          }
        },
        complete: () => subscriber.complete(),
      });
      const stopSignal = stop$?.subscribe(() => stop());
      const ended = state.whenShutdown(() => subscriber.complete());
      return () => {
        recordingSubscriptions -= 1;
        frames.unsubscribe();
        stopSignal?.unsubscribe();
        ended();
        if (!recording || !state.live) return;
        stop();
        // Unsubscribed mid-recording: nobody wants the tail, but Steam's capture buffer still has to
        // be read out until NotRecording, or the next recording would start with stale audio.
        let drained = 0;
        const drain = state.pump.frames$.subscribe(() => {
          // A new recording owns the microphone now: its frames are not ours to throw away.
          if (!state.live || recordingSubscriptions > 0) {
            drain.unsubscribe();
            return;
          }
          const outcome = readFrame(context, scratch);
          if (outcome.kind === 'stopped' || outcome.kind === 'failed' || ++drained >= maxDrainFrames) drain.unsubscribe();
        });
      };
    });
};
