import { isLeft } from 'fp-ts/Either';
import { TestScheduler } from 'rxjs/testing';
import {
  EAccountType,
  EAuthSessionResponse,
  EBeginAuthSessionResult,
  EDenyReason,
  EResult,
  ESteamAPICallFailure,
  ESteamAPIInitResult,
  EUniverse,
} from '../../native/enums';
import { composeSteamId, createSimulatedSteam, splitSteamId } from '../../simulated';
import type { ServerInitArguments } from '../../native/steam-core';
import { decode, messagesOf, pump, record, unwrap } from './simulated-test-kit';

const newScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
const serverArgs = (serverMode: number): ServerInitArguments => ({
  ip: 0x7f000001,
  gamePort: 27015,
  queryPort: 0xffff,
  serverMode,
  versionString: '1.0.0.0',
});

describe('SteamGameServer_Init', () => {
  it('refuses an Invalid server mode with FailedGeneric and a message', () => {
    const steam = createSimulatedSteam();
    const result = steam.createProcess().initServer(serverArgs(0));
    expect(isLeft(result) && result.left.code).toBe(ESteamAPIInitResult.FailedGeneric);
    expect(isLeft(result) && result.left.message).toMatch(/server mode/);
    steam.dispose();
  });

  it('refuses a second init while the server is live, and needs no signed-in user', () => {
    const steam = createSimulatedSteam();
    const core = steam.createProcess();
    unwrap(core.initServer(serverArgs(1)));
    expect(core.serverLive).toBe(true);
    expect(isLeft(core.initServer(serverArgs(1)))).toBe(true);
    steam.dispose();
  });
});

describe('logging on', () => {
  it.each([
    [1, 0],
    [2, 0],
    [3, 1],
  ])('mode %i: LogOnAnonymous gives SteamServersConnected_t then GSPolicyResponse_t (secure %i)', (mode, secure) => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const steam = createSimulatedSteam({ scheduler });
      const core = steam.createProcess();
      const { server } = unwrap(core.initServer(serverArgs(mode)));
      expect(server.getSteamID()).toBe(1n);
      expect(server.loggedOn()).toBe(false);
      server.logOnAnonymous();
      pump(scheduler, [core], 40);
      expectObservable(core.callbacks$.pipe()).toBe('20ms (ab)', {
        a: expect.objectContaining({ kind: 'callback', pipe: 'server', callbackId: 101 }),
        b: expect.objectContaining({ kind: 'callback', pipe: 'server', callbackId: 115, bytes: Uint8Array.of(secure) }),
      });
      flush();
      expect(server.loggedOn()).toBe(true);
      expect(server.secure()).toBe(secure === 1);
      expect(server.isServerSecure()).toBe(secure === 1);
      const id = splitSteamId(server.getSteamID());
      expect(id.accountType).toBe(EAccountType.AnonGameServer);
      expect(id.universe).toBe(EUniverse.Public);
      expect(server.getServerSteamID()).toBe(server.getSteamID());
    });
  });

  it('LogOn with a token gives the same persistent GameServer Steam ID every time', () => {
    const idFor = (token: string): bigint => {
      const scheduler = newScheduler();
      let steamId = 0n;
      scheduler.run(({ flush }) => {
        const steam = createSimulatedSteam({ scheduler });
        const { server } = unwrap(steam.createProcess().initServer(serverArgs(2)));
        server.logOn(token);
        flush();
        steamId = server.getSteamID();
      });
      return steamId;
    };
    expect(splitSteamId(idFor('token-a')).accountType).toBe(EAccountType.GameServer);
    expect(idFor('token-a')).toBe(idFor('token-a'));
    expect(idFor('token-a')).not.toBe(idFor('token-b'));
  });

  it('a token Steam does not know fails with SteamServerConnectFailure_t (GSLTDenied)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const steam = createSimulatedSteam({ scheduler, gameServerLoginTokens: ['good'] });
      const core = steam.createProcess();
      const { server } = unwrap(core.initServer(serverArgs(2)));
      server.logOn('bad');
      pump(scheduler, [core], 40);
      expectObservable(messagesOf(core, 'SteamServerConnectFailure_t')).toBe('20ms a', {
        a: { m_eResult: EResult.GSLTDenied, m_bStillRetrying: false },
      });
      flush();
      expect(server.loggedOn()).toBe(false);
    });
  });

  it('LogOff disconnects the server and tells holders of its tickets', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler });
      const core = steam.createProcess();
      const { server } = unwrap(core.initServer(serverArgs(2)));
      server.logOnAnonymous();
      flush();
      const player = steam.createProcess({ user: steam.addUser() });
      const user = unwrap(player.initClient()).user;
      const buffer = new Uint8Array(256);
      const { size } = server.getAuthSessionTicket(buffer, null);
      user.beginAuthSession(buffer.slice(0, size), server.getSteamID());
      flush();
      const seen = record(player);
      server.logOff();
      expect(server.loggedOn()).toBe(false);
      flush();
      player.runCallbacks();
      const responses = seen.filter((message) => message.callbackId === 143).map((message) => decode(player, 'ValidateAuthTicketResponse_t', message.bytes)['m_eAuthSessionResponse']);
      expect(responses).toEqual([EAuthSessionResponse.OK, EAuthSessionResponse.UserNotConnectedToSteam]);
    });
  });
});

