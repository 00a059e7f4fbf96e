/**
 * ISteamNetworkingSockets as the `networkingSockets` namespace of a client or game server: the
 * flat functions (handles in, plain values or Eithers out) and the reactive forms (listen$,
 * connect$, pollGroup$) that own their handles. Every function throws NotInitialized after
 * shutdown and InvalidArgument for a wrong argument, at call time.
 */
import { left, right, type Either } from 'fp-ts/Either';
import { Subject, type Observable } from 'rxjs';
import { cText } from '../../native/c-text';
import { EResult } from '../../native/enums';
import type { NetConnectionInfo, NetConnectionRealTimeStatus } from '../../native/networking-connection-info';
import type { NetworkingIdentity, NetworkingIpAddress } from '../../native/networking-identity';
import type { ReceivedNetworkMessage } from '../../native/networking-message';
import type { NetConnectionRealTimeLaneStatus, NetworkingSocketsPort } from '../../native/networking-sockets-port';
import type { Pipe, Platform, RawCallback } from '../../native/steam-core';
import { createNetworkingSocketsStreams, type NetworkingSocketsStreams } from '../../streams/networking-sockets-streams';
import { CallFailed, InvalidArgument, steamResultError, type SteamResultError } from '../errors';
import { ensureLive, liveQuery } from '../session/guard';
import type { SessionState } from '../session/session-state';
import { streamsUntilShutdown } from '../session/until-shutdown';
import { boolean, int32, integerIn, UINT16_MAX } from '../validation/arguments';
import { optionsObject, readProperty } from '../validation/read-option';
import {
  connectionFlow,
  listenFlow,
  pollGroupFlow,
  pollGroupMessages,
  type AcceptRequest,
  type CheckedClose,
  type CheckedConnectionOptions,
  type CloseOptions,
  type ConnectionEvent,
  type ConnectionOptions,
  type FlowContext,
  type ListenEvent,
  type MakeHandle,
  type PollGroup,
  type PollGroupFailed,
} from './connection-flows';
import {
  arrayArgument,
  closeDebugArgument,
  closeReasonArgument,
  connectionNameArgument,
  CONNECTION_NAME_BYTES,
  handleArgument,
  identityArgument,
  ipAddressArgument,
  looksLikeIpAddress,
  optionalIdentityArgument,
  userDataArgument,
  virtualPortArgument,
} from './sockets-arguments';
import { messageDataArgument, sendFlagsArgument } from '../networking/networking-arguments';

/** The most messages one receive call may ask for. */
const MAXIMUM_RECEIVE = 256;
/** The most messages one sendMessages call takes. */
const MAXIMUM_BATCH = 1024;
/** SteamNetworkingSockets allows up to 255 lanes per connection. */
const MAXIMUM_LANES = 255;
/** GetDetailedConnectionStatus' text: Steam's status report is a few KiB at most. */
const DETAILED_STATUS_BYTES = 16384;

/** One message of sendMessages. */
export interface OutgoingMessage {
  /** The HSteamNetConnection to send on. */
  readonly connection: number;
  /** The payload, 0..512 KiB; copied into a message Steam allocates and owns. */
  readonly data: Uint8Array;
  /** k_nSteamNetworkingSend_* flags (NetworkingSendFlags). Default Unreliable (0). */
  readonly sendFlags?: number;
  /** The lane (ConfigureConnectionLanes). Default 0. */
  readonly lane?: number;
  /** m_nUserData (delivered to nothing on the peer; for Steam's own bookkeeping). Default 0. */
  readonly userData?: bigint;
}

/** GetConnectionRealTimeStatus' answer: the connection's numbers and one status per lane asked for. */
export interface ConnectionRealTimeStatus {
  /** The connection's live numbers. */
  readonly status: NetConnectionRealTimeStatus;
  /** One per lane asked for. */
  readonly lanes: readonly NetConnectionRealTimeLaneStatus[];
}

