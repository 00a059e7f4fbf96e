import { TestScheduler } from 'rxjs/testing';
import { EAuthSessionResponse, EBeginAuthSessionResult, EResult, EUserHasLicenseForAppResult } from '../../native/enums';
import { createSimulatedSteam, SESSION_TICKET_SIZE, splitSteamId } from '../../simulated';
import { decodeSessionTicket } from '../../simulated/session-ticket';
import { messagesOf, pump, unwrap } from './simulated-test-kit';

const newScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

const ticketOf = (user: { getAuthSessionTicket(buffer: Uint8Array, remote: bigint | null): { handle: number; size: number } }, remote: bigint | null = null) => {
  const buffer = new Uint8Array(1024);
  const { handle, size } = user.getAuthSessionTicket(buffer, remote);
  return { handle, bytes: buffer.slice(0, size) };
};

/** Two players in one universe: alice issues, bob validates. */
const twoPlayers = (scheduler: TestScheduler, options: Parameters<typeof createSimulatedSteam>[0] = {}, alice: Parameters<ReturnType<typeof createSimulatedSteam>['addUser']>[0] = {}) => {
  const steam = createSimulatedSteam({ scheduler, ...options });
  const aliceId = steam.addUser({ name: 'alice', ...alice });
  const bobId = steam.addUser({ name: 'bob' });
  const aliceCore = steam.createProcess({ user: aliceId });
  const bobCore = steam.createProcess({ user: bobId });
  return { steam, aliceId, bobId, aliceCore, bobCore, aliceUser: unwrap(aliceCore.initClient()).user, bobUser: unwrap(bobCore.initClient()).user };
};

describe('GetAuthSessionTicket', () => {
  it('writes the ticket at once and confirms it with GetAuthSessionTicketResponse_t after the latency', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { aliceCore, aliceUser, aliceId, steam } = twoPlayers(scheduler);
      const buffer = new Uint8Array(1024);
      const { handle, size } = aliceUser.getAuthSessionTicket(buffer, null);
      expect(handle).toBeGreaterThan(0);
      expect(size).toBe(SESSION_TICKET_SIZE);
      const fields = decodeSessionTicket(buffer.slice(0, size));
      expect(fields.issuerSteamId).toBe(aliceId);
      expect(fields.appId).toBe(steam.appId);
      expect(fields.remoteSteamId).toBeNull();
      pump(scheduler, [aliceCore], 50);
      expectObservable(messagesOf(aliceCore, 'GetAuthSessionTicketResponse_t')).toBe('20ms a', {
        a: { m_hAuthTicket: handle, m_eResult: EResult.OK },
      });
    });
  });

  it('returns handle 0 when the buffer cannot hold the ticket', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { aliceUser, steam } = twoPlayers(scheduler);
      expect(aliceUser.getAuthSessionTicket(new Uint8Array(SESSION_TICKET_SIZE - 1), null)).toEqual({ handle: 0, size: 0 });
      expect(steam.inspect.openTickets()).toEqual([]);
    });
  });

  it('gives every ticket a distinct handle and carries the remote identity', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { aliceUser, bobId, steam } = twoPlayers(scheduler);
      const first = ticketOf(aliceUser);
      const second = ticketOf(aliceUser, bobId);
      expect(first.handle).not.toBe(second.handle);
      expect(decodeSessionTicket(second.bytes).remoteSteamId).toBe(bobId);
      expect(steam.inspect.openTickets().map((ticket) => ticket.handle)).toEqual([first.handle, second.handle]);
    });
  });
});

