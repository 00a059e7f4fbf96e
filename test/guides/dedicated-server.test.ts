/**
 * examples/dedicated-server on the simulated Steam, over real TCP on 127.0.0.1: its settings, a
 * player validated through the tutorial's protocol, a cancelled ticket that drops the player, a
 * stop that ends every session and shuts the game server down, and a refused login token.
 */
import { asyncScheduler, filter, firstValueFrom, lastValueFrom, map, share, Subject, take, tap, toArray } from 'rxjs';
import { isLeft, steamInit } from '../../src';
import { createSimulatedSteam, type SimulatedSteam } from '../../src/testing';
import { joinGame$ } from '../../examples/auth-tutorial/client';
import type { PlayerEvent } from '../../examples/auth-tutorial/events';
import { DEFAULT_BIND_IP, DEFAULT_GAME_PORT, DEFAULT_QUERY_PORT, readConfig, type ServerConfig } from '../../examples/dedicated-server/config';
import { dedicatedServer$, type DedicatedServerEvent } from '../../examples/dedicated-server/dedicated-server';

describe('the dedicated server settings', () => {
  it('bind every interface on the usual ports and log on anonymously by default', () => {
    expect(readConfig({}, [])).toEqual({
      _tag: 'Right',
      right: { backend: 'native', bindIp: '0.0.0.0', gamePort: 27015, queryPort: 27016, loginToken: undefined, version: '1.0.0.0', logOnTimeoutMs: 30_000 },
    });
    expect([DEFAULT_BIND_IP, DEFAULT_GAME_PORT, DEFAULT_QUERY_PORT]).toEqual(['0.0.0.0', 27015, 27016]);
  });

  it('come from the environment, and --simulated', () => {
    const config = readConfig({ STEAM_BIND_IP: '10.0.0.5', STEAM_GAME_PORT: '28015', STEAM_QUERY_PORT: '28016', STEAM_GSLT: 'token', STEAM_SERVER_VERSION: '2.1.0.0' }, ['--simulated']);
    expect(config).toMatchObject({ right: { backend: 'simulated', bindIp: '10.0.0.5', gamePort: 28015, queryPort: 28016, loginToken: 'token', version: '2.1.0.0' } });
  });

  it.each([
    [{ STEAM_BIND_IP: 'localhost' }, 'STEAM_BIND_IP must be an IPv4 address'],
    [{ STEAM_GAME_PORT: '70000' }, 'STEAM_GAME_PORT must be a whole number from 0 to 65535'],
    [{ STEAM_QUERY_PORT: '27016.5' }, 'STEAM_QUERY_PORT must be a whole number from 1 to 65534'],
    [{ STEAM_LOG_ON_TIMEOUT_MS: '-1' }, 'STEAM_LOG_ON_TIMEOUT_MS must be a whole number'],
  ])('refuse %p, naming it', (env, message) => {
    const config = readConfig(env, []);
    expect(isLeft(config) && config.left).toContain(message);
  });

  it('refuse an unknown flag', () => {
    const config = readConfig({}, ['--native']);
    expect(isLeft(config) && config.left).toBe('unknown flag --native (known: --simulated)');
  });
});

describe('the dedicated server on the simulated Steam', () => {
  let steam: SimulatedSteam;
  const lines: string[] = [];
  const config: ServerConfig = { backend: 'simulated', bindIp: '127.0.0.1', gamePort: 0, queryPort: 27016, loginToken: undefined, version: '1.0.0.0', logOnTimeoutMs: 5_000 };

  beforeEach(() => {
    lines.length = 0;
    steam = createSimulatedSteam({ scheduler: asyncScheduler, latencyMs: 2, gameServerLoginTokens: ['the-good-token'] });
  });
  afterEach(() => steam.dispose());

  const start = (overrides: Partial<ServerConfig> = {}) => {
    const stop = new Subject<void>();
    const events$ = dedicatedServer$({ config: { ...config, ...overrides }, stop$: stop, log: (line) => lines.push(line), scheduler: asyncScheduler, steam }).pipe(share());
    return { stop, events$ };
  };

  it('admits a player over TCP, drops them when their ticket is cancelled, and on stop ends every session and shuts down', async () => {
    const { stop, events$ } = start();
    const serverEvents = lastValueFrom(events$.pipe(toArray()));
    const port = await firstValueFrom(events$.pipe(filter((event) => event.kind === 'listening'), map((event) => (event.kind === 'listening' ? event.port : 0))));

    const alice = steam.addUser({ name: 'alice' });
    const client = steamInit({ backend: 'simulated', steam, user: alice });
    if (isLeft(client)) throw client.left;
    const leave = new Subject<void>();
    const playerEvents: PlayerEvent[] = [];
    const played = lastValueFrom(
      joinGame$({ name: 'alice', steamId: alice, client: client.right, leave$: leave, log: () => undefined }, { name: 'server', port }).pipe(
        tap((event) => playerEvents.push(event)),
        tap((event) => {
          if (event.kind === 'accepted') leave.next();
        }),
        toArray(),
      ),
    );
    await firstValueFrom(events$.pipe(filter((event) => event.kind === 'session-ended'), take(1)));
    stop.next();
    const events: readonly DedicatedServerEvent[] = await serverEvents;
    await played;
    client.right.shutdown();

    expect(events.map((event) => event.kind)).toEqual(['listening', 'offered', 'validated', 'rejected', 'session-ended', 'game-over', 'shut-down']);
    expect(playerEvents.map((event) => event.kind)).toEqual(expect.arrayContaining(['welcomed', 'ticket-sent', 'accepted', 'leaving']));
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^Logged on to Steam anonymously as \d+$/), 'Game server shut down']));
    expect(steam.inspect.authSessions()).toEqual([]);
    expect(steam.inspect.openTickets()).toEqual([]);
  });

  it('logs on with a login token Steam accepts, and stops cleanly with no player', async () => {
    const { stop, events$ } = start({ loginToken: 'the-good-token' });
    const all = lastValueFrom(events$.pipe(toArray()));
    await firstValueFrom(events$.pipe(filter((event) => event.kind === 'listening')));
    stop.next();
    expect((await all).map((event) => event.kind)).toEqual(['listening', 'game-over', 'shut-down']);
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^Logged on to Steam with a login token as \d+$/)]));
  });

  it('fails, and still shuts the game server down, when Steam refuses the login token', async () => {
    const { events$ } = start({ loginToken: 'a-revoked-token' });
    const events = await lastValueFrom(events$.pipe(toArray()));
    expect(events).toEqual([{ kind: 'failed', message: expect.stringContaining('Steam refused the logon') }, { kind: 'shut-down' }]);
    expect(lines).toContain('Game server shut down');
  });

  it('shuts the game server down when its stream is unsubscribed before it stops', async () => {
    const { events$ } = start();
    const subscription = events$.subscribe();
    await new Promise((resolve) => setTimeout(resolve, 50));
    subscription.unsubscribe();
    expect(lines).toContain('Game server shut down');
  });
});
