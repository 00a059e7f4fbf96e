/**
 * Timeouts for flows that wait on Steam (a ticket's response): one queue per scheduler and
 * duration, with one scheduled action for the earliest deadline, instead of an action per flow.
 * On asyncScheduler every action is a setInterval and every cancel a clearInterval; a server
 * validating thousands of players would arm and clear a timer for each ticket, and the auth
 * benchmark spent more on those timers than on the flows themselves.
 *
 * When the last waiter leaves, the action is cancelled, so an idle queue never keeps the process
 * (or a virtual clock's flush) going, and the queue leaves the registry: a game that computes its
 * timeouts from a deadline uses a new duration for nearly every flow, and a queue kept per
 * duration would be kept for ever.
 */
import type { SchedulerLike } from 'rxjs';
import { ArmedAction } from '../../native/armed-action';

export interface Expiring {
  /** Called once, when the waiter's deadline has passed; it has left the queue by then. */
  expire(): void;
}

export class TimeoutQueue {
  /**
   * Waiter -> deadline. A Map keeps insertion order, which for one duration is deadline order
   * (the scheduler's clock does not go back; if a wall clock does, a deadline waits for the one
   * before it).
   */
  private readonly waiting = new Map<Expiring, number>();
  private readonly action: ArmedAction;
  private expiring = false;

  constructor(
    private readonly scheduler: SchedulerLike,
    readonly durationMs: number,
    /** Called when the queue has emptied, so its registry can drop it. */
    private readonly whenEmpty: (queue: TimeoutQueue) => void = () => undefined,
  ) {
    this.action = new ArmedAction(scheduler, () => this.expireDue());
  }

  get size(): number {
    return this.waiting.size;
  }

  add(waiter: Expiring): void {
    this.waiting.set(waiter, this.scheduler.now() + this.durationMs);
    this.armForEarliest();
  }

  /** Idempotent. */
  delete(waiter: Expiring): void {
    if (this.waiting.delete(waiter) && this.waiting.size === 0 && !this.expiring) this.emptied();
  }

  private emptied(): void {
    this.action.cancel();
    this.whenEmpty(this);
  }

  private expireDue(): void {
    // A waiter's expire() may add or delete waiters; the loop sees the Map as it changes, and
    // the action is armed again only once, after it (also when an expire() throws).
    this.expiring = true;
    try {
      const now = this.scheduler.now();
      for (const [waiter, deadline] of this.waiting) {
        if (deadline > now) break;
        this.waiting.delete(waiter);
        waiter.expire();
      }
    } finally {
      this.expiring = false;
      if (this.waiting.size === 0) this.emptied();
      else this.armForEarliest();
    }
  }

  private armForEarliest(): void {
    if (this.action.armed || this.expiring) return;
    for (const deadline of this.waiting.values()) {
      this.action.arm(Math.max(0, deadline - this.scheduler.now()));
      return;
    }
  }
}

const queues = new WeakMap<SchedulerLike, Map<number, TimeoutQueue>>();

/** How many queues `scheduler` holds now (for tests: empty queues must not be kept). */
export const timeoutQueueCount = (scheduler: SchedulerLike): number => queues.get(scheduler)?.size ?? 0;

/** The queue of `durationMs` timeouts on `scheduler`, shared by every flow that uses both. */
export const timeoutQueue = (scheduler: SchedulerLike, durationMs: number): TimeoutQueue => {
  let byDuration = queues.get(scheduler);
  if (byDuration === undefined) {
    byDuration = new Map();
    queues.set(scheduler, byDuration);
  }
  let queue = byDuration.get(durationMs);
  if (queue === undefined) {
    const registry = byDuration;
    queue = new TimeoutQueue(scheduler, durationMs, (empty) => {
      // Only the queue in the registry leaves it: an emptied queue a flow still names is not replaced.
      if (registry.get(durationMs) === empty) registry.delete(durationMs);
    });
    byDuration.set(durationMs, queue);
  }
  return queue;
};
