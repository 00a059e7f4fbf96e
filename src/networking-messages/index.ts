/** ISteamNetworkingMessages' public types. */
export type {
  ChannelOptions,
  NetworkingMessagesSignals,
  SendError,
  SendOptions,
  SessionConnectionInfo,
  SessionRequest,
  SteamNetworkingMessages,
} from './networking-messages-functions';
