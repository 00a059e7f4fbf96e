import { isLeft } from 'fp-ts/Either';
import { TestScheduler } from 'rxjs/testing';
import {
  EAuthSessionResponse,
  EBeginAuthSessionResult,
  EDenyReason,
  EDurationControlNotification,
  EFailureType,
  EResult,
  ESteamAPIInitResult,
  EUserHasLicenseForAppResult,
  EVoiceResult,
} from '../../native/enums';
import { createSimulatedSteam } from '../../simulated';
import type { RawCallback } from '../../native/steam-core';
import { layoutOf, layoutsFor } from '../../native/struct-layouts';
import { decode, messagesOf, pump, record, unwrap } from './simulated-test-kit';

const newScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
const serverArgs = { ip: 0, gamePort: 27015, queryPort: 27016, serverMode: 2, versionString: '1.0.0.0' };

describe('SteamAPI_Init', () => {
  it('fails with NoSteamClient when the process has no signed-in user', () => {
    const steam = createSimulatedSteam();
    const core = steam.createProcess();
    expect(core.isSteamRunning()).toBe(false);
    const result = core.initClient();
    expect(isLeft(result) && result.left).toEqual({ code: ESteamAPIInitResult.NoSteamClient, message: expect.stringMatching(/Steam client is not running/) });
    expect(core.clientLive).toBe(false);
  });

  it('fails with the injected failure until cleared', () => {
    const steam = createSimulatedSteam();
    const core = steam.createProcess({ user: steam.addUser() });
    steam.faults.failInit(core, 'client', { code: ESteamAPIInitResult.VersionMismatch, message: 'Steam client is out of date' });
    const failed = core.initClient();
    expect(isLeft(failed) && failed.left.code).toBe(ESteamAPIInitResult.VersionMismatch);
    steam.faults.failInit(core, 'client', null);
    expect(core.initClient()._tag).toBe('Right');
    expect(core.backend).toBe('simulated');
    expect(core.restartAppIfNecessary(480)).toBe(false);
    expect(steam.createProcess({ launchedThroughSteam: false }).restartAppIfNecessary(480)).toBe(true);
  });
});

describe('connection faults', () => {
  it('disconnect and reconnect: 103 then 101 on the client pipe, loggedOn() follows, holders hear UserNotConnectedToSteam', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const steam = createSimulatedSteam({ scheduler });
      const aliceId = steam.addUser();
      const alice = steam.createProcess({ user: aliceId });
      const aliceUser = unwrap(alice.initClient()).user;
      const bob = steam.createProcess({ user: steam.addUser() });
      const bobUser = unwrap(bob.initClient()).user;
      const buffer = new Uint8Array(256);
      bobUser.beginAuthSession(buffer.slice(0, aliceUser.getAuthSessionTicket(buffer, null).size), aliceId);
      pump(scheduler, [alice, bob], 200);
      scheduler.schedule(() => steam.faults.disconnectUser(aliceId), 50);
      scheduler.schedule(() => steam.faults.connectFailure(aliceId, { result: EResult.ServiceUnavailable, stillRetrying: true }), 80);
      scheduler.schedule(() => steam.faults.reconnectUser(aliceId), 120);
      const loggedOn: boolean[] = [];
      for (const time of [60, 71, 130, 141]) scheduler.schedule(() => loggedOn.push(aliceUser.loggedOn()), time);
      scheduler.schedule(() => expect(loggedOn).toEqual([true, false, false, true]), 150);
      expectObservable(messagesOf(alice, 'SteamServersDisconnected_t')).toBe('70ms a', { a: { m_eResult: EResult.NoConnection } });
      expectObservable(messagesOf(alice, 'SteamServerConnectFailure_t')).toBe('100ms a', {
        a: { m_eResult: EResult.ServiceUnavailable, m_bStillRetrying: true },
      });
      expectObservable(messagesOf(alice, 'SteamServersConnected_t')).toBe('140ms a', { a: {} });
      expectObservable(messagesOf(bob, 'ValidateAuthTicketResponse_t')).toBe('20ms a 49ms b', {
        a: { m_SteamID: aliceId, m_eAuthSessionResponse: EAuthSessionResponse.OK, m_OwnerSteamID: aliceId },
        b: { m_SteamID: aliceId, m_eAuthSessionResponse: EAuthSessionResponse.UserNotConnectedToSteam, m_OwnerSteamID: aliceId },
      });
    });
  });

  it('server connection loss and return', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler });
      const core = steam.createProcess();
      const { server } = unwrap(core.initServer({ ...serverArgs, serverMode: 3 }));
      server.logOnAnonymous();
      flush();
      const id = server.getSteamID();
      const seen = record(core);
      steam.faults.disconnectServer(core, EResult.ServiceUnavailable);
      flush();
      expect(server.loggedOn()).toBe(false);
      steam.faults.serverConnectFailure(core);
      steam.faults.reconnectServer(core);
      flush();
      core.runCallbacks();
      expect(seen.map((message) => message.callbackId)).toEqual([101, 115, 103, 102, 101, 115]);
      expect(server.loggedOn()).toBe(true);
      expect(server.secure()).toBe(true);
      expect(server.getSteamID()).toBe(id);
    });
  });
});

