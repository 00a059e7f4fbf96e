/**
 * client.networkingSockets and server.networkingSockets over the fake libsteam_api: every function
 * reaches C with its arguments and its session's interface pointer, identities and addresses cross
 * as Valve's pack(1) bytes, out-structs are read with the generated layouts, received messages are
 * copied and released exactly once, batched sends hand Steam messages it allocated (never a view of
 * the caller's bytes), and the reactive forms own and free their handles.
 */
import koffi from 'koffi';
import { isLeft, type Either } from 'fp-ts/Either';
import type { Subscription } from 'rxjs';
import { encodeNetworkingIdentity, encodeNetworkingIpAddress } from '../../native/networking-identity';
import { writeStruct, type FieldValue } from '../../native/struct-bytes';
import { networkingTypesStructs } from '../../native/generated/networking-types';
import { decoderLayoutsFor, hostPlatform, layoutOf, layoutsFor } from '../../native/struct-layouts';
import type { ConnectionEvent, IncomingConnection, ListenEvent, PollGroup } from '../../src/networking-sockets';
import { NotInitialized, SteamResultError } from '../../src/errors';
import { CLIENT_PIPE, BIG_STEAM_ID, callbackIdOf, fake, leftOf, rightOf, startClient, stopClient } from '../user/native-kit';
import { SERVER_PIPE, startServer, stopServer } from '../server/server-native-kit';

afterEach(() => {
  stopServer();
  stopClient();
});

const library = koffi.load(fake.libraryPath);
const socketsInterface = library.func('FakeSteam_NetworkingSocketsInterface', 'uint64_t', ['int']) as (server: number) => number | bigint;
const queueSocketsMessage = library.func('FakeSteam_QueueSocketsMessage', 'void', [
  'int',
  'int',
  'uint32_t',
  'void *',
  'int',
  'void *',
  'int64_t',
  'int64_t',
  'int',
  'int',
]) as (server: number, onPollGroup: number, target: number, data: Uint8Array, size: number, identity: Uint8Array | null, connUserData: bigint, messageNumber: bigint, flags: number, lane: number) => void;
const connectionCloses = library.func('FakeSteam_ConnectionCloses', 'int', ['uint32_t']) as (connection: number) => number;
const pendingSocketsMessages = library.func('FakeSteam_PendingSocketsMessages', 'int', ['int']) as (server: number) => number;
const sentSocketsMessages = library.func('FakeSteam_SentSocketsMessages', 'int', []) as () => number;
const sentSocketsMessage = library.func('FakeSteam_SentSocketsMessage', 'int', [
  'int',
  'void *',
  'int',
  koffi.out(koffi.pointer('uint32_t')),
  koffi.out(koffi.pointer('int')),
  koffi.out(koffi.pointer('int')),
  koffi.out(koffi.pointer('int64_t')),
]) as (index: number, out: Uint8Array, capacity: number, conn: number[], flags: number[], lane: number[], userData: (number | bigint)[]) => number;

const socketsSelf = (server = false): bigint => BigInt(socketsInterface(server ? 1 : 0));

const sent = (index: number) => {
  const data = new Uint8Array(1024);
  const conn = [0];
  const flags = [0];
  const lane = [0];
  const userData: (number | bigint)[] = [0];
  const size = sentSocketsMessage(index, data, data.length, conn, flags, lane, userData);
  return { data: data.slice(0, size), connection: conn[0], flags: flags[0], lane: lane[0], userData: BigInt(userData[0] ?? 0) };
};

const layouts = layoutsFor(hostPlatform());
// The real-time status structs are out-parameters only, not in the decoders' table.
const outStructs = decoderLayoutsFor(networkingTypesStructs, hostPlatform());
const encodeStruct = (struct: string, members: Readonly<Record<string, FieldValue>>): Uint8Array =>
  writeStruct(struct in layouts.byName ? layoutOf(layouts, struct) : outStructs(struct), members);

const peerIdentity = encodeNetworkingIdentity({ steamId: BIG_STEAM_ID });

/** SteamNetConnectionInfo_t bytes. */
const infoBytes = (members: { state: number; listenSocket?: number; endReason?: number; endDebug?: string; userData?: bigint }): Uint8Array =>
  encodeStruct('SteamNetConnectionInfo_t', {
    m_identityRemote: peerIdentity,
    m_nUserData: members.userData ?? -1n,
    m_hListenSocket: members.listenSocket ?? 0,
    m_addrRemote: encodeNetworkingIpAddress({ ipv4: 0x0a000001, port: 27015 }),
    m_idPOPRemote: 0x616d7300,
    m_idPOPRelay: 0,
    m_eState: members.state,
    m_eEndReason: members.endReason ?? 0,
    m_szEndDebug: members.endDebug ?? '',
    m_szConnectionDescription: '#7 P2P steamid:76561198265685624 vport 0',
    m_nFlags: 0,
  });

