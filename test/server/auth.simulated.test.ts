/**
 * A game server authenticating players on the simulated Steam, through the public API, with
 * marbles: approve, deny, kick, the player letting go of the ticket, a VAC ban after the fact.
 * Steam's latency is 20 ms: the player's ticket is confirmed at 20 ms, the server begins its
 * session then, and Steam's verdict (ValidateAuthTicketResponse_t with GSClientApprove_t or
 * GSClientDeny_t) reaches the server at 40 ms.
 */
import { isRight, left, right, type Either } from 'fp-ts/Either';
import { filter, map, of, shareReplay, switchMap, take, type Observable } from 'rxjs';
import { EAuthSessionResponse, EDenyReason, EUserHasLicenseForAppResult } from '../../native/enums';
import type { AuthTicket } from '../../src/auth/auth-ticket';
import { ServerMode } from '../../src/enums';
import type { SteamServer } from '../../src/server/steam-server';
import { newScheduler, serverWorld } from './server-simulated-kit';

const LENDER = 76561197960287930n;

/** The player's ticket handed to the server: Lefts pass through, a Right begins a session. */
const validate = (ticket$: Observable<Either<unknown, AuthTicket>>, server: SteamServer, player: bigint) =>
  ticket$.pipe(switchMap((ticket) => (isRight(ticket) ? server.authSession$(ticket.right, player) : of(ticket))));

const ok = (steamId: bigint, owner: bigint = steamId) => right({ steamId, response: EAuthSessionResponse.OK, ownerSteamId: owner });
const rejected = (response: number, steamId: bigint) => left(expect.objectContaining({ _tag: 'AuthSessionRejected', response, steamId }));