describe('Steam-initiated callbacks', () => {
  it('deliver each payload in its real layout on the right pipe', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler });
      const aliceId = steam.addUser({ durationControl: { applicable: true, secondsRemaining: 600 } });
      const alice = steam.createProcess({ user: aliceId });
      unwrap(alice.initClient());
      const server = steam.createProcess();
      unwrap(server.initServer(serverArgs));
      const clientSeen = record(alice);
      const serverSeen = record(server);
      steam.faults.ipcFailure(alice, 'client', EFailureType.FlushedCallbackQueue);
      steam.faults.licensesUpdated(aliceId, { dlc: [7] });
      steam.faults.clientGameServerDeny(aliceId, { serverIp: 0x0a000002, serverPort: 27015, secure: true, reason: 3 });
      steam.faults.gameWebCallback(aliceId, 'steam://gamewebcallback/done');
      steam.faults.microTransactionAuthorization(aliceId, { orderId: 1234567890123n, authorized: true });
      steam.faults.durationControlBroadcast(aliceId, { notification: EDurationControlNotification._1Hour });
      steam.faults.denyClient(server, aliceId, EDenyReason.Cheater, 'nope');
      steam.faults.kickClient(server, aliceId, EDenyReason.NoLicense);
      flush();
      alice.runCallbacks();
      server.runCallbacks();
      const bodies = (messages: RawCallback[], core: typeof alice) =>
        messages.map((message) => {
          const layout = [...layoutsFor(core.platform).byCallbackId.values()].find((candidate) => candidate.callbackId === message.callbackId);
          return [message.pipe, layout?.name, { ...decode(core, layout?.name ?? '', message.bytes) }];
        });
      expect(bodies(clientSeen, alice)).toEqual([
        ['client', 'IPCFailure_t', { m_eFailureType: EFailureType.FlushedCallbackQueue }],
        ['client', 'LicensesUpdated_t', {}],
        ['client', 'ClientGameServerDeny_t', { m_uAppID: 480, m_unGameServerIP: 0x0a000002, m_usGameServerPort: 27015, m_bSecure: 1, m_uReason: 3 }],
        ['client', 'GameWebCallback_t', { m_szURL: 'steam://gamewebcallback/done' }],
        ['client', 'MicroTxnAuthorizationResponse_t', { m_unAppID: 480, m_ulOrderID: 1234567890123n, m_bAuthorized: 1 }],
        [
          'client',
          'DurationControl_t',
          expect.objectContaining({ m_eResult: EResult.OK, m_bApplicable: true, m_notification: EDurationControlNotification._1Hour, m_csecsRemaining: 600 }),
        ],
      ]);
      expect(clientSeen.every((message) => message.kind === 'callback')).toBe(true);
      expect(bodies(serverSeen, server)).toEqual([
        ['server', 'GSClientDeny_t', { m_SteamID: aliceId, m_eDenyReason: EDenyReason.Cheater, m_rgchOptionalText: 'nope' }],
        ['server', 'GSClientKick_t', { m_SteamID: aliceId, m_eDenyReason: EDenyReason.NoLicense }],
      ]);
      expect(steam.inspect.user(aliceId)?.dlc).toEqual([7]);
    });
  });

  it('writes win64 layouts for a win64 process', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler });
      const core = steam.createProcess({ user: steam.addUser(), platform: 'win64' });
      unwrap(core.initClient());
      const seen = record(core);
      steam.faults.microTransactionAuthorization(core.userSteamId ?? 0n, { orderId: 5n, authorized: false });
      flush();
      core.runCallbacks();
      expect(seen[0]?.bytes.byteLength).toBe(layoutOf(layoutsFor('win64'), 'MicroTxnAuthorizationResponse_t').size);
    });
  });
});

