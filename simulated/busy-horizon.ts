/**
 * The virtual-time horizon: how long the simulated Steam may stay busy (some work of its own
 * always due) without a quiet moment. On virtual time a Steam that never goes quiet (an open
 * microphone with a listening pump, a call started every frame forever) keeps the scheduler's
 * flush running for ever, so a test hangs instead of failing; past the horizon the simulated Steam
 * stops and throws instead, from the scheduled action, which is what TestScheduler.run and flush
 * rethrow. Work with quiet gaps, however long it runs, never trips it.
 */
import type { SchedulerLike } from 'rxjs';

/** Five virtual minutes: far longer than any scenario of a test, far shorter than for ever. */
export const DEFAULT_HORIZON_MS = 5 * 60 * 1000;

/** A clock this far from Date.now() is not the wall clock. */
const WALL_CLOCK_TOLERANCE_MS = 60 * 60 * 1000;

/**
 * True for a virtual clock: a TestScheduler, or asyncScheduler inside TestScheduler.run, whose
 * now() counts from 0 rather than reading the wall clock. Real time cannot hang a test (it only
 * passes as fast as it passes), so a wall clock gets no default horizon: a game left running on
 * the simulated Steam with its microphone open must not stop after five minutes.
 */
const isVirtualClock = (scheduler: SchedulerLike): boolean => Math.abs(scheduler.now() - Date.now()) > WALL_CLOCK_TOLERANCE_MS;

/** Tracks how long the simulated Steam has been busy, and stops it past the horizon. */
export class BusyHorizon {
  /** When the Steam last went from quiet to busy; null while quiet. */
  private busySince: number | null = null;

  /**
   * @param horizonMs the option as given: undefined means DEFAULT_HORIZON_MS on a virtual clock
   *   and none on the wall clock.
   * @param passed called once the horizon is passed, with how long the Steam has been busy; it
   *   stops the Steam and throws.
   */
  constructor(
    private readonly scheduler: SchedulerLike,
    private readonly horizonMs: number | undefined,
    private readonly passed: (busyForMs: number, horizonMs: number) => never,
  ) {}

  /** Work of the Steam's own was scheduled at `nowMs`. */
  busy(nowMs: number): void {
    if (this.busySince === null) this.busySince = nowMs;
  }

  /** Nothing of the Steam's own is due any more. */
  quiet(): void {
    this.busySince = null;
  }

  /** Before running due work at `nowMs`: throws (through `passed`) once busy for the horizon. */
  check(nowMs: number): void {
    if (this.busySince === null) return;
    const busyForMs = nowMs - this.busySince;
    const horizonMs = this.horizonMs ?? DEFAULT_HORIZON_MS;
    if (busyForMs < horizonMs) return;
    // Asked only here, once busy that long: the clock is read as it is while the work runs.
    if (this.horizonMs === undefined && !isVirtualClock(this.scheduler)) return;
    this.passed(busyForMs, horizonMs);
  }
}
