/**
 * The one pump: the only thing that asks a core for callbacks.
 *
 * In `auto` mode it runs a frame every `intervalMs` on an injectable scheduler (virtual time in
 * tests), every `awaitIntervalMs` instead while a flow awaits Steam (see pump-awaits.ts and
 * frame-timer.ts), or, on a core that signals `wakeups$` (the simulated Steam), one frame each
 * time the core has work due; in `manual` mode the game calls `runCallbacks()` from its own loop.
 * Holds are counted in every mode; only the timer reads them. Client and server on one core share
 * one pump: it starts with the first lease and stops when the last is released (shutdown), so
 * nothing polls a library that is shut down.
 *
 * Errors out of a frame (a subscriber's, under rxjs's deprecated synchronous error mode): a
 * `runCallbacks()` the game calls throws to the game, as that mode promises; a timer frame
 * reports the error through rxjs's reportUnhandledError and runs again on time; a wake-up frame
 * (event-driven cores) rethrows into its scheduler after re-queuing the other cores' frames.
 */
import { asyncScheduler, type Observable, type SchedulerLike, type Subscription } from 'rxjs';
import type { FrameTimer } from './frame-timer';
import { Multicast } from './multicast';
import { NodeFrameTimer } from './node-frame-timer';
import { PumpAwaits, registerPumpAwaits } from './pump-awaits';
import type { SteamCore } from './steam-core';

/** 'auto': the pump runs frames itself (timer or wake-ups); 'manual': only when runCallbacks() is called. */
export type PumpMode = 'auto' | 'manual';

/** How a pump runs; read when the pump starts (a later lease shares it as it is). */
export interface PumpOptions {
  /** Default 'auto'. */
  readonly mode?: PumpMode;
  /** Frame interval in auto mode while nothing is awaited; default 16 ms (one frame at 60 Hz). */
  readonly intervalMs?: number;
  /** Frame interval in auto mode while a flow awaits Steam; default 1 ms. */
  readonly awaitIntervalMs?: number;
  /** Default asyncScheduler. */
  readonly scheduler?: SchedulerLike;
}

/** The running pump of one core. */
export interface Pump {
  /** 'auto' (frames on a timer, or on the simulated Steam's wake-ups) or 'manual' (runCallbacks() only). */
  readonly mode: PumpMode;
  /** Milliseconds between timer frames while nothing is awaited (`pumpIntervalMs`). */
  readonly intervalMs: number;
  /** Milliseconds between timer frames while something is awaited (`pumpAwaitIntervalMs`). */
  readonly awaitIntervalMs: number;
  /** The scheduler the timer frames run on. */
  readonly scheduler: SchedulerLike;
  /**
   * How many holds are taken and not yet released (see `await()`): the SDK's flows take one while
   * they wait for Steam's answer. 0 when nothing is awaited.
   */
  readonly awaiting: number;
  /**
   * Tells the pump something awaits Steam: while any hold is taken, the automatic timer runs a
   * frame every `awaitIntervalMs` (the first within it) instead of every `intervalMs`, and on
   * asyncScheduler keeps the process alive. In manual mode and on the simulated Steam it changes
   * nothing. The SDK's own flows (tickets, call results, auth sessions, voice) do this already;
   * call it for an answer you wait for on `callbacks$` yourself.
   *
   * @returns the release: call it when the answer came or you stopped waiting (idempotent).
   */
  await(): () => void;
  /** Emits after each frame, once its callbacks went out on the core's callbacks$. */
  readonly frames$: Observable<void>;
  /** Runs one frame now (in either mode). */
  runCallbacks(): void;
  /** False once the last lease was released (the last shutdown). */
  readonly running: boolean;
}

/** A pump shared by whoever holds a lease on it; `release()` is idempotent. */
export interface PumpLease {
  readonly pump: Pump;
  release(): void;
}

/** One frame at 60 Hz. */
export const DEFAULT_PUMP_INTERVAL_MS = 16;

/** While something is awaited: Steam's answer is seen within ~1 ms of its arrival. */
export const DEFAULT_PUMP_AWAIT_INTERVAL_MS = 1;

interface SharedPump {
  readonly pump: Pump;
  leases: number;
  stop(): void;
}

const pumps = new WeakMap<SteamCore, SharedPump>();

