/**
 * `npm run example:auth` is the first thing a newcomer runs: its --help must explain every flag,
 * and the script itself (TypeScript run through scripts/register-typescript.js, no build first)
 * must start and finish the tutorial.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const repositoryRoot = join(__dirname, '..', '..');

const runExample = (args: readonly string[]) =>
  spawnSync('npm', ['run', '--silent', 'example:auth', '--', ...args], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });

/** Lines of the form `  --flag   what it does`: the flags --help documents. */
const documentedFlags = (help: string): string[] =>
  help
    .split('\n')
    .map((line) => /^\s+(--[a-z0-9-]+)\s+\S/.exec(line)?.[1])
    .filter((flag): flag is string => flag !== undefined)
    .sort();

describe('npm run example:auth', () => {
  it('--help exits 0 and explains each flag the tutorial accepts', () => {
    const run = runExample(['--help']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(documentedFlags(run.stdout)).toEqual(['--help', '--native', '--p2p']);
    expect(run.stdout).toContain('STEAM_API_LIBRARY');
  });

  it('refuses an unknown flag with exit code 2 and points at --help', () => {
    const run = runExample(['--no-such-flag']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--no-such-flag');
    expect(run.stderr).toContain('--help');
    expect(run.stdout).toBe('');
  });

  it('runs the tutorial to the end on the simulated Steam', () => {
    const run = runExample([]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Authentication tutorial complete');
    expect(run.status).toBe(0);
  });
});
