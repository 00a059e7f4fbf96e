/**
 * The ISteamNetworkingMessages port (SteamNetworkingMessages002), flat, with JavaScript values:
 * identities are {@link NetworkingIdentity} values (the core encodes the 136-byte struct), received
 * messages are copies (the core released Steam's SteamNetworkingMessage_t before returning), and a
 * send never keeps the caller's buffer past the call. A client session and a game-server session
 * each have their own (SteamAPI_SteamNetworkingMessages_SteamAPI_v002 /
 * SteamAPI_SteamGameServerNetworkingMessages_SteamAPI_v002).
 *
 * Callbacks its user must expect on the session's pipe (struct bytes on callbacks$, pack(1)):
 * - SteamNetworkingMessagesSessionRequest_t (1251): a peer wants a session (accept or let it drop);
 * - SteamNetworkingMessagesSessionFailed_t (1252): a session failed (m_info says why).
 */
import type { NetConnectionInfo, NetConnectionRealTimeStatus } from './networking-connection-info';
import type { NetworkingIdentity } from './networking-identity';
import type { ReceivedNetworkMessage } from './networking-message';

export type { NetConnectionInfo, NetConnectionRealTimeStatus } from './networking-connection-info';
export type { NetworkingIdentity, NetworkingIpAddress } from './networking-identity';
export type { ReceivedNetworkMessage } from './networking-message';

/** GetSessionConnectionInfo's answer. */
export interface SessionConnectionInfo {
  /** ESteamNetworkingConnectionState the call returned (0, None, when there is no session). */
  readonly state: number;
  /** *pConnectionInfo; null when there is no session (Steam leaves it unwritten). */
  readonly info: NetConnectionInfo | null;
  /** *pQuickStatus; null when there is no session. */
  readonly quickStatus: NetConnectionRealTimeStatus | null;
}

/** ISteamNetworkingMessages, flat. */
export interface NetworkingMessagesPort {
  /** SendMessageToUser: an EResult; `data` is read during the call only (cubData = its true length). */
  sendMessageToUser(identityRemote: NetworkingIdentity, data: Uint8Array, sendFlags: number, remoteChannel: number): number;
  /** ReceiveMessagesOnChannel: up to `maxMessages` messages, copied; every pointer released before this returns. */
  receiveMessagesOnChannel(localChannel: number, maxMessages: number): readonly ReceivedNetworkMessage[];
  /** AcceptSessionWithUser. */
  acceptSessionWithUser(identityRemote: NetworkingIdentity): boolean;
  /** CloseSessionWithUser. */
  closeSessionWithUser(identityRemote: NetworkingIdentity): boolean;
  /** CloseChannelWithUser. */
  closeChannelWithUser(identityRemote: NetworkingIdentity, localChannel: number): boolean;
  /** GetSessionConnectionInfo. */
  getSessionConnectionInfo(identityRemote: NetworkingIdentity): SessionConnectionInfo;
}