const queueStatus = (pipe: number, connection: number, oldState: number, info: Parameters<typeof infoBytes>[0]): void =>
  fake.queueCallback(
    pipe,
    callbackIdOf('SteamNetConnectionStatusChangedCallback_t'),
    encodeStruct('SteamNetConnectionStatusChangedCallback_t', { m_hConn: connection, m_info: infoBytes(info), m_eOldState: oldState }),
  );

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe('networkingSockets through the fake library', () => {
  it('asks for the client accessor once, on the first call, and passes its pointer; the server uses its own accessor', () => {
    const client = startClient();
    expect(fake.callCount('SteamAPI_SteamNetworkingSockets_SteamAPI_v012')).toBe(0);
    client.networkingSockets.initAuthentication();
    client.networkingSockets.createPollGroup();
    expect(fake.callCount('SteamAPI_SteamNetworkingSockets_SteamAPI_v012')).toBe(1);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CreatePollGroup', 0)).toBe(socketsSelf());
    stopClient();
    const server = startServer();
    server.networkingSockets.createPollGroup();
    expect(fake.callCount('SteamAPI_SteamGameServerNetworkingSockets_SteamAPI_v012')).toBe(1);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CreatePollGroup', 0)).toBe(socketsSelf(true));
  });

  it('listen sockets and connections by virtual port: handles, ports, no options; 0 is a Left(CallFailed)', () => {
    const sockets = startClient().networkingSockets;
    expect(leftOf(sockets.createListenSocketP2P(7))._tag).toBe('CallFailed');
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_CreateListenSocketP2P', 0xfffffff0);
    expect(rightOf(sockets.createListenSocketP2P(7))).toBe(0xfffffff0);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CreateListenSocketP2P', 1)).toBe(7n);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CreateListenSocketP2P', 2)).toBe(0n);
    expect(fake.argIsNull('SteamAPI_ISteamNetworkingSockets_CreateListenSocketP2P', 3)).toBe(true);

    fake.setReturn('SteamAPI_ISteamNetworkingSockets_ConnectP2P', 41);
    expect(rightOf(sockets.connectP2P(BIG_STEAM_ID, 3))).toBe(41);
    expect(fake.argBytes('SteamAPI_ISteamNetworkingSockets_ConnectP2P', 1)).toEqual(peerIdentity);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_ConnectP2P', 2)).toBe(3n);
    expect(fake.argIsNull('SteamAPI_ISteamNetworkingSockets_ConnectP2P', 4)).toBe(true);
  });

  it('identities cross as SteamNetworkingIdentity bytes (pack(1): m_eType, m_cbSize, the union) for every kind', () => {
    const sockets = startClient().networkingSockets;
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_ConnectP2P', 1);
    const sentIdentity = (): Uint8Array => fake.argBytes('SteamAPI_ISteamNetworkingSockets_ConnectP2P', 1) ?? new Uint8Array(0);
    const int32At = (value: Uint8Array, at: number): number => new DataView(value.buffer, value.byteOffset).getInt32(at, true);

    sockets.connectP2P({ steamId: BIG_STEAM_ID }, 0);
    let identity = sentIdentity();
    expect(identity.length).toBe(136);
    expect([int32At(identity, 0), int32At(identity, 4)]).toEqual([16, 8]);
    expect(new DataView(identity.buffer, identity.byteOffset).getBigUint64(8, true)).toBe(BIG_STEAM_ID);

    sockets.connectP2P({ genericString: 'lobby-7' }, 0);
    identity = sentIdentity();
    expect([int32At(identity, 0), int32At(identity, 4)]).toEqual([2, 8]);
    expect(new TextDecoder().decode(identity.subarray(8, 15))).toBe('lobby-7');
    expect(identity[15]).toBe(0);

    sockets.connectP2P({ genericBytes: bytes(1, 2, 3) }, 0);
    identity = sentIdentity();
    expect([int32At(identity, 0), int32At(identity, 4)]).toEqual([3, 3]);
    expect([...identity.subarray(8, 11)]).toEqual([1, 2, 3]);

    sockets.connectP2P({ ip: { ipv4: 0x7f000001, port: 27015 } }, 0);
    identity = sentIdentity();
    expect([int32At(identity, 0), int32At(identity, 4)]).toEqual([1, 18]);
    expect([...identity.subarray(8, 26)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 127, 0, 0, 1, 0x87, 0x69]);
  });

  it('IP listen sockets and connections pass SteamNetworkingIPAddr (18 bytes: IPv4-mapped or IPv6, port little-endian)', () => {
    const sockets = startClient().networkingSockets;
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_CreateListenSocketIP', 5);
    expect(rightOf(sockets.createListenSocketIP({ ipv4: 0, port: 27015 }))).toBe(5);
    expect([...(fake.argBytes('SteamAPI_ISteamNetworkingSockets_CreateListenSocketIP', 1) ?? [])]).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 0, 0, 0x87, 0x69,
    ]);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CreateListenSocketIP', 2)).toBe(0n);
    const ipv6 = Uint8Array.from({ length: 16 }, (_, index) => 0x20 + index);
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_ConnectByIPAddress', 6);
    expect(rightOf(sockets.connectByIPAddress({ ipv6, port: 0xabcd }))).toBe(6);
    expect([...(fake.argBytes('SteamAPI_ISteamNetworkingSockets_ConnectByIPAddress', 1) ?? [])]).toEqual([...ipv6, 0xcd, 0xab]);
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_ConnectByIPAddress', 0);
    expect(leftOf(sockets.connectByIPAddress({ ipv4: '10.0.0.1' as unknown as number, port: 1 }))._tag).toBe('CallFailed');
    expect(fake.argBytes('SteamAPI_ISteamNetworkingSockets_ConnectByIPAddress', 1)?.subarray(12, 16)).toEqual(bytes(10, 0, 0, 1));
  });

  it('accept, close (reason, debug, linger), close a listen socket, flush: EResults become Eithers', () => {
    const sockets = startClient().networkingSockets;
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_AcceptConnection', 1);
    expect(isLeft(sockets.acceptConnection(9))).toBe(false);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_AcceptConnection', 1)).toBe(9n);
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_AcceptConnection', 8);
    const refused = leftOf(sockets.acceptConnection(9));
    expect(refused).toBeInstanceOf(SteamResultError);
    expect(refused.result).toBe(8);

    fake.setReturn('SteamAPI_ISteamNetworkingSockets_CloseConnection', true);
    expect(sockets.closeConnection(9, { reason: 1234, debug: 'bye', linger: true })).toBe(true);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CloseConnection', 1)).toBe(9n);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CloseConnection', 2)).toBe(1234n);
    expect(fake.argString('SteamAPI_ISteamNetworkingSockets_CloseConnection', 3)).toBe('bye');
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CloseConnection', 4)).toBe(1n);
    sockets.closeConnection(10);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CloseConnection', 2)).toBe(0n);
    expect(fake.argIsNull('SteamAPI_ISteamNetworkingSockets_CloseConnection', 3)).toBe(true);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CloseConnection', 4)).toBe(0n);

    expect(sockets.closeListenSocket(4)).toBe(false);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CloseListenSocket', 1)).toBe(4n);

    fake.setReturn('SteamAPI_ISteamNetworkingSockets_FlushMessagesOnConnection', 1);
    expect(isLeft(sockets.flushMessagesOnConnection(9))).toBe(false);
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_FlushMessagesOnConnection', 3);
    expect(leftOf(sockets.flushMessagesOnConnection(9)).result).toBe(3);
  });

  it('user data is int64 both ways (negative and above 2^53); names are C strings cut at NUL from a 128-byte buffer', () => {
    const sockets = startClient().networkingSockets;
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_SetConnectionUserData', true);
    expect(sockets.setConnectionUserData(3, -5n)).toBe(true);
    expect(fake.signedArg('SteamAPI_ISteamNetworkingSockets_SetConnectionUserData', 2)).toBe(-5n);
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_GetConnectionUserData', -1n);
    expect(sockets.getConnectionUserData(3)).toBe(-1n);
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_GetConnectionUserData', (1n << 60n) + 1n);
    expect(sockets.getConnectionUserData(3)).toBe((1n << 60n) + 1n);

    sockets.setConnectionName(3, 'player one');
    expect(fake.argString('SteamAPI_ISteamNetworkingSockets_SetConnectionName', 2)).toBe('player one');
    expect(leftOf(sockets.getConnectionName(3))._tag).toBe('CallFailed');
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_GetConnectionName', true);
    fake.setOutput('SteamAPI_ISteamNetworkingSockets_GetConnectionName', new TextEncoder().encode('host\0junk'));
    expect(rightOf(sockets.getConnectionName(3))).toBe('host');
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_GetConnectionName', 3)).toBe(128n);
  });

  it('sendMessageToConnection passes the bytes, their true size and the flags, and reads the message number (above 2^53)', () => {
    const sockets = startClient().networkingSockets;
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_SendMessageToConnection', 1);
    fake.setOutValue('SteamAPI_ISteamNetworkingSockets_SendMessageToConnection', 0, (1n << 55n) + 3n);
    const payload = bytes(9, 8, 7, 6);
    expect(rightOf(sockets.sendMessageToConnection(12, payload.subarray(1, 3), 8))).toBe((1n << 55n) + 3n);
    expect(fake.argBytes('SteamAPI_ISteamNetworkingSockets_SendMessageToConnection', 2)).toEqual(bytes(8, 7));
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_SendMessageToConnection', 3)).toBe(2n);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_SendMessageToConnection', 4)).toBe(8n);
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_SendMessageToConnection', 3);
    expect(leftOf(sockets.sendMessageToConnection(12, payload)).result).toBe(3);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_SendMessageToConnection', 4)).toBe(0n);
  });

  it('sendMessages fills one AllocateMessage message per payload, hands them all to Steam, and keeps no view of the caller\'s bytes', () => {
    const sockets = startClient().networkingSockets;
    const first = bytes(1, 2, 3);
    const second = new Uint8Array(0);
    const results = sockets.sendMessages([
      { connection: 5, data: first, sendFlags: 8, lane: 2, userData: -9n },
      { connection: 6, data: second },
    ]);
    expect(results.map(rightOf)).toEqual([1n, 2n]);
    first.fill(0xee);
    expect(fake.callCount('SteamAPI_ISteamNetworkingUtils_AllocateMessage')).toBe(2);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_SendMessages', 1)).toBe(2n);
    expect(sentSocketsMessages()).toBe(2);
    expect(sent(0)).toEqual({ data: bytes(1, 2, 3), connection: 5, flags: 8, lane: 2, userData: -9n });
    expect(sent(1)).toEqual({ data: new Uint8Array(0), connection: 6, flags: 0, lane: 0, userData: 0n });
    // Steam released both; nothing the SDK allocated is left.
    expect(fake.networkingMessagesAllocated()).toBe(2);
    expect(fake.networkingMessageReleases()).toBe(2);
    expect(fake.networkingMessagesLive()).toBe(0);
    expect(fake.networkingMessageDoubleReleases()).toBe(0);

    fake.setReturn('SteamAPI_ISteamNetworkingSockets_SendMessages', 3);
    const failed = sockets.sendMessages([{ connection: 5, data: first }]);
    expect(leftOf(failed[0] as Either<SteamResultError, bigint>).result).toBe(3);
    expect(sockets.sendMessages([])).toEqual([]);
  });

  it('sendMessages sends nothing and leaves nothing allocated when Steam cannot allocate a message', () => {
    const sockets = startClient().networkingSockets;
    sockets.sendMessages([{ connection: 1, data: bytes(1) }]);
    const allocatedBefore = fake.networkingMessagesAllocated();
    const sendsBefore = fake.callCount('SteamAPI_ISteamNetworkingSockets_SendMessages');
    // AllocateMessage answers NULL (a scripted return of 0).
    fake.setReturn('SteamAPI_ISteamNetworkingUtils_AllocateMessage', 0);
    const results = sockets.sendMessages([
      { connection: 1, data: bytes(1) },
      { connection: 2, data: bytes(2) },
    ]);
    expect(results.map((result) => leftOf(result).result)).toEqual([2, 2]);
    expect(fake.callCount('SteamAPI_ISteamNetworkingSockets_SendMessages')).toBe(sendsBefore);
    expect(fake.networkingMessagesAllocated()).toBe(allocatedBefore);
    expect(fake.networkingMessagesLive()).toBe(0);
  });

  it('receives on a connection and on a poll group: copies every field, releases each message once, nothing stays live', () => {
    const sockets = startClient().networkingSockets;
    queueSocketsMessage(0, 0, 7, bytes(1, 2, 3), 3, peerIdentity, 99n, (1n << 54n) + 1n, 8, 3);
    queueSocketsMessage(0, 0, 7, bytes(4), 1, peerIdentity, 99n, 2n, 0, 0);
    queueSocketsMessage(0, 0, 8, bytes(5), 1, peerIdentity, 0n, 1n, 0, 0);
    queueSocketsMessage(0, 1, 70, bytes(6, 6), 2, peerIdentity, 5n, 1n, 0, 1);
    const onConnection = sockets.receiveMessagesOnConnection(7, 1);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_ReceiveMessagesOnConnection', 3)).toBe(1n);
    expect(onConnection).toHaveLength(1);
    expect(onConnection[0]).toMatchObject({
      data: bytes(1, 2, 3),
      connection: 7,
      identityPeer: { steamId: BIG_STEAM_ID },
      connectionUserData: 99n,
      messageNumber: (1n << 54n) + 1n,
      flags: 8,
      lane: 3,
    });
    expect(sockets.receiveMessagesOnConnection(7)).toHaveLength(1);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_ReceiveMessagesOnConnection', 3)).toBe(64n);
    expect(sockets.receiveMessagesOnConnection(7)).toHaveLength(0);
    const onGroup = sockets.receiveMessagesOnPollGroup(70, 256);
    expect(onGroup.map((message) => [...message.data])).toEqual([[6, 6]]);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_ReceiveMessagesOnPollGroup', 1)).toBe(70n);
    expect(pendingSocketsMessages(0)).toBe(1);
    // Released data is poisoned by the fake: the copies kept their bytes.
    expect(onConnection[0]?.data).toEqual(bytes(1, 2, 3));
    expect(fake.networkingMessageReleases()).toBe(3);
    expect(fake.networkingMessagesLive()).toBe(1);
    expect(fake.networkingMessageDoubleReleases()).toBe(0);
    expect(sockets.receiveMessagesOnConnection(8)).toHaveLength(1);
    expect(fake.networkingMessagesLive()).toBe(0);
  });

  it('connection info, real-time status with lanes, the detailed status and the listen address are read from their structs', () => {
    const sockets = startClient().networkingSockets;
    expect(leftOf(sockets.getConnectionInfo(4))._tag).toBe('CallFailed');
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_GetConnectionInfo', true);
    fake.setOutput('SteamAPI_ISteamNetworkingSockets_GetConnectionInfo', infoBytes({ state: 3, listenSocket: 2, userData: 77n }));
    expect(rightOf(sockets.getConnectionInfo(4))).toEqual({
      identityRemote: { steamId: BIG_STEAM_ID },
      userData: 77n,
      listenSocket: 2,
      addressRemote: { ipv4: 0x0a000001, port: 27015 },
      popRemote: 0x616d7300,
      popRelay: 0,
      state: 3,
      endReason: 0,
      endDebug: '',
      connectionDescription: '#7 P2P steamid:76561198265685624 vport 0',
      flags: 0,
    });

    const status = encodeStruct('SteamNetConnectionRealTimeStatus_t', {
      m_eState: 3,
      m_nPing: 42,
      m_flConnectionQualityLocal: 0.5,
      m_flConnectionQualityRemote: 0.25,
      m_flOutPacketsPerSec: 1,
      m_flOutBytesPerSec: 2,
      m_flInPacketsPerSec: 3,
      m_flInBytesPerSec: 4,
      m_nSendRateBytesPerSecond: 5000,
      m_cbPendingUnreliable: 6,
      m_cbPendingReliable: 7,
      m_cbSentUnackedReliable: 8,
      m_usecQueueTime: 900n,
    });
    const lane = (pending: number): Uint8Array =>
      encodeStruct('SteamNetConnectionRealTimeLaneStatus_t', { m_cbPendingUnreliable: pending, m_cbPendingReliable: pending + 1, m_cbSentUnackedReliable: pending + 2, m_usecQueueTime: BigInt(pending) * 10n });
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_GetConnectionRealTimeStatus', 1);
    fake.setOutValue('SteamAPI_ISteamNetworkingSockets_GetConnectionRealTimeStatus', 0, status.length);
    fake.setOutput('SteamAPI_ISteamNetworkingSockets_GetConnectionRealTimeStatus', Uint8Array.from([...status, ...lane(10), ...lane(20)]));
    const realTime = rightOf(sockets.getConnectionRealTimeStatus(4, 2));
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_GetConnectionRealTimeStatus', 3)).toBe(2n);
    expect(realTime.status).toMatchObject({ state: 3, ping: 42, connectionQualityLocal: 0.5, sendRateBytesPerSecond: 5000, queueTimeMicroseconds: 900n });
    expect(realTime.lanes).toEqual([
      { pendingUnreliable: 10, pendingReliable: 11, sentUnackedReliable: 12, queueTimeMicroseconds: 100n },
      { pendingUnreliable: 20, pendingReliable: 21, sentUnackedReliable: 22, queueTimeMicroseconds: 200n },
    ]);
    expect(rightOf(sockets.getConnectionRealTimeStatus(4)).lanes).toEqual([]);
    expect(fake.argIsNull('SteamAPI_ISteamNetworkingSockets_GetConnectionRealTimeStatus', 4)).toBe(true);
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_GetConnectionRealTimeStatus', 3);
    expect(leftOf(sockets.getConnectionRealTimeStatus(4)).result).toBe(3);

    expect(leftOf(sockets.getDetailedConnectionStatus(4))._tag).toBe('CallFailed');
    fake.setOutput('SteamAPI_ISteamNetworkingSockets_GetDetailedConnectionStatus', 'ping 42ms\nquality 99%');
    expect(rightOf(sockets.getDetailedConnectionStatus(4))).toBe('ping 42ms\nquality 99%');
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_GetDetailedConnectionStatus', 3)).toBe(16384n);
    fake.setOutput('SteamAPI_ISteamNetworkingSockets_GetDetailedConnectionStatus', 'x'.repeat(20000));
    expect(rightOf(sockets.getDetailedConnectionStatus(4))).toHaveLength(20000);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_GetDetailedConnectionStatus', 3)).toBe(20001n);

    expect(leftOf(sockets.getListenSocketAddress(2))._tag).toBe('CallFailed');
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_GetListenSocketAddress', true);
    fake.setOutput('SteamAPI_ISteamNetworkingSockets_GetListenSocketAddress', encodeNetworkingIpAddress({ ipv4: 0xc0a80001, port: 27015 }));
    expect(rightOf(sockets.getListenSocketAddress(2))).toEqual({ ipv4: 0xc0a80001, port: 27015 });
  });

  it('socket pairs, lanes, identity, authentication and poll groups', () => {
    const sockets = startClient().networkingSockets;
    expect(leftOf(sockets.createSocketPair(true))._tag).toBe('CallFailed');
    expect(fake.argIsNull('SteamAPI_ISteamNetworkingSockets_CreateSocketPair', 4)).toBe(true);
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_CreateSocketPair', true);
    fake.setOutValue('SteamAPI_ISteamNetworkingSockets_CreateSocketPair', 0, 11);
    fake.setOutValue('SteamAPI_ISteamNetworkingSockets_CreateSocketPair', 1, 0xfffffffe);
    expect(rightOf(sockets.createSocketPair(false, { steamId: BIG_STEAM_ID }, null))).toEqual([11, 0xfffffffe]);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CreateSocketPair', 3)).toBe(0n);
    expect(fake.argBytes('SteamAPI_ISteamNetworkingSockets_CreateSocketPair', 4)).toEqual(peerIdentity);
    expect(fake.argIsNull('SteamAPI_ISteamNetworkingSockets_CreateSocketPair', 5)).toBe(true);

    fake.setReturn('SteamAPI_ISteamNetworkingSockets_ConfigureConnectionLanes', 1);
    expect(isLeft(sockets.configureConnectionLanes(3, [0, -1], [1, 65535]))).toBe(false);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_ConfigureConnectionLanes', 2)).toBe(2n);
    expect([...new Int32Array((fake.argBytes('SteamAPI_ISteamNetworkingSockets_ConfigureConnectionLanes', 3) ?? new Uint8Array(8)).slice().buffer)]).toEqual([0, -1]);
    expect([...new Uint16Array((fake.argBytes('SteamAPI_ISteamNetworkingSockets_ConfigureConnectionLanes', 4) ?? new Uint8Array(4)).slice().buffer)]).toEqual([1, 65535]);

    expect(leftOf(sockets.getIdentity())._tag).toBe('CallFailed');
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_GetIdentity', true);
    fake.setOutput('SteamAPI_ISteamNetworkingSockets_GetIdentity', peerIdentity);
    expect(rightOf(sockets.getIdentity())).toEqual({ steamId: BIG_STEAM_ID });

    fake.setReturn('SteamAPI_ISteamNetworkingSockets_InitAuthentication', 3);
    expect(sockets.initAuthentication()).toBe(3);
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_GetAuthenticationStatus', -101);
    fake.setOutput('SteamAPI_ISteamNetworkingSockets_GetAuthenticationStatus', encodeStruct('SteamNetAuthenticationStatus_t', { m_eAvail: -101, m_debugMsg: 'no cert' }));
    expect(sockets.getAuthenticationStatus()).toEqual({ availability: -101, debugMessage: 'no cert' });

    fake.setReturn('SteamAPI_ISteamNetworkingSockets_CreatePollGroup', 70);
    expect(rightOf(sockets.createPollGroup())).toBe(70);
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_SetConnectionPollGroup', true);
    expect(sockets.setConnectionPollGroup(3, 70)).toBe(true);
    expect([fake.arg('SteamAPI_ISteamNetworkingSockets_SetConnectionPollGroup', 1), fake.arg('SteamAPI_ISteamNetworkingSockets_SetConnectionPollGroup', 2)]).toEqual([3n, 70n]);
    expect(sockets.destroyPollGroup(70)).toBe(false);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_DestroyPollGroup', 1)).toBe(70n);
  });
});

