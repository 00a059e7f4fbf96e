/**
 * The game server's calls on the simulated Steam through the public API, with marbles: call
 * results (reputation, clan association, new-player compatibility) one latency after the call,
 * group status, gameplay stats, the public IP, the server-browser packet relay, and what the
 * server advertised as Steam sees it.
 */
import { left, right } from 'fp-ts/Either';
import { switchMap } from 'rxjs';
import { EResult } from '../../native/enums';
import { AccountType, ServerMode } from '../../src/enums';
import { InvalidArgument } from '../../src/errors';
import { getAccountType } from '../../src/steam-id';
import { thrownBy } from './misuse-kit';
import { admit, newScheduler, serverWorld } from './server-simulated-kit';

const GROUP = 103582791429521412n;

describe('call results on the simulated Steam', () => {
  it('getServerReputation: an I/O failure while offline; once logged on, the universe’s score one latency after the call', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { server: startServer } = serverWorld(scheduler, { serverReputationScore: 4321 });
      const { server } = startServer();
      // Offline, Steam cannot answer: the call result comes back flagged as an I/O failure.
      expectObservable(server.getServerReputation()).toBe('20ms (a|)', { a: left(expect.objectContaining({ _tag: 'CallResultIoFailure' })) });
      scheduler.schedule(() => server.logOnAnonymous(), 20);
      const asked$ = scheduler.createColdObservable('50ms a').pipe(switchMap(() => server.getServerReputation()));
      expectObservable(asked$).toBe('70ms a', {
        a: right(expect.objectContaining({ result: EResult.OK, reputationScore: 4321, banned: false })),
      });
    });
  });

  it('associateWithClan: OK for a clan, SteamResultError InvalidParam for an individual', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { server: startServer, player } = serverWorld(scheduler);
      const { server } = startServer();
      const alice = player();
      server.logOnAnonymous();
      const asked$ = (clan: bigint) => scheduler.createColdObservable('30ms a').pipe(switchMap(() => server.associateWithClan(clan)));
      expectObservable(asked$(GROUP)).toBe('50ms a', { a: right({ result: EResult.OK }) });
      expectObservable(asked$(alice.steamId)).toBe('50ms a', {
        a: left(expect.objectContaining({ _tag: 'SteamResultError', result: EResult.InvalidParam })),
      });
    });
  });

  it('computeNewPlayerCompatibility counts the validated players who blocked the candidate', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam, server: startServer, player } = serverWorld(scheduler);
      const { server } = startServer();
      const candidate = steam.addUser();
      const grumpy = player({ blockedPlayers: [candidate] });
      // The server is logged on at 20, grumpy's session is validated at 40; the question is asked at 50 and answered at 70.
      server.logOnAnonymous();
      admit(grumpy, server);
      const answer$ = scheduler.createColdObservable('50ms a').pipe(switchMap(() => server.computeNewPlayerCompatibility(candidate)));
      expectObservable(answer$).toBe('70ms a', {
        a: right({
          result: EResult.OK,
          playersThatDontLikeCandidate: 1,
          playersThatCandidateDoesntLike: 0,
          clanPlayersThatDontLikeCandidate: 0,
          candidateSteamId: candidate,
        }),
      });
    });
  });
});

describe('group status and gameplay stats', () => {
  it('requestUserGroupStatus answers member / officer at 20 ms once logged on; before logon Steam refuses (CallFailed)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { server: startServer, player } = serverWorld(scheduler);
      const { server } = startServer();
      const officer = player({ groups: [{ groupSteamId: GROUP, officer: true }] });
      const outsider = player();
      expectObservable(server.requestUserGroupStatus(officer.steamId, GROUP)).toBe('(a|)', {
        a: left(expect.objectContaining({ _tag: 'CallFailed', call: 'requestUserGroupStatus' })),
      });
      server.logOnAnonymous();
      const asked$ = (user: bigint) => scheduler.createColdObservable('30ms a').pipe(switchMap(() => server.requestUserGroupStatus(user, GROUP)));
      expectObservable(asked$(officer.steamId)).toBe('50ms a', { a: right({ userSteamId: officer.steamId, groupSteamId: GROUP, member: true, officer: true }) });
      expectObservable(asked$(outsider.steamId)).toBe('50ms a', { a: right({ userSteamId: outsider.steamId, groupSteamId: GROUP, member: false, officer: false }) });
    });
  });

  it('getGameplayStats: GSGameplayStats_t on gsGameplayStats$ with the validated connects', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { server: startServer, player } = serverWorld(scheduler);
      const { server } = startServer();
      const alice = player();
      server.logOnAnonymous();
      admit(alice, server);
      scheduler.schedule(() => server.getGameplayStats(), 100);
      expectObservable(server.gsGameplayStats$, '^ 200ms !').toBe('120ms a', {
        a: { result: EResult.OK, rank: 0, totalConnects: 1, totalMinutesPlayed: 0 },
      });
    });
  });
});