describe('shutdown releases everything', () => {
  it('shutdownClient cancels tickets (holders hear AuthTicketCanceled), ends sessions, stops voice, neutralizes the port', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const steam = createSimulatedSteam({ scheduler });
      const aliceId = steam.addUser();
      const bobId = steam.addUser();
      const alice = steam.createProcess({ user: aliceId });
      const bob = steam.createProcess({ user: bobId });
      const aliceUser = unwrap(alice.initClient()).user;
      const bobUser = unwrap(bob.initClient()).user;
      const buffer = new Uint8Array(256);
      bobUser.beginAuthSession(buffer.slice(0, aliceUser.getAuthSessionTicket(buffer, null).size), aliceId);
      aliceUser.beginAuthSession(buffer.slice(0, bobUser.getAuthSessionTicket(buffer, null).size), bobId);
      aliceUser.startVoiceRecording();
      aliceUser.getMarketEligibility();
      pump(scheduler, [alice, bob], 100);
      scheduler.schedule(() => {
        expect(steam.inspect.openTickets(alice)).toHaveLength(1);
        expect(steam.inspect.authSessions(alice)).toHaveLength(1);
        expect(steam.inspect.client(alice)?.voice.recording).toBe(true);
        alice.shutdownClient();
        expect(alice.clientLive).toBe(false);
        expect(steam.inspect.openTickets(alice)).toEqual([]);
        expect(steam.inspect.authSessions(alice)).toEqual([]);
        expect(steam.inspect.client(alice)).toBeNull();
        expect(steam.inspect.pendingCallResults(alice)).toEqual([]);
        expect(aliceUser.getSteamID()).toBe(0n);
        expect(aliceUser.loggedOn()).toBe(false);
        expect(aliceUser.getAuthSessionTicket(new Uint8Array(256), null)).toEqual({ handle: 0, size: 0 });
        expect(aliceUser.beginAuthSession(new Uint8Array(8), bobId)).toBe(EBeginAuthSessionResult.InvalidTicket);
        expect(aliceUser.userHasLicenseForApp(bobId, 480)).toBe(EUserHasLicenseForAppResult.NoAuth);
        expect(aliceUser.getVoice(new Uint8Array(64)).result).toBe(EVoiceResult.NotInitialized);
        expect(aliceUser.requestEncryptedAppTicket(new Uint8Array(1))).toBe(0n);
        expect(() => aliceUser.cancelAuthTicket(1)).not.toThrow();
        alice.shutdownClient();
      }, 10);
      // Alice's market-eligibility result and her own validation response never arrive: her pipe is gone.
      // Bob's validation lands after the cancel, so it answers AuthTicketCanceled, once.
      expectObservable(alice.callbacks$.pipe()).toBe('');
      expectObservable(messagesOf(bob, 'ValidateAuthTicketResponse_t')).toBe('20ms a', {
        a: { m_SteamID: aliceId, m_eAuthSessionResponse: EAuthSessionResponse.AuthTicketCanceled, m_OwnerSteamID: aliceId },
      });
      flush();
      expect(steam.inspect.callCounts(alice)).toMatchObject({
        'core.initClient': 1,
        'core.shutdownClient': 2,
        'user.getAuthSessionTicket': 2,
        'user.startVoiceRecording': 1,
      });
    });
  });

  it('shutdownServer ends the server sessions and cancels its tickets; dispose completes callbacks$', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler });
      const aliceId = steam.addUser();
      const alice = steam.createProcess({ user: aliceId });
      const aliceUser = unwrap(alice.initClient()).user;
      const core = steam.createProcess();
      const { server } = unwrap(core.initServer(serverArgs));
      const buffer = new Uint8Array(256);
      server.beginAuthSession(buffer.slice(0, aliceUser.getAuthSessionTicket(buffer, null).size), aliceId);
      server.getAuthSessionTicket(buffer, null);
      flush();
      expect(steam.inspect.authSessions(core, 'server')).toHaveLength(1);
      core.shutdownServer();
      expect(steam.inspect.authSessions(core)).toEqual([]);
      expect(steam.inspect.openTickets(core)).toEqual([]);
      expect(server.loggedOn()).toBe(false);
      expect(server.getSteamID()).toBe(0n);
      expect(server.handleIncomingPacket(new Uint8Array(30), 0, 0)).toBe(false);
      let completed = false;
      alice.callbacks$.subscribe({ complete: () => (completed = true) });
      steam.dispose();
      expect(completed).toBe(true);
      expect(alice.clientLive).toBe(false);
    });
  });
});

