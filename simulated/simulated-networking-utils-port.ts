/**
 * ISteamNetworkingUtils for the client pipe of a simulated process: relay network status and ping
 * locations from the relay model (network/relay-model.ts), Steam's local clock in microseconds,
 * configuration values (Valve's defaults, set and read back at global and connection scope, with
 * inheritance), and the debug-output hook, which hears this process's connection events.
 * After shutdown every query is a zero and nothing is set.
 */
import {
  ESteamNetworkingAvailability,
  ESteamNetworkingConfigDataType,
  ESteamNetworkingConfigScope,
  ESteamNetworkingConfigValue,
  ESteamNetworkingGetConfigValueResult,
  ESteamNetworkingSocketsDebugOutputType,
} from '../native/generated/networking-types';
import type { NetworkingConfigValue, NetworkingUtilsPort, RelayNetworkStatus } from '../native/networking-utils-port';
import type { ClientEndpoint } from './client-endpoint';
import { configOf, joinedNodeOf, networkOf, watchNetwork } from './network/network-binding';
import { locationText, parseLocation, PING_LOCATION_BYTES, popIdOf, relayMachineOf, SIMULATED_POPS } from './network/relay-model';

const Config = ESteamNetworkingConfigValue;
const DataType = ESteamNetworkingConfigDataType;
const Scope = ESteamNetworkingConfigScope;
const Result = ESteamNetworkingGetConfigValueResult;

/** k_nSteamNetworkingPing_Failed / k_nSteamNetworkingPing_Unknown (steamworks-abi-1.60-more.json constants). */
const PING_FAILED = -1;
const PING_UNKNOWN = -2;
/** Steam's local clock starts well above zero (Valve: so that it never looks like "no time"). */
const LOCAL_CLOCK_BASE_MICROSECONDS = 10n * 24n * 3600n * 1_000_000n;

interface ConfigEntry {
  readonly name: string;
  readonly dataType: number;
  /** The narrowest scope it can be set at. */
  readonly scope: number;
  readonly defaultValue: number | string;
}

/**
 * The generic, editable values the simulated Steam knows, with the defaults Valve documents in
 * steamnetworkingtypes.h. Values are stored and read back (global, and per connection where the
 * scope allows). TimeoutInitial, TimeoutConnected and SendBufferSize govern this process's
 * connections on the simulated network (their defaults are the network's,
 * SimulatedSteamOptions.network); link faults are the test's (steam.network), not these.
 */
const configTable: ReadonlyMap<number, ConfigEntry> = new Map<number, ConfigEntry>([
  [Config.FakePacketLoss_Send, { name: 'FakePacketLoss_Send', dataType: DataType.Float, scope: Scope.Global, defaultValue: 0 }],
  [Config.FakePacketLoss_Recv, { name: 'FakePacketLoss_Recv', dataType: DataType.Float, scope: Scope.Global, defaultValue: 0 }],
  [Config.FakePacketLag_Send, { name: 'FakePacketLag_Send', dataType: DataType.Int32, scope: Scope.Global, defaultValue: 0 }],
  [Config.FakePacketLag_Recv, { name: 'FakePacketLag_Recv', dataType: DataType.Int32, scope: Scope.Global, defaultValue: 0 }],
  [Config.SendBufferSize, { name: 'SendBufferSize', dataType: DataType.Int32, scope: Scope.Connection, defaultValue: 524288 }],
  [Config.SendRateMin, { name: 'SendRateMin', dataType: DataType.Int32, scope: Scope.Connection, defaultValue: 262144 }],
  [Config.SendRateMax, { name: 'SendRateMax', dataType: DataType.Int32, scope: Scope.Connection, defaultValue: 262144 }],
  [Config.NagleTime, { name: 'NagleTime', dataType: DataType.Int32, scope: Scope.Connection, defaultValue: 5000 }],
  [Config.TimeoutInitial, { name: 'TimeoutInitial', dataType: DataType.Int32, scope: Scope.Connection, defaultValue: 10000 }],
  [Config.TimeoutConnected, { name: 'TimeoutConnected', dataType: DataType.Int32, scope: Scope.Connection, defaultValue: 10000 }],
  [Config.MTU_PacketSize, { name: 'MTU_PacketSize', dataType: DataType.Int32, scope: Scope.Connection, defaultValue: 1300 }],
  [Config.Unencrypted, { name: 'Unencrypted', dataType: DataType.Int32, scope: Scope.Connection, defaultValue: 0 }],
  [Config.SymmetricConnect, { name: 'SymmetricConnect', dataType: DataType.Int32, scope: Scope.Connection, defaultValue: 0 }],
  [Config.RecvBufferSize, { name: 'RecvBufferSize', dataType: DataType.Int32, scope: Scope.Connection, defaultValue: 1048576 }],
  [Config.RecvBufferMessages, { name: 'RecvBufferMessages', dataType: DataType.Int32, scope: Scope.Connection, defaultValue: 1000 }],
  [Config.RecvMaxMessageSize, { name: 'RecvMaxMessageSize', dataType: DataType.Int32, scope: Scope.Connection, defaultValue: 524288 }],
  [Config.P2P_STUN_ServerList, { name: 'P2P_STUN_ServerList', dataType: DataType.String, scope: Scope.Connection, defaultValue: '' }],
]);

