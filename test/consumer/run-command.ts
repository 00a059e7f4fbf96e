/**
 * Runs a command for the consumer check the way CI would: no stdin, CI=true, and without the
 * npm_* variables an enclosing `npm test` sets, so a nested npm behaves the same whether jest
 * was started by npm or directly. Asynchronous, so commands can share the two cores (limited.ts).
 */
import { spawn } from 'node:child_process';

export interface CommandResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The command line and its output, for a failure message. */
  readonly transcript: string;
}

const cleanEnvironment = (): NodeJS.ProcessEnv => {
  const environment: NodeJS.ProcessEnv = { CI: 'true' };
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.toLowerCase().startsWith('npm_') && name !== 'CI') environment[name] = value;
  }
  return environment;
};

export const runCommand = (command: string, args: readonly string[], cwd: string, timeoutMs: number): Promise<CommandResult> =>
  new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: cleanEnvironment(), stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const finish = (status: number | null, ended: string): void => {
      const out = Buffer.concat(stdout).toString('utf8');
      const err = Buffer.concat(stderr).toString('utf8');
      resolve({ status, stdout: out, stderr: err, transcript: `$ ${command} ${args.join(' ')}   (in ${cwd}, ${ended})\n${out}${err}` });
    };
    child.on('error', (error) => finish(null, `failed to run: ${error.message}`));
    child.on('close', (code, signal) => finish(code, signal === null ? `exit ${code}` : `killed by ${signal} (timeout ${timeoutMs} ms?)`));
  });
