/**
 * The simulated NetworkingMessages, NetworkingSockets and NetworkingUtils ports on the simulated
 * network, through the SteamCore a game holds: callbacks as struct bytes on both packings, the
 * pump's wake-up when a message lands, relay and certificate status steps, IP connections to a
 * game server, and what shutdown and a dying process do to peers.
 */
import { TestScheduler } from 'rxjs/testing';
import { EResult } from '../../native/generated/core';
import { ESteamNetConnectionEnd as End, ESteamNetworkingAvailability as Availability, ESteamNetworkingConnectionState as State } from '../../native/generated/networking-types';
import { decodeNetConnectionInfo } from '../../native/networking-connection-info';
import { decodeNetworkingIdentity } from '../../native/networking-identity';
import type { Platform, RawCallback, SteamCore } from '../../native/steam-core';
import { isShortBuffer, readStruct, type RawStruct } from '../../native/struct-bytes';
import { createSimulatedSteam, type SimulatedProcess } from '../../simulated';
import { networkingLayout } from '../../simulated/network/network-callbacks';
import { SEND_RELIABLE, SEND_UNRELIABLE } from '../../simulated/network/networking-constants';
import { unwrap } from './simulated-test-kit';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (data: Uint8Array): string => new TextDecoder().decode(data);

const decoded = (platform: Platform, structName: string, message: RawCallback): RawStruct => {
  const raw = readStruct(networkingLayout(platform, structName), message.bytes);
  if (isShortBuffer(raw)) throw new Error(`short ${structName}`);
  return raw;
};

/** Every callback of one struct a core emits, decoded. */
const collect = (core: SteamCore, structName: string): RawStruct[] => {
  const id = networkingLayout(core.platform, structName).callbackId;
  const seen: RawStruct[] = [];
  core.callbacks$.subscribe((message) => {
    if (message.callbackId === id) seen.push(decoded(core.platform, structName, message));
  });
  return seen;
};

const statusOf = (platform: Platform, raw: RawStruct) => {
  const info = decodeNetConnectionInfo(raw.m_info as Uint8Array, platform);
  return { connection: raw.m_hConn, old: raw.m_eOldState, state: info.state, endReason: info.endReason, listenSocket: info.listenSocket, remote: info.identityRemote };
};

const world = (platform: Platform) => {
  const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
  // Outside run() a TestScheduler stops at 750 frames; the timeouts here come later.
  scheduler.maxFrames = Number.POSITIVE_INFINITY;
  const steam = createSimulatedSteam({ scheduler, network: { timeoutConnectedMs: 1000, timeoutInitialMs: 1000 } });
  const player = (): { core: SimulatedProcess; steamId: bigint } => {
    const steamId = steam.addUser();
    return { core: steam.createProcess({ user: steamId, platform }), steamId };
  };
  /** RunCallbacks on every core each virtual millisecond for `ms`, and only that long. */
  const run = (cores: readonly SteamCore[], ms: number): void => {
    const start = scheduler.now();
    for (let frame = 0; frame < ms; frame += 1) {
      scheduler.schedule(() => {
        for (const core of cores) core.runCallbacks();
      }, frame);
    }
    scheduler.maxFrames = start + ms - 1;
    scheduler.flush();
  };
  return { scheduler, steam, player, run };
};

