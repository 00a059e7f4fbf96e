/** The public names of the networkingSockets namespace (types and constants only). */
export type {
  AuthenticationStatus,
  ConnectionRealTimeStatus,
  NetworkingSocketsSignals,
  OutgoingMessage,
  SteamNetworkingSockets,
} from './networking-sockets-functions';
export { ConnectionState } from './connection-state';
export type {
  CloseOptions,
  ConnectionClosed,
  ConnectionEvent,
  ConnectionFailed,
  ConnectionFlowError,
  ConnectionMessage,
  ConnectionOptions,
  ConnectionStateChanged,
  IncomingConnection,
  ListenEvent,
  ListenFailed,
  PollGroup,
  PollGroupFailed,
} from './connection-flows';
export type { NetConnectionRealTimeLaneStatus } from '../../native/networking-sockets-port';
