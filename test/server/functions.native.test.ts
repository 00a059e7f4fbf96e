/**
 * Every synchronous game-server function through the fake libsteam_api: the right flat function
 * with the ISteamGameServer pointer as `self`, 64-bit Steam IDs as bigints, host-order IPs,
 * Steam's documented string limits (a 64-byte server name is refused, 63 bytes pass), buffers
 * trimmed and copied, plain values from queries and setters, and argument errors thrown before
 * anything reaches Steam.
 */
import { EBeginAuthSessionResult, EUserHasLicenseForAppResult } from '../../native/enums';
import type { FlatSymbol } from '../../native/flat-api';
import { InvalidArgument, TicketUnavailable } from '../../src/errors';
import { SERVER_TEXT_LIMITS } from '../../src/server/server-info';
import type { SteamServer } from '../../src/server/steam-server';
import { thrownBy, untyped } from './misuse-kit';
import { BIG_STEAM_ID, OTHER_STEAM_ID, fake, gameServerSelf, leftOf, rightOf, startServer, stopServer } from './server-native-kit';

afterEach(stopServer);

type GameServerMethod = FlatSymbol & `SteamAPI_ISteamGameServer_${string}`;
const ISteamGameServer = (method: string): GameServerMethod => `SteamAPI_ISteamGameServer_${method}` as GameServerMethod;

/** A persistent game server's Steam ID (account type GameServer, above 2^53). */
const SERVER_STEAM_ID = 0x0130_0000_0000_2a2an;

describe('the spec’s Server functions', () => {
  it('isServerSecure is SteamGameServer_BSecure', () => {
    const server = startServer();
    expect(server.isServerSecure()).toBe(false);
    fake.setReturn('SteamGameServer_BSecure', true);
    expect(server.isServerSecure()).toBe(true);
    expect(fake.callCount('SteamGameServer_BSecure')).toBe(2);
  });

  it('getServerSteamID is SteamGameServer_GetSteamID, all 64 bits as a bigint', () => {
    const server = startServer();
    fake.setReturn('SteamGameServer_GetSteamID', SERVER_STEAM_ID);
    expect(server.getServerSteamID()).toBe(SERVER_STEAM_ID);
    fake.setReturn('SteamGameServer_GetSteamID', 0xffff_ffff_ffff_ffffn);
    expect(server.getServerSteamID()).toBe(0xffff_ffff_ffff_ffffn);
  });

  it('serverReleaseCurrentThreadMemory is SteamAPI_ReleaseCurrentThreadMemory', () => {
    const server = startServer();
    expect(server.serverReleaseCurrentThreadMemory()).toBeUndefined();
    expect(fake.callCount('SteamAPI_ReleaseCurrentThreadMemory')).toBe(1);
  });
});

describe('log on, log off and the server’s own state', () => {
  it('logOn passes the token; logOnAnonymous and logOff pass only self', () => {
    const server = startServer();
    expect(server.logOn('0123456789ABCDEF0123456789ABCDEF')).toBeUndefined();
    expect(fake.arg(ISteamGameServer('LogOn'), 0)).toBe(gameServerSelf());
    expect(fake.argString(ISteamGameServer('LogOn'), 1)).toBe('0123456789ABCDEF0123456789ABCDEF');
    expect(server.logOnAnonymous()).toBeUndefined();
    expect(server.logOff()).toBeUndefined();
    expect(fake.arg(ISteamGameServer('LogOnAnonymous'), 0)).toBe(gameServerSelf());
    expect(fake.arg(ISteamGameServer('LogOff'), 0)).toBe(gameServerSelf());
    expect(fake.callCount(ISteamGameServer('LogOnAnonymous'))).toBe(1);
    expect(fake.callCount(ISteamGameServer('LogOff'))).toBe(1);
  });

  it.each([
    { name: 'empty (use logOnAnonymous)', token: '' },
    { name: 'not a string', token: 42 },
    { name: 'with a NUL', token: 'abc\u0000def' },
    { name: '256 bytes', token: 't'.repeat(256) },
  ])('logOn with a token $name throws InvalidArgument token, LogOn is never called', ({ token }) => {
    const server = startServer();
    expect(thrownBy(InvalidArgument, () => untyped(server).logOn(token))).toMatchObject({ _tag: 'InvalidArgument', argument: 'token' });
    expect(fake.callCount(ISteamGameServer('LogOn'))).toBe(0);
  });

  it.each([
    { call: 'loggedOn', method: 'BLoggedOn' },
    { call: 'secure', method: 'BSecure' },
    { call: 'wasRestartRequested', method: 'WasRestartRequested' },
  ] as const)('$call returns ISteamGameServer::$method as a plain boolean', ({ call, method }) => {
    const server = startServer();
    expect(server[call]()).toBe(false);
    fake.setReturn(ISteamGameServer(method), true);
    expect(server[call]()).toBe(true);
    expect(fake.arg(ISteamGameServer(method), 0)).toBe(gameServerSelf());
  });

  it('getSteamID is ISteamGameServer::GetSteamID as a bigint', () => {
    const server = startServer();
    fake.setReturn(ISteamGameServer('GetSteamID'), SERVER_STEAM_ID);
    expect(server.getSteamID()).toBe(SERVER_STEAM_ID);
    expect(fake.arg(ISteamGameServer('GetSteamID'), 0)).toBe(gameServerSelf());
  });
});