describe('client authentication on a game server', () => {
  const scenario = (mode: number, ownsApp: boolean) => {
    const scheduler = newScheduler();
    const names: string[] = [];
    let payloads: Record<string, unknown>[] = [];
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler });
      const core = steam.createProcess();
      const { server } = unwrap(core.initServer(serverArgs(mode)));
      server.logOnAnonymous();
      flush();
      core.runCallbacks();
      const aliceId = steam.addUser({ ownsApp });
      const alice = unwrap(steam.createProcess({ user: aliceId }).initClient()).user;
      const buffer = new Uint8Array(256);
      const { size } = alice.getAuthSessionTicket(buffer, null);
      const seen = record(core);
      expect(server.beginAuthSession(buffer.slice(0, size), aliceId)).toBe(EBeginAuthSessionResult.OK);
      flush();
      core.runCallbacks();
      const structs: Record<number, string> = { 143: 'ValidateAuthTicketResponse_t', 201: 'GSClientApprove_t', 202: 'GSClientDeny_t' };
      for (const message of seen) names.push(structs[message.callbackId] ?? String(message.callbackId));
      payloads = seen.map((message) => ({ ...decode(core, structs[message.callbackId] ?? '', message.bytes) }));
      expect(payloads[0]?.['m_SteamID']).toBe(aliceId);
    });
    return { names, payloads };
  };

  it('an authenticating server gets GSClientApprove_t after an OK validation', () => {
    const { names, payloads } = scenario(2, true);
    expect(names).toEqual(['ValidateAuthTicketResponse_t', 'GSClientApprove_t']);
    expect(payloads[1]?.['m_OwnerSteamID']).toBe(payloads[1]?.['m_SteamID']);
  });

  it('an authenticating server gets GSClientDeny_t (NoLicense) after a failed validation', () => {
    const { names, payloads } = scenario(3, false);
    expect(names).toEqual(['ValidateAuthTicketResponse_t', 'GSClientDeny_t']);
    expect(payloads[1]?.['m_eDenyReason']).toBe(EDenyReason.NoLicense);
    expect(payloads[1]?.['m_rgchOptionalText']).toBe('NoLicenseOrExpired');
  });

  it('a NoAuthentication server only gets the validation response', () => {
    expect(scenario(1, true).names).toEqual(['ValidateAuthTicketResponse_t']);
  });

  it('one ticket on two servers not yet logged on (both Steam ID 1): the second gets AuthTicketInvalidAlreadyUsed', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler });
      const aliceId = steam.addUser();
      const alice = unwrap(steam.createProcess({ user: aliceId }).initClient()).user;
      const cores = [steam.createProcess(), steam.createProcess()];
      const servers = cores.map((core) => unwrap(core.initServer(serverArgs(1))).server);
      expect(servers.map((server) => server.getSteamID())).toEqual([1n, 1n]);
      const buffer = new Uint8Array(256);
      const ticket = buffer.slice(0, alice.getAuthSessionTicket(buffer, null).size);
      const responses = cores.map((core) => {
        const seen: number[] = [];
        messagesOf(core, 'ValidateAuthTicketResponse_t').subscribe((message) => seen.push(Number(message['m_eAuthSessionResponse'])));
        return seen;
      });
      for (const server of servers) expect(server.beginAuthSession(ticket, aliceId)).toBe(EBeginAuthSessionResult.OK);
      flush();
      for (const core of cores) core.runCallbacks();
      expect(responses).toEqual([[EAuthSessionResponse.OK], [EAuthSessionResponse.AuthTicketInvalidAlreadyUsed]]);
      // The first server, beginning again after ending its session, is still the one that holds it.
      servers[0]?.endAuthSession(aliceId);
      expect(servers[0]?.beginAuthSession(ticket, aliceId)).toBe(EBeginAuthSessionResult.OK);
      flush();
      cores[0]?.runCallbacks();
      expect(responses[0]).toEqual([EAuthSessionResponse.OK, EAuthSessionResponse.OK]);
    });
  });
});

