/**
 * Lifecycle under hostile use: every function after shutdown, shutdown twice, init twice on
 * Valve's (fake) library, unsubscribing while a call result is pending, and shutdown with open
 * tickets, sessions and a microphone.
 */
import { isLeft } from 'fp-ts/Either';
import { Observable, isObservable } from 'rxjs';
import { NotInitialized } from '../../src/errors';
import { TestScheduler } from 'rxjs/testing';
import { EResult, EServerMode, ESteamAPIInitResult } from '../../native/enums';
import { loadNativeCore } from '../../native/native-core';
import { createSimulatedSteam } from '../../simulated';
import type { RawCallback, SteamCore } from '../../native/steam-core';
import { writeStruct } from '../../native/struct-bytes';
import { serverInit } from '../../src/init/server-init';
import { steamInit } from '../../src/init/steam-init';
import {
  appsTable,
  clientTable,
  friendsTable,
  gameServerStatsTable,
  networkingMessagesTable,
  networkingSocketsTable,
  networkingUtilsTable,
  serverTable,
  userStatsTable,
  utilsTable,
  validArguments,
} from './function-table';
import { CLIENT_PIPE, SERVER_PIPE, fake, leftOf, record, rightOf, startNativePair, stopNativePair, structOf } from './hostile-kit';

afterEach(stopNativePair);

type Callable = (...args: unknown[]) => unknown;

const functionsOf = (side: object): Array<[string, Callable]> =>
  Object.entries(side).filter((entry): entry is [string, Callable] => typeof entry[1] === 'function');

describe('after shutdown', () => {
  it.each([
    ['client', 'SteamClient', clientTable, ['runCallbacks', 'shutdown']],
    ['server', 'SteamServer', serverTable, ['runCallbacks', 'serverShutdown', 'shutdown']],
  ] as const)('every %s function throws NotInitialized at call time (also those returning an Observable or a Promise); shutdown functions are no-ops', (side, stateName, table, noOps) => {
    const pair = startNativePair();
    const target = side === 'client' ? pair.client : pair.server;
    if (side === 'client') pair.client.shutdown();
    else pair.server.serverShutdown();
    const callsBefore = fake.callCount('SteamAPI_ISteamUser_GetSteamID') + fake.callCount('SteamAPI_ISteamGameServer_GetSteamID');
    const functions = functionsOf(target);
    expect(functions.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const [name, fn] of functions) {
      let result: unknown;
      try {
        result = fn(...validArguments(table, name));
      } catch (error) {
        if ((noOps as readonly string[]).includes(name)) failures.push(`${name} threw ${String(error)}`);
        else if (!(error instanceof NotInitialized) || error.what !== stateName) failures.push(`${name} threw ${String(error)}`);
        continue;
      }
      if ((noOps as readonly string[]).includes(name)) {
        if (result !== undefined) failures.push(`${name} returned ${String(result)}`);
        continue;
      }
      failures.push(`${name} did not throw; it returned ${isObservable(result) ? 'an Observable' : result instanceof Promise ? 'a Promise' : typeof result}`);
    }
    // Every function of the side's namespaces throws NotInitialized too.
    const expectAllThrow = (namespace: string, namespaceFunctions: ReturnType<typeof functionsOf>, namespaceTable: Parameters<typeof validArguments>[0]): void => {
      for (const [name, fn] of namespaceFunctions) {
        try {
          fn(...validArguments(namespaceTable, name));
          failures.push(`${namespace}.${name} did not throw`);
        } catch (error) {
          if (!(error instanceof NotInitialized) || error.what !== stateName) failures.push(`${namespace}.${name} threw ${String(error)}`);
        }
      }
    };
    expectAllThrow('utils', functionsOf(target.utils), utilsTable);
    // client.apps too (ISteamApps is the client's alone).
    if (side === 'client') {
      expectAllThrow('apps', functionsOf(pair.client.apps), appsTable);
      expect(functionsOf(pair.client.apps).length).toBeGreaterThan(30);
      // client.friends and client.networkingUtils too, the reactive forms included (they throw at call time, not at subscribe).
      expectAllThrow('friends', functionsOf(pair.client.friends), friendsTable);
      expect(functionsOf(pair.client.friends).length).toBeGreaterThan(60);
      expectAllThrow('networkingUtils', functionsOf(pair.client.networkingUtils), networkingUtilsTable);
      expect(functionsOf(pair.client.networkingUtils).length).toBeGreaterThan(20);
    }
    // The stats namespace of the side (client.stats: ISteamUserStats, server.stats: ISteamGameServerStats).
    const stats = side === 'client' ? { functions: functionsOf(pair.client.stats), table: userStatsTable } : { functions: functionsOf(pair.server.stats), table: gameServerStatsTable };
    expectAllThrow('stats', stats.functions, stats.table);
    expect(stats.functions.length).toBeGreaterThan(side === 'client' ? 50 : 9);
    // networkingMessages and networkingSockets on both sides.
    expectAllThrow('networkingMessages', functionsOf(target.networkingMessages), networkingMessagesTable);
    expect(functionsOf(target.networkingMessages).length).toBe(8);
    expectAllThrow('networkingSockets', functionsOf(target.networkingSockets), networkingSocketsTable);
    expect(functionsOf(target.networkingSockets).length).toBeGreaterThan(30);
    expect(failures).toEqual([]);
    // Nothing reached the library after shutdown.
    expect(fake.callCount('SteamAPI_ISteamUser_GetSteamID') + fake.callCount('SteamAPI_ISteamGameServer_GetSteamID')).toBe(callsBefore);
  });

  it('shutdown twice is a no-op: Steam is shut down once per side', () => {
    const { client, server } = startNativePair();
    client.shutdown();
    client.shutdown();
    server.serverShutdown();
    server.shutdown();
    server.serverShutdown();
    expect(fake.callCount('SteamAPI_Shutdown')).toBe(1);
    expect(fake.callCount('SteamGameServer_Shutdown')).toBe(1);
    expect(client.live).toBe(false);
    expect(server.live).toBe(false);
  });
});