/** GetAuthenticationStatus' answer. */
export interface AuthenticationStatus {
  /** An ESteamNetworkingAvailability (100 Current, 3 Attempting, -101 Failed, …). */
  readonly availability: number;
  /** Steam's text for people. */
  readonly debugMessage: string;
}

/** ISteamNetworkingSockets' callbacks, one typed stream per signal; each completes at shutdown. */
export interface NetworkingSocketsSignals {
  /** Every state change of this session's connections (SteamNetConnectionStatusChangedCallback_t). */
  readonly netConnectionStatusChanged$: NetworkingSocketsStreams['netConnectionStatusChanged$'];
  /** Changes of this session's certificate availability (SteamNetAuthenticationStatus_t). */
  readonly netAuthenticationStatus$: NetworkingSocketsStreams['netAuthenticationStatus$'];
  /** Sockets callbacks whose bytes did not decode. */
  readonly decodeErrors$: NetworkingSocketsStreams['decodeErrors$'];
}

/**
 * ISteamNetworkingSockets (SteamNetworkingSockets012) as `client.networkingSockets` and, through
 * SteamGameServerNetworkingSockets, `server.networkingSockets`: connection-oriented messaging to a
 * Steam identity's virtual port (relayed P2P) or to an IP address (dedicated servers). Handles
 * (HSteamNetConnection, HSteamListenSocket, HSteamNetPollGroup) are uint32 numbers, 0 invalid.
 *
 * @example
 * ```ts
 * client.networkingSockets.connect$({ steamId: hostSteamId }, 0).subscribe((event) => {
 *   if (event._tag === 'StateChanged' && event.state === ConnectionState.Connected) client.networkingSockets.sendMessageToConnection(event.connection, hello, NetworkingSendFlags.Reliable);
 *   if (event._tag === 'Message') handle(event.message.data);
 *   if (event._tag === 'Closed') console.log('closed', event.endReason, event.endDebug);
 * });
 * ```
 */
