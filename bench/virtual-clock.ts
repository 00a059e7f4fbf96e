/**
 * A virtual-time scheduler for the simulated-Steam benchmarks, flushed like rxjs's
 * VirtualTimeScheduler but with a binary heap of due actions. rxjs's VirtualTimeScheduler sorts
 * its whole action array on every schedule() (O(n log n) each), which with 1,000 clients made the
 * scheduler, not the SDK, a large part of the measured time. Order is the same: by due time, then
 * by when it was scheduled.
 */
import { Subscription, type SchedulerAction, type SchedulerLike } from 'rxjs';

interface Entry {
  readonly due: number;
  readonly sequence: number;
  /**
   * Dropped on cancel: a cancelled entry waits in the heap until its due time and must not keep
   * its work (and everything the work holds) alive until then; rxjs's own actions drop theirs too.
   */
  run: (() => void) | undefined;
}

class ClockAction<T> extends Subscription implements SchedulerAction<T> {
  private entry: Entry | undefined;

  constructor(
    private readonly clock: VirtualClock,
    private readonly work: (this: SchedulerAction<T>, state?: T) => void,
  ) {
    super(() => {
      if (this.entry !== undefined) this.entry.run = undefined;
      this.entry = undefined;
    });
  }

  schedule(state?: T, delay = 0): Subscription {
    if (this.closed) return this;
    if (this.entry !== undefined) this.entry.run = undefined;
    this.entry = this.clock.enqueue(delay, () => {
      this.entry = undefined;
      this.work.call(this, state);
    });
    return this;
  }
}

export class VirtualClock implements SchedulerLike {
  private time = 0;
  private sequence = 0;
  private readonly heap: Entry[] = [];

  now(): number {
    return this.time;
  }

  schedule<T>(work: (this: SchedulerAction<T>, state?: T) => void, delay = 0, state?: T): Subscription {
    return new ClockAction<T>(this, work).schedule(state, delay);
  }

  enqueue(delay: number, run: () => void): Entry {
    const entry: Entry = { due: this.time + Math.max(delay, 0), sequence: this.sequence++, run };
    const heap = this.heap;
    heap.push(entry);
    let at = heap.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const above = heap[parent] as Entry;
      if (!before(entry, above)) break;
      heap[at] = above;
      at = parent;
    }
    heap[at] = entry;
    return entry;
  }

  /** Runs every due action in order, advancing virtual time, until nothing is scheduled. */
  flush(): void {
    for (let next = this.pop(); next !== undefined; next = this.pop()) {
      const run = next.run;
      if (run === undefined) continue;
      this.time = next.due;
      next.run = undefined;
      run();
    }
  }

  private pop(): Entry | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const leftEntry = heap[left] as Entry;
      const rightEntry = heap[right];
      const child = rightEntry !== undefined && before(rightEntry, leftEntry) ? right : left;
      const childEntry = heap[child] as Entry;
      if (!before(childEntry, last)) break;
      heap[at] = childEntry;
      at = child;
    }
    heap[at] = last;
    return top;
  }
}

const before = (a: Entry, b: Entry): boolean => a.due < b.due || (a.due === b.due && a.sequence < b.sequence);