describe('what the server tells Steam', () => {
  it('setters are what Steam advertises; the public IP is known once logged on', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { steam, server: startServer } = serverWorld(scheduler, { publicIp: 0xc6336407 });
      const { server, process } = startServer(ServerMode.SERVER_MODE_AUTHENTICATION);
      server.setProduct('spacewar');
      server.setGameDescription('Spacewar');
      server.setModDir('spacewar');
      server.setDedicatedServer(true);
      server.setMaxPlayerCount(24);
      server.setBotPlayerCount(2);
      server.setServerName('x'.repeat(63));
      server.setMapName('dm_lockdown');
      server.setPasswordProtected(true);
      server.setSpectatorPort(27020);
      server.setSpectatorServerName('tv');
      server.setGameTags('ctf');
      server.setGameData('d');
      server.setRegion('eu');
      server.setAdvertiseServerActive(true);
      server.setKeyValue('a', '1');
      server.setKeyValue('b', '2');
      server.clearAllKeyValues();
      server.setKeyValue('c', '3');
      expect(thrownBy(InvalidArgument, () => server.setServerName('x'.repeat(64)))).toMatchObject({ argument: 'serverName' });
      expect(server.getPublicIP()).toMatchObject({ type: 'ipv4', ipv4: '0.0.0.0' });
      server.logOnAnonymous();
      flush();
      expect(server.getPublicIP()).toMatchObject({ type: 'ipv4', ipv4: '198.51.100.7' });
      expect(steam.inspect.server(process)?.info).toMatchObject({
        product: 'spacewar',
        gameDescription: 'Spacewar',
        modDir: 'spacewar',
        dedicated: true,
        maxPlayerCount: 24,
        botPlayerCount: 2,
        serverName: 'x'.repeat(63),
        mapName: 'dm_lockdown',
        passwordProtected: true,
        spectatorPort: 27020,
        spectatorServerName: 'tv',
        gameTags: 'ctf',
        gameData: 'd',
        region: 'eu',
        advertiseServerActive: true,
        keyValues: { c: '3' },
      });
    });
  });

  it('an A2S_INFO query handed to handleIncomingPacket comes back from getNextOutgoingPacket, addressed to the sender', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { server: startServer } = serverWorld(scheduler);
      const { server } = startServer();
      server.setServerName('Relay test');
      const query = Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x54, ...new TextEncoder().encode('Source Engine Query'), 0]);
      expect(server.handleIncomingPacket(Uint8Array.of(1, 2, 3), '10.0.0.5', 27005)).toBe(false);
      expect(server.handleIncomingPacket(query, '10.0.0.5', 27005)).toBe(true);
      const packet = server.getNextOutgoingPacket();
      expect(packet).toMatchObject({ ip: '10.0.0.5', port: 27005 });
      expect([...(packet?.data.subarray(0, 5) ?? [])]).toEqual([0xff, 0xff, 0xff, 0xff, 0x49]);
      expect(Buffer.from(packet?.data ?? []).includes('Relay test')).toBe(true);
      expect(server.getNextOutgoingPacket()).toBeNull();
    });
  });

  it('an unauthenticated user gets an AnonUser Steam ID, and updateUserData knows it; unknown users are refused', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { steam, server: startServer } = serverWorld(scheduler);
      const { server, process } = startServer();
      const bot = server.createUnauthenticatedUserConnection();
      expect(getAccountType(bot)).toBe(AccountType.ACCOUNT_TYPE_ANON_USER);
      expect(server.updateUserData(bot, 'Bot 1', 7)).toBe(true);
      expect(server.updateUserData(76561197960287930n, 'Stranger', 1)).toBe(false);
      expect(steam.inspect.server(process)?.info.players.get(bot)).toEqual({ name: 'Bot 1', score: 7 });
    });
  });
});
