/**
 * Benchmark 8: CPU a live client and game server cost while nothing is awaited (the pump's idle
 * frames on asyncScheduler), as a percentage of one core over a wall-clock window: the default
 * pump beside the old fixed 16 ms pump and a fixed 1 ms pump. Each measurement is a child process
 * of its own; the three alternate over ROUNDS rounds, each round starting with the next one, and
 * each figure is the median of its rounds.
 */
import type { BenchResult } from './bench-result';
import { numberField, runBenchChild } from './child-process';
import { DEFAULT_PUMP, FIXED_16_MS, FIXED_1_MS, pumpArguments, type PumpConfig } from './pump-configs';
import { median } from './timing';

const WINDOW_MS = 2_000;
const ROUNDS = 3;

interface IdleCost {
  readonly cpuPercent: number;
  readonly framesPerSecond: number;
}

const measure = (config: PumpConfig): IdleCost => {
  const result = runBenchChild('idle-cpu-child', [...pumpArguments(config), String(WINDOW_MS)]);
  return { cpuPercent: numberField(result, 'cpuPercent'), framesPerSecond: numberField(result, 'framesPerSecond') };
};

const medianOf = (costs: readonly IdleCost[]): IdleCost => ({
  cpuPercent: median(costs.map((cost) => cost.cpuPercent)),
  framesPerSecond: median(costs.map((cost) => cost.framesPerSecond)),
});

export const idleCpu = (): BenchResult[] => {
  const configs = [DEFAULT_PUMP, FIXED_16_MS, FIXED_1_MS];
  const samples = new Map<PumpConfig, IdleCost[]>(configs.map((config) => [config, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (let turn = 0; turn < configs.length; turn += 1) {
      const config = configs[(round + turn) % configs.length] as PumpConfig;
      samples.get(config)?.push(measure(config));
    }
  }
  const [standard, fixed16, fixed1] = configs.map((config) => medianOf(samples.get(config) ?? []));
  if (standard === undefined || fixed16 === undefined || fixed1 === undefined) throw new Error('bench: idle CPU rounds missing');
  const frames = (cost: IdleCost): string => `${cost.framesPerSecond.toFixed(0)} frames/s`;
  return [
    {
      name: `idle CPU, client + server, nothing awaited, ${DEFAULT_PUMP.name}`,
      value: standard.cpuPercent,
      unit: '% of a core',
      baseline: { name: FIXED_16_MS.name, value: fixed16.cpuPercent, unit: '%' },
      ratio: standard.cpuPercent / fixed16.cpuPercent,
      target: "<= the old fixed 16 ms pump's",
      met: standard.cpuPercent <= fixed16.cpuPercent,
      note: `median of ${ROUNDS} alternating ${WINDOW_MS / 1000} s windows, each a child process on asyncScheduler; ${frames(standard)} vs ${frames(fixed16)}`,
    },
    {
      name: `idle CPU, client + server, nothing awaited, ${FIXED_1_MS.name}`,
      value: fixed1.cpuPercent,
      unit: '% of a core',
      baseline: { name: DEFAULT_PUMP.name, value: standard.cpuPercent, unit: '%' },
      ratio: fixed1.cpuPercent / standard.cpuPercent,
      note: `${frames(fixed1)}: what polling every 1 ms would cost at idle`,
    },
  ];
};
