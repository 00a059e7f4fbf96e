/**
 * The pump settings benchmarks 7 and 8 compare, each run in a child process of its own: the
 * default (16 ms idle, 1 ms while something is awaited), the old fixed 16 ms pump, and a fixed
 * 1 ms pump (Steam's own latency at the idle cost of polling every millisecond).
 *
 * The old pump is reproduced as it ran: a frame every 16 ms through rxjs's asyncScheduler (its
 * AsyncAction and setInterval). The pump takes Node's own timers only for asyncScheduler itself, so
 * the child passes a scheduler that forwards to it, and the pump uses rxjs's path, as it used to.
 */
import { asyncScheduler, type SchedulerAction, type SchedulerLike, type Subscription } from 'rxjs';

export interface PumpConfig {
  readonly name: string;
  readonly intervalMs: number;
  readonly awaitIntervalMs: number;
  /** Frames through rxjs's asyncScheduler machinery (the old pump) rather than Node's timers. */
  readonly throughRxjs: boolean;
}

export const DEFAULT_PUMP: PumpConfig = { name: 'default pump (16 ms idle, 1 ms awaiting)', intervalMs: 16, awaitIntervalMs: 1, throughRxjs: false };
export const FIXED_16_MS: PumpConfig = { name: 'old fixed 16 ms pump (rxjs asyncScheduler)', intervalMs: 16, awaitIntervalMs: 16, throughRxjs: true };
export const FIXED_1_MS: PumpConfig = { name: 'fixed 1 ms pump', intervalMs: 1, awaitIntervalMs: 1, throughRxjs: false };

/** The arguments a child reads back with pumpOptionsOf. */
export const pumpArguments = (config: PumpConfig): string[] => [String(config.intervalMs), String(config.awaitIntervalMs), config.throughRxjs ? 'rxjs' : 'node'];

/** asyncScheduler behind another object: the pump then schedules through rxjs, as the old pump did. */
const forwardingAsyncScheduler: SchedulerLike = {
  now: () => asyncScheduler.now(),
  schedule: <T>(work: (this: SchedulerAction<T>, state: T) => void, delay?: number, state?: T): Subscription =>
    // SchedulerLike's overloads in one signature: the work gets the state it was scheduled with.
    asyncScheduler.schedule(work as (this: SchedulerAction<T | undefined>, state?: T) => void, delay, state),
};

/** steamInit / serverInit pump options from the child's argv at `index` (written by pumpArguments). */
export const pumpOptionsOf = (
  argv: readonly string[],
  index: number,
): { readonly pumpIntervalMs: number; readonly pumpAwaitIntervalMs: number; readonly scheduler?: SchedulerLike } => {
  const pumpIntervalMs = Number(argv[index]);
  const pumpAwaitIntervalMs = Number(argv[index + 1]);
  const timers = argv[index + 2];
  if (!(pumpIntervalMs > 0 && pumpAwaitIntervalMs > 0) || (timers !== 'rxjs' && timers !== 'node')) {
    throw new Error(`bench: bad pump arguments ${argv.slice(index, index + 3).join(' ')}`);
  }
  return { pumpIntervalMs, pumpAwaitIntervalMs, ...(timers === 'rxjs' ? { scheduler: forwardingAsyncScheduler } : {}) };
};

/** How many argv entries pumpArguments writes. */
export const PUMP_ARGUMENT_COUNT = 3;