describe('a game server validating players', () => {
  it('approve: the session is OK and GSClientApprove_t names the player at 40 ms; the server logged on at 20 ms', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam, server: startServer, player } = serverWorld(scheduler);
      const { server, process } = startServer();
      const alice = player();
      server.logOnAnonymous();
      expectObservable(server.steamServerConnected$, '^ 100ms !').toBe('20ms a', { a: {} });
      expectObservable(server.gsPolicyResponse$, '^ 100ms !').toBe('20ms a', { a: { secure: true } });
      expectObservable(server.gsClientApprove$, '^ 100ms !').toBe('40ms a', { a: { steamId: alice.steamId, ownerSteamId: alice.steamId } });
      expectObservable(server.gsClientDeny$, '^ 100ms !').toBe('');
      expectObservable(validate(alice.client.authTicket$(), server, alice.steamId), '^ 100ms !').toBe('40ms a', { a: ok(alice.steamId) });
      flush();
      expect(steam.inspect.authSessions(process, 'server')).toEqual([]);
    });
  });

  it('Family Sharing: the approval and the session name the lender as owner', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { server: startServer, player } = serverWorld(scheduler);
      const { server } = startServer();
      const borrower = player({ ownsApp: false, familySharingOwner: LENDER });
      expectObservable(server.gsClientApprove$, '^ 100ms !').toBe('40ms a', { a: { steamId: borrower.steamId, ownerSteamId: LENDER } });
      expectObservable(validate(borrower.client.authTicket$(), server, borrower.steamId), '^ 100ms !').toBe('40ms a', { a: ok(borrower.steamId, LENDER) });
    });
  });

  it('deny: a player without a licence gets GSClientDeny_t NoLicense and the session is Left(AuthSessionRejected NoLicenseOrExpired)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { server: startServer, player } = serverWorld(scheduler);
      const { server } = startServer();
      const pirate = player({ ownsApp: false });
      expectObservable(server.gsClientDeny$, '^ 100ms !').toBe('40ms a', {
        a: { steamId: pirate.steamId, denyReason: EDenyReason.NoLicense, optionalText: 'NoLicenseOrExpired' },
      });
      expectObservable(server.gsClientApprove$, '^ 100ms !').toBe('');
      expectObservable(validate(pirate.client.authTicket$(), server, pirate.steamId), '^ 100ms !').toBe('40ms a', {
        a: rejected(EAuthSessionResponse.NoLicenseOrExpired, pirate.steamId),
      });
      // While the session is held the licence check agrees (DoesNotHaveLicense); once it ends, NoAuth.
      const licence: unknown[] = [];
      for (const at of [60, 150]) scheduler.schedule(() => licence.push(server.userHasLicenseForApp(pirate.steamId, 480)), at);
      flush();
      expect(licence).toEqual([EUserHasLicenseForAppResult.DoesNotHaveLicense, EUserHasLicenseForAppResult.NoAuth]);
    });
  });

  it('a VAC-banned player is denied as a Cheater', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { server: startServer, player } = serverWorld(scheduler);
      const { server } = startServer();
      const cheater = player({ vacBanned: true });
      expectObservable(server.gsClientDeny$.pipe(map((deny) => deny.denyReason)), '^ 100ms !').toBe('40ms a', { a: EDenyReason.Cheater });
      expectObservable(validate(cheater.client.authTicket$(), server, cheater.steamId), '^ 100ms !').toBe('40ms a', {
        a: rejected(EAuthSessionResponse.VACBanned, cheater.steamId),
      });
    });
  });

  it('kick: faults.kickClient reaches gsClientKick$ one latency later', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam, server: startServer, player } = serverWorld(scheduler);
      const { server, process } = startServer();
      const alice = player();
      scheduler.schedule(() => steam.faults.kickClient(process, alice.steamId, EDenyReason.IncompatibleAnticheat), 100);
      expectObservable(server.gsClientKick$, '^ 200ms !').toBe('120ms a', { a: { steamId: alice.steamId, denyReason: EDenyReason.IncompatibleAnticheat } });
    });
  });

  it('the player unsubscribing from authTicket$ reaches the server as AuthTicketCanceled; the server’s unsubscribe then ends its session', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam, server: startServer, player } = serverWorld(scheduler);
      const { server, process } = startServer();
      const alice = player();
      const ticket$ = alice.client.authTicket$().pipe(shareReplay({ bufferSize: 1, refCount: true }));
      const session$ = ticket$.pipe(
        filter(isRight),
        take(1),
        switchMap((ticket) => server.authSession$(ticket.right, alice.steamId)),
      );
      const sessionsAt: number[] = [];
      for (const at of [110, 300]) scheduler.schedule(() => sessionsAt.push(steam.inspect.authSessions(process, 'server').length), at);
      // The ticket is let go at 100; Steam tells the server at 120; the server lets go at 200.
      expectObservable(ticket$, '^ 99ms !').toBe('20ms a', { a: expect.objectContaining({ _tag: 'Right' }) });
      expectObservable(session$, '^ 199ms !').toBe('40ms a 79ms b', { a: ok(alice.steamId), b: rejected(EAuthSessionResponse.AuthTicketCanceled, alice.steamId) });
      expectObservable(server.validateAuthTicketResponse$.pipe(map((response) => response.response)), '^ 199ms !').toBe('40ms a 79ms b', {
        a: EAuthSessionResponse.OK,
        b: EAuthSessionResponse.AuthTicketCanceled,
      });
      flush();
      expect(sessionsAt).toEqual([1, 0]);
      expect(steam.inspect.openTickets()).toEqual([]);
    });
  });

  it('a VAC ban after the fact reaches the open session as Left(AuthSessionRejected VACBanned)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam, server: startServer, player } = serverWorld(scheduler);
      const { server } = startServer();
      const alice = player();
      scheduler.schedule(() => steam.faults.setVacBanned(alice.steamId), 100);
      expectObservable(validate(alice.client.authTicket$(), server, alice.steamId), '^ 200ms !').toBe('40ms a 79ms b', {
        a: ok(alice.steamId),
        b: rejected(EAuthSessionResponse.VACBanned, alice.steamId),
      });
    });
  });

  it('serverShutdown ends the open sessions: none stays held, the session stream completes', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam, server: startServer, player } = serverWorld(scheduler);
      const { server, process } = startServer();
      const alice = player();
      const bob = player();
      scheduler.schedule(() => server.serverShutdown(), 100);
      for (const holder of [alice, bob]) {
        // The player keeps holding the ticket; only the server's session is watched.
        const ticket$ = holder.client.authTicket$().pipe(shareReplay({ bufferSize: 1, refCount: true }));
        ticket$.subscribe();
        const session$ = ticket$.pipe(
          filter(isRight),
          take(1),
          switchMap((ticket) => server.authSession$(ticket.right, holder.steamId)),
        );
        expectObservable(session$).toBe('40ms a 59ms |', { a: ok(holder.steamId) });
      }
      flush();
      expect(steam.inspect.authSessions(process)).toEqual([]);
      expect(steam.inspect.server(process)).toBeNull();
    });
  });

  it('NO_AUTHENTICATION mode: the session is still validated, but Steam sends no GSClientApprove_t', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { server: startServer, player } = serverWorld(scheduler);
      const { server } = startServer(ServerMode.SERVER_MODE_NO_AUTHENTICATION);
      const alice = player();
      expectObservable(server.gsClientApprove$, '^ 100ms !').toBe('');
      expectObservable(validate(alice.client.authTicket$(), server, alice.steamId), '^ 100ms !').toBe('40ms a', { a: ok(alice.steamId) });
    });
  });
});
