/**
 * The authentication tutorial example end to end: runTutorial on the simulated Steam over real
 * loopback TCP (client-server) and over NetworkingMessages on the simulated network (peer to peer),
 * checked line by line and in causal order; the
 * `--native` mode against Valve's real library with no Steam client (a child process with an
 * empty HOME); and `npm run example:auth` itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isLeft, isRight } from 'fp-ts/Either';
import { runTutorial } from '../../examples/auth-tutorial/run-tutorial';

const root = path.join(__dirname, '..', '..');
const realLibrary = path.join(root, 'node_modules', 'steamworks.js', 'dist', 'linux64', 'libsteam_api.so');
const describeReal = process.platform === 'linux' && process.arch === 'x64' && existsSync(realLibrary) ? describe : describe.skip;

const VALID = 'Auth verification response: Ticket is valid for this game and this Steam ID.';
const OK = 'Auth response: Steam has verified the user is online, the ticket is valid and ticket has not been reused.';
const CANCELED = 'Auth response: The ticket has been canceled by the issuer.';

const run = async (mode: 'server' | 'peer-to-peer') => {
  const lines: string[] = [];
  const outcome = await runTutorial({ mode, log: (line) => lines.push(line) });
  return { lines, outcome };
};

/** Index of the first line equal to `line` at or after `from`; fails the test when absent. */
const indexOf = (lines: readonly string[], line: string, from = 0): number => {
  const index = lines.indexOf(line, from);
  if (index < 0) throw new Error(`missing line ${JSON.stringify(line)} (after line ${from}) in:\n${lines.join('\n')}`);
  return index;
};

const steamIdIn = (lines: readonly string[], name: string): string => {
  const found = lines.map((line) => new RegExp(`\\b${name} \\((\\d+)\\) sent an auth ticket`).exec(line)).find((match) => match !== null);
  if (found === undefined || found === null) throw new Error(`no ticket from ${name}`);
  return found[1] ?? '';
};

describe('the authentication tutorial with a game server (simulated Steam, loopback TCP)', () => {
  it('admits both players, drops the one who cancels, ends every session and shuts everything down', async () => {
    const { lines, outcome } = await run('server');
    expect(isRight(outcome) ? outcome.right.tally : outcome.left.message).toEqual({
      admitted: 2,
      canceled: 1,
      sessionsEnded: 2,
      gamesOver: 1,
      disconnections: 2,
      failure: undefined,
    });
    const alice = steamIdIn(lines, 'alice');
    const bob = steamIdIn(lines, 'bob');
    expect(alice).not.toBe(bob);
    expect(lines.filter((line) => /^\[server\] Listening for players on 127\.0\.0\.1:\d+$/.test(line))).toHaveLength(1);

    // Alice: ticket, begin, validation, admission.
    const aliceTicket = indexOf(lines, '[alice] Auth session result: 1 (Success.)');
    const aliceHandle = /^\[alice\] Auth session ticket handle: (\d+)$/.exec(lines[aliceTicket + 1] ?? '')?.[1];
    expect(aliceHandle).toMatch(/^\d+$/);
    const aliceOffer = indexOf(lines, `[server] alice (${alice}) sent an auth ticket of 62 bytes: beginAuthSession`, aliceTicket);
    const aliceBegin = indexOf(lines, `[server] ${VALID}`, aliceOffer);
    expect(lines.slice(aliceBegin + 1, aliceBegin + 6)).toEqual([
      `[server] Ticket Owner: ${alice}`,
      `[server] ${OK}`,
      `[server] Game owner ID: ${alice}`,
      '[server] Validation successful, adding alice to the game',
      '[server] Players in the game: alice',
    ]);
    const aliceIn = indexOf(lines, '[alice] server let me in', aliceBegin);

    // Bob joins after Alice is in.
    const bobOffer = indexOf(lines, `[server] bob (${bob}) sent an auth ticket of 62 bytes: beginAuthSession`, aliceIn);
    const bobBegin = indexOf(lines, `[server] ${VALID}`, bobOffer);
    expect(lines.slice(bobBegin + 1, bobBegin + 6)).toEqual([
      `[server] Ticket Owner: ${bob}`,
      `[server] ${OK}`,
      `[server] Game owner ID: ${bob}`,
      '[server] Validation successful, adding bob to the game',
      '[server] Players in the game: alice, bob',
    ]);
    const bobIn = indexOf(lines, '[bob] server let me in', bobBegin);

    // Alice leaves: cancels her ticket; Steam tells the server, which drops her.
    const leaving = indexOf(lines, `[alice] Leaving server: cancelAuthTicket(${aliceHandle})`, bobIn);
    const canceled = indexOf(lines, `[server] Ticket Owner: ${alice}`, leaving);
    expect(lines.slice(canceled + 1, canceled + 6)).toEqual([
      `[server] ${CANCELED}`,
      `[server] Game owner ID: ${alice}`,
      '[server] Dropping alice: The ticket has been canceled by the issuer.',
      `[server] endAuthSession(alice (${alice})): session ended`,
      '[server] Players in the game: bob',
    ]);
    const aliceOut = indexOf(lines, '[alice] Steam client shut down', canceled);
    expect(indexOf(lines, '[alice] server dropped me: The ticket has been canceled by the issuer.', canceled)).toBeLessThan(aliceOut);

    // Game over once Alice is gone: Bob's session ends, the server shuts down, then Bob.
    const gameOver = indexOf(lines, '[server] Game over: ending the auth session of every player (bob)', aliceOut);
    const bobEnded = indexOf(lines, `[server] endAuthSession(bob (${bob})): session ended`, gameOver);
    const serverDown = indexOf(lines, '[server] Game server shut down', bobEnded);
    const bobClosed = indexOf(lines, '[bob] Connection to server closed', serverDown);
    expect(lines[bobClosed + 1]).toMatch(/^\[bob\] cancelAuthTicket\(\d+\)$/);
    const bobOut = indexOf(lines, '[bob] Steam client shut down', bobClosed);
    expect(bobOut).toBe(lines.length - 2);
    expect(lines.at(-1)).toBe(
      'Authentication tutorial complete: 2 ticket(s) validated, 1 cancelled by their holder, 2 auth session(s) ended, everything shut down.',
    );
    // Every session ended exactly once; nothing was refused or went wrong.
    expect(lines.filter((line) => line.includes('endAuthSession('))).toHaveLength(2);
    expect(lines.filter((line) => /refused|failed|Ignoring|lost/.test(line))).toEqual([]);
  });
});

