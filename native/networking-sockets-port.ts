/**
 * NetworkingSocketsPort: ISteamNetworkingSockets (SteamNetworkingSockets012), flat, in JavaScript
 * types. One per session: the client's (SteamAPI_SteamNetworkingSockets_SteamAPI_v012) and the
 * game server's (SteamAPI_SteamGameServerNetworkingSockets_SteamAPI_v012).
 *
 * Handles (HSteamListenSocket, HSteamNetConnection, HSteamNetPollGroup) are uint32 numbers; 0 is
 * Valve's invalid handle (k_HSteamListenSocket_Invalid etc.). Structs Valve passes in or out
 * (SteamNetworkingIPAddr, SteamNetworkingIdentity, SteamNetConnectionInfo_t,
 * SteamNetConnectionRealTimeStatus_t, SteamNetworkingMessage_t) cross the port as the plain values
 * of native/networking-identity.ts, networking-connection-info.ts and networking-message.ts (shared
 * with ISteamNetworkingMessages); only native/ turns them into bytes. Received messages are copies owned by JavaScript: the
 * native core releases every SteamNetworkingMessage_t it received before returning. Sends never
 * keep a view of the caller's bytes after returning.
 *
 * Out of scope (not on the port): FakeIP, custom signaling, hosted dedicated server relays,
 * certificates, configuration options (every nOptions is 0).
 *
 * Callbacks the port user must expect on the session's pipe (on `SteamCore.callbacks$`):
 * - SteamNetConnectionStatusChangedCallback_t (1221): every state change of a connection this
 *   session opened (connectP2P, connectByIPAddress) or that arrived on its listen sockets
 *   (state Connecting: the application must accept or close it), including the peer closing it
 *   (ClosedByPeer) or a problem (ProblemDetectedLocally) with m_eEndReason and m_szEndDebug. No
 *   callback follows the application's own closeConnection. createSocketPair's two connections
 *   post Connected changes too.
 * - SteamNetAuthenticationStatus_t (1222): after initAuthentication (and at any time on its own)
 *   whenever the availability of this session's certificate changes.
 * (SteamRelayNetworkStatus_t 1281 belongs to ISteamNetworkingUtils.)
 */
import type { NetConnectionInfo, NetConnectionRealTimeStatus } from './networking-connection-info';
import type { NetworkingIdentity, NetworkingIpAddress } from './networking-identity';
import type { ReceivedNetworkMessage } from './networking-message';

/** SteamNetConnectionRealTimeLaneStatus_t. */
export interface NetConnectionRealTimeLaneStatus {
  /** m_cbPendingUnreliable. */
  readonly pendingUnreliable: number;
  /** m_cbPendingReliable. */
  readonly pendingReliable: number;
  /** m_cbSentUnackedReliable. */
  readonly sentUnackedReliable: number;
  /** m_usecQueueTime, microseconds. */
  readonly queueTimeMicroseconds: bigint;
}

/** One message of a batched SendMessages. */
export interface OutgoingNetworkMessage {
  /** m_conn. */
  readonly connection: number;
  /** The payload; copied into a message Steam allocated (AllocateMessage) before SendMessages. */
  readonly data: Uint8Array;
  /** m_nFlags: k_nSteamNetworkingSend_*. */
  readonly sendFlags: number;
  /** m_idxLane. */
  readonly lane: number;
  /** m_nUserData. */
  readonly userData: bigint;
}

