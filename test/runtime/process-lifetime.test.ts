/**
 * Process lifetime on the default asyncScheduler, in child processes (lifetime-child.ts) over the
 * fake library: a script that shuts its client and server down exits on its own; one that does
 * not still exits when nothing is awaited (the idle pump is unref'd); one that awaits an answer
 * stays alive until it came, then exits. A child that never exits is killed at the timeout and
 * fails the test; no speed is asserted.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { outputPath } from '../fake/build';

const HANG_TIMEOUT_MS = 30_000;
/** How long after the request the fake answers: an idle child would be gone well before (it exits within one idle frame). */
const DELAY_MS = 400;

interface Line {
  readonly tag: 'RESULT' | 'EXIT';
  readonly value: Record<string, unknown>;
}

const runChild = (scenario: string) => {
  const child = spawnSync(
    process.execPath,
    ['-r', path.join(__dirname, '..', 'native', 'register-typescript.js'), path.join(__dirname, 'lifetime-child.ts'), scenario, outputPath, String(DELAY_MS)],
    { encoding: 'utf8', timeout: HANG_TIMEOUT_MS },
  );
  const lines: Line[] = child.stdout
    .split('\n')
    .filter((line) => line.startsWith('RESULT ') || line.startsWith('EXIT '))
    .map((line) => {
      const space = line.indexOf(' ');
      return { tag: line.slice(0, space) as Line['tag'], value: JSON.parse(line.slice(space + 1)) as Record<string, unknown> };
    });
  const results = lines.filter((line) => line.tag === 'RESULT').map((line) => line.value);
  const exit = lines.find((line) => line.tag === 'EXIT')?.value;
  return { status: child.status, signal: child.signal, stderr: child.stderr, results, exit };
};

/** The child ended by itself (not killed at the timeout), with status 0 and nothing on stderr. */
const expectExitedOnItsOwn = (run: ReturnType<typeof runChild>): void => {
  expect({ status: run.status, signal: run.signal, stderr: run.stderr }).toEqual({ status: 0, signal: null, stderr: '' });
  expect(run.exit).toMatchObject({ code: 0 });
};

describe('process lifetime with the automatic pump on asyncScheduler', () => {
  it('a script that shuts its client and server down exits on its own', () => {
    const run = runChild('shutdown');
    expectExitedOnItsOwn(run);
    expect(run.results).toEqual([expect.objectContaining({ initialised: true, pump: 'auto', sharedPump: true }), expect.objectContaining({ shutDown: true })]);
  });

  it('a script that never shuts down still exits when nothing is awaited', () => {
    const run = runChild('idle');
    expectExitedOnItsOwn(run);
    expect(run.results[1]).toMatchObject({ awaiting: 0 });
  });

  it('an awaited ticket keeps the process alive until Steam answers, then it exits', () => {
    const run = runChild('ticket');
    expectExitedOnItsOwn(run);
    expect(run.results.slice(1)).toEqual([expect.objectContaining({ awaiting: 1 }), expect.objectContaining({ ticket: 77, awaiting: 0 })]);
    // The fake posted the response DELAY_MS after the request: the process lived at least that long.
    expect(run.exit?.['atMs']).toBeGreaterThanOrEqual(DELAY_MS);
    expect(run.exit).toMatchObject({ awaiting: 0 });
  });

  it('a call result with no timeout keeps the process alive by the pump alone, until it is answered', () => {
    const run = runChild('call');
    expectExitedOnItsOwn(run);
    expect(run.results.slice(1)).toEqual([expect.objectContaining({ awaiting: 1 }), expect.objectContaining({ answered: true })]);
    expect(run.exit?.['atMs']).toBeGreaterThanOrEqual(DELAY_MS);
    expect(run.exit).toMatchObject({ awaiting: 0 });
  });
});
