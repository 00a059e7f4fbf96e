/**
 * The one microphone of a client, shared by every voice$ subscriber: Steam has one recording per
 * user, so two recordings of their own would steal each other's frames and stop each other.
 *
 * - The first subscriber starts the recording (StartVoiceRecording, once); the others join it and
 *   get the same frames. When the last one leaves, recording stops (StopVoiceRecording, once).
 * - Steam keeps capturing briefly after a stop (people let go of push-to-talk early). The last
 *   holder, when it left through its `stop$`, receives that tail until Steam says NotRecording;
 *   when it unsubscribed, the tail is read and dropped, so the next recording does not start with
 *   stale audio. Either way the drain is bounded (maxDrainFrames).
 * - A new recording replaces a pending drain (its frames are the new recording's): so however
 *   many start/stop cycles pass between two pump frames, the next frame reads Steam once.
 * - A microphone that does not record (Steam answers NotRecording while recording, or a failing
 *   EVoiceResult) is a Left(VoiceError) to every holder, then completion: a value, never the
 *   error channel, and never a silent end.
 * - While it records it holds the pump, so frames are read as fast as Steam captures them. The
 *   drain does not: its bound is counted in frames (maxDrainFrames, ~2 s at the idle 60 Hz).
 */
import { left, right, type Either } from 'fp-ts/Either';
import type { Subscription } from 'rxjs';
import { EVoiceResult } from '../../native/enums';
import { pumpAwaits, type PumpAwaits } from '../../native/pump-awaits';
import type { UserPort } from '../../native/steam-core';
import type { VoiceError } from '../errors';
import type { SessionState } from '../session/session-state';
import { MAX_VOICE_BUFFER_BYTES } from './decode-voice';
import { voiceError } from './voice-error';

/** One voice$ subscriber, as the microphone sees it. */
export interface VoiceListener {
  next(value: Either<VoiceError, Uint8Array>): void;
  complete(): void;
  /** First size of the read buffer this subscriber asked for. */
  readonly initialBufferBytes: number;
  /** Frames to wait for NotRecording after this subscriber, the last, stopped the recording. */
  readonly maxDrainFrames: number;
}

type ReadOutcome = Uint8Array | 'idle' | 'stopped' | number;

export class Microphone {
  private mode: 'off' | 'recording' | 'draining' = 'off';
  /** Subscribers sharing the recording, in the order they joined (a Set iterates so, and tolerates removal). */
  private readonly holders = new Set<VoiceListener>();
  /** The last holder, after its stop$: it receives the tail. */
  private tail: VoiceListener | undefined;
  private drained = 0;
  private drainLimit = 0;
  private frames: Subscription | undefined;
  private scratch = new Uint8Array(0);
  private readonly awaits: PumpAwaits;
  /** Holding the pump: true exactly while mode is 'recording'. */
  private holding = false;

  constructor(
    private readonly state: SessionState,
    private readonly user: UserPort,
  ) {
    this.awaits = pumpAwaits(state.pump);
    // One registration for the client's life, not one per subscriber.
    state.whenShutdown(() => this.shutdown());
  }

  /** A subscriber starts listening: it starts the recording, or joins the one going on. */
  join(listener: VoiceListener): void {
    this.holders.add(listener);
    if (this.mode === 'recording') {
      if (this.scratch.byteLength < listener.initialBufferBytes) this.scratch = new Uint8Array(listener.initialBufferBytes);
      return;
    }
    // A drain still pending belonged to the recording that ended: the new one replaces it.
    this.endDrain();
    if (this.scratch.byteLength !== listener.initialBufferBytes) this.scratch = new Uint8Array(listener.initialBufferBytes);
    this.setMode('recording');
    this.user.startVoiceRecording();
    this.frames ??= this.state.pump.frames$.subscribe({ next: () => this.onFrame(), complete: () => (this.frames = undefined) });
  }