/** A timer frame: nobody called it, so an error out of it is reported, never thrown (see the file comment). */
const reportingFrame =
  (runCallbacks: () => void) =>
  (): void => {
    try {
      runCallbacks();
    } catch (error) {
      // Only rxjs's deprecated synchronous error mode lets a subscriber's error out of a frame.
      // Thrown into the scheduler, it would end the timer (no more frames, callbacks left in
      // Steam for good) and make rxjs cancel whatever else was due in the same flush. It is
      // reported as rxjs reports every error it cannot hand to a caller: config.onUnhandledError,
      // else thrown on a later macrotask (an uncaught exception the host sees).
      // rxjs's own reporter (its ./internal/* export), required on the first such error: resolving
      // a package path costs a start about as much as compiling several kilobytes.
      (require('rxjs/internal/util/reportUnhandledError') as typeof import('rxjs/internal/util/reportUnhandledError')).reportUnhandledError(error);
    }
  };

const startPump = (core: SteamCore, options: PumpOptions): SharedPump => {
  const mode = options.mode ?? 'auto';
  const intervalMs = options.intervalMs ?? DEFAULT_PUMP_INTERVAL_MS;
  const awaitIntervalMs = options.awaitIntervalMs ?? DEFAULT_PUMP_AWAIT_INTERVAL_MS;
  const scheduler = options.scheduler ?? asyncScheduler;
  const frames = new Multicast<void>();
  let running = true;
  let inFrame = false;
  const runCallbacks = (): void => {
    // A subscriber that calls runCallbacks() from inside a callback would re-enter the
    // ManualDispatch loop mid-message; the outer frame is still draining, so skip.
    if (!running || inFrame) return;
    inFrame = true;
    try {
      core.runCallbacks();
    } finally {
      inFrame = false;
    }
    frames.next();
  };
  // The timer is made after the counter it listens to, so the listener reads it late.
  let timer: FrameTimer | undefined;
  const awaits = new PumpAwaits({ first: () => timer?.hurry(), last: () => timer?.relax() });
  let wakeups: Subscription | undefined;
  // Each kind of frame source is required when a pump first uses it: a native client on the default
  // scheduler loads neither the simulated Steam's wake-ups nor the scheduler-driven timer.
  if (mode === 'auto' && core.wakeups$ !== undefined) {
    wakeups = (require('./wakeup-frames') as typeof import('./wakeup-frames')).followWakeups(core.wakeups$, scheduler, runCallbacks, () => running);
  } else if (mode === 'auto') {
    const settings = { idleMs: intervalMs, fastMs: awaitIntervalMs, awaits, frame: reportingFrame(runCallbacks) };
    // Node's own timers on the default scheduler, so the idle wait can be unref'd (node-frame-timer.ts).
    timer =
      scheduler === asyncScheduler
        ? new NodeFrameTimer(settings)
        : new (require('./frame-timer') as typeof import('./frame-timer')).SchedulerFrameTimer(scheduler, settings);
  }
  const pump: Pump = {
    mode,
    intervalMs,
    awaitIntervalMs,
    scheduler,
    frames$: frames.observable$,
    get awaiting() {
      return awaits.awaiting;
    },
    await: () => awaits.hold(),
    runCallbacks,
    get running() {
      return running;
    },
  };
  registerPumpAwaits(pump, awaits);
  return {
    pump,
    leases: 0,
    stop: () => {
      running = false;
      wakeups?.unsubscribe();
      timer?.stop();
      frames.complete();
    },
  };
};

/**
 * Takes a lease on the core's pump, starting it if this is the first one. Options apply when the
 * pump starts; a later lease shares the running pump as it is.
 */
export const leasePump = (core: SteamCore, options: PumpOptions = {}): PumpLease => {
  let shared = pumps.get(core);
  if (shared === undefined || !shared.pump.running) {
    shared = startPump(core, options);
    pumps.set(core, shared);
  }
  const held = shared;
  held.leases += 1;
  let released = false;
  return {
    pump: held.pump,
    release: () => {
      if (released) return;
      released = true;
      held.leases -= 1;
      if (held.leases === 0) {
        held.stop();
        if (pumps.get(core) === held) pumps.delete(core);
      }
    },
  };
};