describe('BeginAuthSession synchronous results', () => {
  it('refuses garbage, truncated and tampered tickets as InvalidTicket', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { aliceUser, bobUser, aliceId } = twoPlayers(scheduler);
      const { bytes } = ticketOf(aliceUser);
      expect(bobUser.beginAuthSession(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), aliceId)).toBe(EBeginAuthSessionResult.InvalidTicket);
      expect(bobUser.beginAuthSession(bytes.slice(0, bytes.length - 1), aliceId)).toBe(EBeginAuthSessionResult.InvalidTicket);
      for (let position = 5; position < bytes.length; position += 1) {
        const tampered = bytes.slice();
        tampered[position] = (tampered[position] ?? 0) ^ 0x01;
        expect(bobUser.beginAuthSession(tampered, aliceId)).toBe(EBeginAuthSessionResult.InvalidTicket);
      }
      expect(bobUser.beginAuthSession(bytes, aliceId)).toBe(EBeginAuthSessionResult.OK);
    });
  });

  it('answers InvalidVersion for an unknown version byte', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { aliceUser, bobUser, aliceId } = twoPlayers(scheduler);
      const { bytes } = ticketOf(aliceUser);
      bytes[4] = 9;
      expect(bobUser.beginAuthSession(bytes, aliceId)).toBe(EBeginAuthSessionResult.InvalidVersion);
    });
  });

  it('answers InvalidTicket when the ticket is presented for another Steam ID', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { aliceUser, bobUser, bobId } = twoPlayers(scheduler);
      expect(bobUser.beginAuthSession(ticketOf(aliceUser).bytes, bobId)).toBe(EBeginAuthSessionResult.InvalidTicket);
    });
  });

  it('answers DuplicateRequest when this holder already has a session for the Steam ID', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { aliceUser, bobUser, aliceId, steam, bobCore } = twoPlayers(scheduler);
      expect(bobUser.beginAuthSession(ticketOf(aliceUser).bytes, aliceId)).toBe(EBeginAuthSessionResult.OK);
      expect(bobUser.beginAuthSession(ticketOf(aliceUser).bytes, aliceId)).toBe(EBeginAuthSessionResult.DuplicateRequest);
      expect(steam.inspect.authSessions(bobCore)).toHaveLength(1);
    });
  });

  it('answers GameMismatch for a ticket of another app', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { bobUser, steam } = twoPlayers(scheduler);
      const carolId = steam.addUser();
      const carolCore = steam.createProcess({ user: carolId, appId: 999 });
      const carolSession = unwrap(carolCore.initClient());
      const carol = carolSession.user;
      expect(carolSession.utils.getAppID()).toBe(999);
      expect(bobUser.beginAuthSession(ticketOf(carol).bytes, carolId)).toBe(EBeginAuthSessionResult.GameMismatch);
      // Carol's own game accepts it.
      const daveCore = steam.createProcess({ user: steam.addUser(), appId: 999 });
      expect(unwrap(daveCore.initClient()).user.beginAuthSession(ticketOf(carol).bytes, carolId)).toBe(EBeginAuthSessionResult.OK);
    });
  });

  it('answers ExpiredTicket once the ticket lifetime has passed', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { aliceUser, bobUser, aliceId } = twoPlayers(scheduler, { ticketLifetimeMs: 100 });
      const { bytes } = ticketOf(aliceUser);
      let result = -1;
      scheduler.schedule(() => (result = bobUser.beginAuthSession(bytes, aliceId)), 100);
      flush();
      expect(result).toBe(EBeginAuthSessionResult.ExpiredTicket);
    });
  });
});

describe('Tickets this universe did not issue as presented', () => {
  it('refuses a copy of an issued ticket with a changed MAC byte, and still accepts the untouched one', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { aliceUser, bobUser, aliceId } = twoPlayers(scheduler);
      const { bytes } = ticketOf(aliceUser);
      const forged = bytes.slice();
      forged[SESSION_TICKET_SIZE - 1] = (forged[SESSION_TICKET_SIZE - 1] ?? 0) ^ 0x80;
      expect(bobUser.beginAuthSession(forged, aliceId)).toBe(EBeginAuthSessionResult.InvalidTicket);
      expect(bobUser.beginAuthSession(bytes.slice(), aliceId)).toBe(EBeginAuthSessionResult.OK);
    });
  });

  it('refuses a ticket of another simulated Steam with the same seed (see universe-identity.test.ts)', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { bobUser, steam } = twoPlayers(scheduler);
      const other = createSimulatedSteam({ scheduler });
      const strangerId = other.addUser();
      const stranger = unwrap(other.createProcess({ user: strangerId }).initClient()).user;
      expect(bobUser.beginAuthSession(ticketOf(stranger).bytes, strangerId)).toBe(EBeginAuthSessionResult.InvalidTicket);
      expect(steam.inspect.authSessions()).toEqual([]);
    });
  });
});