describe('determinism', () => {
  /**
   * The scenario on the first simulated Steam of a fresh module registry, as in a new process:
   * which simulated Steam of the process it is goes into its secret, so the same seed gives the
   * same bytes in the same order of creation.
   */
  const scenario = (): Array<[number, RawCallback]> => {
    let createFresh = createSimulatedSteam;
    jest.isolateModules(() => {
      createFresh = jest.requireActual<typeof import('../../simulated')>('../../simulated').createSimulatedSteam;
    });
    const scheduler = newScheduler();
    const timeline: Array<[number, RawCallback]> = [];
    scheduler.run(({ flush }) => {
      const steam = createFresh({ scheduler });
      const aliceId = steam.addUser();
      const alice = steam.createProcess({ user: aliceId });
      const aliceUser = unwrap(alice.initClient()).user;
      const core = steam.createProcess();
      const { server } = unwrap(core.initServer(serverArgs));
      for (const process of [alice, core]) process.callbacks$.subscribe((message) => timeline.push([scheduler.now(), message]));
      pump(scheduler, [alice, core], 200);
      server.logOnAnonymous();
      const buffer = new Uint8Array(256);
      const { handle, size } = aliceUser.getAuthSessionTicket(buffer, null);
      scheduler.schedule(() => server.beginAuthSession(buffer.slice(0, size), aliceId), 30);
      scheduler.schedule(() => aliceUser.requestEncryptedAppTicket(Uint8Array.of(1, 2)), 35);
      scheduler.schedule(() => aliceUser.getAuthTicketForWebApi('svc'), 40);
      scheduler.schedule(() => aliceUser.cancelAuthTicket(handle), 90);
      flush();
    });
    return timeline;
  };

  it('the same scenario gives identical messages at identical times', () => {
    const first = scenario();
    expect(first.map(([, message]) => message.callbackId)).toEqual([163, 101, 115, 143, 201, 154, 168, 143]);
    expect(scenario()).toEqual(first);
  });
});