interface SetterCase {
  readonly setter: keyof SteamServer & `set${string}`;
  readonly method: string;
  readonly value: string | number | boolean;
  readonly recorded: string | bigint;
}

const setters: readonly SetterCase[] = [
  { setter: 'setProduct', method: 'SetProduct', value: 'spacewar', recorded: 'spacewar' },
  { setter: 'setGameDescription', method: 'SetGameDescription', value: 'Spacewar ✦ deathmatch', recorded: 'Spacewar ✦ deathmatch' },
  { setter: 'setModDir', method: 'SetModDir', value: 'spacewar', recorded: 'spacewar' },
  { setter: 'setDedicatedServer', method: 'SetDedicatedServer', value: true, recorded: 1n },
  { setter: 'setMaxPlayerCount', method: 'SetMaxPlayerCount', value: 64, recorded: 64n },
  { setter: 'setBotPlayerCount', method: 'SetBotPlayerCount', value: 3, recorded: 3n },
  { setter: 'setServerName', method: 'SetServerName', value: 'Ünïcode server', recorded: 'Ünïcode server' },
  { setter: 'setMapName', method: 'SetMapName', value: 'de_dust2', recorded: 'de_dust2' },
  { setter: 'setPasswordProtected', method: 'SetPasswordProtected', value: true, recorded: 1n },
  { setter: 'setSpectatorPort', method: 'SetSpectatorPort', value: 27020, recorded: 27020n },
  { setter: 'setSpectatorServerName', method: 'SetSpectatorServerName', value: 'SourceTV', recorded: 'SourceTV' },
  { setter: 'setGameTags', method: 'SetGameTags', value: 'ctf,hardcore', recorded: 'ctf,hardcore' },
  { setter: 'setGameData', method: 'SetGameData', value: 'k1:v1,k2:v2', recorded: 'k1:v1,k2:v2' },
  { setter: 'setRegion', method: 'SetRegion', value: '255', recorded: '255' },
  { setter: 'setAdvertiseServerActive', method: 'SetAdvertiseServerActive', value: true, recorded: 1n },
];

/** A setter as JavaScript calls it: any value compiles, so the runtime checks can be reached. */
const setterOf = (server: SteamServer, name: SetterCase['setter']) => untyped(server)[name];

