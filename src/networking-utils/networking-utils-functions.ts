/**
 * ISteamNetworkingUtils as the `networkingUtils` namespace of a client: the relay network, ping
 * locations and estimates, the networking clock, configuration values, and Steam's networking
 * debug output. Queries answer plain values; what Steam may not give is an Either. Every function
 * throws NotInitialized after shutdown and InvalidArgument for a wrong argument, at call time.
 */
import { left, right, type Either } from 'fp-ts/Either';
import type { Observable } from 'rxjs';
import type { ConfigValueInfo, NetworkingConfigValue, NetworkingUtilsPort, Platform, RawCallback, RelayNetworkStatus } from '../../native/steam-core';
import { ESteamNetworkingConfigScope } from '../../native/generated/networking-types-enums';
import { createNetworkingUtilsStreams, type NetworkingUtilsStreams } from '../../streams/networking-utils-streams';
import { CallFailed } from '../errors';
import { ensureLive, liveQuery } from '../session/guard';
import type { SessionState } from '../session/session-state';
import { streamsUntilShutdown } from '../session/until-shutdown';
import { boolean, bytes, cString, int32, integerIn, INT32_MAX, uint32 } from '../validation/arguments';
import { describeValue } from '../validation/describe-value';
import { finiteFloat } from '../validation/float-argument';
import { InvalidArgument } from '../errors';

export type { ConfigValueInfo, NetworkingConfigValue, RelayNetworkStatus };

/** The local host's ping location: its 512 opaque bytes and how old the measurement is. */
export interface LocalPingLocation {
  /** SteamNetworkPingLocation_t's bytes: pass them to a peer, or to estimatePingTimeFromLocalHost. */
  readonly location: Uint8Array;
  /** Seconds since it was measured. */
  readonly ageSeconds: number;
}

/** GetPingToDataCenter's answer. */
export interface DataCenterPing {
  /** Ping in ms through the best route (negative: unknown). */
  readonly ping: number;
  /** The point of presence the route relays through. */
  readonly viaRelayPoP: number;
}

/** A handler of Steam's networking debug output: an ESteamNetworkingSocketsDebugOutputType and the text. */
export type NetworkingDebugOutputHandler = (type: number, message: string) => void;

/** ISteamNetworkingUtils' callback as a typed stream; completes at shutdown. */
export interface NetworkingUtilsSignals {
  /** The relay network's availability changed (SteamRelayNetworkStatus_t). */
  readonly relayNetworkStatus$: NetworkingUtilsStreams['relayNetworkStatus$'];
  /** Networking Utils callbacks whose bytes did not decode. */
  readonly decodeErrors$: NetworkingUtilsStreams['decodeErrors$'];
}

/**
 * ISteamNetworkingUtils (SteamNetworkingUtils004), as `client.networkingUtils`. Ping locations are
 * 512-byte Uint8Arrays. Configuration values are ESteamNetworkingConfigValue numbers (e.g. 24
 * TimeoutInitial); scopes ESteamNetworkingConfigScope (1 global, 4 connection).
 *
 * @example
 * ```ts
 * client.networkingUtils.initRelayNetworkAccess();
 * client.networkingUtils.relayNetworkStatus$.subscribe((status) => console.log(status.availability, status.debugMessage));
 * ```
 */
