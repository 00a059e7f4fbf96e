/**
 * `npm run bench`: every benchmark once, each figure beside its baseline from the same run, as a
 * table with its target, and in bench/results.json. Targets are reported, never asserted; a
 * benchmark that fails its own sanity checks (lost callbacks, leaked sessions) is reported as an
 * error and makes the run exit non-zero.
 */
import { authThroughput } from './auth-throughput';
import type { BenchResult } from './bench-result';
import { callOverhead } from './call-overhead';
import { callbackThroughput } from './callback-throughput';
import { loadBenchFake } from './fake-library';
import { idleCpu } from './idle-cpu';
import { idlePump } from './idle-pump';
import { memoryGrowth } from './memory';
import { networkingThroughput } from './networking-throughput';
import { printTable, writeResults } from './report';
import { startup } from './startup';
import { achievementUnlocks, leaderboardDownload } from './stats-throughput';
import { ticketLatency } from './ticket-latency';
import { elapsedNs, now } from './timing';
import { voiceThroughput } from './voice-throughput';

const main = async (): Promise<void> => {
  const started = now();
  const fake = loadBenchFake();
  const benchmarks: ReadonlyArray<readonly [string, () => BenchResult[] | Promise<BenchResult[]>]> = [
    ['1 sync call overhead', () => callOverhead(fake)],
    ['2 idle pump frame', () => idlePump(fake)],
    // Memory runs before the other callback floods and the 1,000 simulated clients, which would
    // already have raised RSS to its plateau.
    ['6 memory', () => memoryGrowth(fake)],
    ['3 callback throughput', () => callbackThroughput(fake)],
    ['4 auth throughput', () => authThroughput()],
    ['5 voice throughput', () => voiceThroughput()],
    ['10 achievement unlock cycle', () => achievementUnlocks()],
    ['11 leaderboard download', () => leaderboardDownload()],
    ['12 networking', () => networkingThroughput()],
    // Each in child processes of their own: timers and CPU time are the whole process's.
    ['7 ticket latency', () => ticketLatency()],
    ['8 idle CPU', () => idleCpu()],
    // Cold starts of the built package (dist/), each in a fresh child process.
    ['9 startup', () => startup(fake.libraryPath)],
  ];
  // `npm run bench -- startup`: only the benchmarks whose name contains the argument, and
  // bench/results.json is left as the last full run wrote it.
  const only = process.argv[2];
  const selected = only === undefined ? benchmarks : benchmarks.filter(([name]) => name.includes(only));
  const results: BenchResult[] = [];
  const errors: string[] = [];
  for (const [name, run] of selected) {
    const start = now();
    try {
      results.push(...(await run()));
    } catch (error) {
      errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    console.error(`bench: ${name} done in ${(elapsedNs(start) / 1e9).toFixed(1)} s`);
  }
  console.log('');
  printTable(results);
  const written = only === undefined ? `written to ${writeResults(results, errors)}` : 'bench/results.json left as it was (a partial run)';
  console.log(`\n${results.length} figures in ${(elapsedNs(started) / 1e9).toFixed(1)} s; ${written}`);
  for (const error of errors) console.error(`bench error: ${error}`);
  if (errors.length > 0) process.exitCode = 1;
};

void main();
