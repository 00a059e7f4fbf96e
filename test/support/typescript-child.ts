/**
 * Runs a TypeScript script of the tests in a fresh Node process (through the tests' TypeScript
 * hook) and reads the one `RESULT {json}` line it prints: how the start-up and lazy-loading tests
 * see what a process loads without jest's module registry in the way.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const CHILD_TIMEOUT_MS = 60_000;
const register = path.join(__dirname, '..', 'native', 'register-typescript.js');

/** Where and how the child runs. */
export interface ChildOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
}

/** The child's RESULT, parsed, and its stderr. Throws, with the child's stderr, when it fails or prints no RESULT line. */
export const runTypeScriptChild = (script: string, args: readonly string[], options: ChildOptions = {}): { readonly result: unknown; readonly stderr: string } => {
  const child = spawnSync(process.execPath, ['-r', register, script, ...args], {
    encoding: 'utf8',
    timeout: options.timeoutMs ?? CHILD_TIMEOUT_MS,
    cwd: options.cwd,
    env: options.env ?? process.env,
  });
  if (child.status !== 0) throw new Error(`${path.basename(script)} failed (${String(child.status ?? child.signal)}): ${child.stderr.slice(0, 2000)}`);
  const line = child.stdout.split('\n').find((candidate) => candidate.startsWith('RESULT '));
  if (line === undefined) throw new Error(`${path.basename(script)} printed no RESULT line: ${child.stdout.slice(0, 500)}`);
  return { result: JSON.parse(line.slice('RESULT '.length)) as unknown, stderr: child.stderr };
};
