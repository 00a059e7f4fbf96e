/**
 * voice$: compressed voice frames while subscribed. Recording starts on subscribe; each pump frame
 * reads what Steam captured. Steam keeps capturing briefly after StopVoiceRecording (people let go
 * of push-to-talk early), so stopping reads on until Steam says NotRecording.
 */
import { Observable, type Subscription } from 'rxjs';
import { EVoiceResult } from '../../native/enums';
import { callFailed, notInitialized } from '../errors';
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

/**
 * One microphone per client: a second voice$ subscribed while one records would read nothing
 * (the first takes every frame) and stop the first's recording when it ends, so it is refused
 * with a CallFailed; to give several consumers the same frames, share() one voice$.
 */
export const voice$ = (context: VoiceContext) => {
  let recordingSubscriptions = 0;
  return (options: VoiceStreamOptions = {}): Observable<Uint8Array> =>
    new Observable<Uint8Array>((subscriber) => {
      const { state } = context;
      if (!state.live) {
        subscriber.error(notInitialized(state.name));
        return undefined;
      }
      if (recordingSubscriptions > 0) {
        subscriber.error(callFailed('voice$', 'another voice$ subscription of this client is recording; share() it instead'));
        return undefined;
      }
      recordingSubscriptions += 1;
      const maxDrainFrames = options.maxDrainFrames ?? 120;
      const scratch = { buffer: new Uint8Array(Math.min(Math.max(options.initialBufferBytes ?? DEFAULT_VOICE_BUFFER_BYTES, 64), MAX_VOICE_BUFFER_BYTES)) };
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
      const stopSignal = options.stop$?.subscribe(() => stop());
      const ended = state.shutdown$.subscribe(() => subscriber.complete());
      return () => {
        recordingSubscriptions -= 1;
        frames.unsubscribe();
        stopSignal?.unsubscribe();
        ended.unsubscribe();
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
