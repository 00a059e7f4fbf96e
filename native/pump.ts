/**
 * The one pump: the only thing that asks a core for callbacks.
 *
 * In `auto` mode it runs a frame every `intervalMs` on an injectable scheduler (virtual time in
 * tests), or, on a core that signals `wakeups$` (the simulated Steam), one frame each time the
 * core has work due; in `manual` mode the game calls `runCallbacks()` from its own loop. Client and server
 * on one core share one pump: it starts with the first lease and stops when the last is released
 * (shutdown), so nothing polls a library that is shut down.
 *
 * Errors out of a frame (a subscriber's, under rxjs's deprecated synchronous error mode): a
 * `runCallbacks()` the game calls throws to the game, as that mode promises; a timer frame
 * reports the error through rxjs's reportUnhandledError and runs again on time; a wake-up frame
 * (event-driven cores) rethrows into its scheduler after re-queuing the other cores' frames.
 */
import { asyncScheduler, type Observable, type SchedulerAction, type SchedulerLike, type Subscription } from 'rxjs';
// rxjs's own reporter for errors with no caller to throw to (reachable through its ./internal/* export).
import { reportUnhandledError } from 'rxjs/internal/util/reportUnhandledError';
import { ArmedAction } from './armed-action';
import { Multicast } from './multicast';
import type { SteamCore } from './steam-core';

/** 'auto': the pump runs frames itself (timer or wake-ups); 'manual': only when runCallbacks() is called. */
export type PumpMode = 'auto' | 'manual';

/** How a pump runs; read when the pump starts (a later lease shares it as it is). */
export interface PumpOptions {
  /** Default 'auto'. */
  readonly mode?: PumpMode;
  /** Frame interval in auto mode; default 16 ms (one frame at 60 Hz). */
  readonly intervalMs?: number;
  /** Default asyncScheduler. */
  readonly scheduler?: SchedulerLike;
}

/** The running pump of one core. */
export interface Pump {
  readonly mode: PumpMode;
  readonly intervalMs: number;
  readonly scheduler: SchedulerLike;
  /** Emits after each frame, once its callbacks went out on the core's callbacks$. */
  readonly frames$: Observable<void>;
  /** Runs one frame now (in either mode). */
  runCallbacks(): void;
  readonly running: boolean;
}

/** A pump shared by whoever holds a lease on it; `release()` is idempotent. */
export interface PumpLease {
  readonly pump: Pump;
  release(): void;
}

/** One frame at 60 Hz. */
export const DEFAULT_PUMP_INTERVAL_MS = 16;

interface SharedPump {
  readonly pump: Pump;
  leases: number;
  stop(): void;
}

const pumps = new WeakMap<SteamCore, SharedPump>();

/**
 * Frames due on one scheduler, run by one scheduled action in the order their cores woke up:
 * when Steam answers 1,000 simulated clients at the same moment, that is one action, not 1,000.
 * A wake-up during the run queues its frame for a new action, after this one.
 */
class DueFrames {
  private due: Array<() => void> = [];
  private readonly action: ArmedAction;

  constructor(scheduler: SchedulerLike) {
    this.action = new ArmedAction(scheduler, () => this.run());
  }

  add(frame: () => void): void {
    this.due.push(frame);
    this.action.arm();
  }

  /** For a core whose frame is queued already: its run may have been dropped by the scheduler. */
  ensureArmed(): void {
    if (this.due.length > 0) this.action.arm();
  }

  private run(): void {
    const frames = this.due;
    this.due = [];
    for (let index = 0; index < frames.length; index += 1) {
      try {
        (frames[index] as () => void)();
      } catch (error) {
        // A frame that throws (only under rxjs's deprecated synchronous error mode) must not
        // cost the others theirs: they run in the next action, as if each had its own.
        this.due = [...frames.slice(index + 1), ...this.due];
        this.ensureArmed();
        throw error;
      }
    }
  }
}

const dueFramesByScheduler = new WeakMap<SchedulerLike, DueFrames>();

const dueFrames = (scheduler: SchedulerLike): DueFrames => {
  let frames = dueFramesByScheduler.get(scheduler);
  if (frames === undefined) {
    frames = new DueFrames(scheduler);
    dueFramesByScheduler.set(scheduler, frames);
  }
  return frames;
};

const startPump = (core: SteamCore, options: PumpOptions): SharedPump => {
  const mode = options.mode ?? 'auto';
  const intervalMs = options.intervalMs ?? DEFAULT_PUMP_INTERVAL_MS;
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
  let timer: Subscription | undefined;
  if (mode === 'auto' && core.wakeups$ !== undefined) {
    // Event-driven: one frame per burst of wake-ups, run from the scheduler (never inside the
    // core's own call stack), so virtual time ends when the core has nothing left to do.
    let framePending = false;
    // Made once: a frame is due after every burst of a busy core, so no closure per frame.
    const frameDue = (): void => {
      framePending = false;
      runCallbacks();
    };
    const queue = dueFrames(scheduler);
    const wakeups = core.wakeups$.subscribe(() => {
      if (!running) return;
      if (framePending) {
        queue.ensureArmed();
        return;
      }
      framePending = true;
      queue.add(frameDue);
    });
    // A frame still queued when the pump stops finds it stopped and does nothing.
    timer = wakeups;
  } else if (mode === 'auto') {
    timer = scheduler.schedule(function tick(this: SchedulerAction<undefined>) {
      try {
        runCallbacks();
      } catch (error) {
        // Only rxjs's deprecated synchronous error mode lets a subscriber's error out of a frame.
        // Nobody called this frame, so there is no caller to throw to: thrown into the scheduler,
        // it would end this timer (no more frames, callbacks left in Steam for good) and make
        // rxjs cancel whatever else was due in the same flush. It is reported as rxjs reports
        // every error it cannot hand to a caller: config.onUnhandledError, else thrown on a
        // later macrotask (an uncaught exception the host sees).
        reportUnhandledError(error);
      } finally {
        // Re-armed whatever happened, so one bad subscriber costs one frame, not the pump.
        if (running) this.schedule(undefined, intervalMs);
      }
    }, intervalMs);
  }
  const pump: Pump = {
    mode,
    intervalMs,
    scheduler,
    frames$: frames.observable$,
    runCallbacks,
    get running() {
      return running;
    },
  };
  return {
    pump,
    leases: 0,
    stop: () => {
      running = false;
      timer?.unsubscribe();
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