describe('the peer-to-peer variant', () => {
  it('has every peer validate every other peer, and all of them drop the one who leaves', async () => {
    const { lines, outcome } = await run('peer-to-peer');
    expect(isRight(outcome) ? outcome.right.tally : outcome.left.message).toEqual({
      admitted: 6,
      canceled: 2,
      sessionsEnded: 6,
      gamesOver: 3,
      disconnections: 6,
      failure: undefined,
    });
    const names = ['alice', 'bob', 'carol'];
    const ids = new Map(names.map((name) => [name, steamIdIn(lines, name)]));
    expect(new Set(ids.values()).size).toBe(3);
    // No sockets: each peer hosts on its NetworkingMessages channel, reached by Steam ID.
    for (const name of names) indexOf(lines, `[${name}] Listening for players on NetworkingMessages channel 1 of steamid:${ids.get(name) ?? ''}`);
    expect(lines.filter((line) => line.includes('127.0.0.1'))).toEqual([]);
    for (const host of names) {
      for (const player of names.filter((name) => name !== host)) {
        const id = ids.get(player) ?? '';
        const offer = indexOf(lines, `[${host}] ${player} (${id}) sent an auth ticket of 62 bytes: beginAuthSession`);
        const owner = indexOf(lines, `[${host}] Ticket Owner: ${id}`, offer);
        expect(lines[owner - 1]).toBe(`[${host}] ${VALID}`);
        expect(lines.slice(owner + 1, owner + 4)).toEqual([`[${host}] ${OK}`, `[${host}] Game owner ID: ${id}`, `[${host}] Validation successful, adding ${player} to the game`]);
        indexOf(lines, `[${player}] ${host} let me in`, owner);
      }
    }
    // Alice leaves only when all six admissions are done, and cancels one ticket per peer.
    const lastIn = Math.max(...lines.map((line, index) => (line.endsWith(' let me in') ? index : -1)));
    const handleFor = (host: string): string => {
      const sent = indexOf(lines, `[alice] Sent the ticket (62 bytes) to ${host}`);
      return /^\[alice\] Auth session ticket handle: (\d+)$/.exec(lines[sent - 1] ?? '')?.[1] ?? 'none';
    };
    expect(handleFor('bob')).not.toBe(handleFor('carol'));
    const leftBob = indexOf(lines, `[alice] Leaving bob: cancelAuthTicket(${handleFor('bob')})`);
    const leftCarol = indexOf(lines, `[alice] Leaving carol: cancelAuthTicket(${handleFor('carol')})`);
    expect(Math.min(leftBob, leftCarol)).toBeGreaterThan(lastIn);
    const aliceGone = indexOf(lines, '[alice] Steam client shut down', leftBob);
    for (const peer of ['bob', 'carol']) {
      const drop = indexOf(lines, `[${peer}] Dropping alice: The ticket has been canceled by the issuer.`, leftBob);
      expect(lines[drop - 2]).toBe(`[${peer}] ${CANCELED}`);
      expect(drop).toBeLessThan(aliceGone);
      const gameOver = indexOf(lines, `[${peer}] Game over: ending the auth session of every player (${peer === 'bob' ? 'carol' : 'bob'})`, aliceGone);
      indexOf(lines, `[${peer}] Steam client shut down`, gameOver);
    }
    expect(lines.filter((line) => line.includes('endAuthSession('))).toHaveLength(6);
    expect(lines.at(-1)).toBe(
      'Authentication tutorial complete: 6 ticket(s) validated, 2 cancelled by their holder, 6 auth session(s) ended, everything shut down.',
    );
  });
});

