/**
 * A cancelled session ticket presented again: Steam's back end still knows it, so
 * BeginAuthSession accepts it and validation answers AuthTicketCanceled naming the ticket's owner,
 * however long ago it was cancelled and whether or not its issuer is still running.
 */
import { TestScheduler } from 'rxjs/testing';
import { EAuthSessionResponse, EBeginAuthSessionResult, EDenyReason, EServerMode, EUserHasLicenseForAppResult } from '../../native/enums';
import { createSimulatedSteam, SESSION_TICKET_SIZE } from '../../simulated';
import { messagesOf, pump, unwrap } from './simulated-test-kit';

const newScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

interface TicketIssuer {
  getAuthSessionTicket(buffer: Uint8Array, remote: bigint | null): { handle: number; size: number };
}

const ticketOf = (issuer: TicketIssuer, remote: bigint | null = null) => {
  const buffer = new Uint8Array(1024);
  const { handle, size } = issuer.getAuthSessionTicket(buffer, remote);
  return { handle, bytes: buffer.slice(0, size) };
};

const lender = 76561197960287930n;

/** Alice (borrowing the game from `lender`, with one DLC) issues; bob and carol hold sessions. */
const players = (scheduler: TestScheduler, options: Parameters<typeof createSimulatedSteam>[0] = {}) => {
  const steam = createSimulatedSteam({ scheduler, ...options });
  const aliceId = steam.addUser({ name: 'alice', ownsApp: false, familySharingOwner: lender, dlc: [1001] });
  const bobId = steam.addUser({ name: 'bob' });
  const carolId = steam.addUser({ name: 'carol' });
  const aliceCore = steam.createProcess({ user: aliceId });
  const bobCore = steam.createProcess({ user: bobId });
  const carolCore = steam.createProcess({ user: carolId });
  return {
    steam,
    aliceId,
    bobId,
    aliceCore,
    bobCore,
    carolCore,
    aliceUser: unwrap(aliceCore.initClient()).user,
    bobUser: unwrap(bobCore.initClient()).user,
    carolUser: unwrap(carolCore.initClient()).user,
  };
};

const response = (steamId: bigint, value: number, owner: bigint) => ({ m_SteamID: steamId, m_eAuthSessionResponse: value, m_OwnerSteamID: owner });