describe('the reactive forms through the fake library', () => {
  it('connect$: state changes, then messages each frame, then Closed with Steam\'s reason; the handle is freed and the pump let go', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_ConnectP2P', 21);
    const events: ConnectionEvent[] = [];
    let completed = false;
    client.networkingSockets.connect$(BIG_STEAM_ID, 4).subscribe({ next: (event) => events.push(event), complete: () => (completed = true) });
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_ConnectP2P', 2)).toBe(4n);
    expect(client.pump.awaiting).toBe(1);
    queueStatus(CLIENT_PIPE, 21, 0, { state: 1 });
    queueStatus(CLIENT_PIPE, 99, 0, { state: 1 });
    client.runCallbacks();
    queueStatus(CLIENT_PIPE, 21, 1, { state: 3 });
    queueSocketsMessage(0, 0, 21, bytes(1), 1, peerIdentity, 0n, 1n, 8, 0);
    client.runCallbacks();
    queueSocketsMessage(0, 0, 21, bytes(2), 1, peerIdentity, 0n, 2n, 8, 0);
    queueStatus(CLIENT_PIPE, 21, 3, { state: 4, endReason: 1001, endDebug: 'host left' });
    client.runCallbacks();
    expect(events.map((event) => event._tag)).toEqual(['StateChanged', 'StateChanged', 'Message', 'Message', 'Closed']);
    expect(events[1]).toMatchObject({ state: 3, oldState: 1, connection: 21 });
    expect(events.filter((event) => event._tag === 'Message').map((event) => (event._tag === 'Message' ? event.message.data[0] : 0))).toEqual([1, 2]);
    expect(events[4]).toMatchObject({ _tag: 'Closed', connection: 21, state: 4, endReason: 1001, endDebug: 'host left' });
    expect(completed).toBe(true);
    expect(fake.callCount('SteamAPI_ISteamNetworkingSockets_CloseConnection')).toBe(1);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CloseConnection', 1)).toBe(21n);
    expect(fake.networkingMessagesLive()).toBe(0);
    expect(fake.networkingMessageReleases()).toBe(2);
    expect(client.pump.awaiting).toBe(0);
    // No polling once nothing is subscribed.
    const polls = fake.callCount('SteamAPI_ISteamNetworkingSockets_ReceiveMessagesOnConnection');
    client.runCallbacks();
    expect(fake.callCount('SteamAPI_ISteamNetworkingSockets_ReceiveMessagesOnConnection')).toBe(polls);
  });

  it('connect$ reads at most 16 batches of 64 messages per frame; the rest comes on the next frame', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_ConnectP2P', 23);
    const received: number[] = [];
    const subscription = client.networkingSockets.connect$(BIG_STEAM_ID, 0).subscribe((event) => {
      if (event._tag === 'Message') received.push(event.message.data[0] ?? -1);
    });
    // A flood: one frame must not read it all and keep the event loop busy.
    for (let index = 0; index < 16 * 64 + 3; index += 1) queueSocketsMessage(0, 0, 23, bytes(index % 256), 1, peerIdentity, 0n, BigInt(index + 1), 8, 0);
    const polls = fake.callCount('SteamAPI_ISteamNetworkingSockets_ReceiveMessagesOnConnection');
    client.runCallbacks();
    expect(fake.callCount('SteamAPI_ISteamNetworkingSockets_ReceiveMessagesOnConnection') - polls).toBe(16);
    expect(received).toHaveLength(16 * 64);
    client.runCallbacks();
    expect(received).toHaveLength(16 * 64 + 3);
    expect(received.slice(-3)).toEqual([0, 1, 2]);
    expect(fake.networkingMessagesLive()).toBe(0);
    subscription.unsubscribe();
    expect(client.pump.awaiting).toBe(0);
  });

  it('connect$ by IP address; unsubscribing closes the connection with the options and stops polling', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_ConnectByIPAddress', 22);
    const subscription: Subscription = client.networkingSockets.connect$({ ipv4: 0x7f000001, port: 27015 }, undefined, { reason: 1000, debug: 'quit', linger: true }).subscribe();
    expect(fake.argBytes('SteamAPI_ISteamNetworkingSockets_ConnectByIPAddress', 1)?.subarray(12)).toEqual(bytes(127, 0, 0, 1, 0x87, 0x69));
    client.runCallbacks();
    expect(fake.callCount('SteamAPI_ISteamNetworkingSockets_ReceiveMessagesOnConnection')).toBe(1);
    subscription.unsubscribe();
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CloseConnection', 1)).toBe(22n);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CloseConnection', 2)).toBe(1000n);
    expect(fake.argString('SteamAPI_ISteamNetworkingSockets_CloseConnection', 3)).toBe('quit');
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CloseConnection', 4)).toBe(1n);
    client.runCallbacks();
    expect(fake.callCount('SteamAPI_ISteamNetworkingSockets_ReceiveMessagesOnConnection')).toBe(1);
    expect(client.pump.awaiting).toBe(0);
  });

  it('connect$ that Steam refuses is a Failed value, then completion; made before shutdown and subscribed after, Failed(NotInitialized)', () => {
    const client = startClient();
    const events: ConnectionEvent[] = [];
    client.networkingSockets.connect$(BIG_STEAM_ID, 0).subscribe((event) => events.push(event));
    expect(events).toHaveLength(1);
    expect(events[0]?._tag === 'Failed' && events[0].error._tag).toBe('CallFailed');
    const late = client.networkingSockets.connect$(BIG_STEAM_ID, 0);
    client.shutdown();
    late.subscribe((event) => events.push(event));
    expect(events[1]?._tag === 'Failed' && events[1].error).toBeInstanceOf(NotInitialized);
  });

  it('shutdown closes an open connection while Steam is up and completes its stream', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_ConnectP2P', 23);
    let completed = false;
    client.networkingSockets.connect$({ steamId: BIG_STEAM_ID }, 0).subscribe({ complete: () => (completed = true) });
    client.shutdown();
    expect(completed).toBe(true);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CloseConnection', 1)).toBe(23n);
    expect(fake.callSequence('SteamAPI_ISteamNetworkingSockets_CloseConnection')).toBeLessThan(fake.callSequence('SteamAPI_Shutdown'));
  });

  it('listen$ on a virtual port: incoming connections to accept (AcceptConnection, then their events) or close; unsubscribing closes the socket', () => {
    const server = startServer();
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_CreateListenSocketP2P', 3);
    const incoming: ListenEvent[] = [];
    const listening = server.networkingSockets.listen$(27).subscribe((event) => incoming.push(event));
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CreateListenSocketP2P', 1)).toBe(27n);
    queueStatus(SERVER_PIPE, 31, 0, { state: 1, listenSocket: 3 });
    queueStatus(SERVER_PIPE, 32, 0, { state: 1, listenSocket: 3 });
    queueStatus(SERVER_PIPE, 33, 0, { state: 1, listenSocket: 4 });
    server.runCallbacks();
    expect(incoming.map((event) => (event._tag === 'Incoming' ? event.connection : -1))).toEqual([31, 32]);
    const [first, second] = incoming as IncomingConnection[];
    expect(first?.info.identityRemote).toEqual({ steamId: BIG_STEAM_ID });
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CreateListenSocketP2P', 0)).toBe(socketsSelf(true));

    fake.setReturn('SteamAPI_ISteamNetworkingSockets_AcceptConnection', 1);
    const events: ConnectionEvent[] = [];
    let acceptedDone = false;
    first?.accept().subscribe({ next: (event) => events.push(event), complete: () => (acceptedDone = true) });
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_AcceptConnection', 1)).toBe(31n);
    const again: ConnectionEvent[] = [];
    first?.accept().subscribe((event) => again.push(event));
    expect(again[0]?._tag).toBe('Failed');
    expect(fake.callCount('SteamAPI_ISteamNetworkingSockets_AcceptConnection')).toBe(1);
    queueStatus(SERVER_PIPE, 31, 1, { state: 3, listenSocket: 3 });
    queueSocketsMessage(1, 0, 31, bytes(42), 1, peerIdentity, 0n, 1n, 8, 0);
    server.runCallbacks();
    expect(events.map((event) => event._tag)).toEqual(['StateChanged', 'Message']);

    second?.close({ reason: 1002, debug: 'full' });
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CloseConnection', 1)).toBe(32n);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CloseConnection', 2)).toBe(1002n);

    listening.unsubscribe();
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CloseListenSocket', 1)).toBe(3n);
    // The accepted connection went with its socket: its stream completed.
    expect(acceptedDone).toBe(true);
    expect(server.pump.awaiting).toBe(0);
    expect(fake.networkingMessagesLive()).toBe(0);
  });

  it('an accept Steam refuses (the peer gave up first) closes the handle, once; a second accept or close does not touch it', () => {
    const server = startServer();
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_CreateListenSocketP2P', 3);
    const incoming: IncomingConnection[] = [];
    const listening = server.networkingSockets.listen$(0).subscribe((event) => event._tag === 'Incoming' && incoming.push(event));
    queueStatus(SERVER_PIPE, 51, 0, { state: 1, listenSocket: 3 });
    server.runCallbacks();
    // k_EResultInvalidState: the connection is no longer Connecting.
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_AcceptConnection', 11);
    const events: ConnectionEvent[] = [];
    incoming[0]?.accept({ reason: 1003 }).subscribe((event) => events.push(event));
    expect(events[0]?._tag === 'Failed' && events[0].error).toBeInstanceOf(SteamResultError);
    expect(connectionCloses(51)).toBe(1);
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_CloseConnection', 2)).toBe(1003n);
    // The peer's ClosedByPeer arrives afterwards: already closed, not closed again.
    queueStatus(SERVER_PIPE, 51, 1, { state: 4, listenSocket: 3, endReason: 1000 });
    server.runCallbacks();
    incoming[0]?.accept().subscribe();
    expect(incoming[0]?.close()).toBe(false);
    listening.unsubscribe();
    expect(connectionCloses(51)).toBe(1);
    expect(fake.callCount('SteamAPI_ISteamNetworkingSockets_AcceptConnection')).toBe(1);
    expect(server.pump.awaiting).toBe(0);
  });

  it('listen$ closes, once, an incoming connection that ends (ClosedByPeer, ProblemDetectedLocally) before anyone accepts or closes it', () => {
    const server = startServer();
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_CreateListenSocketP2P', 3);
    const incoming: IncomingConnection[] = [];
    const listening = server.networkingSockets.listen$(0).subscribe((event) => event._tag === 'Incoming' && incoming.push(event));
    queueStatus(SERVER_PIPE, 61, 0, { state: 1, listenSocket: 3 });
    queueStatus(SERVER_PIPE, 62, 0, { state: 1, listenSocket: 3 });
    queueStatus(SERVER_PIPE, 63, 0, { state: 1, listenSocket: 3 });
    server.runCallbacks();
    expect(incoming).toHaveLength(3);
    queueStatus(SERVER_PIPE, 61, 1, { state: 4, listenSocket: 3, endReason: 1000, endDebug: 'gave up' });
    queueStatus(SERVER_PIPE, 62, 1, { state: 5, listenSocket: 3, endReason: 4001 });
    server.runCallbacks();
    expect([connectionCloses(61), connectionCloses(62), connectionCloses(63)]).toEqual([1, 1, 0]);
    // Gone: accept is refused without calling Steam, close says false.
    const events: ConnectionEvent[] = [];
    incoming[0]?.accept().subscribe((event) => events.push(event));
    expect(events[0]?._tag).toBe('Failed');
    expect(fake.callCount('SteamAPI_ISteamNetworkingSockets_AcceptConnection')).toBe(0);
    expect(incoming[1]?.close()).toBe(false);
    // One the application closed itself is not closed again when its end arrives.
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_CloseConnection', 1);
    expect(incoming[2]?.close()).toBe(true);
    expect(connectionCloses(63)).toBe(1);
    queueStatus(SERVER_PIPE, 63, 1, { state: 4, listenSocket: 3 });
    server.runCallbacks();
    listening.unsubscribe();
    expect([connectionCloses(61), connectionCloses(62), connectionCloses(63)]).toEqual([1, 1, 1]);
  });

  it('listen$ on an IP address; a socket Steam refuses is a Failed value', () => {
    const client = startClient();
    const events: ListenEvent[] = [];
    client.networkingSockets.listen$({ ipv4: 0, port: 27015 }).subscribe((event) => events.push(event));
    expect(events[0]?._tag).toBe('Failed');
    expect(fake.argBytes('SteamAPI_ISteamNetworkingSockets_CreateListenSocketIP', 1)?.subarray(16)).toEqual(bytes(0x87, 0x69));
  });

  it('pollGroup$: one group for the subscription, connections put in it, their messages merged on messages$, destroyed on unsubscribe', () => {
    const server = startServer();
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_CreatePollGroup', 70);
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_ConnectP2P', 40);
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_SetConnectionPollGroup', 1);
    const groups: PollGroup[] = [];
    const owning = server.networkingSockets.pollGroup$().subscribe((value) => {
      if (value._tag === 'PollGroup') groups.push(value);
    });
    const group = groups[0];
    expect(group?.pollGroup).toBe(70);
    const received: number[] = [];
    const merged = group?.messages$.subscribe((message) => received.push(message.data[0] ?? -1));
    const connection = server.networkingSockets.connect$(BIG_STEAM_ID, 0, { pollGroup: 70 }).subscribe();
    expect([fake.arg('SteamAPI_ISteamNetworkingSockets_SetConnectionPollGroup', 1), fake.arg('SteamAPI_ISteamNetworkingSockets_SetConnectionPollGroup', 2)]).toEqual([40n, 70n]);
    queueSocketsMessage(1, 1, 70, bytes(1), 1, peerIdentity, 0n, 1n, 0, 0);
    queueSocketsMessage(1, 1, 70, bytes(2), 1, peerIdentity, 0n, 2n, 0, 0);
    server.runCallbacks();
    expect(received).toEqual([1, 2]);
    // The connection's own stream does not poll: its messages are the group's.
    expect(fake.callCount('SteamAPI_ISteamNetworkingSockets_ReceiveMessagesOnConnection')).toBe(0);
    connection.unsubscribe();
    merged?.unsubscribe();
    owning.unsubscribe();
    expect(fake.arg('SteamAPI_ISteamNetworkingSockets_DestroyPollGroup', 1)).toBe(70n);
    expect(server.pump.awaiting).toBe(0);
    expect(fake.networkingMessagesLive()).toBe(0);
  });

  it('a connection given a poll group Steam does not know (its pollGroup$ ended) is refused and closed, not left to pile up messages unread', () => {
    const server = startServer();
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_ConnectP2P', 44);
    // SetConnectionPollGroup answers false: the group is gone.
    const events: ConnectionEvent[] = [];
    server.networkingSockets.connect$(BIG_STEAM_ID, 0, { pollGroup: 71 }).subscribe((event) => events.push(event));
    expect(events).toHaveLength(1);
    expect(events[0]?._tag === 'Failed' && events[0].error._tag).toBe('CallFailed');
    expect(connectionCloses(44)).toBe(1);
    expect(server.pump.awaiting).toBe(0);
  });

  it('a connection whose poll group is destroyed (pollGroup$ unsubscribed, or destroyPollGroup) reads its own messages from then on', () => {
    const server = startServer();
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_CreatePollGroup', 72);
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_DestroyPollGroup', 1);
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_SetConnectionPollGroup', 1);
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_ConnectP2P', 45);
    const owning = server.networkingSockets.pollGroup$().subscribe();
    const received: number[] = [];
    const connection = server.networkingSockets.connect$(BIG_STEAM_ID, 0, { pollGroup: 72 }).subscribe((event) => event._tag === 'Message' && received.push(event.message.data[0] ?? -1));
    server.runCallbacks();
    expect(fake.callCount('SteamAPI_ISteamNetworkingSockets_ReceiveMessagesOnConnection')).toBe(0);
    owning.unsubscribe();
    queueSocketsMessage(1, 0, 45, bytes(9), 1, peerIdentity, 0n, 1n, 8, 0);
    server.runCallbacks();
    expect(received).toEqual([9]);
    connection.unsubscribe();
    // The flat destroyPollGroup ungroups too.
    const group = rightOf(server.networkingSockets.createPollGroup());
    fake.setReturn('SteamAPI_ISteamNetworkingSockets_ConnectP2P', 46);
    const later: number[] = [];
    const second = server.networkingSockets.connect$(BIG_STEAM_ID, 0, { pollGroup: group }).subscribe((event) => event._tag === 'Message' && later.push(event.message.data[0] ?? -1));
    expect(server.networkingSockets.destroyPollGroup(group)).toBe(true);
    queueSocketsMessage(1, 0, 46, bytes(8), 1, peerIdentity, 0n, 1n, 8, 0);
    server.runCallbacks();
    expect(later).toEqual([8]);
    second.unsubscribe();
    expect(fake.networkingMessagesLive()).toBe(0);
    expect(server.pump.awaiting).toBe(0);
  });
});
