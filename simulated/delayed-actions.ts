/**
 * The universe's delayed actions ("Steam answers after the latency"), put on the scheduler in
 * batches: actions asked for at the same moment with the same delay (a frame's worth of
 * BeginAuthSession calls, say) share one scheduler action and run in the order they were asked
 * for. One scheduler action per batch instead of per action keeps the scheduler's queue (and the
 * garbage) small when thousands of players authenticate at once.
 *
 * Order among the universe's own actions is exactly the scheduler's (due time, then request
 * order): a batch only ever grows by the latest request, while no other delay was asked for.
 */
import type { SchedulerLike, Subscription } from 'rxjs';
import type { BusyHorizon } from './busy-horizon';

interface Batch {
  readonly requestedAt: number;
  readonly delayMs: number;
  readonly actions: Array<() => void>;
  subscription: Subscription | null;
  started: boolean;
}

export class DelayedActions {
  private readonly pending = new Set<Batch>();
  /** The batch a new request may join: the last one armed, while it has not started. */
  private latest: Batch | null = null;
  private disposed = false;

  /** @param horizon told when work is scheduled, run and all done (see busy-horizon.ts). */
  constructor(
    private readonly scheduler: SchedulerLike,
    private readonly horizon: BusyHorizon | null = null,
  ) {}

  /** Runs `action` after `delayMs` of scheduler time unless disposed first. */
  add(action: () => void, delayMs: number): void {
    if (this.disposed) return;
    const now = this.scheduler.now();
    this.horizon?.busy(now);
    const latest = this.latest;
    if (latest !== null && this.joinable(latest, now, delayMs)) {
      latest.actions.push(action);
      return;
    }
    this.arm([action], now, delayMs);
  }

  private joinable(batch: Batch, now: number, delayMs: number): boolean {
    // A scheduler that cancelled the batch itself (rxjs's virtual time does after an error) has
    // dropped it: joining would drop the new action too.
    return !batch.started && batch.requestedAt === now && batch.delayMs === delayMs && batch.subscription?.closed !== true;
  }

  /** Batches waiting to run. */
  size(): number {
    return this.pending.size;
  }

  /** Cancels everything not yet run (a pending asyncScheduler timer must not keep Node alive). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.latest = null;
    for (const batch of this.pending) batch.subscription?.unsubscribe();
    this.pending.clear();
  }

  private arm(actions: Array<() => void>, now: number, delayMs: number): void {
    const batch: Batch = { requestedAt: now, delayMs, actions, subscription: null, started: false };
    this.latest = batch;
    const subscription = this.scheduler.schedule(() => this.run(batch), delayMs);
    // A scheduler may run a zero delay at once, inside schedule(): then there is nothing to cancel.
    if (!batch.started) {
      batch.subscription = subscription;
      this.pending.add(batch);
    }
  }

  private run(batch: Batch): void {
    // Throws once busy past the horizon: from here, the scheduler's flush rethrows it.
    this.horizon?.check(this.scheduler.now());
    batch.started = true;
    this.pending.delete(batch);
    const actions = batch.actions;
    let next = 0;
    try {
      // An action may dispose the universe: the rest of the batch is then cancelled too.
      while (next < actions.length && !this.disposed) {
        const action = actions[next] as () => void;
        next += 1;
        action();
      }
    } finally {
      // A throwing action (a bug) must not silently cancel its batch-mates: they stay scheduled.
      if (next < actions.length && !this.disposed) this.arm(actions.slice(next), this.scheduler.now(), 0);
      // Nothing else due (the actions scheduled none): a quiet moment.
      if (this.pending.size === 0) this.horizon?.quiet();
    }
  }
}
