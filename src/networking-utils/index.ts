/** ISteamNetworkingUtils' public types. */
export type {
  ConfigValueInfo,
  DataCenterPing,
  LocalPingLocation,
  NetworkingConfigValue,
  NetworkingDebugOutputHandler,
  NetworkingUtilsSignals,
  RelayNetworkStatus,
  SteamNetworkingUtils,
} from './networking-utils-functions';
