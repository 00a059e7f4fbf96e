/**
 * The values the networking interfaces (Messages, Sockets, Utils) share: who a peer is, where it
 * is, how a connection stands, and a received message. Plain values: the SDK encodes Valve's
 * structs (SteamNetworkingIdentity, SteamNetworkingIPAddr, …) itself.
 */
import type { NetConnectionInfo, NetConnectionRealTimeStatus } from '../../native/networking-connection-info';
import type { NetworkingIdentity, NetworkingIpAddress } from '../../native/networking-identity';
import type { ReceivedNetworkMessage } from '../../native/networking-message';

export type { NetConnectionInfo, NetConnectionRealTimeStatus, NetworkingIdentity, NetworkingIpAddress };

/** A message Steam delivered (ISteamNetworkingMessages or ISteamNetworkingSockets), copied out of Steam's memory. */
export type NetworkMessage = ReceivedNetworkMessage;

/** k_nSteamNetworkingSend_* flags (steamnetworkingtypes.h; values from the ABI JSON's constants). */
export const NetworkingSendFlags = {
  /** Unreliable, may be delayed to batch with other messages (Nagle). */
  Unreliable: 0,
  /** Send now, without waiting to batch with later messages. */
  NoNagle: 1,
  /** Drop rather than queue when the link cannot take it now (unreliable only). */
  NoDelay: 4,
  /** Reliable, in order. */
  Reliable: 8,
  /** Reliable, sent without batching. */
  ReliableNoNagle: 9,
  /** ISteamNetworkingMessages: reopen a session that broke instead of failing. */
  AutoRestartBrokenSession: 32,
} as const;

/** k_cbMaxSteamNetworkingSocketsMessageSizeSend: the largest message Steam sends (512 KiB). */
export const MAX_NETWORK_MESSAGE_BYTES = 524288;
