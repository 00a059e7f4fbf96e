/**
 * Things that happen to a player from outside the game, through the public API on the simulated
 * Steam: losing and regaining Steam (steamServerDisconnected$ / steamServerConnected$, loggedOn
 * following), a failed reconnection, signing in elsewhere, and the other Steam-initiated signals.
 */
import { left, right } from 'fp-ts/Either';
import { map, type Observable } from 'rxjs';
import { EAuthSessionResponse, EDurationControlNotification, EResult } from '../../native/enums';
import { steamInit } from '../../src/init/steam-init';
import type { SteamClient } from '../../src/client/steam-client';
import { newScheduler, rightOf, world } from './simulated-kit';

/** A signal, with what loggedOn() answers at the moment it arrives. */
const withLoggedOn = <A extends object>(client: SteamClient, signal$: Observable<A>) =>
  signal$.pipe(map((payload) => ({ ...payload, loggedOn: client.loggedOn() })));

describe('connection to Steam', () => {
  it('marbles: disconnect at 100 arrives at 128 with loggedOn false; reconnect at 200 arrives at 224 with loggedOn true; session holders hear it', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam, player, frames } = world(scheduler);
      const alice = player();
      const bob = player();
      frames(400);
      const ticket = rightOf(alice.client.getAuthSessionTicket());
      scheduler.schedule(() => steam.faults.disconnectUser(alice.steamId), 100);
      scheduler.schedule(() => steam.faults.reconnectUser(alice.steamId), 200);
      expectObservable(withLoggedOn(alice.client, alice.client.steamServerDisconnected$), '^ 399ms !').toBe('128ms a', {
        a: { result: EResult.NoConnection, loggedOn: false },
      });
      expectObservable(withLoggedOn(alice.client, alice.client.steamServerConnected$), '^ 399ms !').toBe('224ms b', { b: { loggedOn: true } });
      expectObservable(bob.client.authSession$(ticket, alice.steamId), '^ 399ms !').toBe('32ms a 95ms b', {
        a: right(expect.objectContaining({ steamId: alice.steamId, response: EAuthSessionResponse.OK })),
        b: left(expect.objectContaining({ _tag: 'AuthSessionRejected', response: EAuthSessionResponse.UserNotConnectedToSteam })),
      });
      // Bob's own connection never changed.
      expectObservable(bob.client.steamServerDisconnected$, '^ 399ms !').toBe('');
      flush();
      expect(alice.client.loggedOn()).toBe(true);
    });
  });

  it('a failed reconnection arrives on steamServerConnectFailed$ and the player stays offline', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam, player, frames } = world(scheduler);
      const alice = player();
      frames(200);
      scheduler.schedule(() => steam.faults.connectFailure(alice.steamId, { result: EResult.ConnectFailed, stillRetrying: false }), 50);
      expectObservable(withLoggedOn(alice.client, alice.client.steamServerConnectFailed$), '^ 199ms !').toBe('80ms a', {
        a: { result: EResult.ConnectFailed, retrying: false, loggedOn: false },
      });
      flush();
    });
  });

  it('signing in elsewhere: LoggedInElsewhere to the player, LoggedInElseWhere to the holders of their sessions', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam, player, frames } = world(scheduler);
      const alice = player();
      const bob = player();
      frames(200);
      const ticket = rightOf(alice.client.getAuthSessionTicket());
      scheduler.schedule(() => steam.faults.logInElsewhere(alice.steamId), 50);
      expectObservable(alice.client.steamServerDisconnected$, '^ 199ms !').toBe('80ms a', { a: { result: EResult.LoggedInElsewhere } });
      expectObservable(bob.client.authSession$(ticket, alice.steamId), '^ 199ms !').toBe('32ms a 47ms b', {
        a: right(expect.objectContaining({ response: EAuthSessionResponse.OK })),
        b: left(expect.objectContaining({ _tag: 'AuthSessionRejected', response: EAuthSessionResponse.LoggedInElseWhere })),
      });
      flush();
    });
  });

  it('with the default auto pump (whatever drives it), disconnect then reconnect arrive in order and loggedOn follows', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { steam } = world(scheduler);
      const steamId = steam.addUser();
      const client = rightOf(steamInit({ backend: 'simulated', steam, user: steamId }));
      const seen: string[] = [];
      withLoggedOn(client, client.steamServerDisconnected$).subscribe((payload) => seen.push(`down ${payload.result} ${payload.loggedOn}`));
      withLoggedOn(client, client.steamServerConnected$).subscribe((payload) => seen.push(`up ${payload.loggedOn}`));
      scheduler.schedule(() => steam.faults.disconnectUser(steamId), 100);
      scheduler.schedule(() => steam.faults.reconnectUser(steamId), 1000);
      scheduler.schedule(() => client.shutdown(), 2000);
      flush();
      expect(seen).toEqual([`down ${EResult.NoConnection} false`, 'up true']);
    });
  });
});

describe('other Steam-initiated signals reach their streams', () => {
  it('licences, game server deny, web callback, microtransaction and duration control', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam, player, frames } = world(scheduler);
      const { steamId, client } = player();
      frames(100);
      steam.faults.licensesUpdated(steamId, { dlc: [1001] });
      steam.faults.clientGameServerDeny(steamId, { serverIp: 0xc0a80114, serverPort: 27015, secure: true, reason: 3 });
      steam.faults.gameWebCallback(steamId, 'steam://gamewebcallback/done');
      steam.faults.microTransactionAuthorization(steamId, { orderId: 0xfedcba9876543210n, authorized: true });
      steam.faults.durationControlBroadcast(steamId, { notification: EDurationControlNotification._1Hour });
      expectObservable(client.licensesUpdated$, '^ 99ms !').toBe('32ms a', { a: {} });
      expectObservable(client.clientGameServerDeny$, '^ 99ms !').toBe('32ms a', {
        a: { appId: steam.appId, serverIp: '192.168.1.20', serverIpNumber: 0xc0a80114, serverPort: 27015, secure: true, reason: 3 },
      });
      expectObservable(client.gameWebCallback$, '^ 99ms !').toBe('32ms a', { a: { url: 'steam://gamewebcallback/done' } });
      expectObservable(client.microtransactionAuthResponse$, '^ 99ms !').toBe('32ms a', {
        a: { appId: steam.appId, orderId: 0xfedcba9876543210n, authorized: true },
      });
      expectObservable(client.durationControl$, '^ 99ms !').toBe('32ms a', {
        a: { result: EResult.OK, duration: expect.objectContaining({ notification: EDurationControlNotification._1Hour }) },
      });
      expectObservable(client.decodeErrors$, '^ 99ms !').toBe('');
      flush();
      expect(steam.inspect.user(steamId)?.dlc).toEqual([1001]);
    });
  });
});