describe.each<Platform>(['linux64', 'win64'])('simulated networking ports (%s)', (platform) => {
  it('NetworkingMessages: a session request, accepted, then reliable messages in order with the sender\'s identity', () => {
    const { steam, player, run } = world(platform);
    const alice = player();
    const bob = player();
    const aliceSession = unwrap(alice.core.initClient());
    const bobSession = unwrap(bob.core.initClient());
    const requests = collect(alice.core, 'SteamNetworkingMessagesSessionRequest_t');
    for (const word of ['one', 'two', 'three']) expect(bobSession.networkingMessages.sendMessageToUser({ steamId: alice.steamId }, bytes(word), SEND_RELIABLE, 4)).toBe(EResult.OK);
    run([alice.core, bob.core], 30);
    expect(requests.map((request) => decodeNetworkingIdentity(request.m_identityRemote as Uint8Array))).toEqual([{ steamId: bob.steamId }]);
    // Nothing flows before the accept.
    expect(aliceSession.networkingMessages.receiveMessagesOnChannel(4, 10)).toEqual([]);
    expect(steam.network.sessions().map((session) => [session.processId, session.awaitingAccept])).toEqual([
      [alice.core.processId, true],
      [bob.core.processId, false],
    ]);
    expect(aliceSession.networkingMessages.acceptSessionWithUser({ steamId: bob.steamId })).toBe(true);
    run([alice.core, bob.core], 50);
    const received = aliceSession.networkingMessages.receiveMessagesOnChannel(4, 10);
    expect(received.map((message) => text(message.data))).toEqual(['one', 'two', 'three']);
    expect(received.map((message) => [message.identityPeer, message.channel, message.messageNumber])).toEqual([
      [{ steamId: bob.steamId }, 4, 1n],
      [{ steamId: bob.steamId }, 4, 2n],
      [{ steamId: bob.steamId }, 4, 3n],
    ]);
    const info = aliceSession.networkingMessages.getSessionConnectionInfo({ steamId: bob.steamId });
    expect(info.state).toBe(State.Connected);
    expect(info.info?.identityRemote).toEqual({ steamId: bob.steamId });
    expect(info.quickStatus?.ping).toBe(20);
    expect(aliceSession.networkingMessages.getSessionConnectionInfo({ steamId: 12345n })).toEqual({ state: State.None, info: null, quickStatus: null });
  });

  it('a message landing wakes the pump (the demand-driven pump runs a frame for it)', () => {
    const { scheduler, player } = world(platform);
    const alice = player();
    const bob = player();
    const aliceSession = unwrap(alice.core.initClient());
    const bobSession = unwrap(bob.core.initClient());
    bobSession.networkingMessages.sendMessageToUser({ steamId: alice.steamId }, bytes('hi'), SEND_RELIABLE, 0);
    aliceSession.networkingMessages.sendMessageToUser({ steamId: bob.steamId }, bytes('hi'), SEND_RELIABLE, 0);
    // Both sent first: each side's send accepted the other, and the second handshake costs a round trip.
    const woken: Array<[number, string[]]> = [];
    alice.core.wakeups$?.subscribe(() => {
      const got = aliceSession.networkingMessages.receiveMessagesOnChannel(0, 10).map((message) => text(message.data));
      if (got.length > 0) woken.push([scheduler.now(), got]);
    });
    scheduler.maxFrames = 100;
    scheduler.flush();
    expect(woken).toEqual([[30, ['hi']]]);
  });

  it('a session that fails posts SessionFailed_t with the end reason', () => {
    const { player, run } = world(platform);
    const alice = player();
    const aliceSession = unwrap(alice.core.initClient());
    const failures = collect(alice.core, 'SteamNetworkingMessagesSessionFailed_t');
    aliceSession.networkingMessages.sendMessageToUser({ steamId: 76561197960265728n + 999n }, bytes('anyone?'), SEND_UNRELIABLE, 0);
    run([alice.core], 1100);
    expect(failures.map((failure) => decodeNetConnectionInfo(failure.m_info as Uint8Array, platform))).toMatchObject([
      { state: State.ProblemDetectedLocally, endReason: End.Misc_Timeout, identityRemote: { steamId: 76561197960265728n + 999n } },
    ]);
  });

  it('NetworkingSockets: a client connects to a game server by address, is accepted, exchanges, and is closed by it', () => {
    const { steam, player, run } = world(platform);
    const alice = player();
    const host = steam.createProcess({ platform });
    const server = unwrap(host.initServer({ ip: 0, gamePort: 27015, queryPort: 27016, serverMode: 3, versionString: '1.0' }));
    const client = unwrap(alice.core.initClient());
    const serverStatus = collect(host, 'SteamNetConnectionStatusChangedCallback_t');
    const clientStatus = collect(alice.core, 'SteamNetConnectionStatusChangedCallback_t');
    const listen = server.networkingSockets.createListenSocketIP({ ipv4: 0, port: 27015 });
    expect(server.networkingSockets.getListenSocketAddress(listen)).toEqual({ ipv4: 0xcb007107, port: 27015 });
    const connection = client.networkingSockets.connectByIPAddress({ ipv4: 0xcb007107, port: 27015 });
    expect(connection).not.toBe(0);
    run([alice.core, host], 15);
    const incoming = serverStatus.map((raw) => statusOf(platform, raw));
    expect(incoming).toMatchObject([{ old: State.None, state: State.Connecting, listenSocket: listen }]);
    const serverConnection = Number(incoming[0]?.connection);
    expect(server.networkingSockets.acceptConnection(serverConnection)).toBe(EResult.OK);
    expect(server.networkingSockets.acceptConnection(serverConnection)).toBe(EResult.InvalidState);
    expect(server.networkingSockets.acceptConnection(424242)).toBe(EResult.InvalidParam);
    run([alice.core, host], 15);
    expect(client.networkingSockets.sendMessageToConnection(connection, bytes('ticket'), SEND_RELIABLE)).toEqual({ result: EResult.OK, messageNumber: 1n });
    run([alice.core, host], 15);
    const [message] = server.networkingSockets.receiveMessagesOnConnection(serverConnection, 8);
    expect(message === undefined ? null : [text(message.data), message.connection, message.messageNumber]).toEqual(['ticket', serverConnection, 1n]);
    expect(server.networkingSockets.closeConnection(serverConnection, End.App_Generic + 1, 'server full', false)).toBe(true);
    run([alice.core, host], 15);
    expect(clientStatus.map((raw) => statusOf(platform, raw))).toMatchObject([
      { connection, old: State.None, state: State.Connecting },
      { connection, old: State.Connecting, state: State.Connected },
      { connection, old: State.Connected, state: State.ClosedByPeer, endReason: End.App_Generic + 1 },
    ]);
    expect(client.networkingSockets.getConnectionInfo(connection)).toMatchObject({ state: State.ClosedByPeer, endDebug: 'server full' });
    expect(client.networkingSockets.sendMessageToConnection(connection, bytes('late'), SEND_RELIABLE).result).toBe(EResult.NoConnection);
    expect(client.networkingSockets.closeConnection(connection, 0, null, false)).toBe(true);
    expect(client.networkingSockets.getConnectionInfo(connection)).toBeNull();
    // No callback follows the application's own close.
    run([alice.core, host], 15);
    expect(serverStatus.length).toBe(2);
    expect(clientStatus.length).toBe(3);
  });

  it('a peer that shuts down is noticed at TimeoutConnected (Remote_Timeout)', () => {
    const { player, run } = world(platform);
    const alice = player();
    const bob = player();
    const aliceSession = unwrap(alice.core.initClient());
    const bobSession = unwrap(bob.core.initClient());
    const status = collect(alice.core, 'SteamNetConnectionStatusChangedCallback_t');
    bobSession.networkingSockets.createListenSocketP2P(0);
    const bobStatus = collect(bob.core, 'SteamNetConnectionStatusChangedCallback_t');
    const connection = aliceSession.networkingSockets.connectP2P({ steamId: bob.steamId }, 0);
    run([alice.core, bob.core], 15);
    bobSession.networkingSockets.acceptConnection(Number(bobStatus[0]?.m_hConn));
    run([alice.core, bob.core], 30);
    bob.core.shutdownClient();
    run([alice.core], 999);
    expect(status.map((raw) => statusOf(platform, raw).state)).toEqual([State.Connecting, State.Connected]);
    run([alice.core], 50);
    expect(status.map((raw) => statusOf(platform, raw))).toMatchObject([{}, {}, { connection, state: State.ProblemDetectedLocally, endReason: End.Remote_Timeout }]);
  });

  it('NetworkingUtils: InitRelayNetworkAccess steps the relay status to Current; ping locations estimate the round trip', () => {
    const { steam, player, run } = world(platform);
    const alice = player();
    const bob = player();
    const aliceSession = unwrap(alice.core.initClient());
    const bobSession = unwrap(bob.core.initClient());
    const relay = collect(alice.core, 'SteamRelayNetworkStatus_t');
    expect(aliceSession.networkingUtils.getRelayNetworkStatus().availability).toBe(Availability.NeverTried);
    expect(aliceSession.networkingUtils.getLocalPingLocation()).toEqual({ ageSeconds: -1, location: null });
    aliceSession.networkingUtils.initRelayNetworkAccess();
    bobSession.networkingUtils.initRelayNetworkAccess();
    run([alice.core, bob.core], 100);
    expect(relay.map((raw) => [raw.m_eAvail, raw.m_eAvailNetworkConfig, raw.m_eAvailAnyRelay, raw.m_bPingMeasurementInProgress])).toEqual([
      [Availability.Attempting, Availability.Attempting, Availability.Waiting, 0],
      [Availability.Attempting, Availability.Current, Availability.Attempting, 1],
      [Availability.Current, Availability.Current, Availability.Current, 0],
    ]);
    const here = aliceSession.networkingUtils.getLocalPingLocation();
    const there = bobSession.networkingUtils.getLocalPingLocation();
    expect(here.location).not.toBeNull();
    steam.network.setLinkBetween(alice.core, bob.core, { latencyMs: 35 });
    expect(aliceSession.networkingUtils.estimatePingTimeFromLocalHost(there.location ?? new Uint8Array(512))).toBe(70);
    expect(aliceSession.networkingUtils.estimatePingTimeBetweenTwoLocations(here.location ?? new Uint8Array(512), there.location ?? new Uint8Array(512))).toBe(70);
    const text = aliceSession.networkingUtils.convertPingLocationToString(there.location ?? new Uint8Array(512));
    expect(aliceSession.networkingUtils.parsePingLocationString(text)).toEqual(there.location);
    expect(aliceSession.networkingUtils.parsePingLocationString('nowhere')).toBeNull();
    expect(aliceSession.networkingUtils.getPOPCount()).toBe(4);
    const [pop] = aliceSession.networkingUtils.getPOPList(1);
    expect(aliceSession.networkingUtils.getPingToDataCenter(pop ?? 0).ping).toBeGreaterThan(0);
    steam.network.setRelaysReachable(false);
    run([alice.core, bob.core], 5);
    expect(relay.at(-1)?.m_eAvail).toBe(Availability.Retrying);
  });

  it('NetworkingSockets: InitAuthentication goes Attempting then Current with SteamNetAuthenticationStatus_t', () => {
    const { player, run } = world(platform);
    const alice = player();
    const session = unwrap(alice.core.initClient());
    const status = collect(alice.core, 'SteamNetAuthenticationStatus_t');
    expect(session.networkingSockets.initAuthentication()).toBe(Availability.Attempting);
    run([alice.core], 30);
    expect(status.map((raw) => raw.m_eAvail)).toEqual([Availability.Attempting, Availability.Current]);
    expect(session.networkingSockets.getAuthenticationStatus()).toEqual({ availability: Availability.Current, debugMessage: 'OK' });
    expect(session.networkingSockets.getIdentity()).toEqual({ steamId: alice.steamId });
  });

  it('a process\'s TimeoutInitial governs its connections: an unanswered connect fails at its value', () => {
    const { player, run } = world(platform);
    const alice = player();
    const session = unwrap(alice.core.initClient());
    const status = collect(alice.core, 'SteamNetConnectionStatusChangedCallback_t');
    expect(session.networkingUtils.setGlobalConfigValueInt32(24, 300)).toBe(true);
    session.networkingSockets.connectP2P({ steamId: 76561197960265728n + 4242n }, 0);
    run([alice.core], 299);
    expect(status.map((raw) => statusOf(platform, raw).state)).toEqual([State.Connecting]);
    run([alice.core], 5);
    expect(status.map((raw) => statusOf(platform, raw))).toMatchObject([{}, { state: State.ProblemDetectedLocally, endReason: End.Misc_Timeout }]);
  });

  it('configuration values: Valve\'s defaults, set globally and per connection, inherited otherwise', () => {
    const { player } = world(platform);
    const alice = player();
    const session = unwrap(alice.core.initClient());
    const utils = session.networkingUtils;
    const timeoutInitial = 24;
    // Unset, it is the simulated network's (1000 ms in these tests; Steam's 10 s by default).
    expect(utils.getConfigValue(timeoutInitial, 1, 0n)).toEqual({ result: 2, value: { dataType: 1, value: 1000 } });
    const sendBufferSize = 9;
    expect(utils.getConfigValue(sendBufferSize, 1, 0n)).toEqual({ result: 2, value: { dataType: 1, value: 524288 } });
    expect(utils.setGlobalConfigValueInt32(timeoutInitial, 5000)).toBe(true);
    expect(utils.setGlobalConfigValueFloat(timeoutInitial, 5000)).toBe(false);
    expect(utils.getConfigValue(timeoutInitial, 1, 0n)).toEqual({ result: 1, value: { dataType: 1, value: 5000 } });
    const pair = session.networkingSockets.createSocketPair(false, null, null);
    expect(pair.ok).toBe(true);
    expect(utils.getConfigValue(timeoutInitial, 4, BigInt(pair.connection1))).toEqual({ result: 2, value: { dataType: 1, value: 5000 } });
    expect(utils.setConnectionConfigValueInt32(pair.connection1, timeoutInitial, 2500)).toBe(true);
    expect(utils.getConfigValue(timeoutInitial, 4, BigInt(pair.connection1))).toEqual({ result: 1, value: { dataType: 1, value: 2500 } });
    expect(utils.getConfigValue(timeoutInitial, 4, 999999n).result).toBe(-2);
    // A closed connection's values go with it.
    expect(session.networkingSockets.closeConnection(pair.connection1, 0, null, false)).toBe(true);
    expect(utils.getConfigValue(timeoutInitial, 4, BigInt(pair.connection1)).result).toBe(-2);
    expect(utils.setConnectionConfigValueInt32(pair.connection1, timeoutInitial, 2500)).toBe(false);
    expect(utils.getConfigValue(123456, 1, 0n).result).toBe(-1);
    expect(utils.getConfigValueInfo(timeoutInitial)).toEqual({ name: 'TimeoutInitial', dataType: 1, scope: 4 });
    let walked = 0;
    for (let value = utils.iterateGenericEditableConfigValues(0, false); value !== 0; value = utils.iterateGenericEditableConfigValues(value, false)) walked += 1;
    expect(walked).toBeGreaterThan(10);
  });
});