export interface SteamNetworkingUtils extends NetworkingUtilsSignals {
  /** Starts connecting to the relay network now, rather than on first use. Flat: SteamAPI_ISteamNetworkingUtils_InitRelayNetworkAccess. */
  readonly initRelayNetworkAccess: () => void;
  /** The relay network's status. Flat: SteamAPI_ISteamNetworkingUtils_GetRelayNetworkStatus. */
  readonly getRelayNetworkStatus: () => RelayNetworkStatus;
  /**
   * This host's ping location. Flat: SteamAPI_ISteamNetworkingUtils_GetLocalPingLocation. Failures:
   * Left(CallFailed) while none has been measured yet (after initRelayNetworkAccess, wait for relayNetworkStatus$).
   */
  readonly getLocalPingLocation: () => Either<CallFailed, LocalPingLocation>;
  /** Estimated ping in ms between two locations (negative: cannot tell). Flat: SteamAPI_ISteamNetworkingUtils_EstimatePingTimeBetweenTwoLocations. Throws InvalidArgument unless both are 512 bytes. */
  readonly estimatePingTimeBetweenTwoLocations: (location1: Uint8Array, location2: Uint8Array) => number;
  /** Estimated ping in ms from this host to a location (negative: cannot tell). Flat: SteamAPI_ISteamNetworkingUtils_EstimatePingTimeFromLocalHost. Throws InvalidArgument unless it is 512 bytes. */
  readonly estimatePingTimeFromLocalHost: (remoteLocation: Uint8Array) => number;
  /** A location as text (to send through a lobby, say). Flat: SteamAPI_ISteamNetworkingUtils_ConvertPingLocationToString. Throws InvalidArgument unless it is 512 bytes. */
  readonly convertPingLocationToString: (location: Uint8Array) => string;
  /** A location from its text. Flat: SteamAPI_ISteamNetworkingUtils_ParsePingLocationString. Failures: Left(CallFailed) when Steam cannot parse it. Throws InvalidArgument for a non-string or one with NUL. */
  readonly parsePingLocationString: (text: string) => Either<CallFailed, Uint8Array>;
  /** Whether ping data is at most `maxAgeSeconds` old (if not, Steam starts measuring again). Flat: SteamAPI_ISteamNetworkingUtils_CheckPingDataUpToDate. Throws InvalidArgument for a negative or non-finite age. */
  readonly checkPingDataUpToDate: (maxAgeSeconds: number) => boolean;
  /** Ping to a data center (point of presence) and the relay it goes through. Flat: SteamAPI_ISteamNetworkingUtils_GetPingToDataCenter. Throws InvalidArgument for a POP ID not uint32. */
  readonly getPingToDataCenter: (popId: number) => DataCenterPing;
  /** Direct ping to a point of presence (negative: unknown). Flat: SteamAPI_ISteamNetworkingUtils_GetDirectPingToPOP. Throws InvalidArgument for a POP ID not uint32. */
  readonly getDirectPingToPOP: (popId: number) => number;
  /** How many points of presence Steam knows. Flat: SteamAPI_ISteamNetworkingUtils_GetPOPCount. */
  readonly getPOPCount: () => number;
  /** Every known point of presence. Flat: SteamAPI_ISteamNetworkingUtils_GetPOPList (sized by GetPOPCount). */
  readonly getPOPList: () => readonly number[];
  /** The networking clock in microseconds (message timestamps use it). Flat: SteamAPI_ISteamNetworkingUtils_GetLocalTimestamp. */
  readonly getLocalTimestamp: () => bigint;
  /** Sets an int32 configuration value for everything. Flat: SteamAPI_ISteamNetworkingUtils_SetGlobalConfigValueInt32. False when Steam refuses it. Throws InvalidArgument for a bad value or data. */
  readonly setGlobalConfigValueInt32: (value: number, data: number) => boolean;
  /** Sets a float configuration value for everything. Flat: SteamAPI_ISteamNetworkingUtils_SetGlobalConfigValueFloat. False when Steam refuses it. */
  readonly setGlobalConfigValueFloat: (value: number, data: number) => boolean;
  /** Sets a string configuration value for everything. Flat: SteamAPI_ISteamNetworkingUtils_SetGlobalConfigValueString. False when Steam refuses it. */
  readonly setGlobalConfigValueString: (value: number, data: string) => boolean;
  /** Sets an int32 configuration value of one connection. Flat: SteamAPI_ISteamNetworkingUtils_SetConnectionConfigValueInt32. False when Steam refuses it. */
  readonly setConnectionConfigValueInt32: (connection: number, value: number, data: number) => boolean;
  /** Sets a float configuration value of one connection. Flat: SteamAPI_ISteamNetworkingUtils_SetConnectionConfigValueFloat. False when Steam refuses it. */
  readonly setConnectionConfigValueFloat: (connection: number, value: number, data: number) => boolean;
  /** Sets a string configuration value of one connection. Flat: SteamAPI_ISteamNetworkingUtils_SetConnectionConfigValueString. False when Steam refuses it. */
  readonly setConnectionConfigValueString: (connection: number, value: number, data: string) => boolean;
  /**
   * A configuration value at a scope (default global; a connection or listen socket handle as
   * `scopeObject`). Flat: SteamAPI_ISteamNetworkingUtils_GetConfigValue. Failures: Left(CallFailed)
   * for a value or scope object Steam does not know. Throws InvalidArgument for bad arguments.
   */
  readonly getConfigValue: (value: number, scopeType?: number, scopeObject?: number) => Either<CallFailed, NetworkingConfigValue>;
  /** A configuration value's name, type and scope. Flat: SteamAPI_ISteamNetworkingUtils_GetConfigValueInfo. Failures: Left(CallFailed) for a value Steam does not know. */
  readonly getConfigValueInfo: (value: number) => Either<CallFailed, ConfigValueInfo>;
  /** The configuration value after `current` (0 to start; 0 at the end). Flat: SteamAPI_ISteamNetworkingUtils_IterateGenericEditableConfigValues. */
  readonly iterateGenericEditableConfigValues: (current: number, enumerateDevVars: boolean) => number;
  /**
   * Sends Steam's networking debug output at or above `detailLevel` (ESteamNetworkingSocketsDebugOutputType,
   * 1 Bug .. 8 Everything) to `handler`, replacing an earlier one; `null` or level 0 removes it.
   * The handler is unregistered at shutdown; an exception it throws is reported, never passed to
   * Steam. It always runs on the JavaScript thread: when Valve's library logs from its own
   * networking thread, that thread waits for it, so keep it short and prefer low detail levels
   * (a networking call made while that thread holds Steam's lock could otherwise wait on it).
   * Flat: SteamAPI_ISteamNetworkingUtils_SetDebugOutputFunction. Throws InvalidArgument for a
   * level not in 0..8 or a handler that is not a function.
   */
  readonly setDebugOutputFunction: (detailLevel: number, handler: NetworkingDebugOutputHandler | null) => void;
}