describe('init twice on the native library', () => {
  it('a second steamInit or serverInit while one is live is Left(InitFailed, FailedGeneric) and leaves the first working', () => {
    const { client, server } = startNativePair();
    const options = { backend: 'native', libraryPath: fake.libraryPath, pump: 'manual' } as const;
    const clientAgain = leftOf(steamInit(options));
    expect(clientAgain._tag).toBe('InitFailed');
    if (clientAgain._tag !== 'InitFailed') return;
    expect(clientAgain.status).toBe(ESteamAPIInitResult.FailedGeneric);
    expect(clientAgain.message).toMatch(/already initialised/);
    const serverAgain = leftOf(serverInit('0.0.0.0', 27015, 27016, EServerMode.AuthenticationAndSecure, '1.0.0.0', options));
    expect(serverAgain._tag).toBe('InitFailed');
    expect(fake.callCount('SteamAPI_InitFlat')).toBe(1);
    expect(fake.callCount('SteamInternal_GameServer_Init_V2')).toBe(1);
    fake.setReturn('SteamAPI_ISteamUser_GetSteamID', 76561198265685624n);
    expect(client.getSteamID()).toBe(76561198265685624n);
    expect(server.live).toBe(true);
    // After a shutdown the library may be initialised again.
    client.shutdown();
    const again = rightOf(steamInit(options));
    expect(again.live).toBe(true);
    again.shutdown();
  });
});

describe('unsubscribing while a call result is pending', () => {
  it('lets go of callbacks$ and the timer, and a late result is dropped', () => {
    stopNativePair();
    fake.reset();
    const core = rightOf(loadNativeCore({ libraryPath: fake.libraryPath }));
    let open = 0;
    const counted = new Observable<RawCallback>((subscriber) => {
      open += 1;
      const inner = core.callbacks$.subscribe(subscriber);
      return () => {
        open -= 1;
        inner.unsubscribe();
      };
    });
    const wrapped: SteamCore = Object.create(core, { callbacks$: { value: counted } }) as SteamCore;
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    const client = rightOf(steamInit({ backend: 'core', core: wrapped, pump: 'manual', scheduler }));
    try {
      const baseline = open;
      const apiCall = 0x1_2345_6789n;
      fake.setReturn('SteamAPI_ISteamUser_RequestStoreAuthURL', apiCall);
      const seen = record(client.requestStoreAuthURL('https://example.com/'));
      expect(open).toBe(baseline + 1);
      seen.unsubscribe();
      expect(open).toBe(baseline);
      // The timeout was cancelled with it: flushing virtual time emits nothing.
      scheduler.flush();
      const late = writeStruct(structOf('StoreAuthURLResponse_t'), { m_szURL: 'https://store.example/secret' });
      fake.queueCallResult(CLIENT_PIPE, apiCall, structOf('StoreAuthURLResponse_t').callbackId ?? 0, late, false);
      const stream = record(client.storeAuthUrlResponse$);
      client.runCallbacks();
      expect(seen.values).toEqual([]);
      expect(seen.errors).toEqual([]);
      // The late result reached the library's stream (it is a signal too) and nothing else.
      expect(stream.values).toHaveLength(1);
      expect(fake.pendingCallResults()).toBe(0);
      stream.unsubscribe();
      expect(open).toBe(baseline);
    } finally {
      client.shutdown();
    }
  });
});

