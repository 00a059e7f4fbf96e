/**
 * voice$: compressed voice frames from the client's one shared microphone (microphone.ts), each
 * an Either so a microphone that does not record is a value. Options are checked when voice$ is
 * called: a wrong one throws an InvalidArgument there, never on the error channel.
 */
import type { Either } from 'fp-ts/Either';
import { isObservable, Observable, type Subscriber, type Subscription, type Unsubscribable } from 'rxjs';
import { InvalidArgument, type NotInitialized, type VoiceError } from '../errors';
import { answeredDead, ensureLive } from '../session/guard';
import type { SessionState } from '../session/session-state';
import { integerIn } from '../validation/arguments';
import { optionsObject, readProperty } from '../validation/read-option';
import { MAX_VOICE_BUFFER_BYTES } from './decode-voice';
import type { Microphone, VoiceListener } from './microphone';
import { DEFAULT_VOICE_BUFFER_BYTES } from './voice-calls';

/** The options of voice$, checked when voice$ is called. */
export interface VoiceStreamOptions {
  /**
   * When this emits, this subscriber lets go of the microphone. If it was the last one, recording
   * stops and the tail Steam still captures is emitted until Steam says NotRecording, then the
   * stream completes; if others still record, it completes at once.
   */
  readonly stop$?: Observable<unknown>;
  /** First size of the read buffer, 64 B..4 MiB; it grows when Steam says it is too small. Default 8 KiB. */
  readonly initialBufferBytes?: number;
  /** Frames to wait for NotRecording after the stop before giving up on the tail. Default 120 (~2 s at 60 Hz). */
  readonly maxDrainFrames?: number;
}

/**
 * What voice$ emits as a Left: the microphone does not record (VoiceError NotRecording), Steam
 * failed a read (another VoiceError), or the stream was subscribed after shutdown (NotInitialized).
 */
export type VoiceStreamError = VoiceError | NotInitialized;

const DEFAULT_MAX_DRAIN_FRAMES = 120;

interface VoiceSettings {
  readonly stop$: Observable<unknown> | undefined;
  readonly initialBufferBytes: number;
  readonly maxDrainFrames: number;
}

/** rxjs's isObservable runs `instanceof` (a Proxy's trap) and reads properties: kept from throwing. */
const observableOption = (value: unknown): Observable<unknown> | undefined => {
  if (value === undefined) return undefined;
  let observable = false;
  try {
    observable = isObservable(value);
  } catch {
    observable = false;
  }
  if (!observable) throw new InvalidArgument('options.stop$', 'expected an Observable');
  return value as Observable<unknown>;
};

/** Options come from game code: anything but the documented shape is an InvalidArgument naming it. */
const voiceSettings = (options: unknown): VoiceSettings => {
  const object = optionsObject('options', options);
  if (object === undefined) return { stop$: undefined, initialBufferBytes: DEFAULT_VOICE_BUFFER_BYTES, maxDrainFrames: DEFAULT_MAX_DRAIN_FRAMES };
  const stop$ = observableOption(readProperty('options.stop$', object, 'stop$'));
  const initial = readProperty('options.initialBufferBytes', object, 'initialBufferBytes');
  const drain = readProperty('options.maxDrainFrames', object, 'maxDrainFrames');
  return {
    stop$,
    initialBufferBytes: initial === undefined ? DEFAULT_VOICE_BUFFER_BYTES : integerIn('options.initialBufferBytes', initial, 64, MAX_VOICE_BUFFER_BYTES),
    maxDrainFrames: drain === undefined ? DEFAULT_MAX_DRAIN_FRAMES : integerIn('options.maxDrainFrames', drain, 1, 1_000_000),
  };
};

/** One subscriber of voice$: the microphone's listener and the teardown rxjs calls. */
class VoiceSubscription implements VoiceListener, Unsubscribable {
  readonly initialBufferBytes: number;
  readonly maxDrainFrames: number;
  private stopSignal: Subscription | undefined;
  private joined = false;
  private stopped = false;

  constructor(
    private readonly microphone: Microphone,
    private readonly subscriber: Subscriber<Either<VoiceStreamError, Uint8Array>>,
    private readonly settings: VoiceSettings,
  ) {
    this.initialBufferBytes = settings.initialBufferBytes;
    this.maxDrainFrames = settings.maxDrainFrames;
  }

  start(state: SessionState): this {
    // Made while live, subscribed after shutdown began: an outcome, not misuse.
    if (answeredDead(state, this.subscriber)) return this;
    this.joined = true;
    this.microphone.join(this);
    // Subscribed after joining: a stop$ that fires at once leaves at once.
    this.stopSignal = this.settings.stop$?.subscribe(() => this.stop());
    if (this.stopped) this.stopSignal?.unsubscribe();
    return this;
  }

  next(value: Either<VoiceError, Uint8Array>): void {
    this.subscriber.next(value);
  }

  complete(): void {
    this.subscriber.complete();
  }

  unsubscribe(): void {
    this.stopSignal?.unsubscribe();
    if (!this.joined) return;
    this.joined = false;
    this.microphone.leave(this, false);
  }

  private stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.stopSignal?.unsubscribe();
    if (this.joined) this.microphone.leave(this, true);
  }
}

export const voice$ =
  (state: SessionState, microphone: Microphone) =>
  (options?: VoiceStreamOptions): Observable<Either<VoiceStreamError, Uint8Array>> => {
    ensureLive(state);
    const settings = voiceSettings(options);
    return new Observable((subscriber) => new VoiceSubscription(microphone, subscriber, settings).start(state));
  };