/** What the namespace is built from. */
export interface NetworkingUtilsContext {
  readonly state: SessionState;
  readonly port: NetworkingUtilsPort;
  readonly callbacks$: Observable<RawCallback>;
  readonly platform: Platform;
}

const PING_LOCATION_BYTES = 512;
/** k_ESteamNetworkingSocketsDebugOutputType_Everything. */
const DEBUG_LEVEL_MAX = 8;
/** A configuration string's limit: Steam's own values (server lists) stay far below it. */
const CONFIG_STRING_MAX_BYTES = 65536;
/** ESteamNetworkingGetConfigValueResult names, for messages. */
const configResultNames: Readonly<Record<number, string>> = { [-1]: 'BadValue', [-2]: 'BadScopeObj', [-3]: 'BufferTooSmall' };

const location = (argument: string, value: unknown): Uint8Array => bytes(argument, value, PING_LOCATION_BYTES, PING_LOCATION_BYTES);
const configValue = (value: unknown): number => integerIn('value', value, 1, INT32_MAX);

/** Builds the client's namespace. */
export const networkingUtilsNamespace = (context: NetworkingUtilsContext): SteamNetworkingUtils => {
  const { state, port } = context;
  const streams = createNetworkingUtilsStreams(context.callbacks$, context.platform);
  const query = <A>(call: () => A): (() => A) => liveQuery(state, call);
  return {
    ...streamsUntilShutdown(state, streams),
    initRelayNetworkAccess: query(() => port.initRelayNetworkAccess()),
    getRelayNetworkStatus: query(() => port.getRelayNetworkStatus()),
    getLocalPingLocation: query(() => {
      const found = port.getLocalPingLocation();
      if (found.location === null || found.ageSeconds < 0) return left(new CallFailed('getLocalPingLocation', 'no ping location has been measured yet'));
      return right({ location: found.location, ageSeconds: found.ageSeconds });
    }),
    estimatePingTimeBetweenTwoLocations: (location1, location2) => {
      ensureLive(state);
      return port.estimatePingTimeBetweenTwoLocations(location('location1', location1), location('location2', location2));
    },
    estimatePingTimeFromLocalHost: (remoteLocation) => {
      ensureLive(state);
      return port.estimatePingTimeFromLocalHost(location('remoteLocation', remoteLocation));
    },
    convertPingLocationToString: (pingLocation) => {
      ensureLive(state);
      return port.convertPingLocationToString(location('location', pingLocation));
    },
    parsePingLocationString: (text) => {
      ensureLive(state);
      const parsed = port.parsePingLocationString(cString('text', text, 1024));
      return parsed === null ? left(new CallFailed('parsePingLocationString', 'Steam could not parse the text as a ping location')) : right(parsed);
    },
    checkPingDataUpToDate: (maxAgeSeconds) => {
      ensureLive(state);
      const age = finiteFloat('maxAgeSeconds', maxAgeSeconds);
      if (age < 0) throw new InvalidArgument('maxAgeSeconds', `${age} is negative`);
      return port.checkPingDataUpToDate(age);
    },
    getPingToDataCenter: (popId) => {
      ensureLive(state);
      return port.getPingToDataCenter(uint32('popId', popId));
    },
    getDirectPingToPOP: (popId) => {
      ensureLive(state);
      return port.getDirectPingToPOP(uint32('popId', popId));
    },
    getPOPCount: query(() => port.getPOPCount()),
    getPOPList: query(() => {
      const count = port.getPOPCount();
      return count <= 0 ? [] : port.getPOPList(count);
    }),
    getLocalTimestamp: query(() => port.getLocalTimestamp()),
    setGlobalConfigValueInt32: (value, data) => {
      ensureLive(state);
      return port.setGlobalConfigValueInt32(configValue(value), int32('data', data));
    },
    setGlobalConfigValueFloat: (value, data) => {
      ensureLive(state);
      return port.setGlobalConfigValueFloat(configValue(value), finiteFloat('data', data));
    },
    setGlobalConfigValueString: (value, data) => {
      ensureLive(state);
      return port.setGlobalConfigValueString(configValue(value), cString('data', data, CONFIG_STRING_MAX_BYTES));
    },
    setConnectionConfigValueInt32: (connection, value, data) => {
      ensureLive(state);
      return port.setConnectionConfigValueInt32(uint32('connection', connection), configValue(value), int32('data', data));
    },
    setConnectionConfigValueFloat: (connection, value, data) => {
      ensureLive(state);
      return port.setConnectionConfigValueFloat(uint32('connection', connection), configValue(value), finiteFloat('data', data));
    },
    setConnectionConfigValueString: (connection, value, data) => {
      ensureLive(state);
      return port.setConnectionConfigValueString(uint32('connection', connection), configValue(value), cString('data', data, CONFIG_STRING_MAX_BYTES));
    },
    getConfigValue: (value, scopeType = ESteamNetworkingConfigScope.Global, scopeObject = 0) => {
      ensureLive(state);
      const which = configValue(value);
      const scope = integerIn('scopeType', scopeType, ESteamNetworkingConfigScope.Global, ESteamNetworkingConfigScope.Connection);
      const object = uint32('scopeObject', scopeObject);
      const answer = port.getConfigValue(which, scope, BigInt(object));
      if (answer.value === null) {
        const name = configResultNames[answer.result] ?? `result ${answer.result}`;
        return left(new CallFailed('getConfigValue', `Steam answered ${name} for configuration value ${which}`));
      }
      return right(answer.value);
    },
    getConfigValueInfo: (value) => {
      ensureLive(state);
      const which = configValue(value);
      const info = port.getConfigValueInfo(which);
      return info === null ? left(new CallFailed('getConfigValueInfo', `Steam does not know configuration value ${which}`)) : right(info);
    },
    iterateGenericEditableConfigValues: (current, enumerateDevVars) => {
      ensureLive(state);
      return port.iterateGenericEditableConfigValues(integerIn('current', current, 0, INT32_MAX), boolean('enumerateDevVars', enumerateDevVars));
    },
    setDebugOutputFunction: (detailLevel, handler) => {
      ensureLive(state);
      const level = integerIn('detailLevel', detailLevel, 0, DEBUG_LEVEL_MAX);
      if (handler !== null && typeof handler !== 'function') throw new InvalidArgument('handler', `expected a function or null, got ${describeValue(handler)}`);
      port.setDebugOutputFunction(level, handler);
    },
  };
};
