/**
 * Runs one benchmark script in a child process of its own, so figures that depend on the whole
 * process (timers, CPU time, the pump's intervals) are not disturbed by another's. The child is
 * the sibling script of the given name, in whatever form this one runs (.js under .build, or .ts
 * under a TypeScript runner, whose -r hooks the child inherits); it prints one `RESULT {json}`
 * line. `BENCH_NODE` names another node binary to run the children with (e.g. a newer Node for
 * the start-up benchmark's compile-cache figure); the default is this process's.
 */
import { spawnSync } from 'node:child_process';
import { extname, join } from 'node:path';

const CHILD_TIMEOUT_MS = 60_000;

/** This process's node options without an inline script (`node -e`), which the child would run instead of its own. */
const inheritedOptions = (): string[] => {
  const options: string[] = [];
  const argv = process.execArgv;
  for (let index = 0; index < argv.length; index += 1) {
    const option = argv[index] ?? '';
    if (['-e', '--eval', '-p', '--print'].includes(option)) index += 1;
    else if (!option.startsWith('--eval=') && !option.startsWith('--print=')) options.push(option);
  }
  return options;
};

/** The node binary the children run with: BENCH_NODE when set, else this process's. */
export const benchNode = (): string => {
  const named = process.env['BENCH_NODE'];
  return named !== undefined && named !== '' ? named : process.execPath;
};

/** Runs `script` (a sibling's name without extension) with `args` (and `env`, else this process's); returns its parsed RESULT line. */
export const runBenchChild = (script: string, args: readonly string[], env?: NodeJS.ProcessEnv): unknown => {
  const path = join(__dirname, `${script}${extname(__filename)}`);
  const child = spawnSync(benchNode(), [...inheritedOptions(), path, ...args], {
    encoding: 'utf8',
    timeout: CHILD_TIMEOUT_MS,
    ...(env === undefined ? {} : { env }),
  });
  const line = child.stdout.split('\n').find((candidate) => candidate.startsWith('RESULT '));
  if (child.status !== 0 || line === undefined) {
    throw new Error(`bench: ${script} ${args.join(' ')} ended with status ${String(child.status)} (${String(child.signal)}): ${child.stderr.trim().slice(0, 500)}`);
  }
  return JSON.parse(line.slice('RESULT '.length)) as unknown;
};

/** Prints the child's result for runBenchChild. */
export const reportToParent = (result: unknown): void => {
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
};

/** A number from a child's result, or an error naming what was missing. */
export const numberField = (result: unknown, field: string): number => {
  const value = typeof result === 'object' && result !== null ? (result as Record<string, unknown>)[field] : undefined;
  if (typeof value !== 'number') throw new Error(`bench: a child's result has no number ${field}`);
  return value;
};
