/**
 * NetworkingSocketsPort: ISteamNetworkingSockets (SteamNetworkingSockets012), flat, in JavaScript
 * types. One per session: the client's (SteamAPI_SteamNetworkingSockets_SteamAPI_v012) and the
 * game server's (SteamAPI_SteamGameServerNetworkingSockets_SteamAPI_v012).
 *
 * Handles (HSteamListenSocket, HSteamNetConnection, HSteamNetPollGroup) are uint32 numbers; 0 is
 * Valve's invalid handle (k_HSteamListenSocket_Invalid etc.). Structs Valve passes in or out
 * (SteamNetworkingIPAddr, SteamNetworkingIdentity, SteamNetConnectionInfo_t,
 * SteamNetConnectionRealTimeStatus_t, SteamNetworkingMessage_t) cross the port as the plain values
 * below; only native/ turns them into bytes. Received messages are copies owned by JavaScript: the
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

/**
 * SteamNetworkingIPAddr: an IPv6 address (IPv4 as the mapped ::ffff:a.b.c.d) and a port, both as
 * Valve stores them (the 16 address bytes in network order, the port in host order).
 */
export interface NetworkingIPAddrValue {
  /** m_ipv6: 16 bytes; ::ffff:a.b.c.d for IPv4, all zero for "any address". */
  readonly ipv6: Uint8Array;
  /** m_port, host order (0 = any port). */
  readonly port: number;
}

/**
 * SteamNetworkingIdentity by its m_eType (ESteamNetworkingIdentityType): the kinds the SDK reads
 * and writes, and `unknown` for the rest (Valve's printable form of it, what ToString gives).
 */
export type NetworkingIdentityValue =
  | {
      /** k_ESteamNetworkingIdentityType_Invalid (0): no identity. */
      readonly type: 'invalid';
    }
  | {
      /** k_ESteamNetworkingIdentityType_SteamID (16). */
      readonly type: 'steamId';
      /** m_steamID64. */
      readonly steamId: bigint;
    }
  | {
      /** k_ESteamNetworkingIdentityType_IPAddress (1) (localhost is ::1 port 0). */
      readonly type: 'ipAddress';
      /** m_ip. */
      readonly address: NetworkingIPAddrValue;
    }
  | {
      /** k_ESteamNetworkingIdentityType_GenericString (2): up to 31 bytes of UTF-8. */
      readonly type: 'genericString';
      /** m_szGenericString. */
      readonly value: string;
    }
  | {
      /** k_ESteamNetworkingIdentityType_GenericBytes (3): 1 to 32 bytes. */
      readonly type: 'genericBytes';
      /** m_genericBytes[0 .. m_cbSize). */
      readonly value: Uint8Array;
    }
  | {
      /** Any other m_eType (Xbox, PSN, Stadia, unknown): read only. */
      readonly type: 'unknown';
      /** The m_eType. */
      readonly identityType: number;
      /** The raw m_union bytes m_cbSize says are used. */
      readonly raw: Uint8Array;
    };

/** SteamNetConnectionInfo_t. */
export interface ConnectionInfoValue {
  /** m_identityRemote. */
  readonly identityRemote: NetworkingIdentityValue;
  /** m_nUserData (-1 when never set). */
  readonly userData: bigint;
  /** m_hListenSocket: the listen socket it arrived on, 0 for connections this side opened. */
  readonly listenSocket: number;
  /** m_addrRemote (all zero when not an IP connection). */
  readonly addressRemote: NetworkingIPAddrValue;
  /** m_idPOPRemote. */
  readonly popRemote: number;
  /** m_idPOPRelay. */
  readonly popRelay: number;
  /** m_eState: an ESteamNetworkingConnectionState. */
  readonly state: number;
  /** m_eEndReason: an ESteamNetConnectionEnd (0 while open). */
  readonly endReason: number;
  /** m_szEndDebug. */
  readonly endDebug: string;
  /** m_szConnectionDescription. */
  readonly connectionDescription: string;
  /** m_nFlags: k_nSteamNetworkConnectionInfoFlags_*. */
  readonly flags: number;
}