describe('shutdown with resources open', () => {
  it('native: open tickets are cancelled, sessions ended and the microphone stopped, once each, before SteamAPI_Shutdown', () => {
    const { client, server } = startNativePair();
    const ticketBytes = Uint8Array.from({ length: 64 }, (_, index) => index);
    fake.setOutput('SteamAPI_ISteamUser_GetAuthSessionTicket', ticketBytes);
    fake.setReturn('SteamAPI_ISteamUser_GetAuthSessionTicket', 11);
    const ticket = record(client.authTicket$());
    const session = record(client.authSession$(ticketBytes, 76561198265685624n));
    const serverSession = record(server.authSession$(ticketBytes, 76561198265685625n));
    const voice = record(client.voice$());
    const validation = structOf('GetAuthSessionTicketResponse_t');
    fake.queueCallback(CLIENT_PIPE, validation.callbackId ?? 0, writeStruct(validation, { m_hAuthTicket: 11, m_eResult: EResult.OK }));
    client.runCallbacks();
    expect(ticket.values).toHaveLength(1);
    client.shutdown();
    server.serverShutdown();
    expect(fake.callCount('SteamAPI_ISteamUser_CancelAuthTicket')).toBe(1);
    expect(fake.callCount('SteamAPI_ISteamUser_EndAuthSession')).toBe(1);
    expect(fake.callCount('SteamAPI_ISteamGameServer_EndAuthSession')).toBe(1);
    expect(fake.callCount('SteamAPI_ISteamUser_StopVoiceRecording')).toBe(1);
    expect(fake.callSequence('SteamAPI_ISteamUser_CancelAuthTicket')).toBeLessThan(fake.callSequence('SteamAPI_Shutdown'));
    expect(fake.callSequence('SteamAPI_ISteamUser_StopVoiceRecording')).toBeLessThan(fake.callSequence('SteamAPI_Shutdown'));
    expect(fake.callSequence('SteamAPI_ISteamGameServer_EndAuthSession')).toBeLessThan(fake.callSequence('SteamGameServer_Shutdown'));
    for (const flow of [ticket, session, serverSession, voice]) {
      expect(flow.completed).toBe(true);
      expect(flow.errors).toEqual([]);
    }
    expect(fake.pendingCallbacks(SERVER_PIPE)).toBe(0);
  });

  it('simulated: nothing stays open in Steam (inspect) after both sides shut down mid-flow', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ flush }) => {
      // A live microphone keeps the simulated clock busy: bound virtual time so flush() ends.
      scheduler.maxFrames = 2_000;
      const steam = createSimulatedSteam({ scheduler, latencyMs: 5 });
      const player = steam.addUser();
      const process = steam.createProcess({ user: player });
      const client = rightOf(steamInit({ backend: 'core', core: process }));
      const server = rightOf(serverInit('0.0.0.0', 27015, 27016, EServerMode.AuthenticationAndSecure, '1.0.0.0', { backend: 'simulated', steam }));
      server.logOnAnonymous();
      const responses: string[] = [];
      client.authTicket$().subscribe((ticket) => {
        server.authSession$(rightOf(ticket), player).subscribe((response) => responses.push(isLeft(response) ? response.left._tag : 'ok'));
      });
      const voice = record(client.voice$());
      const webTicket = record(client.webApiTicket$('service'));
      flush();
      expect(responses).toEqual(['ok']);
      expect(steam.inspect.openTickets()).not.toEqual([]);
      expect(steam.inspect.authSessions()).not.toEqual([]);
      expect(steam.inspect.client(process)?.voice.recording).toBe(true);
      client.shutdown();
      server.serverShutdown();
      flush();
      expect(steam.inspect.openTickets()).toEqual([]);
      expect(steam.inspect.authSessions()).toEqual([]);
      expect(voice.completed).toBe(true);
      expect(webTicket.completed).toBe(true);
      expect(steam.inspect.client(process)).toBeNull();
    });
  });
});