describe('A cancelled session ticket presented again', () => {
  it('begins a session, then Steam answers AuthTicketCanceled naming the owner; the session shows the ticket', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam, aliceId, aliceUser, bobUser, bobCore } = players(scheduler);
      const { handle, bytes } = ticketOf(aliceUser);
      pump(scheduler, [bobCore], 200);
      expect(bobUser.beginAuthSession(bytes, aliceId)).toBe(EBeginAuthSessionResult.OK);
      scheduler.schedule(() => {
        bobUser.endAuthSession(aliceId);
        aliceUser.cancelAuthTicket(handle);
      }, 30);
      scheduler.schedule(() => {
        expect(bobUser.beginAuthSession(bytes, aliceId)).toBe(EBeginAuthSessionResult.OK);
        expect(bobUser.beginAuthSession(bytes, aliceId)).toBe(EBeginAuthSessionResult.DuplicateRequest);
        // The licence answers still come from the ticket's owner.
        expect(bobUser.userHasLicenseForApp(aliceId, steam.appId)).toBe(EUserHasLicenseForAppResult.HasLicense);
        expect(bobUser.userHasLicenseForApp(aliceId, 1001)).toBe(EUserHasLicenseForAppResult.HasLicense);
        expect(bobUser.userHasLicenseForApp(aliceId, 1002)).toBe(EUserHasLicenseForAppResult.DoesNotHaveLicense);
      }, 60);
      scheduler.schedule(() => {
        expect(steam.inspect.authSessions(bobCore)).toEqual([
          {
            processId: bobCore.processId,
            pipe: 'client',
            holderSteamId: bobUser.getSteamID(),
            steamId: aliceId,
            ownerSteamId: lender,
            state: 'canceled',
            response: EAuthSessionResponse.AuthTicketCanceled,
            ticketHandle: handle,
            beganAtMs: 60,
          },
        ]);
        expect(steam.inspect.openTickets()).toEqual([]);
      }, 100);
      expectObservable(messagesOf(bobCore, 'ValidateAuthTicketResponse_t')).toBe('20ms a 59ms b', {
        a: response(aliceId, EAuthSessionResponse.OK, lender),
        b: response(aliceId, EAuthSessionResponse.AuthTicketCanceled, lender),
      });
    });
  });

  it('is answered AuthTicketCanceled (and denied) by an authenticating game server', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam, aliceId, aliceUser } = players(scheduler);
      const serverCore = steam.createProcess();
      const { server } = unwrap(
        serverCore.initServer({ ip: 0, gamePort: 27015, queryPort: 27016, serverMode: EServerMode.AuthenticationAndSecure, versionString: '1.0.0.0' }),
      );
      const { handle, bytes } = ticketOf(aliceUser);
      aliceUser.cancelAuthTicket(handle);
      pump(scheduler, [serverCore], 100);
      scheduler.schedule(() => expect(server.beginAuthSession(bytes, aliceId)).toBe(EBeginAuthSessionResult.OK), 10);
      expectObservable(messagesOf(serverCore, 'ValidateAuthTicketResponse_t')).toBe('30ms a', {
        a: response(aliceId, EAuthSessionResponse.AuthTicketCanceled, lender),
      });
      expectObservable(messagesOf(serverCore, 'GSClientDeny_t')).toBe('30ms a', {
        a: { m_SteamID: aliceId, m_eDenyReason: EDenyReason.Generic, m_rgchOptionalText: 'AuthTicketCanceled' },
      });
    });
  });

  it('is answered the same after its issuer shut down and its process was disposed', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { aliceId, aliceCore, aliceUser, bobUser, bobCore, carolUser, carolCore } = players(scheduler);
      const ticket = ticketOf(aliceUser);
      const cancelledEarlier = ticketOf(aliceUser);
      aliceUser.cancelAuthTicket(cancelledEarlier.handle);
      aliceCore.dispose();
      pump(scheduler, [bobCore, carolCore], 100);
      scheduler.schedule(() => {
        expect(bobUser.beginAuthSession(ticket.bytes, aliceId)).toBe(EBeginAuthSessionResult.OK);
        expect(carolUser.beginAuthSession(cancelledEarlier.bytes, aliceId)).toBe(EBeginAuthSessionResult.OK);
      }, 10);
      expectObservable(messagesOf(bobCore, 'ValidateAuthTicketResponse_t')).toBe('30ms a', {
        a: response(aliceId, EAuthSessionResponse.AuthTicketCanceled, lender),
      });
      expectObservable(messagesOf(carolCore, 'ValidateAuthTicketResponse_t')).toBe('30ms a', {
        a: response(aliceId, EAuthSessionResponse.AuthTicketCanceled, lender),
      });
    });
  });

  it('is answered AuthTicketCanceled after it was cancelled under a held session, to a second holder', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { aliceId, aliceUser, bobUser, bobCore, carolUser, carolCore } = players(scheduler);
      const { handle, bytes } = ticketOf(aliceUser);
      pump(scheduler, [bobCore, carolCore], 200);
      expect(bobUser.beginAuthSession(bytes, aliceId)).toBe(EBeginAuthSessionResult.OK);
      scheduler.schedule(() => aliceUser.cancelAuthTicket(handle), 30);
      scheduler.schedule(() => expect(carolUser.beginAuthSession(bytes, aliceId)).toBe(EBeginAuthSessionResult.OK), 40);
      // Bob hears the cancel once; carol, the second identity on the ticket, hears only AuthTicketCanceled.
      expectObservable(messagesOf(bobCore, 'ValidateAuthTicketResponse_t')).toBe('20ms a 29ms b', {
        a: response(aliceId, EAuthSessionResponse.OK, lender),
        b: response(aliceId, EAuthSessionResponse.AuthTicketCanceled, lender),
      });
      expectObservable(messagesOf(carolCore, 'ValidateAuthTicketResponse_t')).toBe('60ms a', {
        a: response(aliceId, EAuthSessionResponse.AuthTicketCanceled, lender),
      });
    });
  });

  it('names a game server issuer by the Steam ID it has when Steam answers', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam, bobUser, bobCore } = players(scheduler);
      const serverCore = steam.createProcess();
      const { server } = unwrap(serverCore.initServer({ ip: 0, gamePort: 27015, queryPort: 27016, serverMode: EServerMode.Authentication, versionString: '1.0.0.0' }));
      server.logOnAnonymous();
      pump(scheduler, [serverCore, bobCore], 200);
      let serverId = 0n;
      let bytes = new Uint8Array(0);
      scheduler.schedule(() => {
        serverId = server.getSteamID();
        const ticket = ticketOf(server);
        bytes = ticket.bytes;
        server.cancelAuthTicket(ticket.handle);
      }, 50);
      scheduler.schedule(() => {
        expect(bobUser.beginAuthSession(bytes, serverId)).toBe(EBeginAuthSessionResult.OK);
        // Steam answers after the server is gone: the owner is still the Steam ID it had.
        serverCore.shutdownServer();
      }, 60);
      scheduler.schedule(() => {
        expect(steam.inspect.authSessions(bobCore)[0]).toMatchObject({ steamId: serverId, ownerSteamId: serverId, state: 'canceled' });
      }, 90);
    });
  });

  it('is refused as ExpiredTicket once its lifetime has passed, and as InvalidTicket with a changed byte', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { aliceId, aliceUser, bobUser, carolUser } = players(scheduler, { ticketLifetimeMs: 100 });
      const { handle, bytes } = ticketOf(aliceUser);
      aliceUser.cancelAuthTicket(handle);
      const forged = bytes.slice();
      forged[SESSION_TICKET_SIZE - 1] = (forged[SESSION_TICKET_SIZE - 1] ?? 0) ^ 0x01;
      expect(carolUser.beginAuthSession(forged, aliceId)).toBe(EBeginAuthSessionResult.InvalidTicket);
      const results: number[] = [];
      scheduler.schedule(() => results.push(bobUser.beginAuthSession(bytes, aliceId)), 99);
      scheduler.schedule(() => results.push(carolUser.beginAuthSession(bytes, aliceId)), 100);
      flush();
      expect(results).toEqual([EBeginAuthSessionResult.OK, EBeginAuthSessionResult.ExpiredTicket]);
    });
  });
});
