import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Wall-clock helpers for the benchmarks. Every figure is a median of several trials, and a
 * figure and its baseline are measured in alternating trials of the same run, so drift in CPU
 * frequency or GC affects both alike.
 */

/** Nanoseconds of `process.hrtime` since an arbitrary origin. */
export const now = (): bigint => process.hrtime.bigint();

export const elapsedNs = (since: bigint): number => Number(now() - since);

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
};

/** Keeps results observable so the optimiser cannot drop the calls being timed. */
export const sink = { value: 0 as unknown };

/** Nanoseconds per call of `operation`, over `iterations` calls. */
export const nsPerCall = (iterations: number, operation: () => unknown): number => {
  let last: unknown;
  const start = now();
  for (let index = 0; index < iterations; index += 1) last = operation();
  const spent = elapsedNs(start);
  sink.value = last;
  return spent / iterations;
};

/**
 * Runs each named case in alternating trials (a, b, c, a, b, c, ...) after one warm-up round and
 * returns the median of each. `trial` returns the figure of one trial.
 */
export const alternate = <K extends string>(trials: number, cases: Readonly<Record<K, () => number>>): Record<K, number> => {
  const names = Object.keys(cases) as K[];
  const samples = new Map<K, number[]>(names.map((name) => [name, []]));
  for (const name of names) cases[name]();
  for (let trial = 0; trial < trials; trial += 1) {
    for (const name of names) samples.get(name)?.push(cases[name]());
  }
  const result = {} as Record<K, number>;
  for (const name of names) result[name] = median(samples.get(name) ?? []);
  return result;
};

/**
 * The engine's full-GC function: global gc under --expose-gc, else obtained by setting the flag at
 * run time (V8 then exposes gc in new contexts), so the memory figure never depends on how node
 * was started.
 */
const garbageCollector = (): (() => void) | undefined => {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed !== undefined) return exposed;
  setFlagsFromString('--expose-gc');
  const fromContext: unknown = runInNewContext('gc');
  return typeof fromContext === 'function' ? () => (fromContext as () => void)() : undefined;
};

/** Runs a full garbage collection; false when the engine offers none. */
export const collectGarbage = (): boolean => {
  const gc = garbageCollector();
  if (gc === undefined) return false;
  gc();
  gc();
  return true;
};
