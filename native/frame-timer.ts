/**
 * The automatic pump's clock: a frame every `idleMs` while nothing awaits Steam, every `fastMs`
 * while something does (see pump-awaits.ts). When the first hold comes while the idle wait has
 * longer than `fastMs` to go, the wait is cut short, so an answer Steam gives soon is seen soon.
 *
 * Two clocks: any SchedulerLike (virtual time in tests; this file), and Node's own timers for the
 * default asyncScheduler (node-frame-timer.ts), whose idle wait must not keep the process alive.
 */
import type { SchedulerAction, SchedulerLike, Subscription } from 'rxjs';
import type { PumpAwaits } from './pump-awaits';

/** What the pump's clock is told; made with the pump, ended by stop(). */
export interface FrameTimer {
  /** Something is awaited now (the count left 0): the next frame within `fastMs`, then every `fastMs`. */
  hurry(): void;
  /** Nothing is awaited any more: back to `idleMs` after the next frame. */
  relax(): void;
  stop(): void;
}

export interface FrameTimerSettings {
  readonly idleMs: number;
  readonly fastMs: number;
  readonly awaits: PumpAwaits;
  /** One frame; it reports its own errors and never throws. */
  readonly frame: () => void;
}

/** Frames on a SchedulerLike: one scheduled action, rescheduled by itself after each frame. */
export class SchedulerFrameTimer implements FrameTimer {
  private pending: Subscription | undefined;
  /** The scheduler's time the pending frame is due at. */
  private dueAt = 0;
  private stopped = false;

  constructor(
    private readonly scheduler: SchedulerLike,
    private readonly settings: FrameTimerSettings,
  ) {
    this.arm(this.interval());
  }

  hurry(): void {
    if (this.stopped || this.dueAt - this.scheduler.now() <= this.settings.fastMs) return;
    this.pending?.unsubscribe();
    this.arm(this.settings.fastMs);
  }

  relax(): void {
    // The frame after this one reads the count and waits idleMs.
  }

  stop(): void {
    this.stopped = true;
    this.pending?.unsubscribe();
    this.pending = undefined;
  }

  /** Called by the scheduler. Rescheduling the same action lets rxjs keep its timer when the delay is unchanged. */
  tick(action: SchedulerAction<SchedulerFrameTimer>): void {
    this.settings.frame();
    if (this.stopped) return;
    const delay = this.interval();
    this.dueAt = this.scheduler.now() + delay;
    this.pending = action.schedule(this, delay);
  }

  private interval(): number {
    return this.settings.awaits.awaiting > 0 ? this.settings.fastMs : this.settings.idleMs;
  }

  private arm(delay: number): void {
    this.dueAt = this.scheduler.now() + delay;
    this.pending = this.scheduler.schedule(runFrameTimer, delay, this);
  }
}

function runFrameTimer(this: SchedulerAction<SchedulerFrameTimer>, timer?: SchedulerFrameTimer): void {
  timer?.tick(this);
}