describe('ValidateAuthTicketResponse_t', () => {
  const validate = (
    alice: Parameters<ReturnType<typeof createSimulatedSteam>['addUser']>[0],
    expected: { response: number; owner?: 'self' | bigint },
  ): void => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { aliceUser, bobUser, aliceId, bobCore } = twoPlayers(scheduler, {}, alice);
      pump(scheduler, [bobCore], 60);
      scheduler.schedule(() => expect(bobUser.beginAuthSession(ticketOf(aliceUser).bytes, aliceId)).toBe(EBeginAuthSessionResult.OK), 5);
      const owner = expected.owner === undefined || expected.owner === 'self' ? aliceId : expected.owner;
      expectObservable(messagesOf(bobCore, 'ValidateAuthTicketResponse_t')).toBe('25ms a', {
        a: { m_SteamID: aliceId, m_eAuthSessionResponse: expected.response, m_OwnerSteamID: owner },
      });
    });
  };

  it('is OK for an owner, latency after BeginAuthSession', () => validate({}, { response: EAuthSessionResponse.OK }));
  it('names the Family Sharing lender as owner', () =>
    validate({ ownsApp: false, familySharingOwner: 76561197960287930n }, { response: EAuthSessionResponse.OK, owner: 76561197960287930n }));
  it('is NoLicenseOrExpired for a user without the game', () => validate({ ownsApp: false }, { response: EAuthSessionResponse.NoLicenseOrExpired }));
  it('is VACBanned for a VAC-banned user', () => validate({ vacBanned: true }, { response: EAuthSessionResponse.VACBanned }));
  it('is PublisherIssuedBan for a publisher ban', () => validate({ publisherBanned: true }, { response: EAuthSessionResponse.PublisherIssuedBan }));
  it('is UserNotConnectedToSteam when the issuer is offline', () => validate({ loggedOn: false }, { response: EAuthSessionResponse.UserNotConnectedToSteam }));

  it('is AuthTicketInvalidAlreadyUsed when a second identity presents the same ticket', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam, aliceUser, bobUser, aliceId, bobCore } = twoPlayers(scheduler);
      const carolCore = steam.createProcess({ user: steam.addUser({ name: 'carol' }) });
      const carolUser = unwrap(carolCore.initClient()).user;
      const { bytes } = ticketOf(aliceUser);
      pump(scheduler, [bobCore, carolCore], 60);
      expect(bobUser.beginAuthSession(bytes, aliceId)).toBe(EBeginAuthSessionResult.OK);
      expect(carolUser.beginAuthSession(bytes, aliceId)).toBe(EBeginAuthSessionResult.OK);
      expectObservable(messagesOf(bobCore, 'ValidateAuthTicketResponse_t')).toBe('20ms a', {
        a: { m_SteamID: aliceId, m_eAuthSessionResponse: EAuthSessionResponse.OK, m_OwnerSteamID: aliceId },
      });
      expectObservable(messagesOf(carolCore, 'ValidateAuthTicketResponse_t')).toBe('20ms a', {
        a: { m_SteamID: aliceId, m_eAuthSessionResponse: EAuthSessionResponse.AuthTicketInvalidAlreadyUsed, m_OwnerSteamID: aliceId },
      });
    });
  });

  it('is AuthTicketNetworkIdentityFailure when the ticket was made for someone else, OK for the named one', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam, aliceUser, bobUser, aliceId, bobId, bobCore } = twoPlayers(scheduler);
      const carolCore = steam.createProcess({ user: steam.addUser({ name: 'carol' }) });
      const carolUser = unwrap(carolCore.initClient()).user;
      const { bytes } = ticketOf(aliceUser, bobId);
      pump(scheduler, [bobCore, carolCore], 60);
      expect(carolUser.beginAuthSession(bytes, aliceId)).toBe(EBeginAuthSessionResult.OK);
      expect(bobUser.beginAuthSession(bytes, aliceId)).toBe(EBeginAuthSessionResult.OK);
      expectObservable(messagesOf(carolCore, 'ValidateAuthTicketResponse_t')).toBe('20ms a', {
        a: { m_SteamID: aliceId, m_eAuthSessionResponse: EAuthSessionResponse.AuthTicketNetworkIdentityFailure, m_OwnerSteamID: aliceId },
      });
      expectObservable(messagesOf(bobCore, 'ValidateAuthTicketResponse_t')).toBe('20ms a', {
        a: { m_SteamID: aliceId, m_eAuthSessionResponse: EAuthSessionResponse.OK, m_OwnerSteamID: aliceId },
      });
    });
  });

  it('sends nothing when the session ends before Steam answers', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { aliceUser, bobUser, aliceId, bobCore } = twoPlayers(scheduler);
      pump(scheduler, [bobCore], 60);
      bobUser.beginAuthSession(ticketOf(aliceUser).bytes, aliceId);
      scheduler.schedule(() => bobUser.endAuthSession(aliceId), 10);
      expectObservable(messagesOf(bobCore, 'ValidateAuthTicketResponse_t')).toBe('');
    });
  });
});

