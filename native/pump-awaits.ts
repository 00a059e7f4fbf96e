/**
 * How many flows await Steam on one pump (a ticket's response, a call result, a first
 * validation, an open microphone). The timer pump runs fast while the count is above 0 and idles
 * otherwise; it is told only when the count leaves 0 and when it comes back, so a flow pays two
 * increments, not a timer change.
 *
 * Flows that are one object per subscription (held tickets, auth sessions) keep their own
 * "holding" flag and call begin()/end() directly: no closure per flow, where `Pump.await()`
 * makes one (its once-only release) for callers that have no object of their own.
 */

/** Told when the count leaves 0 (`first`) and when it returns to 0 (`last`). */
export interface AwaitListener {
  first(): void;
  last(): void;
}

const nobody: AwaitListener = { first: () => undefined, last: () => undefined };

/** The count of holds on one pump. */
export class PumpAwaits {
  private count = 0;

  constructor(private readonly listener: AwaitListener = nobody) {}

  /** Holds taken and not yet released. */
  get awaiting(): number {
    return this.count;
  }

  /** Takes a hold; the caller must end() it exactly once. */
  begin(): void {
    this.count += 1;
    if (this.count === 1) this.listener.first();
  }

  /** Releases a hold taken with begin(). An extra end() is ignored rather than drive the count below 0. */
  end(): void {
    if (this.count === 0) return;
    this.count -= 1;
    if (this.count === 0) this.listener.last();
  }

  /** A hold as a function that releases it once, however often it is called. */
  hold(): () => void {
    this.begin();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.end();
    };
  }
}

const byPump = new WeakMap<object, PumpAwaits>();

/** Registers the counter of a pump made by leasePump. */
export const registerPumpAwaits = (pump: object, awaits: PumpAwaits): void => {
  byPump.set(pump, awaits);
};

/**
 * The counter of `pump`, for flows that take holds without a closure. A pump not made by
 * leasePump (a test's stand-in) gets a counter of its own that changes nothing.
 */
export const pumpAwaits = (pump: object): PumpAwaits => {
  let awaits = byPump.get(pump);
  if (awaits === undefined) {
    awaits = new PumpAwaits();
    byPump.set(pump, awaits);
  }
  return awaits;
};