  /**
   * A subscriber stops listening: `viaStop` when its stop$ fired (it still wants the tail, if it
   * was the last), otherwise it unsubscribed. Idempotent.
   */
  leave(listener: VoiceListener, viaStop: boolean): void {
    if (this.tail === listener) {
      // Nobody wants the tail any more; the drain goes on silently.
      this.tail = undefined;
      return;
    }
    if (!this.holders.delete(listener)) return;
    if (this.holders.size > 0 || this.mode !== 'recording') {
      // Others still record: there is no tail of its own for this one.
      if (viaStop) listener.complete();
      return;
    }
    this.setMode('draining');
    this.drained = 0;
    this.drainLimit = listener.maxDrainFrames;
    if (viaStop) this.tail = listener;
    if (this.state.steamAvailable) this.user.stopVoiceRecording();
  }

  private onFrame(): void {
    if (!this.state.live || this.mode === 'off') return;
    const outcome = this.read();
    if (this.mode === 'recording') this.recorded(outcome);
    else this.drainedFrame(outcome);
  }

  private recorded(outcome: ReadOutcome): void {
    if (outcome instanceof Uint8Array) {
      const frame = right(outcome);
      for (const holder of this.holders) holder.next(frame);
      return;
    }
    if (outcome === 'idle') return;
    // NotRecording while recording: the microphone never started, or Steam turned it off.
    const failure =
      outcome === 'stopped' ? voiceError(EVoiceResult.NotRecording, 'the microphone is not recording') : voiceError(outcome, 'GetVoice failed');
    if (outcome !== 'stopped' && this.state.steamAvailable) this.user.stopVoiceRecording();
    this.turnOff();
    const ended = [...this.holders];
    this.holders.clear();
    for (const holder of ended) {
      holder.next(left(failure));
      holder.complete();
    }
  }

  private drainedFrame(outcome: ReadOutcome): void {
    if (outcome instanceof Uint8Array) this.tail?.next(right(outcome));
    else if (typeof outcome === 'number') this.tail?.next(left(voiceError(outcome, 'GetVoice failed')));
    if (outcome === 'stopped' || typeof outcome === 'number' || ++this.drained >= this.drainLimit) {
      this.endDrain();
      this.turnOff();
    }
  }

  /** Completes the tail's listener, if any: its recording's drain is over. */
  private endDrain(): void {
    const tail = this.tail;
    this.tail = undefined;
    tail?.complete();
  }

  /** Every change of mode goes through here, so the pump is held exactly while recording. */
  private setMode(mode: 'off' | 'recording' | 'draining'): void {
    this.mode = mode;
    const recording = mode === 'recording';
    if (recording === this.holding) return;
    this.holding = recording;
    if (recording) this.awaits.begin();
    else this.awaits.end();
  }

  private turnOff(): void {
    this.setMode('off');
    this.frames?.unsubscribe();
    this.frames = undefined;
  }

  /** Shutdown: the library is still up; stop recording, then complete everyone. */
  private shutdown(): void {
    if (this.mode === 'recording') this.user.stopVoiceRecording();
    this.turnOff();
    const ended = [...this.holders];
    this.holders.clear();
    this.endDrain();
    for (const holder of ended) holder.complete();
  }

  /** Reads what Steam captured, growing the read buffer as Steam asks (bounded). */
  private read(): ReadOutcome {
    for (;;) {
      const read = this.user.getVoice(this.scratch);
      switch (read.result) {
        case EVoiceResult.OK: {
          const size = Math.min(Math.max(read.bytesWritten, 0), this.scratch.byteLength);
          return size === 0 ? 'idle' : this.scratch.slice(0, size);
        }
        case EVoiceResult.NoData:
          return 'idle';
        case EVoiceResult.NotRecording:
          return 'stopped';
        case EVoiceResult.BufferTooSmall: {
          if (this.scratch.byteLength >= MAX_VOICE_BUFFER_BYTES) return read.result;
          const wanted = Math.max(this.user.getAvailableVoice().compressedBytes, this.scratch.byteLength * 2);
          this.scratch = new Uint8Array(Math.min(wanted, MAX_VOICE_BUFFER_BYTES));
          continue;
        }
        default:
          return read.result;
      }
    }
  }
}
