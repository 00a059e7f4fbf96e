/**
 * The pump's clock on the default asyncScheduler, with Node's timers: rxjs's asyncScheduler
 * arms a setInterval it never unrefs, so an idle pump on it would keep a game's process (or a
 * script that forgot to shut down) alive for ever.
 *
 * - Idle (nothing awaited): an unref'd interval of `idleMs`. The process may exit while it waits.
 * - Awaiting: a ref'd interval of `fastMs`, so a pending answer keeps the process up until it came.
 * - A hold arriving while the idle wait has longer than `fastMs` to go replaces the idle interval
 *   at once; otherwise the interval in place is ref'd and the next frame switches, keeping its
 *   phase (so `fastMs === idleMs` is exactly a fixed pump).
 * - The last release unrefs the interval in place; the next frame switches to the idle one.
 *
 * An interval, not a timeout per frame: Node re-arms it without allocating.
 */
import type { FrameTimer, FrameTimerSettings } from './frame-timer';

/**
 * Monotonic milliseconds. Not performance.now(): the global `performance` loads node:perf_hooks
 * on first use, a few milliseconds of every cold start (the pump's timer starts in init).
 */
const now = (): number => Number(process.hrtime.bigint()) / 1e6;

export class NodeFrameTimer implements FrameTimer {
  private timer: NodeJS.Timeout;
  private fast = false;
  /** now() of the last frame or switch: the idle interval is due `idleMs` after it. */
  private lastAt: number;
  private stopped = false;

  constructor(private readonly settings: FrameTimerSettings) {
    this.fast = settings.awaits.awaiting > 0;
    this.timer = this.interval(this.fast);
    this.lastAt = now();
  }

  hurry(): void {
    if (this.stopped) return;
    if (!this.fast && this.lastAt + this.settings.idleMs - now() > this.settings.fastMs) this.switchTo(true);
    else this.timer.ref();
  }

  relax(): void {
    if (!this.stopped) this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  private readonly tick = (): void => {
    this.lastAt = now();
    this.settings.frame();
    if (this.stopped) return;
    const awaited = this.settings.awaits.awaiting > 0;
    if (awaited !== this.fast) this.switchTo(awaited);
  };

  private switchTo(fast: boolean): void {
    clearInterval(this.timer);
    this.fast = fast;
    this.timer = this.interval(fast);
    this.lastAt = now();
  }

  private interval(fast: boolean): NodeJS.Timeout {
    const timer = setInterval(this.tick, fast ? this.settings.fastMs : this.settings.idleMs);
    if (!fast) timer.unref();
    return timer;
  }
}
