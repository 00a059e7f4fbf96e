/**
 * At most one scheduled run of some work: `arm()` schedules it unless a run is already waiting.
 * Shared queues (the pump's due frames, the flows' timeouts) keep one of these instead of one
 * scheduled action per entry.
 *
 * Two scheduler behaviours would otherwise leave it stuck "armed" with nothing to come, and
 * everything queued behind it would hang: a scheduler may run the work at once, inside
 * schedule() (a queue scheduler with no delay), and a scheduler may drop a waiting action
 * (rxjs's virtual time cancels everything after an action throws). Both are checked.
 */
import type { SchedulerAction, SchedulerLike, Subscription } from 'rxjs';

/** At most one scheduled run of `work`, robust to schedulers that run at once or drop actions (see the file comment). */
export class ArmedAction {
  private waiting: Subscription | undefined;
  private runs = 0;

  constructor(
    private readonly scheduler: SchedulerLike,
    private readonly work: () => void,
  ) {}

  /** A run is scheduled and has not started. */
  get armed(): boolean {
    return this.waiting !== undefined && !this.waiting.closed;
  }

  arm(delayMs = 0): void {
    if (this.armed) return;
    const runsBefore = this.runs;
    const subscription = this.scheduler.schedule(runArmedAction, delayMs, this);
    this.waiting = this.runs === runsBefore ? subscription : undefined;
  }

  cancel(): void {
    this.waiting?.unsubscribe();
    this.waiting = undefined;
  }

  /** Called by the scheduler; the work may arm again. */
  run(): void {
    this.runs += 1;
    this.waiting = undefined;
    this.work();
  }
}

function runArmedAction(this: SchedulerAction<ArmedAction>, action?: ArmedAction): void {
  action?.run();
}
