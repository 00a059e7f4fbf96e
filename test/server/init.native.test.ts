/**
 * serverInit / serverInitEx / serverShutdown on the native backend through the fake libsteam_api:
 * what crosses to SteamInternal_GameServer_Init_V2, Valve's init failures as typed Lefts, argument
 * errors thrown before Steam is called, one live game server per process, an idempotent shutdown.
 */
import { ESteamAPIInitResult } from '../../native/enums';
import { gameServerInterfaceVersionList } from '../../native/game-server-interface-versions';
import { ServerMode } from '../../src/enums';
import { InitFailed, InvalidArgument } from '../../src/errors';
import { serverInit, serverInitEx, serverShutdown } from '../../src/init/server-init';
import { thrownBy } from './misuse-kit';
import { adoptServer, fake, leftOf, nativeOptions, queueServerCallback, resetFake, rightOf, startServer, stopServer } from './server-native-kit';

afterEach(stopServer);

const INIT = 'SteamInternal_GameServer_Init_V2';

describe('serverInit arguments as Valve receives them', () => {
  it.each([
    { ip: '', expected: 0n },
    { ip: '0.0.0.0', expected: 0n },
    { ip: '127.0.0.1', expected: 0x7f000001n },
    { ip: '192.168.1.20', expected: 0xc0a80114n },
    { ip: '255.255.255.255', expected: 0xffffffffn },
    { ip: 0x0a000001, expected: 0x0a000001n },
  ])('ip $ip crosses as the host-order uint32 $expected', ({ ip, expected }) => {
    resetFake();
    adoptServer(rightOf(serverInit(ip, 27015, 27016, ServerMode.SERVER_MODE_AUTHENTICATION, '1.0.0.0', nativeOptions())));
    expect(fake.callCount(INIT)).toBe(1);
    expect(fake.arg(INIT, 0)).toBe(expected);
  });

  it.each([
    { mode: ServerMode.SERVER_MODE_NO_AUTHENTICATION, gamePort: 0, queryPort: 0 },
    { mode: ServerMode.SERVER_MODE_AUTHENTICATION, gamePort: 27015, queryPort: 27016 },
    { mode: ServerMode.SERVER_MODE_AUTHENTICATION_AND_SECURE, gamePort: 65535, queryPort: 65534 },
  ])('mode $mode, ports $gamePort/$queryPort and the version string reach Init_V2 unchanged (serverInitEx)', ({ mode, gamePort, queryPort }) => {
    resetFake();
    const version = `1.2.3.${mode} ünïcødé`;
    const server = adoptServer(rightOf(serverInitEx('127.0.0.1', gamePort, queryPort, mode, version, nativeOptions())));
    expect(server.live).toBe(true);
    expect(fake.arg(INIT, 1)).toBe(BigInt(gamePort));
    expect(fake.arg(INIT, 2)).toBe(BigInt(queryPort));
    expect(fake.signedArg(INIT, 3)).toBe(BigInt(mode));
    expect(fake.argString(INIT, 4)).toBe(version);
    // The 1.60 interface-version list, as the header's inline SteamGameServer_InitEx passes it.
    expect(fake.argBytes(INIT, 5)).toEqual(gameServerInterfaceVersionList);
    expect(fake.argIsNull(INIT, 6)).toBe(false);
    expect(fake.serverLive()).toBe(true);
    // ManualDispatch is selected right after the successful init (Valve refuses it before).
    expect(fake.callSequence('SteamAPI_ManualDispatch_Init')).toBeGreaterThan(fake.callSequence(INIT));
    expect(fake.protocolErrors()).toBe(0);
  });

  it('serverInit is serverInitEx (the spec’s boolean init is an Either here)', () => {
    expect(serverInit).toBe(serverInitEx);
  });

  it.each([
    { name: 'ip not a dotted quad', args: ['localhost', 1, 2, 2, '1'], argument: 'ip' },
    { name: 'ip octet over 255', args: ['256.0.0.1', 1, 2, 2, '1'], argument: 'ip' },
    { name: 'ip above 32 bits', args: [0x1_0000_0000, 1, 2, 2, '1'], argument: 'ip' },
    { name: 'game port above 65535', args: ['', 65536, 2, 2, '1'], argument: 'gamePort' },
    { name: 'negative query port', args: ['', 1, -1, 2, '1'], argument: 'queryPort' },
    { name: 'fractional port', args: ['', 1.5, 2, 2, '1'], argument: 'gamePort' },
    { name: 'mode not a ServerMode', args: ['', 1, 2, 4, '1'], argument: 'serverMode' },
    { name: 'mode SERVER_MODE_INVALID', args: ['', 1, 2, ServerMode.SERVER_MODE_INVALID, '1'], argument: 'serverMode' },
    { name: 'version not a string', args: ['', 1, 2, 2, 1], argument: 'versionNumber' },
    { name: 'version with a NUL', args: ['', 1, 2, 2, '1.0\u00000'], argument: 'versionNumber' },
    { name: 'version of 128 bytes', args: ['', 1, 2, 2, 'v'.repeat(128)], argument: 'versionNumber' },
  ])('$name: throws InvalidArgument $argument, Steam is never called', ({ args, argument }) => {
    resetFake();
    // As JavaScript would call it: the parameter types refuse these at compile time.
    const untypedInit = serverInit as (...parameters: unknown[]) => unknown;
    const failed = thrownBy(InvalidArgument, () => untypedInit(...args, nativeOptions()));
    expect(failed).toMatchObject({ _tag: 'InvalidArgument', argument });
    expect(failed.message).toContain(argument);
    expect(fake.callCount(INIT)).toBe(0);
  });

  it('a version of 127 bytes (the most with its NUL) is accepted', () => {
    resetFake();
    adoptServer(rightOf(serverInit('', 1, 2, ServerMode.SERVER_MODE_AUTHENTICATION, 'v'.repeat(127), nativeOptions())));
    expect(fake.argString(INIT, 4)).toBe('v'.repeat(127));
  });
});

