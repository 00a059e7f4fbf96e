/**
 * The server's streams are scoped to its session, on the native backend, where the core (and its
 * one callback source) outlives every server: a stream subscribed before serverShutdown completes
 * then, one subscribed after completes at once, and the next serverInit's callbacks never reach
 * the old server's subscribers. A call made from a completion handler during serverShutdown meets
 * a dead server: it throws NotInitialized at once and never reaches Steam.
 */
import { isObservable, type Observable } from 'rxjs';
import { ServerMode } from '../../src/enums';
import { NotInitialized } from '../../src/errors';
import { serverInit } from '../../src/init/server-init';
import type { SteamServer } from '../../src/server/steam-server';
import { collect } from '../support/collect';
import { thrownBy } from './misuse-kit';
import { BIG_STEAM_ID, adoptServer, fake, nativeOptions, queueServerCallback, rightOf, startServer, stopServer } from './server-native-kit';

afterEach(stopServer);

/** Every stream member of the server value, by name (the typed signals, decodeErrors$ and callbacks$). */
const streamsOf = (server: SteamServer): ReadonlyArray<readonly [string, Observable<unknown>]> =>
  Object.entries(server).flatMap(([name, value]) => (isObservable(value) ? [[name, value] as const] : []));

const approve = (steamId: bigint) => queueServerCallback('GSClientApprove_t', { m_SteamID: steamId, m_OwnerSteamID: steamId });

describe('every server stream is scoped to the session', () => {
  it('the server has 17 streams: 15 signals, decodeErrors$ and callbacks$', () => {
    const server = startServer();
    const names = streamsOf(server).map(([name]) => name);
    expect(names).toHaveLength(17);
    expect(names).toEqual(expect.arrayContaining(['callbacks$', 'decodeErrors$', 'gsClientApprove$', 'validateAuthTicketResponse$']));
  });

  it('each stream subscribed before serverShutdown completes at serverShutdown, not earlier', () => {
    const server = startServer();
    const open = streamsOf(server).map(([name, stream$]) => ({ name, seen: collect(stream$) }));
    expect(open.filter(({ seen }) => seen.completed())).toEqual([]);
    server.serverShutdown();
    expect(open.filter(({ seen }) => !seen.completed()).map(({ name }) => name)).toEqual([]);
  });

  it('each stream subscribed after serverShutdown completes at once, with no value', () => {
    const server = startServer();
    const streams = streamsOf(server);
    server.serverShutdown();
    for (const [name, stream$] of streams) {
      const late = collect(stream$);
      expect({ name, completed: late.completed(), values: late.values }).toEqual({ name, completed: true, values: [] });
    }
  });

  it('a new serverInit’s callbacks never reach the old server’s subscribers, before or after its shutdown', () => {
    const old = startServer();
    const approvedBefore = collect(old.gsClientApprove$);
    const rawBefore = collect(old.callbacks$);
    old.serverShutdown();
    const approvedAfter = collect(old.gsClientApprove$);
    const rawAfter = collect(old.callbacks$);

    const next = adoptServer(rightOf(serverInit('', 27015, 27016, ServerMode.SERVER_MODE_AUTHENTICATION, '1.0.0.0', nativeOptions())));
    const approvedNext = collect(next.gsClientApprove$);
    approve(BIG_STEAM_ID);
    next.runCallbacks();

    expect(approvedNext.values).toEqual([{ steamId: BIG_STEAM_ID, ownerSteamId: BIG_STEAM_ID }]);
    for (const seen of [approvedBefore, rawBefore, approvedAfter, rawAfter]) {
      expect(seen.values).toEqual([]);
      expect(seen.completed()).toBe(true);
    }
    // The next server's own streams were not ended by the old one's shutdown.
    expect(approvedNext.completed()).toBe(false);
  });

  it('the streams deliver while live: a scoped subscriber sees the callbacks of its own session', () => {
    const server = startServer();
    const approved = collect(server.gsClientApprove$);
    approve(BIG_STEAM_ID);
    server.runCallbacks();
    expect(approved.values).toHaveLength(1);
    expect(approved.completed()).toBe(false);
  });
});

describe('a call from a completion handler during serverShutdown', () => {
  /** Runs `call` when gsClientApprove$ completes (inside serverShutdown) and returns what it threw. */
  const thrownOnCompletion = (server: SteamServer, call: () => unknown): (() => unknown) => {
    let thrown: unknown;
    let ran = false;
    server.gsClientApprove$.subscribe({
      complete: () => {
        ran = true;
        try {
          call();
        } catch (error) {
          thrown = error;
        }
      },
    });
    return () => {
      if (!ran) throw new Error('the completion handler did not run');
      return thrown;
    };
  };

  it.each([
    { name: 'loggedOn', symbol: 'SteamAPI_ISteamGameServer_BLoggedOn', call: (server: SteamServer) => server.loggedOn() },
    { name: 'setServerName', symbol: 'SteamAPI_ISteamGameServer_SetServerName', call: (server: SteamServer) => server.setServerName('late') },
    { name: 'getServerReputation', symbol: 'SteamAPI_ISteamGameServer_GetServerReputation', call: (server: SteamServer) => server.getServerReputation() },
    {
      name: 'requestUserGroupStatus',
      symbol: 'SteamAPI_ISteamGameServer_RequestUserGroupStatus',
      call: (server: SteamServer) => server.requestUserGroupStatus(BIG_STEAM_ID, BIG_STEAM_ID + 1n),
    },
    { name: 'handleIncomingPacket', symbol: 'SteamAPI_ISteamGameServer_HandleIncomingPacket', call: (server: SteamServer) => server.handleIncomingPacket(Uint8Array.of(1), '1.2.3.4', 5) },
  ] as const)('$name throws NotInitialized at once and never reaches Steam', ({ symbol, call }) => {
    const server = startServer();
    const outcome = thrownOnCompletion(server, () => call(server));
    server.serverShutdown();
    expect(outcome()).toBeInstanceOf(NotInitialized);
    expect(fake.callCount(symbol)).toBe(0);
  });

  it('the shutdown itself goes on: SteamGameServer_Shutdown is called once, after the handler', () => {
    const server = startServer();
    const outcome = thrownOnCompletion(server, () => server.serverShutdown());
    server.serverShutdown();
    expect(outcome()).toBeUndefined();
    expect(fake.callCount('SteamGameServer_Shutdown')).toBe(1);
    expect(server.live).toBe(false);
  });

  it('a call after serverShutdown has returned throws NotInitialized the same way', () => {
    const server = startServer();
    server.serverShutdown();
    thrownBy(NotInitialized, () => server.loggedOn());
    expect(fake.callCount('SteamAPI_ISteamGameServer_BLoggedOn')).toBe(0);
  });
});