describe('server properties, queries and call results', () => {
  it('records everything the server advertises', () => {
    const steam = createSimulatedSteam();
    const core = steam.createProcess();
    const { server } = unwrap(core.initServer(serverArgs(2)));
    server.setProduct('spacewar');
    server.setGameDescription('Spacewar');
    server.setModDir('spacewar');
    server.setDedicatedServer(true);
    server.setMaxPlayerCount(16);
    server.setBotPlayerCount(2);
    server.setServerName('Test server');
    server.setMapName('de_space');
    server.setPasswordProtected(true);
    server.setSpectatorPort(27020);
    server.setSpectatorServerName('spec');
    server.setKeyValue('mode', 'ctf');
    server.setKeyValue('round', '3');
    server.setGameTags('ctf,fast');
    server.setGameData('data');
    server.setRegion('eu');
    server.setAdvertiseServerActive(true);
    const info = steam.inspect.server(core)?.info;
    expect(info).toMatchObject({
      gamePort: 27015,
      queryPort: 0xffff,
      serverMode: 2,
      versionString: '1.0.0.0',
      product: 'spacewar',
      gameDescription: 'Spacewar',
      modDir: 'spacewar',
      dedicated: true,
      maxPlayerCount: 16,
      botPlayerCount: 2,
      serverName: 'Test server',
      mapName: 'de_space',
      passwordProtected: true,
      spectatorPort: 27020,
      spectatorServerName: 'spec',
      keyValues: { mode: 'ctf', round: '3' },
      gameTags: 'ctf,fast',
      gameData: 'data',
      region: 'eu',
      advertiseServerActive: true,
    });
    server.clearAllKeyValues();
    expect(steam.inspect.server(core)?.info.keyValues).toEqual({});
    steam.dispose();
  });

  it('answers an A2S_INFO query through HandleIncomingPacket / GetNextOutgoingPacket', () => {
    const steam = createSimulatedSteam();
    const { server } = unwrap(steam.createProcess().initServer(serverArgs(1)));
    server.setServerName('Srv');
    server.setMapName('map1');
    server.setMaxPlayerCount(8);
    const query = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x54, ...new TextEncoder().encode('Source Engine Query\0')]);
    expect(server.handleIncomingPacket(new Uint8Array([1, 2, 3]), 0x0a000001, 5000)).toBe(false);
    expect(server.handleIncomingPacket(query, 0x0a000001, 5000)).toBe(true);
    expect(server.getNextOutgoingPacket(new Uint8Array(4))).toEqual({ size: 0, ip: 0, port: 0 });
    const buffer = new Uint8Array(1400);
    const packet = server.getNextOutgoingPacket(buffer);
    expect(packet.ip).toBe(0x0a000001);
    expect(packet.port).toBe(5000);
    const reply = buffer.slice(0, packet.size);
    expect([...reply.slice(0, 6)]).toEqual([0xff, 0xff, 0xff, 0xff, 0x49, 17]);
    expect(new TextDecoder().decode(reply.slice(6, 10))).toBe('Srv\0');
    expect(server.getNextOutgoingPacket(buffer).size).toBe(0);
    steam.dispose();
  });

  it('GetPublicIP is empty before logon and the universe address after', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler, publicIp: 0xc0a80101 });
      const { server } = unwrap(steam.createProcess().initServer(serverArgs(1)));
      expect(server.getPublicIP().ipv4).toBe(0);
      server.logOnAnonymous();
      flush();
      const ip = server.getPublicIP();
      expect(ip.type).toBe(0);
      expect(ip.ipv4).toBe(0xc0a80101);
      expect([...ip.ipv6.slice(0, 4)]).toEqual([0x01, 0x01, 0xa8, 0xc0]);
    });
  });

  it('reputation, clan association and player compatibility arrive as call results after the latency', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler, serverReputationScore: 77 });
      const core = steam.createProcess();
      const { server, utils } = unwrap(core.initServer(serverArgs(2)));
      server.logOnAnonymous();
      flush();
      core.runCallbacks();
      const aliceId = steam.addUser();
      const candidateId = steam.addUser({ blockedPlayers: [aliceId] });
      const alice = unwrap(steam.createProcess({ user: aliceId }).initClient()).user;
      const buffer = new Uint8Array(256);
      server.beginAuthSession(buffer.slice(0, alice.getAuthSessionTicket(buffer, null).size), aliceId);
      flush();
      core.runCallbacks();
      const start = scheduler.now();
      const reputation = server.getServerReputation();
      const clan = server.associateWithClan(composeSteamId({ accountId: 5, instance: 0, accountType: EAccountType.Clan, universe: 1 }));
      const notClan = server.associateWithClan(aliceId);
      const compatibility = server.computeNewPlayerCompatibility(candidateId);
      expect(new Set([reputation, clan, notClan, compatibility]).size).toBe(4);
      expect(utils.isAPICallCompleted(reputation)).toEqual({ completed: false, failed: false });
      expect(steam.inspect.pendingCallResults(core)).toHaveLength(4);
      const arrivals: number[] = [];
      core.callbacks$.subscribe(() => arrivals.push(scheduler.now() - start));
      const results = record(core);
      pump(scheduler, [core], 40);
      flush();
      expect(arrivals).toEqual([20, 20, 20, 20]);
      expect(results.map((message) => [message.kind, message.kind === 'callResult' ? message.apiCall : null, message.callbackId])).toEqual([
        ['callResult', reputation, 209],
        ['callResult', clan, 210],
        ['callResult', notClan, 210],
        ['callResult', compatibility, 211],
      ]);
      expect(decode(core, 'GSReputation_t', results[0]?.bytes ?? new Uint8Array())).toMatchObject({ m_eResult: EResult.OK, m_unReputationScore: 77 });
      expect(decode(core, 'AssociateWithClanResult_t', results[1]?.bytes ?? new Uint8Array())['m_eResult']).toBe(EResult.OK);
      expect(decode(core, 'AssociateWithClanResult_t', results[2]?.bytes ?? new Uint8Array())['m_eResult']).toBe(EResult.InvalidParam);
      expect(decode(core, 'ComputeNewPlayerCompatibilityResult_t', results[3]?.bytes ?? new Uint8Array())).toMatchObject({
        m_eResult: EResult.OK,
        m_cPlayersThatDontLikeCandidate: 0,
        m_cPlayersThatCandidateDoesntLike: 1,
        m_SteamIDCandidate: candidateId,
      });
      expect(utils.isAPICallCompleted(reputation)).toEqual({ completed: true, failed: false });
      expect(utils.getAPICallFailureReason(reputation)).toBe(ESteamAPICallFailure.None);
      expect(utils.getAPICallFailureReason(12345n)).toBe(ESteamAPICallFailure.InvalidHandle);
    });
  });

  it('a call made before logon fails with the I/O-failure flag', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler });
      const core = steam.createProcess();
      const { server, utils } = unwrap(core.initServer(serverArgs(2)));
      const seen = record(core);
      const call = server.getServerReputation();
      flush();
      core.runCallbacks();
      expect(seen).toEqual([expect.objectContaining({ kind: 'callResult', apiCall: call, ioFailure: true })]);
      expect(utils.isAPICallCompleted(call)).toEqual({ completed: true, failed: true });
      expect(utils.getAPICallFailureReason(call)).toBe(ESteamAPICallFailure.NetworkFailure);
    });
  });

  it('group status, gameplay stats, unauthenticated users and restart requests', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler });
      const core = steam.createProcess();
      const { server } = unwrap(core.initServer(serverArgs(1)));
      const groupId = composeSteamId({ accountId: 9, instance: 0, accountType: EAccountType.Clan, universe: 1 });
      const aliceId = steam.addUser({ groups: [{ groupSteamId: groupId, officer: true }] });
      expect(server.requestUserGroupStatus(aliceId, groupId)).toBe(false);
      server.logOnAnonymous();
      flush();
      core.runCallbacks();
      const seen = record(core);
      expect(server.requestUserGroupStatus(aliceId, groupId)).toBe(true);
      server.getGameplayStats();
      flush();
      core.runCallbacks();
      expect(decode(core, 'GSClientGroupStatus_t', seen[0]?.bytes ?? new Uint8Array())).toEqual({
        m_SteamIDUser: aliceId,
        m_SteamIDGroup: groupId,
        m_bMember: true,
        m_bOfficer: true,
      });
      expect(decode(core, 'GSGameplayStats_t', seen[1]?.bytes ?? new Uint8Array())).toMatchObject({ m_eResult: EResult.OK, m_unTotalConnects: 0 });
      const guest = server.createUnauthenticatedUserConnection();
      expect(splitSteamId(guest).accountType).toBe(EAccountType.AnonUser);
      expect(server.updateUserData(guest, 'guest', 5)).toBe(true);
      expect(server.updateUserData(aliceId, 'alice', 1)).toBe(false);
      expect(steam.inspect.server(core)?.info.players.get(guest)).toEqual({ name: 'guest', score: 5 });
      expect(server.wasRestartRequested()).toBe(false);
      steam.faults.requestServerRestart(core);
      expect(server.wasRestartRequested()).toBe(true);
      expect(server.wasRestartRequested()).toBe(false);
    });
  });
});