describe('serverInit failures', () => {
  it.each([
    { status: ESteamAPIInitResult.FailedGeneric, verbal: 'Failed (generic)', steamMessage: 'SteamGameServer already initialized' },
    { status: ESteamAPIInitResult.NoSteamClient, verbal: "Cannot connect to Steam, client probably isn't running", steamMessage: 'steamclient.so not found' },
    { status: ESteamAPIInitResult.VersionMismatch, verbal: 'Steam client appears to be out of date', steamMessage: 'No interface SteamGameServer015' },
  ])('Init_V2 returning $status is Left(InitFailed) with the spec’s verbal text, Valve’s message and a hint', ({ status, verbal, steamMessage }) => {
    resetFake();
    fake.setServerInit(status, steamMessage);
    const failed = leftOf(serverInit('', 27015, 27016, ServerMode.SERVER_MODE_AUTHENTICATION, '1.0.0.0', nativeOptions()));
    expect(failed).toBeInstanceOf(InitFailed);
    expect(failed).toMatchObject({ _tag: 'InitFailed', status, verbal, steamMessage, hint: expect.any(String) });
    if (failed._tag === 'InitFailed') expect(failed.message).toBe(`Steam init failed (${status}, ${verbal}): ${steamMessage}. Hint: ${failed.hint}`);
    expect(fake.callCount('SteamAPI_ManualDispatch_Init')).toBe(0);
    expect(fake.callCount('SteamAPI_SteamGameServer_v015')).toBe(0);
    expect(fake.serverLive()).toBe(false);
    // Nothing was left half-open: a later init works.
    fake.setServerInit(ESteamAPIInitResult.OK, '');
    adoptServer(rightOf(serverInit('', 27015, 27016, ServerMode.SERVER_MODE_AUTHENTICATION, '1.0.0.0', nativeOptions())));
    expect(fake.serverLive()).toBe(true);
  });

  it('a failure with no message from Valve still names the call and status', () => {
    resetFake();
    fake.setServerInit(ESteamAPIInitResult.FailedGeneric, '');
    const failed = leftOf(serverInit('', 1, 2, ServerMode.SERVER_MODE_AUTHENTICATION, '1', nativeOptions()));
    expect(failed).toMatchObject({ _tag: 'InitFailed', status: 1, verbal: 'Failed (generic)' });
    if (failed._tag === 'InitFailed') expect(failed.steamMessage).toContain(INIT);
  });

  it('a NULL ISteamGameServer after a successful init is InitFailed, and the half-started server is shut down', () => {
    resetFake();
    fake.setReturn('SteamAPI_SteamGameServer_v015', 0);
    const failed = leftOf(serverInit('', 1, 2, ServerMode.SERVER_MODE_AUTHENTICATION, '1', nativeOptions()));
    expect(failed).toMatchObject({ _tag: 'InitFailed', status: ESteamAPIInitResult.FailedGeneric });
    expect(fake.callCount('SteamGameServer_Shutdown')).toBe(1);
    expect(fake.serverLive()).toBe(false);
  });

  it('one live game server per process: a second init is Left(InitFailed FailedGeneric) without calling Steam, the first keeps working', () => {
    const first = startServer();
    const second = leftOf(serverInit('', 27017, 27018, ServerMode.SERVER_MODE_AUTHENTICATION, '1.0.0.0', nativeOptions()));
    expect(second).toMatchObject({ _tag: 'InitFailed', status: ESteamAPIInitResult.FailedGeneric });
    expect(fake.callCount(INIT)).toBe(1);
    fake.setReturn('SteamAPI_ISteamGameServer_BLoggedOn', true);
    expect(first.loggedOn()).toBe(true);
    serverShutdown(first);
    const third = adoptServer(rightOf(serverInit('', 27017, 27018, ServerMode.SERVER_MODE_AUTHENTICATION, '1.0.0.0', nativeOptions())));
    // Shutting the old server down again must not take the new one with it.
    serverShutdown(first);
    expect(fake.callCount('SteamGameServer_Shutdown')).toBe(1);
    expect(fake.serverLive()).toBe(true);
    expect(third.loggedOn()).toBe(true);
  });
});