export interface SteamNetworkingSockets extends NetworkingSocketsSignals {
  /**
   * Listens on a virtual port (a number: peers reach it with connect$(identity, port)) or on a
   * local IP address and port (an address object; { ipv4: 0, port } for every interface). Emits
   * each arriving connection to accept or close; one that ends (ClosedByPeer or
   * ProblemDetectedLocally) before it is accepted or closed is closed for you. Unsubscribing closes
   * the listen socket (and the connections that arrived on it). Flat: CreateListenSocketP2P / CreateListenSocketIP,
   * CloseListenSocket. Failures: a Failed value (CallFailed when Steam gives no socket,
   * NotInitialized after shutdown), then completion. Throws InvalidArgument for a bad port or address.
   */
  readonly listen$: (target: number | NetworkingIpAddress) => Observable<ListenEvent>;
  /**
   * Connects to an identity's virtual port (a Steam ID bigint or a NetworkingIdentity) or to an
   * IP address (virtualPort is then ignored), and streams the connection's events: state changes,
   * then messages; a close by the peer or a problem is a Closed value with Steam's end reason and
   * debug text, then completion. Unsubscribing closes the connection with `options`. Holds the
   * pump while subscribed. Flat: ConnectP2P / ConnectByIPAddress, ReceiveMessagesOnConnection,
   * CloseConnection. Failures: a Failed value (CallFailed when Steam gives no handle,
   * NotInitialized), then completion. Throws InvalidArgument for a bad target, port or option.
   */
  readonly connect$: (target: bigint | NetworkingIdentity | NetworkingIpAddress, virtualPort?: number, options?: ConnectionOptions) => Observable<ConnectionEvent>;
  /**
   * Makes a poll group for the subscription's lifetime: one PollGroup value whose messages$ merges
   * the messages of every connection put in it (connect$ / accept with { pollGroup }); destroyed on
   * unsubscribe. Flat: CreatePollGroup, ReceiveMessagesOnPollGroup, DestroyPollGroup. Failures: a
   * Failed value (CallFailed, NotInitialized), then completion.
   */
  readonly pollGroup$: () => Observable<PollGroup | PollGroupFailed>;
  /**
   * The messages of a poll group made with createPollGroup, after each pump frame while
   * subscribed (holding the pump); completes at shutdown. Flat: ReceiveMessagesOnPollGroup.
   * Throws InvalidArgument for a handle that is no uint32.
   */
  readonly pollGroupMessages$: (pollGroup: number) => Observable<ReceivedNetworkMessage>;
  /** Makes a listen socket on a local address. Flat: SteamAPI_ISteamNetworkingSockets_CreateListenSocketIP. Failures: Left(CallFailed) when Steam gives none. Throws InvalidArgument for a bad address. */
  readonly createListenSocketIP: (localAddress: NetworkingIpAddress) => Either<CallFailed, number>;
  /** Starts a connection to an IP address. Flat: SteamAPI_ISteamNetworkingSockets_ConnectByIPAddress. Failures: Left(CallFailed) when Steam gives no handle. Throws InvalidArgument for a bad address. */
  readonly connectByIPAddress: (address: NetworkingIpAddress) => Either<CallFailed, number>;
  /** Makes a listen socket on a virtual port. Flat: SteamAPI_ISteamNetworkingSockets_CreateListenSocketP2P. Failures: Left(CallFailed). Throws InvalidArgument for a port not in 0..2^31-1. */
  readonly createListenSocketP2P: (localVirtualPort: number) => Either<CallFailed, number>;
  /** Starts a connection to an identity's virtual port. Flat: SteamAPI_ISteamNetworkingSockets_ConnectP2P. Failures: Left(CallFailed). Throws InvalidArgument for a bad identity or port. */
  readonly connectP2P: (identityRemote: bigint | NetworkingIdentity, remoteVirtualPort: number) => Either<CallFailed, number>;
  /** Accepts a connection arriving on a listen socket. Flat: SteamAPI_ISteamNetworkingSockets_AcceptConnection. Failures: Left(SteamResultError) (InvalidParam, InvalidState). Throws InvalidArgument for a bad handle. */
  readonly acceptConnection: (connection: number) => Either<SteamResultError, void>;
  /** Closes a connection (reason 0 or 1000..2999, debug text, linger). Flat: SteamAPI_ISteamNetworkingSockets_CloseConnection. False for an invalid handle. Throws InvalidArgument for a bad argument. */
  readonly closeConnection: (connection: number, options?: CloseOptions) => boolean;
  /** Closes a listen socket (and the connections accepted through it). Flat: SteamAPI_ISteamNetworkingSockets_CloseListenSocket. False for an invalid handle. */
  readonly closeListenSocket: (socket: number) => boolean;
  /** Sets a connection's int64 user data (stamped on its received messages). Flat: SteamAPI_ISteamNetworkingSockets_SetConnectionUserData. False for an invalid handle. */
  readonly setConnectionUserData: (connection: number, userData: bigint) => boolean;
  /** A connection's user data (-1 for an invalid handle or when never set). Flat: SteamAPI_ISteamNetworkingSockets_GetConnectionUserData. */
  readonly getConnectionUserData: (connection: number) => bigint;
  /** Names a connection for Steam's logs (up to 127 bytes). Flat: SteamAPI_ISteamNetworkingSockets_SetConnectionName. */
  readonly setConnectionName: (connection: number, name: string) => void;
  /** A connection's name. Flat: SteamAPI_ISteamNetworkingSockets_GetConnectionName. Failures: Left(CallFailed) for an invalid handle. */
  readonly getConnectionName: (connection: number) => Either<CallFailed, string>;
  /**
   * Sends one message; Steam copies it before returning. Flat:
   * SteamAPI_ISteamNetworkingSockets_SendMessageToConnection. Right: the message number.
   * Failures: Left(SteamResultError) (InvalidParam, InvalidState, NoConnection, LimitExceeded,
   * Ignored). Throws InvalidArgument for a bad handle, data over 512 KiB or unknown flags.
   */
  readonly sendMessageToConnection: (connection: number, data: Uint8Array, sendFlags?: number) => Either<SteamResultError, bigint>;
  /**
   * Sends a batch in one call: each payload is copied into a message Steam allocates
   * (ISteamNetworkingUtils AllocateMessage) and Steam takes them all. One answer per message, in
   * order: its message number, or Left(SteamResultError). Flat: SteamAPI_ISteamNetworkingSockets_SendMessages.
   * Throws InvalidArgument for a bad message or more than 1024 of them.
   */
  readonly sendMessages: (messages: readonly OutgoingMessage[]) => readonly Either<SteamResultError, bigint>[];
  /** Sends what Nagle holds back on a connection now. Flat: SteamAPI_ISteamNetworkingSockets_FlushMessagesOnConnection. Failures: Left(SteamResultError). */
  readonly flushMessagesOnConnection: (connection: number) => Either<SteamResultError, void>;
  /** Takes up to maxMessages (1..256, default 64) waiting messages of a connection, copied and released. Flat: SteamAPI_ISteamNetworkingSockets_ReceiveMessagesOnConnection. None for an invalid handle. */
  readonly receiveMessagesOnConnection: (connection: number, maxMessages?: number) => readonly ReceivedNetworkMessage[];
  /** A connection's info (who, where, state, end reason). Flat: SteamAPI_ISteamNetworkingSockets_GetConnectionInfo. Failures: Left(CallFailed) for an invalid handle. */
  readonly getConnectionInfo: (connection: number) => Either<CallFailed, NetConnectionInfo>;
  /** A connection's live numbers, and `lanes` (0..255) lane statuses. Flat: SteamAPI_ISteamNetworkingSockets_GetConnectionRealTimeStatus. Failures: Left(SteamResultError) (NoConnection, InvalidParam). */
  readonly getConnectionRealTimeStatus: (connection: number, lanes?: number) => Either<SteamResultError, ConnectionRealTimeStatus>;
  /** Steam's detailed status report of a connection, for people. Flat: SteamAPI_ISteamNetworkingSockets_GetDetailedConnectionStatus. Failures: Left(CallFailed) for an invalid handle. */
  readonly getDetailedConnectionStatus: (connection: number) => Either<CallFailed, string>;
  /** The local address of an IP listen socket. Flat: SteamAPI_ISteamNetworkingSockets_GetListenSocketAddress. Failures: Left(CallFailed) for an invalid or P2P socket. */
  readonly getListenSocketAddress: (socket: number) => Either<CallFailed, NetworkingIpAddress>;
  /** Two connections joined to each other in this process (for tests and local play). Flat: SteamAPI_ISteamNetworkingSockets_CreateSocketPair. Failures: Left(CallFailed). Throws InvalidArgument for a bad identity. */
  readonly createSocketPair: (useNetworkLoopback: boolean, identity1?: NetworkingIdentity | null, identity2?: NetworkingIdentity | null) => Either<CallFailed, readonly [number, number]>;
  /** Sets a connection's lanes (priorities and weights, one per lane, 1..255 lanes). Flat: SteamAPI_ISteamNetworkingSockets_ConfigureConnectionLanes. Failures: Left(SteamResultError). Throws InvalidArgument for arrays of different lengths. */
  readonly configureConnectionLanes: (connection: number, priorities: readonly number[], weights: readonly number[]) => Either<SteamResultError, void>;
  /** This session's identity. Flat: SteamAPI_ISteamNetworkingSockets_GetIdentity. Failures: Left(CallFailed) while Steam does not know it yet. */
  readonly getIdentity: () => Either<CallFailed, NetworkingIdentity>;
  /** Starts getting the certificate P2P needs; an ESteamNetworkingAvailability. netAuthenticationStatus$ reports progress. Flat: SteamAPI_ISteamNetworkingSockets_InitAuthentication. */
  readonly initAuthentication: () => number;
  /** The certificate's availability and Steam's text about it. Flat: SteamAPI_ISteamNetworkingSockets_GetAuthenticationStatus. */
  readonly getAuthenticationStatus: () => AuthenticationStatus;
  /** Makes a poll group you destroy yourself (pollGroup$ owns one for you). Flat: SteamAPI_ISteamNetworkingSockets_CreatePollGroup. Failures: Left(CallFailed). */
  readonly createPollGroup: () => Either<CallFailed, number>;
  /** Destroys a poll group. Flat: SteamAPI_ISteamNetworkingSockets_DestroyPollGroup. False for an invalid handle. */
  readonly destroyPollGroup: (pollGroup: number) => boolean;
  /** Puts a connection in a poll group (0: takes it out). Flat: SteamAPI_ISteamNetworkingSockets_SetConnectionPollGroup. False for an invalid handle. */
  readonly setConnectionPollGroup: (connection: number, pollGroup: number) => boolean;
  /** Takes up to maxMessages (1..256, default 64) waiting messages of a poll group. Flat: SteamAPI_ISteamNetworkingSockets_ReceiveMessagesOnPollGroup. None for an invalid handle. */
  readonly receiveMessagesOnPollGroup: (pollGroup: number, maxMessages?: number) => readonly ReceivedNetworkMessage[];
}

