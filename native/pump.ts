/**
 * The one pump: the only thing that asks a core for callbacks.
 *
 * In `auto` mode it runs a frame every `intervalMs` on an injectable scheduler (virtual time in
 * tests), or, on a core that signals `wakeups$` (the simulated Steam), one frame each time the
 * core has work due; in `manual` mode the game calls `runCallbacks()` from its own loop. Client and server
 * on one core share one pump: it starts with the first lease and stops when the last is released
 * (shutdown), so nothing polls a library that is shut down.
 */
import { Subscription, asyncScheduler, type Observable, type SchedulerAction, type SchedulerLike } from 'rxjs';
import { Multicast } from './multicast';
import type { SteamCore } from './steam-core';

export type PumpMode = 'auto' | 'manual';

export interface PumpOptions {
  /** Default 'auto'. */
  readonly mode?: PumpMode;
  /** Frame interval in auto mode; default 16 ms (one frame at 60 Hz). */
  readonly intervalMs?: number;
  /** Default asyncScheduler. */
  readonly scheduler?: SchedulerLike;
}

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

export const DEFAULT_PUMP_INTERVAL_MS = 16;

interface SharedPump {
  readonly pump: Pump;
  leases: number;
  stop(): void;
}

const pumps = new WeakMap<SteamCore, SharedPump>();

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
    let pendingFrame: Subscription | undefined;
    // Made once: a frame is due after every burst of a busy core, so no closure per frame.
    const frameDue = (): void => {
      pendingFrame = undefined;
      runCallbacks();
    };
    const wakeups = core.wakeups$.subscribe(() => {
      if (pendingFrame === undefined && running) pendingFrame = scheduler.schedule(frameDue);
    });
    timer = new Subscription(() => {
      wakeups.unsubscribe();
      pendingFrame?.unsubscribe();
    });
  } else if (mode === 'auto') {
    timer = scheduler.schedule(function tick(this: SchedulerAction<undefined>) {
      runCallbacks();
      if (running) this.schedule(undefined, intervalMs);
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