describe('server info setters', () => {
  it.each(setters)('$setter passes its value to ISteamGameServer::$method and returns nothing', ({ setter, method, value, recorded }) => {
    const server = startServer();
    expect(setterOf(server, setter)(value)).toBeUndefined();
    const symbol = ISteamGameServer(method);
    expect(fake.callCount(symbol)).toBe(1);
    expect(fake.arg(symbol, 0)).toBe(gameServerSelf());
    if (typeof recorded === 'string') expect(fake.argString(symbol, 1)).toBe(recorded);
    else expect(fake.arg(symbol, 1)).toBe(recorded);
  });

  it('booleans cross as false too', () => {
    const server = startServer();
    server.setDedicatedServer(false);
    server.setPasswordProtected(false);
    server.setAdvertiseServerActive(false);
    for (const method of ['SetDedicatedServer', 'SetPasswordProtected', 'SetAdvertiseServerActive']) expect(fake.arg(ISteamGameServer(method), 1)).toBe(0n);
  });

  const limits: ReadonlyArray<{ setter: SetterCase['setter']; method: string; bytes: number }> = [
    { setter: 'setServerName', method: 'SetServerName', bytes: SERVER_TEXT_LIMITS.serverName },
    { setter: 'setSpectatorServerName', method: 'SetSpectatorServerName', bytes: SERVER_TEXT_LIMITS.serverName },
    { setter: 'setMapName', method: 'SetMapName', bytes: SERVER_TEXT_LIMITS.mapName },
    { setter: 'setModDir', method: 'SetModDir', bytes: SERVER_TEXT_LIMITS.modDir },
    { setter: 'setGameDescription', method: 'SetGameDescription', bytes: SERVER_TEXT_LIMITS.gameDescription },
    { setter: 'setGameTags', method: 'SetGameTags', bytes: SERVER_TEXT_LIMITS.gameTags },
    { setter: 'setGameData', method: 'SetGameData', bytes: SERVER_TEXT_LIMITS.gameData },
  ];

  it('the limits are matchmakingtypes.h’s buffer sizes (NUL included)', () => {
    expect(SERVER_TEXT_LIMITS).toEqual({ modDir: 32, mapName: 32, gameDescription: 64, serverName: 64, gameTags: 128, gameData: 2048 });
  });

  it.each(limits)('$setter: $bytes bytes is refused, one less reaches Steam whole', ({ setter, method, bytes }) => {
    const server = startServer();
    const symbol = ISteamGameServer(method);
    const refused = thrownBy(InvalidArgument, () => setterOf(server, setter)('x'.repeat(bytes)));
    expect(refused).toMatchObject({ _tag: 'InvalidArgument', reason: `longer than Steam's limit of ${bytes - 1} bytes` });
    expect(fake.callCount(symbol)).toBe(0);
    setterOf(server, setter)('x'.repeat(bytes - 1));
    expect(fake.argString(symbol, 1)).toBe('x'.repeat(bytes - 1));
  });

  it('limits count UTF-8 bytes, not characters: 32 two-byte letters are too long for a server name, 31 and an ASCII letter fit', () => {
    const server = startServer();
    expect(thrownBy(InvalidArgument, () => server.setServerName('é'.repeat(32)))).toMatchObject({ argument: 'serverName' });
    server.setServerName(`${'é'.repeat(31)}a`);
    expect(fake.argString(ISteamGameServer('SetServerName'), 1)).toBe(`${'é'.repeat(31)}a`);
    expect(fake.callCount(ISteamGameServer('SetServerName'))).toBe(1);
  });

  it.each(([
    { setter: 'setMaxPlayerCount', value: -1 },
    { setter: 'setMaxPlayerCount', value: 2 ** 31 },
    { setter: 'setBotPlayerCount', value: 1.5 },
    { setter: 'setBotPlayerCount', value: '3' },
    { setter: 'setSpectatorPort', value: 65536 },
    { setter: 'setDedicatedServer', value: 1 },
    { setter: 'setPasswordProtected', value: 'yes' },
    { setter: 'setAdvertiseServerActive', value: undefined },
    { setter: 'setProduct', value: undefined },
    { setter: 'setRegion', value: 'eu\u0000west', label: 'a string with a NUL' },
    { setter: 'setMapName', value: 42 },
  ] as ReadonlyArray<{ setter: SetterCase['setter']; value: unknown; label?: string }>).map((entry) => ({ ...entry, shown: entry.label ?? String(entry.value) })))('$setter($shown) throws InvalidArgument and never reaches Steam', ({ setter, value }) => {
    const server = startServer();
    expect(thrownBy(InvalidArgument, () => setterOf(server, setter)(value))).toMatchObject({ _tag: 'InvalidArgument' });
    const method = setters.find((entry) => entry.setter === setter)?.method ?? '';
    expect(fake.callCount(ISteamGameServer(method))).toBe(0);
  });

  it('setKeyValue passes key and value; clearAllKeyValues passes self', () => {
    const server = startServer();
    expect(server.setKeyValue('rules', 'no rush')).toBeUndefined();
    expect(fake.arg(ISteamGameServer('SetKeyValue'), 0)).toBe(gameServerSelf());
    expect(fake.argString(ISteamGameServer('SetKeyValue'), 1)).toBe('rules');
    expect(fake.argString(ISteamGameServer('SetKeyValue'), 2)).toBe('no rush');
    expect(server.clearAllKeyValues()).toBeUndefined();
    expect(fake.arg(ISteamGameServer('ClearAllKeyValues'), 0)).toBe(gameServerSelf());
    expect(thrownBy(InvalidArgument, () => untyped(server).setKeyValue('k', 7))).toMatchObject({ argument: 'value' });
    expect(thrownBy(InvalidArgument, () => untyped(server).setKeyValue(null, 'v'))).toMatchObject({ argument: 'key' });
    expect(fake.callCount(ISteamGameServer('SetKeyValue'))).toBe(1);
  });
});