/** SteamNetConnectionRealTimeStatus_t. */
export interface ConnectionRealTimeStatusValue {
  /** m_eState: an ESteamNetworkingConnectionState. */
  readonly state: number;
  /** m_nPing, milliseconds. */
  readonly ping: number;
  /** m_flConnectionQualityLocal (0..1, negative when unknown). */
  readonly connectionQualityLocal: number;
  /** m_flConnectionQualityRemote. */
  readonly connectionQualityRemote: number;
  /** m_flOutPacketsPerSec. */
  readonly outPacketsPerSecond: number;
  /** m_flOutBytesPerSec. */
  readonly outBytesPerSecond: number;
  /** m_flInPacketsPerSec. */
  readonly inPacketsPerSecond: number;
  /** m_flInBytesPerSec. */
  readonly inBytesPerSecond: number;
  /** m_nSendRateBytesPerSecond. */
  readonly sendRateBytesPerSecond: number;
  /** m_cbPendingUnreliable. */
  readonly pendingUnreliable: number;
  /** m_cbPendingReliable. */
  readonly pendingReliable: number;
  /** m_cbSentUnackedReliable. */
  readonly sentUnackedReliable: number;
  /** m_usecQueueTime, microseconds. */
  readonly queueTime: bigint;
}

/** SteamNetConnectionRealTimeLaneStatus_t. */
export interface ConnectionRealTimeLaneStatusValue {
  /** m_cbPendingUnreliable. */
  readonly pendingUnreliable: number;
  /** m_cbPendingReliable. */
  readonly pendingReliable: number;
  /** m_cbSentUnackedReliable. */
  readonly sentUnackedReliable: number;
  /** m_usecQueueTime, microseconds. */
  readonly queueTime: bigint;
}

/** A received SteamNetworkingMessage_t, copied into JavaScript memory (the native one is already released). */
export interface ReceivedNetworkingMessageValue {
  /** m_pData[0 .. m_cbSize), copied. */
  readonly data: Uint8Array;
  /** m_conn: the connection it came on. */
  readonly connection: number;
  /** m_identityPeer. */
  readonly identityPeer: NetworkingIdentityValue;
  /** m_nConnUserData: the connection's user data when it was received. */
  readonly connectionUserData: bigint;
  /** m_usecTimeReceived (SteamNetworkingMicroseconds, Steam's local clock). */
  readonly timeReceived: bigint;
  /** m_nMessageNumber. */
  readonly messageNumber: bigint;
  /** m_nChannel (ISteamNetworkingMessages only; 0 here). */
  readonly channel: number;
  /** m_nFlags: the k_nSteamNetworkingSend_* flags it was sent with. */
  readonly flags: number;
  /** m_idxLane. */
  readonly lane: number;
}

/** One message of a batched SendMessages. */
export interface OutgoingNetworkingMessageValue {
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
  createListenSocketIP(localAddress: NetworkingIPAddrValue): number;
  /** ConnectByIPAddress: HSteamNetConnection (0 on failure). */
  connectByIPAddress(address: NetworkingIPAddrValue): number;
  /** CreateListenSocketP2P on a virtual port: HSteamListenSocket (0 on failure). */
  createListenSocketP2P(localVirtualPort: number): number;
  /** ConnectP2P to an identity's virtual port: HSteamNetConnection (0 on failure). */
  connectP2P(identityRemote: NetworkingIdentityValue, remoteVirtualPort: number): number;
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
  sendMessages(messages: readonly OutgoingNetworkingMessageValue[]): readonly bigint[];
  /** FlushMessagesOnConnection: an EResult. */
  flushMessagesOnConnection(connection: number): number;
  /** ReceiveMessagesOnConnection: up to maxMessages copies (none for an invalid handle). */
  receiveMessagesOnConnection(connection: number, maxMessages: number): readonly ReceivedNetworkingMessageValue[];
  /** GetConnectionInfo (null when the handle is invalid). */
  getConnectionInfo(connection: number): ConnectionInfoValue | null;
  /** GetConnectionRealTimeStatus with `lanes` lane statuses: an EResult, the status (null unless OK) and the lanes. */
  getConnectionRealTimeStatus(
    connection: number,
    lanes: number,
  ): {
    /** The EResult. */
    readonly result: number;
    /** *pStatus when the result is OK. */
    readonly status: ConnectionRealTimeStatusValue | null;
    /** pLanes[0 .. lanes) when the result is OK. */
    readonly lanes: readonly ConnectionRealTimeLaneStatusValue[];
  };
  /** GetDetailedConnectionStatus into `buffer`: -1 bad handle, 0 written, > 0 the size it needs. */
  getDetailedConnectionStatus(connection: number, buffer: Uint8Array): number;
  /** GetListenSocketAddress (null when not an IP socket or the handle is invalid). */
  getListenSocketAddress(socket: number): NetworkingIPAddrValue | null;
  /** CreateSocketPair (identities null: localhost). */
  createSocketPair(
    useNetworkLoopback: boolean,
    identity1: NetworkingIdentityValue | null,
    identity2: NetworkingIdentityValue | null,
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
  getIdentity(): NetworkingIdentityValue | null;
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
  receiveMessagesOnPollGroup(pollGroup: number, maxMessages: number): readonly ReceivedNetworkingMessageValue[];
}
