/**
 * Port calls by '<prefix>.<method>' name, for inspection (a test can assert that, say,
 * cancelAuthTicket ran exactly once). Each name has one counter made once, so counting a call is
 * an increment rather than a map lookup and store on every call.
 */
export class CallCounter {
  private count = 0;

  constructor(private readonly onFirstCall: () => void) {}

  increment(): void {
    this.count += 1;
    if (this.count === 1) this.onFirstCall();
  }

  value(): number {
    return this.count;
  }
}

export class CallCounts {
  private readonly counters = new Map<string, CallCounter>();
  /** Counters called at least once, in the order of their first call (the snapshot's order). */
  private readonly called = new Map<string, CallCounter>();

  /** The one counter for `name`, shared by every port wrapped under that name (e.g. after a re-init). */
  counter(name: string): CallCounter {
    const existing = this.counters.get(name);
    if (existing !== undefined) return existing;
    const counter = new CallCounter(() => this.called.set(name, counter));
    this.counters.set(name, counter);
    return counter;
  }

  increment(name: string): void {
    this.counter(name).increment();
  }

  /** Call counts by name; names never called are absent. */
  snapshot(): Readonly<Record<string, number>> {
    const snapshot: Record<string, number> = {};
    for (const [name, counter] of this.called) snapshot[name] = counter.value();
    return snapshot;
  }
}