/** ISteamNetworkingSockets (SteamNetworkingSockets012), flat: connections, listen sockets, poll groups. */
export interface NetworkingSocketsPort {
  /** CreateListenSocketIP: HSteamListenSocket (0 on failure). */
  createListenSocketIP(localAddress: NetworkingIpAddress): number;
  /** ConnectByIPAddress: HSteamNetConnection (0 on failure). */
  connectByIPAddress(address: NetworkingIpAddress): number;
  /** CreateListenSocketP2P on a virtual port: HSteamListenSocket (0 on failure). */
  createListenSocketP2P(localVirtualPort: number): number;
  /** ConnectP2P to an identity's virtual port: HSteamNetConnection (0 on failure). */
  connectP2P(identityRemote: NetworkingIdentity, remoteVirtualPort: number): number;
  /** AcceptConnection: an EResult. */
  acceptConnection(connection: number): number;
  /** CloseConnection with an ESteamNetConnectionEnd reason, debug text (null: none) and linger. */
  closeConnection(connection: number, reason: number, debug: string | null, enableLinger: boolean): boolean;
  /** CloseListenSocket. */
  closeListenSocket(socket: number): boolean;
  /** SetConnectionUserData. */
  setConnectionUserData(connection: number, userData: bigint): boolean;
  /** GetConnectionUserData (-1 for an invalid handle). */
  getConnectionUserData(connection: number): bigint;
  /** SetConnectionName. */
  setConnectionName(connection: number, name: string): void;
  /** GetConnectionName into `name` (nMaxLen = name.length). */
  getConnectionName(connection: number, name: Uint8Array): boolean;
  /** SendMessageToConnection: an EResult and *pOutMessageNumber (0 when not sent). */
  sendMessageToConnection(
    connection: number,
    data: Uint8Array,
    sendFlags: number,
  ): {
    /** The EResult. */
    readonly result: number;
    /** *pOutMessageNumber. */
    readonly messageNumber: bigint;
  };
  /** SendMessages: per message, its message number (>= 0) or a negated EResult (pOutMessageNumberOrResult). */
  sendMessages(messages: readonly OutgoingNetworkMessage[]): readonly bigint[];
  /** FlushMessagesOnConnection: an EResult. */
  flushMessagesOnConnection(connection: number): number;
  /** ReceiveMessagesOnConnection: up to maxMessages copies (none for an invalid handle). */
  receiveMessagesOnConnection(connection: number, maxMessages: number): readonly ReceivedNetworkMessage[];
  /** GetConnectionInfo (null when the handle is invalid). */
  getConnectionInfo(connection: number): NetConnectionInfo | null;
  /** GetConnectionRealTimeStatus with `lanes` lane statuses: an EResult, the status (null unless OK) and the lanes. */
  getConnectionRealTimeStatus(
    connection: number,
    lanes: number,
  ): {
    /** The EResult. */
    readonly result: number;
    /** *pStatus when the result is OK. */
    readonly status: NetConnectionRealTimeStatus | null;
    /** pLanes[0 .. lanes) when the result is OK. */
    readonly lanes: readonly NetConnectionRealTimeLaneStatus[];
  };
  /** GetDetailedConnectionStatus into `buffer`: -1 bad handle, 0 written, > 0 the size it needs. */
  getDetailedConnectionStatus(connection: number, buffer: Uint8Array): number;
  /** GetListenSocketAddress (null when not an IP socket or the handle is invalid). */
  getListenSocketAddress(socket: number): NetworkingIpAddress | null;
  /** CreateSocketPair (identities null: localhost). */
  createSocketPair(
    useNetworkLoopback: boolean,
    identity1: NetworkingIdentity | null,
    identity2: NetworkingIdentity | null,
  ): {
    /** CreateSocketPair's return value. */
    readonly ok: boolean;
    /** *pOutConnection1. */
    readonly connection1: number;
    /** *pOutConnection2. */
    readonly connection2: number;
  };
  /** ConfigureConnectionLanes: an EResult (priorities and weights have one entry per lane). */
  configureConnectionLanes(connection: number, priorities: readonly number[], weights: readonly number[]): number;
  /** GetIdentity (null when Steam does not know it yet). */
  getIdentity(): NetworkingIdentity | null;
  /** InitAuthentication: an ESteamNetworkingAvailability. */
  initAuthentication(): number;
  /** GetAuthenticationStatus: the ESteamNetworkingAvailability and the details' m_debugMsg. */
  getAuthenticationStatus(): {
    /** The return value (ESteamNetworkingAvailability). */
    readonly availability: number;
    /** pDetails->m_debugMsg. */
    readonly debugMessage: string;
  };
  /** CreatePollGroup: HSteamNetPollGroup (0 on failure). */
  createPollGroup(): number;
  /** DestroyPollGroup. */
  destroyPollGroup(pollGroup: number): boolean;
  /** SetConnectionPollGroup (pollGroup 0: remove it from its group). */
  setConnectionPollGroup(connection: number, pollGroup: number): boolean;
  /** ReceiveMessagesOnPollGroup: up to maxMessages copies (none for an invalid handle). */
  receiveMessagesOnPollGroup(pollGroup: number, maxMessages: number): readonly ReceivedNetworkMessage[];
}