/** What a networkingSockets namespace is built from. */
export interface NetworkingSocketsContext {
  readonly state: SessionState;
  readonly port: NetworkingSocketsPort;
  readonly callbacks$: Observable<RawCallback>;
  readonly pipe: Pipe;
  readonly platform: Platform;
}

const closeArguments = (argument: string, options: unknown): CheckedClose => {
  const object = optionsObject(argument, options);
  if (object === undefined) return { reason: 0, debug: null, linger: false };
  const reason = readProperty(`${argument}.reason`, object, 'reason');
  const debug = readProperty(`${argument}.debug`, object, 'debug');
  const linger = readProperty(`${argument}.linger`, object, 'linger');
  return {
    reason: reason === undefined ? 0 : closeReasonArgument(`${argument}.reason`, reason),
    debug: debug === undefined ? null : closeDebugArgument(`${argument}.debug`, debug),
    linger: linger === undefined ? false : boolean(`${argument}.linger`, linger),
  };
};

const connectionArguments = (argument: string, options: unknown): CheckedConnectionOptions => {
  const close = closeArguments(argument, options);
  const object = optionsObject(argument, options);
  const pollGroup = object === undefined ? undefined : readProperty(`${argument}.pollGroup`, object, 'pollGroup');
  return { ...close, pollGroup: pollGroup === undefined ? null : handleArgument(`${argument}.pollGroup`, pollGroup) };
};