const editableValues: readonly number[] = [...configTable.keys()].sort((a, b) => a - b);

/** A stored value as the port gives it, by its data type. */
const configValue = (entry: ConfigEntry, stored: number | string): NetworkingConfigValue =>
  entry.dataType === DataType.Float
    ? { dataType: DataType.Float, value: Number(stored) }
    : entry.dataType === DataType.String
      ? { dataType: DataType.String, value: String(stored) }
      : { dataType: DataType.Int32, value: Number(stored) };

export const createSimulatedNetworkingUtilsPort = (endpoint: ClientEndpoint): NetworkingUtilsPort => {
  const { universe } = endpoint;
  const live = (): boolean => endpoint.live;
  const relay = relayMachineOf(universe, endpoint.process, (status: RelayNetworkStatus) =>
    endpoint.post('SteamRelayNetworkStatus_t', {
      m_eAvail: status.availability,
      m_bPingMeasurementInProgress: status.pingMeasurementInProgress ? 1 : 0,
      m_eAvailNetworkConfig: status.availabilityNetworkConfig,
      m_eAvailAnyRelay: status.availabilityAnyRelay,
      m_debugMsg: status.debugMessage,
    }),
  );
  const config = configOf(endpoint.process);
  const globalValues = config.global;
  const connectionValues = config.connections;
  const network = networkOf(universe);
  /** The value in force when none was set: the simulated network's own for what it honours, Valve's default otherwise. */
  const defaultOf = (value: number, entry: ConfigEntry): number | string => {
    if (value === Config.TimeoutInitial) return network.timeoutInitialMs;
    if (value === Config.TimeoutConnected) return network.timeoutConnectedMs;
    if (value === Config.SendBufferSize) return network.sendBufferBytes;
    return entry.defaultValue;
  };
  /** A connection of this process (either pipe), by handle: connection config applies to it. */
  const connectionExists = (handle: number): boolean =>
    endpoint.process.liveEndpoints().some((pipeEndpoint) => joinedNodeOf(pipeEndpoint)?.connections.has(handle) === true);
  const setGlobal = (value: number, dataType: number, data: number | string): boolean => {
    const entry = configTable.get(value);
    if (!live() || entry === undefined || entry.dataType !== dataType) return false;
    if (typeof data === 'number' && !Number.isFinite(data)) return false;
    globalValues.set(value, data);
    return true;
  };
  const setConnection = (handle: number, value: number, dataType: number, data: number | string): boolean => {
    const entry = configTable.get(value);
    if (!live() || entry === undefined || entry.dataType !== dataType || entry.scope !== Scope.Connection || !connectionExists(handle)) return false;
    if (typeof data === 'number' && !Number.isFinite(data)) return false;
    const values = connectionValues.get(handle) ?? new Map<number, number | string>();
    values.set(value, data);
    connectionValues.set(handle, values);
    return true;
  };
  const remoteHostOf = (location: Uint8Array): number | null => (location.byteLength === PING_LOCATION_BYTES ? parseLocation(location) : null);
  return {
    initRelayNetworkAccess: () => {
      if (live() && relay.status.availability !== ESteamNetworkingAvailability.Current) relay.start();
    },
    getRelayNetworkStatus: () =>
      live()
        ? relay.status
        : { availability: ESteamNetworkingAvailability.CannotTry, pingMeasurementInProgress: false, availabilityNetworkConfig: ESteamNetworkingAvailability.CannotTry, availabilityAnyRelay: ESteamNetworkingAvailability.CannotTry, debugMessage: '' },
    getLocalPingLocation: () => {
      if (!live() || !relay.measured() || relay.measuredAtMs === null) return { ageSeconds: -1, location: null };
      return { ageSeconds: (universe.now() - relay.measuredAtMs) / 1000, location: relay.location() };
    },
    estimatePingTimeBetweenTwoLocations: (location1, location2) => {
      const first = remoteHostOf(location1);
      const second = remoteHostOf(location2);
      if (!live() || first === null || second === null) return PING_FAILED;
      return network.roundTripMs(first, second);
    },
    estimatePingTimeFromLocalHost: (remoteLocation) => {
      const remote = remoteHostOf(remoteLocation);
      if (!live() || remote === null) return PING_FAILED;
      if (!relay.measured()) return PING_UNKNOWN;
      return network.roundTripMs(endpoint.process.id, remote);
    },
    convertPingLocationToString: (location) => {
      const host = remoteHostOf(location);
      return host === null ? '' : locationText(host);
    },
    parsePingLocationString: (text) => {
      const host = parseLocation(text);
      if (host === null) return null;
      const bytes = new Uint8Array(PING_LOCATION_BYTES);
      bytes.set(new TextEncoder().encode(locationText(host)));
      return bytes;
    },
    checkPingDataUpToDate: (maxAgeSeconds) => {
      if (!live()) return false;
      if (relay.measured() && relay.measuredAtMs !== null && universe.now() - relay.measuredAtMs <= maxAgeSeconds * 1000) return true;
      // Stale or never measured: Valve starts a measurement and answers false.
      relay.start();
      return false;
    },
    getPingToDataCenter: (popId) => {
      if (!live() || !relay.measured()) return { ping: PING_UNKNOWN, viaRelayPoP: 0 };
      const ping = relay.pingTo(popId);
      // The best route to a data centre is its own relay in the simulated network.
      return ping === null ? { ping: PING_FAILED, viaRelayPoP: 0 } : { ping, viaRelayPoP: popId };
    },
    getDirectPingToPOP: (popId) => {
      if (!live() || !relay.measured()) return PING_UNKNOWN;
      return relay.pingTo(popId) ?? PING_FAILED;
    },
    getPOPCount: () => (live() && relay.measured() ? SIMULATED_POPS.length : 0),
    getPOPList: (maximum) => (live() && relay.measured() ? SIMULATED_POPS.slice(0, Math.max(0, maximum)).map((pop) => popIdOf(pop.code)) : []),
    getLocalTimestamp: () => LOCAL_CLOCK_BASE_MICROSECONDS + BigInt(Math.round(universe.now() * 1000)),
    setGlobalConfigValueInt32: (value, data) => setGlobal(value, DataType.Int32, data),
    setGlobalConfigValueFloat: (value, data) => setGlobal(value, DataType.Float, data),
    setGlobalConfigValueString: (value, data) => setGlobal(value, DataType.String, data),
    setConnectionConfigValueInt32: (connection, value, data) => setConnection(connection, value, DataType.Int32, data),
    setConnectionConfigValueFloat: (connection, value, data) => setConnection(connection, value, DataType.Float, data),
    setConnectionConfigValueString: (connection, value, data) => setConnection(connection, value, DataType.String, data),
    getConfigValue: (value, scopeType, scopeObject) => {
      const entry = configTable.get(value);
      if (!live() || entry === undefined) return { result: Result.BadValue, value: null };
      const global = globalValues.get(value);
      const inherited = configValue(entry, global ?? defaultOf(value, entry));
      if (scopeType === Scope.Global) return { result: global === undefined ? Result.OKInherited : Result.OK, value: inherited };
      if (scopeType !== Scope.Connection || scopeObject < 0n || scopeObject > 0xffffffffn || !connectionExists(Number(scopeObject))) {
        return { result: Result.BadScopeObj, value: null };
      }
      const own = connectionValues.get(Number(scopeObject))?.get(value);
      return own === undefined ? { result: Result.OKInherited, value: inherited } : { result: Result.OK, value: configValue(entry, own) };
    },
    getConfigValueInfo: (value) => {
      const entry = configTable.get(value);
      return entry === undefined ? null : { name: entry.name, dataType: entry.dataType, scope: entry.scope };
    },
    iterateGenericEditableConfigValues: (current) => {
      const next = current === 0 ? editableValues[0] : editableValues[editableValues.indexOf(current) + 1];
      return next ?? 0;
    },
    setDebugOutputFunction: (detailLevel, output) => {
      // Connection state changes are reported at Msg level, as Valve's library logs them: a lower
      // level (None among them) hears nothing.
      if (output === null || detailLevel < ESteamNetworkingSocketsDebugOutputType.Msg) {
        watchNetwork(endpoint.process, null);
        return;
      }
      watchNetwork(endpoint.process, (text) => output(ESteamNetworkingSocketsDebugOutputType.Msg, text));
    },
  };
};