/** SteamIPAddress_t's 20 raw bytes: the 16-byte union, then m_eType (int32, little-endian). */
const rawAddress = (union: readonly number[], type: number): Uint8Array => {
  const bytes = new Uint8Array(20);
  bytes.set(union, 0);
  new DataView(bytes.buffer).setInt32(16, type, true);
  return bytes;
};

describe('public IP and the server-browser packet relay', () => {
  it('getPublicIP reads the struct returned by value: IPv4 from the union’s host-order uint32', () => {
    const server = startServer();
    // 192.168.1.20 as m_unIPv4, little-endian in memory.
    fake.setOutput(ISteamGameServer('GetPublicIP'), rawAddress([0x14, 0x01, 0xa8, 0xc0], 0));
    const address = server.getPublicIP();
    expect(address.type).toBe('ipv4');
    expect(address.ipv4).toBe('192.168.1.20');
    expect(fake.arg(ISteamGameServer('GetPublicIP'), 0)).toBe(gameServerSelf());
  });

  it('getPublicIP with an IPv6 address gives its 16 bytes in order', () => {
    const server = startServer();
    const ipv6 = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01];
    fake.setOutput(ISteamGameServer('GetPublicIP'), rawAddress(ipv6, 1));
    const address = server.getPublicIP();
    expect(address.type).toBe('ipv6');
    expect([...address.ipv6]).toEqual(ipv6);
  });

  it('getPublicIP before Steam knows it is 0.0.0.0', () => {
    const server = startServer();
    expect(server.getPublicIP()).toMatchObject({ type: 'ipv4', ipv4: '0.0.0.0' });
  });

  it('handleIncomingPacket passes the bytes, their length, the host-order source IP and port, and returns Steam’s answer', () => {
    const server = startServer();
    const query = Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x54, ...new TextEncoder().encode('Source Engine Query'), 0]);
    const symbol = ISteamGameServer('HandleIncomingPacket');
    expect(server.handleIncomingPacket(query, '10.0.0.5', 27005)).toBe(false);
    fake.setReturn(symbol, true);
    expect(server.handleIncomingPacket(query, '10.0.0.5', 27005)).toBe(true);
    expect(fake.arg(symbol, 0)).toBe(gameServerSelf());
    expect(fake.argBytes(symbol, 1)).toEqual(query);
    expect(fake.arg(symbol, 2)).toBe(BigInt(query.byteLength));
    expect(fake.arg(symbol, 3)).toBe(0x0a000005n);
    expect(fake.arg(symbol, 4)).toBe(27005n);
  });

  it.each([
    { name: 'empty data', args: [new Uint8Array(0), '10.0.0.5', 1], argument: 'data' },
    { name: 'data over 65535 bytes', args: [new Uint8Array(65536), '10.0.0.5', 1], argument: 'data' },
    { name: 'data as a string', args: ['ÿÿÿÿT', '10.0.0.5', 1], argument: 'data' },
    { name: 'a bad source IP', args: [new Uint8Array(4), '10.0.0', 1], argument: 'sourceIp' },
    { name: 'a bad source port', args: [new Uint8Array(4), '10.0.0.5', 70000], argument: 'sourcePort' },
  ])('handleIncomingPacket with $name throws InvalidArgument $argument', ({ args, argument }) => {
    const server = startServer();
    expect(thrownBy(InvalidArgument, () => untyped(server).handleIncomingPacket(...args))).toMatchObject({ _tag: 'InvalidArgument', argument });
    expect(fake.callCount(ISteamGameServer('HandleIncomingPacket'))).toBe(0);
  });

  it('getNextOutgoingPacket returns a copy of the packet with its destination; null when Steam has none', () => {
    const server = startServer();
    const symbol = ISteamGameServer('GetNextOutgoingPacket');
    expect(server.getNextOutgoingPacket()).toBeNull();
    const reply = Uint8Array.from({ length: 1200 }, (_, index) => (index * 7) & 0xff);
    fake.setOutput(symbol, reply);
    fake.setOutValue(symbol, 0, 0xc0a80114);
    fake.setOutValue(symbol, 1, 27005);
    const packet = server.getNextOutgoingPacket();
    expect(packet).toEqual({ data: reply, ip: '192.168.1.20', port: 27005 });
    expect(packet?.data.byteLength).toBe(1200);
    // Its own memory: the next read into the scratch buffer cannot change it.
    expect(packet?.data.buffer.byteLength).toBe(1200);
    expect(fake.arg(symbol, 0)).toBe(gameServerSelf());
    expect(fake.arg(symbol, 2)).toBe(65535n);
  });
});

