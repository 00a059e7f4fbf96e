/**
 * The ISteamNetworkingUtils port (SteamNetworkingUtils004), flat, with JavaScript values. One per
 * process in Valve's library (SteamAPI_SteamNetworkingUtils_SteamAPI_v004; no game-server flavour),
 * reached from the client session. Ping locations are their 512 opaque bytes
 * (SteamNetworkPingLocation_t), copied.
 *
 * Callbacks its user must expect on the client pipe:
 * - SteamRelayNetworkStatus_t (1281): the relay network's availability changed (after
 *   initRelayNetworkAccess, or whenever Steam re-measures).
 * The debug-output hook is not a callback: Steam calls the handler directly, on the thread that
 * logs. Valve's library also logs from its networking service thread; koffi queues such a call to
 * the JavaScript thread and holds the service thread until it has run, so the handler runs on the
 * JavaScript thread, but a JavaScript networking call that waits for the lock that service thread
 * holds meanwhile can deadlock (koffi's documented caveat). Hence: diagnostics, low detail levels.
 */

/** SteamRelayNetworkStatus_t as a value (also GetRelayNetworkStatus's answer). */
export interface RelayNetworkStatus {
  /** ESteamNetworkingAvailability summary (m_eAvail). */
  readonly availability: number;
  /** Ping measurement to the relays is under way (m_bPingMeasurementInProgress != 0). */
  readonly pingMeasurementInProgress: boolean;
  /** ESteamNetworkingAvailability of the network config (m_eAvailNetworkConfig). */
  readonly availabilityNetworkConfig: number;
  /** ESteamNetworkingAvailability of any relay (m_eAvailAnyRelay). */
  readonly availabilityAnyRelay: number;
  /** Steam's description (m_debugMsg). */
  readonly debugMessage: string;
}

/** A config value as GetConfigValue gives it, by its ESteamNetworkingConfigDataType. */
export type NetworkingConfigValue =
  | {
      /** k_ESteamNetworkingConfig_Int32. */
      readonly dataType: 1;
      /** The value. */
      readonly value: number;
    }
  | {
      /** k_ESteamNetworkingConfig_Int64. */
      readonly dataType: 2;
      /** The value. */
      readonly value: bigint;
    }
  | {
      /** k_ESteamNetworkingConfig_Float. */
      readonly dataType: 3;
      /** The value. */
      readonly value: number;
    }
  | {
      /** k_ESteamNetworkingConfig_String. */
      readonly dataType: 4;
      /** The value. */
      readonly value: string;
    }
  | {
      /** k_ESteamNetworkingConfig_Ptr (a callback pointer: only whether one is set). */
      readonly dataType: 5;
      /** The pointer's address (0n: none). */
      readonly value: bigint;
    };

/** GetConfigValue's answer: the ESteamNetworkingGetConfigValueResult and, when it is OK or OKInherited, the value. */
export interface GetConfigValueAnswer {
  /** ESteamNetworkingGetConfigValueResult. */
  readonly result: number;
  /** The value (null unless result is 1 OK or 2 OKInherited). */
  readonly value: NetworkingConfigValue | null;
}

/** GetConfigValueInfo's answer; null from the port when the value is unknown. */
export interface ConfigValueInfo {
  /** Its name, e.g. 'TimeoutInitial'. */
  readonly name: string;
  /** ESteamNetworkingConfigDataType. */
  readonly dataType: number;
  /** ESteamNetworkingConfigScope: the narrowest scope it can be set at. */
  readonly scope: number;
}

/** Called with an ESteamNetworkingSocketsDebugOutputType and the text. */
export type NetworkingDebugOutput = (type: number, message: string) => void;

/** ISteamNetworkingUtils, flat: what the SDK exposes of it (no FakeIP, no custom signalling). */
export interface NetworkingUtilsPort {
  /** InitRelayNetworkAccess. */
  initRelayNetworkAccess(): void;
  /** GetRelayNetworkStatus: the availability (the return) and the details. */
  getRelayNetworkStatus(): RelayNetworkStatus;
  /** GetLocalPingLocation: the age in seconds (-1: none yet; then location is null) and the 512 bytes. */
  getLocalPingLocation(): {
    /** GetLocalPingLocation's return value. */
    readonly ageSeconds: number;
    /** The location's bytes; null when age is negative. */
    readonly location: Uint8Array | null;
  };
  /** EstimatePingTimeBetweenTwoLocations (512-byte locations). */
  estimatePingTimeBetweenTwoLocations(location1: Uint8Array, location2: Uint8Array): number;
  /** EstimatePingTimeFromLocalHost. */
  estimatePingTimeFromLocalHost(remoteLocation: Uint8Array): number;
  /** ConvertPingLocationToString into a k_cchMaxSteamNetworkingPingLocationString buffer. */
  convertPingLocationToString(location: Uint8Array): string;
  /** ParsePingLocationString: the 512 bytes, or null when Steam could not parse it. */
  parsePingLocationString(text: string): Uint8Array | null;
  /** CheckPingDataUpToDate. */
  checkPingDataUpToDate(maxAgeSeconds: number): boolean;
  /** GetPingToDataCenter: the ping (the return) and the relay it goes through. */
  getPingToDataCenter(popId: number): {
    /** GetPingToDataCenter's return value (negative: unknown). */
    readonly ping: number;
    /** *pViaRelayPoP. */
    readonly viaRelayPoP: number;
  };
  /** GetDirectPingToPOP. */
  getDirectPingToPOP(popId: number): number;
  /** GetPOPCount. */
  getPOPCount(): number;
  /** GetPOPList into a buffer of `maximum` entries; returns the ones written. */
  getPOPList(maximum: number): readonly number[];
  /** GetLocalTimestamp: microseconds. */
  getLocalTimestamp(): bigint;
  /** SetGlobalConfigValueInt32. */
  setGlobalConfigValueInt32(value: number, data: number): boolean;
  /** SetGlobalConfigValueFloat. */
  setGlobalConfigValueFloat(value: number, data: number): boolean;
  /** SetGlobalConfigValueString. */
  setGlobalConfigValueString(value: number, data: string): boolean;
  /** SetConnectionConfigValueInt32. */
  setConnectionConfigValueInt32(connection: number, value: number, data: number): boolean;
  /** SetConnectionConfigValueFloat. */
  setConnectionConfigValueFloat(connection: number, value: number, data: number): boolean;
  /** SetConnectionConfigValueString. */
  setConnectionConfigValueString(connection: number, value: number, data: string): boolean;
  /** GetConfigValue (a scope object is a connection / listen-socket handle, 0 for global). */
  getConfigValue(value: number, scopeType: number, scopeObject: bigint): GetConfigValueAnswer;
  /** GetConfigValueInfo; null when Steam does not know the value. */
  getConfigValueInfo(value: number): ConfigValueInfo | null;
  /** IterateGenericEditableConfigValues: the next value after `current` (0: start; 0 returned: the end). */
  iterateGenericEditableConfigValues(current: number, enumerateDevVars: boolean): number;
  /**
   * SetDebugOutputFunction: installs `output` for messages at or above `detailLevel`
   * (ESteamNetworkingSocketsDebugOutputType), replacing any earlier one; null (or level None)
   * removes it. The core unregisters it before the session shuts down.
   */
  setDebugOutputFunction(detailLevel: number, output: NetworkingDebugOutput | null): void;
}