describe('CancelAuthTicket and EndAuthSession', () => {
  it('sends AuthTicketCanceled to every holder of a session on the ticket, latency after the cancel', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam, aliceUser, bobUser, aliceId, bobCore } = twoPlayers(scheduler);
      const server = steam.createProcess();
      const serverPort = unwrap(server.initServer({ ip: 0, gamePort: 27015, queryPort: 27016, serverMode: 1, versionString: '1.0.0.0' })).server;
      const { handle, bytes } = ticketOf(aliceUser);
      pump(scheduler, [bobCore, server], 100);
      bobUser.beginAuthSession(bytes, aliceId);
      scheduler.schedule(() => serverPort.beginAuthSession(bytes, aliceId), 1);
      scheduler.schedule(() => aliceUser.cancelAuthTicket(handle), 40);
      const response = (value: number) => ({ m_SteamID: aliceId, m_eAuthSessionResponse: value, m_OwnerSteamID: aliceId });
      expectObservable(messagesOf(bobCore, 'ValidateAuthTicketResponse_t')).toBe('20ms a 39ms b', {
        a: response(EAuthSessionResponse.OK),
        b: response(EAuthSessionResponse.AuthTicketCanceled),
      });
      // The server is the second identity on the ticket: it never validated, but still hears the cancel.
      expectObservable(messagesOf(server, 'ValidateAuthTicketResponse_t')).toBe('21ms a 38ms b', {
        a: response(EAuthSessionResponse.AuthTicketInvalidAlreadyUsed),
        b: response(EAuthSessionResponse.AuthTicketCanceled),
      });
      scheduler.schedule(() => expect(steam.inspect.openTickets()).toEqual([]), 41);
    });
  });

  it('EndAuthSession ends one session without a callback; UserHasLicenseForApp follows the sessions', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam, aliceUser, bobUser, aliceId, bobCore } = twoPlayers(scheduler, {}, { dlc: [1001] });
      expect(bobUser.userHasLicenseForApp(aliceId, steam.appId)).toBe(EUserHasLicenseForAppResult.NoAuth);
      pump(scheduler, [bobCore], 100);
      bobUser.beginAuthSession(ticketOf(aliceUser).bytes, aliceId);
      expect(bobUser.userHasLicenseForApp(aliceId, steam.appId)).toBe(EUserHasLicenseForAppResult.HasLicense);
      expect(bobUser.userHasLicenseForApp(aliceId, 1001)).toBe(EUserHasLicenseForAppResult.HasLicense);
      expect(bobUser.userHasLicenseForApp(aliceId, 1002)).toBe(EUserHasLicenseForAppResult.DoesNotHaveLicense);
      scheduler.schedule(() => {
        bobUser.endAuthSession(aliceId);
        expect(steam.inspect.authSessions(bobCore)).toEqual([]);
        expect(bobUser.userHasLicenseForApp(aliceId, steam.appId)).toBe(EUserHasLicenseForAppResult.NoAuth);
      }, 30);
      expectObservable(messagesOf(bobCore, 'ValidateAuthTicketResponse_t').pipe()).toBe('20ms a', {
        a: { m_SteamID: aliceId, m_eAuthSessionResponse: EAuthSessionResponse.OK, m_OwnerSteamID: aliceId },
      });
    });
  });

  it('a ban or a sign-in elsewhere after validation reaches every holder', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam, aliceUser, bobUser, aliceId, bobCore } = twoPlayers(scheduler);
      pump(scheduler, [bobCore], 100);
      bobUser.beginAuthSession(ticketOf(aliceUser).bytes, aliceId);
      scheduler.schedule(() => steam.faults.setVacBanned(aliceId), 30);
      scheduler.schedule(() => steam.faults.logInElsewhere(aliceId), 60);
      const response = (value: number) => ({ m_SteamID: aliceId, m_eAuthSessionResponse: value, m_OwnerSteamID: aliceId });
      expectObservable(messagesOf(bobCore, 'ValidateAuthTicketResponse_t')).toBe('20ms a 29ms b 29ms c', {
        a: response(EAuthSessionResponse.OK),
        b: response(EAuthSessionResponse.VACBanned),
        c: response(EAuthSessionResponse.LoggedInElseWhere),
      });
    });
  });

  it('game-server tickets carry the server identity', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { steam, bobUser, bobCore } = twoPlayers(scheduler);
      const server = steam.createProcess();
      const port = unwrap(server.initServer({ ip: 0, gamePort: 27015, queryPort: 27016, serverMode: 3, versionString: '1' })).server;
      port.logOnAnonymous();
      flush();
      const serverId = port.getSteamID();
      expect(splitSteamId(serverId).accountType).toBe(4);
      const received: number[] = [];
      messagesOf(bobCore, 'ValidateAuthTicketResponse_t').subscribe((message) => received.push(Number(message['m_eAuthSessionResponse'])));
      expect(bobUser.beginAuthSession(ticketOf(port).bytes, serverId)).toBe(EBeginAuthSessionResult.OK);
      flush();
      bobCore.runCallbacks();
      expect(received).toEqual([EAuthSessionResponse.OK]);
    });
  });
});