const receiveCount = (value: unknown): number => (value === undefined ? 64 : integerIn('maxMessages', value, 1, MAXIMUM_RECEIVE));

const resultOr = (what: string, result: number): Either<SteamResultError, void> => (result === EResult.OK ? right(undefined) : left(steamResultError(what, result)));

const handleOr = (what: string, handle: number, why: string): Either<CallFailed, number> => (handle === 0 ? left(new CallFailed(what, why)) : right(handle));

/** Builds the networkingSockets namespace of a live client or game-server session. */
export const networkingSocketsNamespace = (context: NetworkingSocketsContext): SteamNetworkingSockets => {
  const { state, port } = context;
  const streams = streamsUntilShutdown(state, createNetworkingSocketsStreams(context.callbacks$, context.pipe, context.platform));
  const flows: FlowContext = { state, port, statusChanged$: streams.netConnectionStatusChanged$, pollGroupDestroyed: new Subject<number>() };

  const connectP2P = (identity: NetworkingIdentity, virtualPort: number): Either<CallFailed, number> =>
    handleOr('connectP2P', port.connectP2P(identity, virtualPort), 'Steam gave no connection handle (bad identity, or networking not available)');
  const connectByIPAddress = (address: NetworkingIpAddress): Either<CallFailed, number> =>
    handleOr('connectByIPAddress', port.connectByIPAddress(address), 'Steam gave no connection handle for the address');
  const createListenSocketP2P = (virtualPort: number): Either<CallFailed, number> =>
    handleOr('createListenSocketP2P', port.createListenSocketP2P(virtualPort), `Steam gave no listen socket on virtual port ${virtualPort}`);
  const createListenSocketIP = (address: NetworkingIpAddress): Either<CallFailed, number> =>
    handleOr('createListenSocketIP', port.createListenSocketIP(address), `Steam gave no listen socket on port ${address.port} (in use, or not allowed)`);
  const createPollGroup = (): Either<CallFailed, number> => handleOr('createPollGroup', port.createPollGroup(), 'Steam gave no poll group');
  const byConnection =
    <A>(call: (connection: number) => A) =>
    (connection: number): A => {
      ensureLive(state);
      return call(handleArgument('connection', connection));
    };

  const acceptFlow = ({ connection, ended$, claim }: AcceptRequest, options: unknown): Observable<ConnectionEvent> => {
    ensureLive(state);
    const checked = connectionArguments('options', options);
    return connectionFlow(
      flows,
      () => {
        // One AcceptConnection per incoming connection: a second subscriber is told, not a second call.
        if (!claim()) return left(steamResultError('acceptConnection', EResult.InvalidState));
        const result = port.acceptConnection(connection);
        if (result === EResult.OK) return right(connection);
        // Refused (the peer gave up, or it timed out first): the handle stays Steam's until closed, and it is ours now.
        if (state.steamAvailable) port.closeConnection(connection, checked.reason, checked.debug, checked.linger);
        return left(steamResultError('acceptConnection', result));
      },
      checked,
      ended$,
    );
  };

  return {
    ...streams,
    listen$: (target) => {
      ensureLive(state);
      let create: MakeHandle<CallFailed>;
      if (typeof target === 'number' || typeof target === 'bigint') {
        const virtualPort = virtualPortArgument('target', target);
        create = () => createListenSocketP2P(virtualPort);
      } else {
        const address = ipAddressArgument('target', target);
        create = () => createListenSocketIP(address);
      }
      return listenFlow(
        flows,
        create,
        acceptFlow,
        (connection, options) => {
          ensureLive(state);
          const close = closeArguments('options', options);
          return port.closeConnection(connection, close.reason, close.debug, close.linger);
        },
      );
    },
    connect$: (target, virtualPort, options) => {
      ensureLive(state);
      const checked = connectionArguments('options', options);
      if (looksLikeIpAddress('target', target)) {
        const address = ipAddressArgument('target', target);
        if (virtualPort !== undefined) virtualPortArgument('virtualPort', virtualPort);
        return connectionFlow(flows, () => connectByIPAddress(address), checked);
      }
      const identity = identityArgument('target', target);
      const remotePort = virtualPort === undefined ? 0 : virtualPortArgument('virtualPort', virtualPort);
      return connectionFlow(flows, () => connectP2P(identity, remotePort), checked);
    },
    pollGroup$: () => {
      ensureLive(state);
      return pollGroupFlow(flows, createPollGroup);
    },
    pollGroupMessages$: (pollGroup) => {
      ensureLive(state);
      return pollGroupMessages(flows, handleArgument('pollGroup', pollGroup));
    },
    createListenSocketIP: (localAddress) => {
      ensureLive(state);
      return createListenSocketIP(ipAddressArgument('localAddress', localAddress));
    },
    connectByIPAddress: (address) => {
      ensureLive(state);
      return connectByIPAddress(ipAddressArgument('address', address));
    },
    createListenSocketP2P: (localVirtualPort) => {
      ensureLive(state);
      return createListenSocketP2P(virtualPortArgument('localVirtualPort', localVirtualPort));
    },
    connectP2P: (identityRemote, remoteVirtualPort) => {
      ensureLive(state);
      const identity = identityArgument('identityRemote', identityRemote);
      return connectP2P(identity, virtualPortArgument('remoteVirtualPort', remoteVirtualPort));
    },
    acceptConnection: byConnection((connection) => resultOr('acceptConnection', port.acceptConnection(connection))),
    closeConnection: (connection, options) => {
      ensureLive(state);
      const handle = handleArgument('connection', connection);
      const close = closeArguments('options', options);
      return port.closeConnection(handle, close.reason, close.debug, close.linger);
    },
    closeListenSocket: (socket) => {
      ensureLive(state);
      return port.closeListenSocket(handleArgument('socket', socket));
    },
    setConnectionUserData: (connection, userData) => {
      ensureLive(state);
      const handle = handleArgument('connection', connection);
      return port.setConnectionUserData(handle, userDataArgument('userData', userData));
    },
    getConnectionUserData: byConnection((connection) => port.getConnectionUserData(connection)),
    setConnectionName: (connection, name) => {
      ensureLive(state);
      const handle = handleArgument('connection', connection);
      port.setConnectionName(handle, connectionNameArgument('name', name));
    },
    getConnectionName: byConnection((connection): Either<CallFailed, string> => {
      const name = new Uint8Array(CONNECTION_NAME_BYTES);
      return port.getConnectionName(connection, name) ? right(cText(name)) : left(new CallFailed('getConnectionName', `no connection ${connection}`));
    }),
    sendMessageToConnection: (connection, data, sendFlags) => {
      ensureLive(state);
      const handle = handleArgument('connection', connection);
      const payload = messageDataArgument('data', data);
      const flags = sendFlags === undefined ? 0 : sendFlagsArgument('sendFlags', sendFlags);
      const sent = port.sendMessageToConnection(handle, payload, flags);
      return sent.result === EResult.OK ? right(sent.messageNumber) : left(steamResultError('sendMessageToConnection', sent.result));
    },
    sendMessages: (messages) => {
      ensureLive(state);
      const checked = arrayArgument('messages', messages, MAXIMUM_BATCH, (name, item) => {
        if (item === null || typeof item !== 'object') throw new InvalidArgument(name, 'expected { connection, data, sendFlags?, lane?, userData? }');
        const flags = readProperty(`${name}.sendFlags`, item, 'sendFlags');
        const lane = readProperty(`${name}.lane`, item, 'lane');
        const userData = readProperty(`${name}.userData`, item, 'userData');
        return {
          connection: handleArgument(`${name}.connection`, readProperty(`${name}.connection`, item, 'connection')),
          data: messageDataArgument(`${name}.data`, readProperty(`${name}.data`, item, 'data')),
          sendFlags: flags === undefined ? 0 : sendFlagsArgument(`${name}.sendFlags`, flags),
          lane: lane === undefined ? 0 : integerIn(`${name}.lane`, lane, 0, UINT16_MAX),
          userData: userData === undefined ? 0n : userDataArgument(`${name}.userData`, userData),
        };
      });
      // pOutMessageNumberOrResult: a message number (>= 0), or a negated EResult.
      return port.sendMessages(checked).map((outcome) => (outcome >= 0n ? right(outcome) : left(steamResultError('sendMessages', Number(-outcome)))));
    },
    flushMessagesOnConnection: byConnection((connection) => resultOr('flushMessagesOnConnection', port.flushMessagesOnConnection(connection))),
    receiveMessagesOnConnection: (connection, maxMessages) => {
      ensureLive(state);
      const handle = handleArgument('connection', connection);
      return port.receiveMessagesOnConnection(handle, receiveCount(maxMessages));
    },
    getConnectionInfo: byConnection((connection): Either<CallFailed, NetConnectionInfo> => {
      const info = port.getConnectionInfo(connection);
      return info === null ? left(new CallFailed('getConnectionInfo', `no connection ${connection}`)) : right(info);
    }),
    getConnectionRealTimeStatus: (connection, lanes) => {
      ensureLive(state);
      const handle = handleArgument('connection', connection);
      const laneCount = lanes === undefined ? 0 : integerIn('lanes', lanes, 0, MAXIMUM_LANES);
      const answer = port.getConnectionRealTimeStatus(handle, laneCount);
      if (answer.result !== EResult.OK || answer.status === null) return left(steamResultError('getConnectionRealTimeStatus', answer.result));
      return right({ status: answer.status, lanes: answer.lanes });
    },
    getDetailedConnectionStatus: byConnection((connection): Either<CallFailed, string> => {
      let buffer = new Uint8Array(DETAILED_STATUS_BYTES);
      let answer = port.getDetailedConnectionStatus(connection, buffer);
      // > 0: the buffer was too small and this is the size Steam needs; ask once more with it.
      if (answer > 0) {
        buffer = new Uint8Array(answer);
        answer = port.getDetailedConnectionStatus(connection, buffer);
      }
      return answer === 0 ? right(cText(buffer)) : left(new CallFailed('getDetailedConnectionStatus', answer < 0 ? `no connection ${connection}` : 'the report kept growing'));
    }),
    getListenSocketAddress: (socket) => {
      ensureLive(state);
      const address = port.getListenSocketAddress(handleArgument('socket', socket));
      return address === null ? left(new CallFailed('getListenSocketAddress', `socket ${String(socket)} is no IP listen socket`)) : right(address);
    },
    createSocketPair: (useNetworkLoopback, identity1, identity2) => {
      ensureLive(state);
      const loopback = boolean('useNetworkLoopback', useNetworkLoopback);
      const first = optionalIdentityArgument('identity1', identity1);
      const second = optionalIdentityArgument('identity2', identity2);
      const pair = port.createSocketPair(loopback, first, second);
      return pair.ok ? right([pair.connection1, pair.connection2] as const) : left(new CallFailed('createSocketPair', 'Steam made no pair'));
    },
    configureConnectionLanes: (connection, priorities, weights) => {
      ensureLive(state);
      const handle = handleArgument('connection', connection);
      const checkedPriorities = arrayArgument('priorities', priorities, MAXIMUM_LANES, (name, item) => int32(name, item));
      const checkedWeights = arrayArgument('weights', weights, MAXIMUM_LANES, (name, item) => integerIn(name, item, 0, UINT16_MAX));
      if (checkedPriorities.length !== checkedWeights.length || checkedPriorities.length === 0) {
        throw new InvalidArgument('weights', 'priorities and weights need one entry per lane, 1 to 255 lanes');
      }
      return resultOr('configureConnectionLanes', port.configureConnectionLanes(handle, checkedPriorities, checkedWeights));
    },
    getIdentity: liveQuery(state, (): Either<CallFailed, NetworkingIdentity> => {
      const identity = port.getIdentity();
      return identity === null ? left(new CallFailed('getIdentity', 'Steam does not know this session\'s identity yet')) : right(identity);
    }),
    initAuthentication: liveQuery(state, () => port.initAuthentication()),
    getAuthenticationStatus: liveQuery(state, () => port.getAuthenticationStatus()),
    createPollGroup: liveQuery(state, createPollGroup),
    destroyPollGroup: (pollGroup) => {
      ensureLive(state);
      const handle = handleArgument('pollGroup', pollGroup);
      const destroyed = port.destroyPollGroup(handle);
      if (destroyed) flows.pollGroupDestroyed.next(handle);
      return destroyed;
    },
    setConnectionPollGroup: (connection, pollGroup) => {
      ensureLive(state);
      const handle = handleArgument('connection', connection);
      return port.setConnectionPollGroup(handle, handleArgument('pollGroup', pollGroup));
    },
    receiveMessagesOnPollGroup: (pollGroup, maxMessages) => {
      ensureLive(state);
      const handle = handleArgument('pollGroup', pollGroup);
      return port.receiveMessagesOnPollGroup(handle, receiveCount(maxMessages));
    },
  };
};