describe('players', () => {
  it('createUnauthenticatedUserConnection returns Steam’s 64-bit ID', () => {
    const server = startServer();
    fake.setReturn(ISteamGameServer('CreateUnauthenticatedUserConnection'), 0x01a0_0000_0000_0007n);
    expect(server.createUnauthenticatedUserConnection()).toBe(0x01a0_0000_0000_0007n);
  });

  it('updateUserData passes the Steam ID, name and score and returns Steam’s answer', () => {
    const server = startServer();
    const symbol = ISteamGameServer('BUpdateUserData');
    fake.setReturn(symbol, true);
    expect(server.updateUserData(BIG_STEAM_ID, 'Ann ✦', 4_000_000_000)).toBe(true);
    expect(fake.arg(symbol, 1)).toBe(BIG_STEAM_ID);
    expect(fake.argString(symbol, 2)).toBe('Ann ✦');
    expect(fake.arg(symbol, 3)).toBe(4_000_000_000n);
    // Text Steam IDs are accepted like bigints.
    expect(server.updateUserData('[U:1:1]', 'Bob', 0)).toBe(true);
    expect(fake.arg(symbol, 1)).toBe(76561197960265729n);
  });

  it.each([
    { name: 'a negative score', args: [BIG_STEAM_ID, 'Ann', -1], argument: 'score' },
    { name: 'a score above 32 bits', args: [BIG_STEAM_ID, 'Ann', 2 ** 32], argument: 'score' },
    { name: 'a name of 256 bytes', args: [BIG_STEAM_ID, 'n'.repeat(256), 1], argument: 'playerName' },
    { name: 'a Steam ID that is not one', args: ['player one', 'Ann', 1], argument: 'userSteamId' },
  ])('updateUserData with $name throws InvalidArgument $argument', ({ args, argument }) => {
    const server = startServer();
    expect(thrownBy(InvalidArgument, () => untyped(server).updateUserData(...args))).toMatchObject({ _tag: 'InvalidArgument', argument });
    expect(fake.callCount(ISteamGameServer('BUpdateUserData'))).toBe(0);
  });
});