describe('runTutorial refusals', () => {
  it('refuses peer to peer on the native backend (one signed-in user per machine), before touching Steam', async () => {
    const lines: string[] = [];
    const outcome = await runTutorial({ backend: 'native', mode: 'peer-to-peer', log: (line) => lines.push(line) });
    expect(isLeft(outcome) && outcome.left._tag).toBe('UnsupportedMode');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Authentication tutorial failed: peer to peer needs two signed-in Steam users/);
  });
});

/** Runs main.ts in a child (Valve's init prints to stderr and must not touch this process). */
const runMain = (args: readonly string[], env: NodeJS.ProcessEnv) =>
  spawnSync(
    process.execPath,
    ['-r', path.join(root, 'test', 'native', 'register-typescript.js'), path.join(root, 'examples', 'auth-tutorial', 'main.ts'), ...args],
    { encoding: 'utf8', timeout: 30_000, env: { ...process.env, ...env } },
  );

describeReal('--native with no Steam client running', () => {
  it("prints the typed init error (status, verbal, Valve's message, the hint) and exits 1", () => {
    const home = mkdtempSync(path.join(tmpdir(), 'steamworks-rx-home-'));
    try {
      const child = runMain(['--native'], { HOME: home, STEAM_API_LIBRARY: realLibrary });
      expect({ status: child.status, signal: child.signal }).toEqual({ status: 1, signal: null });
      const lines = child.stdout.trim().split('\n');
      expect(lines[0]).toBe('Authentication tutorial (game server and players) on the native Steam');
      expect(lines[1]).toBe('[server] serverInit failed (InitFailed)');
      expect(lines[2]).toMatch(/^\[server\] {3}status: [123]$/);
      expect(lines[3]).toMatch(/^\[server\] {3}verbal: \S.*$/);
      expect(lines[4]).toMatch(new RegExp(`^\\[server\\] {3}Valve's message: .*${home.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      // Valve's message names steamclient.so (or Steam not running): the hint says where it goes.
      expect(lines[5]).toMatch(/^\[server\] {3}hint: .*steamclient\.so.*~\/\.steam\/sdk64/);
      expect(lines.at(-1)).toMatch(/^Authentication tutorial failed: server: Steam init failed \([123], .*Hint: /);
      expect(lines).toHaveLength(7);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('--native without the library and bad flags', () => {
  it('names where it looked for libsteam_api and exits 1', () => {
    const home = mkdtempSync(path.join(tmpdir(), 'steamworks-rx-home-'));
    try {
      const child = runMain(['--native'], { HOME: home, STEAM_API_LIBRARY: path.join(home, 'missing', 'libsteam_api.so') });
      expect(child.status).toBe(1);
      expect(child.stdout).toMatch(/\[server\] serverInit failed \(BackendUnavailable\): .*libsteam_api/);
      expect(child.stdout.trim().split('\n').at(-1)).toMatch(/^Authentication tutorial failed: server: Steam backend unavailable/);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('prints the usage and exits 2 for an unknown flag', () => {
    const child = runMain(['--nativ'], {});
    expect(child.status).toBe(2);
    expect(child.stderr.trim().split('\n')).toEqual([
      'unknown flag --nativ',
      'usage: npm run example:auth -- [--p2p] [--native] [--help]',
      '(--help explains each flag)',
    ]);
    expect(child.stdout).toBe('');
  });
});

describe('npm run example:auth', () => {
  it('compiles and runs the tutorial to its final line with exit code 0', () => {
    const child = spawnSync('npm', ['run', '--silent', 'example:auth'], { cwd: root, encoding: 'utf8', timeout: 90_000 });
    expect({ status: child.status, signal: child.signal, stderr: child.stderr.replace(/^npm warn.*\n/gm, '') }).toEqual({ status: 0, signal: null, stderr: '' });
    const lines = child.stdout.trim().split('\n');
    expect(lines[0]).toBe('Authentication tutorial (game server and players) on the simulated Steam');
    expect(lines).toContain('[server] Dropping alice: The ticket has been canceled by the issuer.');
    expect(lines.at(-1)).toBe(
      'Authentication tutorial complete: 2 ticket(s) validated, 1 cancelled by their holder, 2 auth session(s) ended, everything shut down.',
    );
  }, 120_000);

  it('runs the peer-to-peer variant over NetworkingMessages with -- --p2p', () => {
    const child = spawnSync('npm', ['run', '--silent', 'example:auth', '--', '--p2p'], { cwd: root, encoding: 'utf8', timeout: 90_000 });
    expect({ status: child.status, signal: child.signal, stderr: child.stderr.replace(/^npm warn.*\n/gm, '') }).toEqual({ status: 0, signal: null, stderr: '' });
    const lines = child.stdout.trim().split('\n');
    expect(lines[0]).toBe('Authentication tutorial (peer to peer) on the simulated Steam');
    expect(lines.filter((line) => line.includes('Listening for players on NetworkingMessages channel 1'))).toHaveLength(3);
    expect(lines.at(-1)).toBe(
      'Authentication tutorial complete: 6 ticket(s) validated, 2 cancelled by their holder, 6 auth session(s) ended, everything shut down.',
    );
  }, 120_000);
});