describe('serverShutdown', () => {
  it('calls SteamGameServer_Shutdown once however often it is called, and stops the pump', () => {
    const server = startServer();
    serverShutdown(server);
    serverShutdown(server);
    server.shutdown();
    expect(fake.callCount('SteamGameServer_Shutdown')).toBe(1);
    expect(fake.serverLive()).toBe(false);
    expect(server.live).toBe(false);
    expect(server.pump.running).toBe(false);
    const drains = fake.callCount('SteamAPI_ManualDispatch_GetNextCallback');
    server.runCallbacks();
    expect(fake.callCount('SteamAPI_ManualDispatch_GetNextCallback')).toBe(drains);
    // The client API's SteamAPI_Shutdown is not the server's.
    expect(fake.callCount('SteamAPI_Shutdown')).toBe(0);
  });

  it('from inside a server callback: that frame stops dispatching, nothing is left un-freed, nothing runs after SteamGameServer_Shutdown', () => {
    const server = startServer();
    const seen: bigint[] = [];
    server.gsClientApprove$.subscribe((approve) => {
      seen.push(approve.steamId);
      server.serverShutdown();
    });
    queueServerCallback('GSClientApprove_t', { m_SteamID: 1n, m_OwnerSteamID: 1n });
    queueServerCallback('GSClientApprove_t', { m_SteamID: 2n, m_OwnerSteamID: 2n });
    server.runCallbacks();
    expect(seen).toEqual([1n]);
    expect(server.live).toBe(false);
    expect(fake.outstandingCallbacks()).toBe(0);
    expect(fake.protocolErrors()).toBe(0);
    expect(fake.callSequence('SteamAPI_ManualDispatch_GetNextCallback')).toBeLessThan(fake.callSequence('SteamGameServer_Shutdown'));
    server.runCallbacks();
    expect(seen).toEqual([1n]);
  });
});