describe('server-side auth functions', () => {
  const ticket = Uint8Array.from({ length: 234 }, (_, index) => (index * 13 + 5) & 0xff);

  it('getAuthSessionTicket: the handle, the ticket trimmed to its size, no identity by default', () => {
    const server = startServer();
    const symbol = ISteamGameServer('GetAuthSessionTicket');
    fake.setOutput(symbol, ticket);
    fake.setReturn(symbol, 0xfffffff0);
    const issued = rightOf(server.getAuthSessionTicket());
    expect(issued).toEqual({ id: 0xfffffff0, buffer: ticket, size: 234 });
    expect(issued.buffer.buffer.byteLength).toBe(234);
    expect(fake.arg(symbol, 0)).toBe(gameServerSelf());
    expect(fake.argIsNull(symbol, 4)).toBe(true);
    expect(fake.callCount('SteamAPI_ISteamUser_GetAuthSessionTicket')).toBe(0);
  });

  it('getAuthSessionTicket for a remote Steam ID passes a SteamNetworkingIdentity; no ticket is Left(TicketUnavailable); a bad ID throws', () => {
    const server = startServer();
    const symbol = ISteamGameServer('GetAuthSessionTicket');
    fake.setOutput(symbol, ticket);
    fake.setReturn(symbol, 9);
    rightOf(server.getAuthSessionTicket(BIG_STEAM_ID));
    expect(fake.argBytes(symbol, 4)?.byteLength).toBe(136);
    fake.setReturn(symbol, 0);
    expect(leftOf(server.getAuthSessionTicket())).toBeInstanceOf(TicketUnavailable);
    expect(thrownBy(InvalidArgument, () => untyped(server).getAuthSessionTicket('not an id'))).toMatchObject({ argument: 'remoteSteamId' });
  });

  it('beginAuthSession passes the ticket bytes, their size and the Steam ID, and returns EBeginAuthSessionResult', () => {
    const server = startServer();
    const symbol = ISteamGameServer('BeginAuthSession');
    expect(server.beginAuthSession(ticket, 234, BIG_STEAM_ID)).toBe(EBeginAuthSessionResult.OK);
    expect(fake.arg(symbol, 0)).toBe(gameServerSelf());
    expect(fake.argBytes(symbol, 1)).toEqual(ticket);
    expect(fake.arg(symbol, 2)).toBe(234n);
    expect(fake.arg(symbol, 3)).toBe(BIG_STEAM_ID);
    fake.setReturn(symbol, EBeginAuthSessionResult.DuplicateRequest);
    // The spec's dictionary: only `size` bytes of its buffer go to Steam.
    const received = new Uint8Array(300).fill(0xee);
    received.set(ticket);
    expect(server.beginAuthSession({ buffer: received, size: 234 }, undefined, BIG_STEAM_ID)).toBe(EBeginAuthSessionResult.DuplicateRequest);
    expect(fake.argBytes(symbol, 1)).toEqual(ticket);
    expect(fake.callCount('SteamAPI_ISteamUser_BeginAuthSession')).toBe(0);
  });

  it('beginAuthSession throws InvalidArgument for a size past the bytes, an empty ticket and a bad Steam ID, before Steam', () => {
    const server = startServer();
    expect(thrownBy(InvalidArgument, () => server.beginAuthSession(ticket, 235, BIG_STEAM_ID))).toMatchObject({ argument: 'ticketSize' });
    expect(thrownBy(InvalidArgument, () => server.beginAuthSession(new Uint8Array(0), undefined, BIG_STEAM_ID))).toMatchObject({ argument: 'authTicket' });
    expect(thrownBy(InvalidArgument, () => server.beginAuthSession(ticket, 234, -1n))).toMatchObject({ argument: 'steamId' });
    expect(fake.callCount(ISteamGameServer('BeginAuthSession'))).toBe(0);
  });

  it('endAuthSession, cancelAuthTicket and userHasLicenseForApp are ISteamGameServer’s, never ISteamUser’s', () => {
    const server = startServer();
    expect(server.endAuthSession(BIG_STEAM_ID)).toBeUndefined();
    expect(fake.arg(ISteamGameServer('EndAuthSession'), 0)).toBe(gameServerSelf());
    expect(fake.arg(ISteamGameServer('EndAuthSession'), 1)).toBe(BIG_STEAM_ID);
    expect(server.cancelAuthTicket(0xfffffff0)).toBeUndefined();
    expect(fake.arg(ISteamGameServer('CancelAuthTicket'), 1)).toBe(0xfffffff0n);
    fake.setReturn(ISteamGameServer('UserHasLicenseForApp'), EUserHasLicenseForAppResult.DoesNotHaveLicense);
    expect(server.userHasLicenseForApp(OTHER_STEAM_ID, 1_234_567)).toBe(EUserHasLicenseForAppResult.DoesNotHaveLicense);
    expect(fake.arg(ISteamGameServer('UserHasLicenseForApp'), 1)).toBe(OTHER_STEAM_ID);
    expect(fake.arg(ISteamGameServer('UserHasLicenseForApp'), 2)).toBe(1_234_567n);
    // The ticket object works as well as its handle.
    server.cancelAuthTicket({ id: 0xfffffff1, buffer: ticket, size: ticket.byteLength });
    expect(fake.arg(ISteamGameServer('CancelAuthTicket'), 1)).toBe(0xfffffff1n);
    expect(thrownBy(InvalidArgument, () => server.cancelAuthTicket(0))).toMatchObject({ argument: 'authTicket' });
    expect(thrownBy(InvalidArgument, () => server.userHasLicenseForApp(OTHER_STEAM_ID, 0))).toMatchObject({ argument: 'appId' });
    for (const name of ['EndAuthSession', 'CancelAuthTicket', 'UserHasLicenseForApp']) {
      expect(fake.callCount(`SteamAPI_ISteamUser_${name}` as FlatSymbol)).toBe(0);
    }
  });
});
