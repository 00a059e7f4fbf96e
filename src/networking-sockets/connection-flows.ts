/**
 * The reactive forms of ISteamNetworkingSockets: a connection as a stream of its events (opened by
 * connecting or by accepting), listen sockets as streams of incoming connections, poll groups as
 * merged message streams. Each flow owns its Steam handle: it is made on subscribe and closed or
 * destroyed on unsubscribe and at shutdown (while Steam is still up). Receiving is polled once per
 * pump frame, only while a flow that receives is subscribed.
 */
import type { Either } from 'fp-ts/Either';
import { Observable, type Subject, type Subscriber, type Subscription } from 'rxjs';
import type { NetConnectionInfo } from '../../native/networking-connection-info';
import type { ReceivedNetworkMessage } from '../../native/networking-message';
import type { NetworkingSocketsPort } from '../../native/networking-sockets-port';
import type { NetConnectionStatusChanged } from '../../streams/signals/net-connection-status-changed';
import { CallFailed, NotInitialized, type SteamResultError } from '../errors';
import type { SessionState } from '../session/session-state';
import { ConnectionState } from './connection-state';

export { ConnectionState };

/** How many messages one receive call asks for; a frame keeps receiving while calls come back full. */
const RECEIVE_BATCH = 64;

/** Why a connection, listen socket or poll group flow could not start. */
export type ConnectionFlowError = CallFailed | SteamResultError | NotInitialized;

/** A connection changed state (SteamNetConnectionStatusChangedCallback_t for this connection). */
export interface ConnectionStateChanged {
  /** Tells the event kinds apart. */
  readonly _tag: 'StateChanged';
  /** The HSteamNetConnection. */
  readonly connection: number;
  /** The new ESteamNetworkingConnectionState (m_info.m_eState). */
  readonly state: number;
  /** The state it left (m_eOldState). */
  readonly oldState: number;
  /** The connection's info at the change. */
  readonly info: NetConnectionInfo;
}

/** A message arrived on the connection (ReceiveMessagesOnConnection; already copied and released). */
export interface ConnectionMessage {
  /** Tells the event kinds apart. */
  readonly _tag: 'Message';
  /** The HSteamNetConnection. */
  readonly connection: number;
  /** The message. */
  readonly message: ReceivedNetworkMessage;
}

/** The peer closed the connection, or Steam found a problem; the stream completes after this. */
export interface ConnectionClosed {
  /** Tells the event kinds apart. */
  readonly _tag: 'Closed';
  /** The HSteamNetConnection (already closed on this side too: the handle is no longer valid). */
  readonly connection: number;
  /** ClosedByPeer (4) or ProblemDetectedLocally (5). */
  readonly state: number;
  /** Steam's ESteamNetConnectionEnd, or the peer application's reason (m_eEndReason). */
  readonly endReason: number;
  /** Steam's debug text for people (m_szEndDebug). */
  readonly endDebug: string;
  /** The connection's last info. */
  readonly info: NetConnectionInfo;
}

/** The connection could not be opened or accepted (or the session was shut down); the stream completes after this. */
export interface ConnectionFailed {
  /** Tells the event kinds apart. */
  readonly _tag: 'Failed';
  /** Why. */
  readonly error: ConnectionFlowError;
}

/** What a connection stream emits: state changes and messages, then Closed or Failed and completion. */
export type ConnectionEvent = ConnectionStateChanged | ConnectionMessage | ConnectionClosed | ConnectionFailed;

/** How a connection stream closes its connection when unsubscribed (CloseConnection's arguments). */
export interface CloseOptions {
  /** nReason: 0 or an application code in 1000..2999. Default 0. */
  readonly reason?: number;
  /** pszDebug: text for the peer's logs, up to 127 bytes. Default none. */
  readonly debug?: string;
  /** bEnableLinger: deliver reliable messages still queued before closing. Default false. */
  readonly linger?: boolean;
}

/** Options of a connection stream. */
export interface ConnectionOptions extends CloseOptions {
  /**
   * A poll group (from pollGroup$) to put the connection in: its messages then arrive on the
   * group's messages$, not on this stream. A group Steam does not know (destroyed: its pollGroup$
   * ended) is refused: Failed(CallFailed) and the connection is closed. When the group is
   * destroyed later, the connection is ungrouped and its messages come on this stream again.
   */
  readonly pollGroup?: number;
}

/** A connection arriving on a listen socket, still Connecting: accept it or close it. */
export interface IncomingConnection {
  /** Tells the values of listen$ apart. */
  readonly _tag: 'Incoming';
  /** The HSteamNetConnection. */
  readonly connection: number;
  /** The listen socket it arrived on. */
  readonly listenSocket: number;
  /** Who and where it comes from (identityRemote, addressRemote). */
  readonly info: NetConnectionInfo;
  /**
   * Accepts it (AcceptConnection on subscribe) and streams its events as connect$ does;
   * unsubscribing closes it with `options`. A connection can be accepted once. When Steam refuses
   * the accept (the peer gave up first: Failed with InvalidState), the connection is closed too.
   */
  readonly accept: (options?: ConnectionOptions) => Observable<ConnectionEvent>;
  /**
   * Refuses it (CloseConnection). False, without calling Steam, once it was accepted (its accept
   * stream owns it then) or is gone (refused already, ended before anyone answered it, or its
   * listen socket closed).
   */
  readonly close: (options?: CloseOptions) => boolean;
}

/** The listen socket could not be made (or the session was shut down); listen$ completes after this. */
export interface ListenFailed {
  /** Tells the values of listen$ apart. */
  readonly _tag: 'Failed';
  /** Why. */
  readonly error: ConnectionFlowError;
}

/** What listen$ emits: incoming connections, or why it could not listen. */
export type ListenEvent = IncomingConnection | ListenFailed;

/** A poll group owned by a pollGroup$ subscription. */
export interface PollGroup {
  /** Tells the values of pollGroup$ apart. */
  readonly _tag: 'PollGroup';
  /** The HSteamNetPollGroup. */
  readonly pollGroup: number;
  /** The messages of every connection in the group, merged (ReceiveMessagesOnPollGroup each pump frame while subscribed). */
  readonly messages$: Observable<ReceivedNetworkMessage>;
}

/** The poll group could not be made (or the session was shut down); pollGroup$ completes after this. */
export interface PollGroupFailed {
  /** Tells the values of pollGroup$ apart. */
  readonly _tag: 'Failed';
  /** Why. */
  readonly error: ConnectionFlowError;
}

/** What the flows are built from. */
export interface FlowContext {
  readonly state: SessionState;
  readonly port: NetworkingSocketsPort;
  readonly statusChanged$: Observable<NetConnectionStatusChanged>;
  /** Emits each poll group this namespace destroys (pollGroup$ ending, destroyPollGroup): its connections are ungrouped then. */
  readonly pollGroupDestroyed: Subject<number>;
}

/** What accepting an incoming connection needs from its listen flow. */
export interface AcceptRequest {
  /** The HSteamNetConnection. */
  readonly connection: number;
  /** Emits when the listen socket closed (which closed the connection). */
  readonly ended$: Observable<unknown>;
  /**
   * True the first time only, while the connection is still waiting (not refused, ended or gone
   * with its socket): this subscriber may call AcceptConnection, and owns the handle from then on
   * (it closes it, also when Steam refuses the accept).
   */
  readonly claim: () => boolean;
}

/** Checked close arguments, in the port's form. */
export interface CheckedClose {
  readonly reason: number;
  readonly debug: string | null;
  readonly linger: boolean;
}

/** Checked connection options. */
export interface CheckedConnectionOptions extends CheckedClose {
  readonly pollGroup: number | null;
}

/** Makes a flow's Steam handle on subscribe (ConnectP2P, AcceptConnection, CreateListenSocketIP, CreatePollGroup, …): the handle, or why there is none. */
export type MakeHandle<E extends CallFailed | SteamResultError = CallFailed | SteamResultError> = () => Either<E, number>;

const isEnd = (state: number): boolean => state === ConnectionState.ClosedByPeer || state === ConnectionState.ProblemDetectedLocally;

/** Emits Failed(error) and completes. */
const fail = <E extends { readonly _tag: 'Failed'; readonly error: ConnectionFlowError }>(subscriber: Subscriber<E | never>, error: ConnectionFlowError): void => {
  subscriber.next({ _tag: 'Failed', error } as E);
  subscriber.complete();
};

/**
 * How every flow starts: Failed(NotInitialized) after shutdown, Failed(error) when Steam gave no
 * handle (both completing the subscriber, which then owns nothing), else the handle it now owns.
 */
const started = <E extends { readonly _tag: 'Failed'; readonly error: ConnectionFlowError }>(subscriber: Subscriber<E | never>, state: SessionState, make: MakeHandle): number | undefined => {
  if (!state.live) {
    fail(subscriber, new NotInitialized(state.name));
    return undefined;
  }
  const made = make();
  if (made._tag === 'Left') {
    fail(subscriber, made.left);
    return undefined;
  }
  return made.right;
};

/**
 * Batches read per pump frame at most: a peer that sends faster than the game handles messages
 * must not keep one frame (and Node's event loop) busy forever; the rest is read on the next
 * frame, which comes within ~1 ms while a connection holds the pump. channel$ caps alike.
 */
const MAX_BATCHES_PER_FRAME = 16;

/**
 * Polls `receive` after every pump frame until a call comes back short (or
 * {@link MAX_BATCHES_PER_FRAME} full batches were read), emitting each message; stops as soon as
 * the subscriber is closed.
 */
const drainInto = (receive: (max: number) => readonly ReceivedNetworkMessage[], emit: (message: ReceivedNetworkMessage) => void, closed: () => boolean): void => {
  for (let batches = 0; batches < MAX_BATCHES_PER_FRAME; batches += 1) {
    if (closed()) return;
    const batch = receive(RECEIVE_BATCH);
    for (const message of batch) {
      if (closed()) return;
      emit(message);
    }
    if (batch.length < RECEIVE_BATCH) return;
  }
};

/**
 * A connection as a stream: `open` runs on subscribe (ConnectP2P, ConnectByIPAddress or
 * AcceptConnection). Holds the pump while subscribed (messages are seen within ~1 ms), polls the
 * connection's messages after each frame (unless it is in a poll group), ends with Closed when the
 * peer or a problem closes it (the handle is then freed with CloseConnection), and closes it with
 * `options` on unsubscribe or at shutdown. `ended$`, when given, ends the stream too (its listen
 * socket was closed, which closed the connection).
 */
export const connectionFlow = (
  context: FlowContext,
  open: MakeHandle,
  options: CheckedConnectionOptions,
  ended$?: Observable<unknown>,
): Observable<ConnectionEvent> =>
  new Observable<ConnectionEvent>((subscriber) => {
    const { state, port } = context;
    const connection = started(subscriber, state, open);
    if (connection === undefined) return undefined;
    // Put in a poll group Steam does not know, the connection's messages would pile up unread
    // (nothing reads a group that is gone, and this stream leaves them to the group): refuse it.
    if (options.pollGroup !== null && !port.setConnectionPollGroup(connection, options.pollGroup)) {
      if (state.steamAvailable) port.closeConnection(connection, options.reason, options.debug, options.linger);
      fail(subscriber, new CallFailed('setConnectionPollGroup', `poll group ${options.pollGroup} is not a live poll group (destroyed when its pollGroup$ ended?)`));
      return undefined;
    }
    let grouped = options.pollGroup !== null;
    let open_ = true;
    const releaseHold = state.pump.await();
    const subscriptions: Subscription[] = [];
    let forgetShutdown: () => void = () => undefined;
    const closeHere = (close: CheckedClose): void => {
      if (!open_) return;
      open_ = false;
      if (state.steamAvailable) port.closeConnection(connection, close.reason, close.debug, close.linger);
    };
    const cleanup = (): void => {
      for (const subscription of subscriptions) subscription.unsubscribe();
      forgetShutdown();
      releaseHold();
    };
    const receive = (): void => {
      if (!open_ || grouped) return;
      drainInto(
        (max) => port.receiveMessagesOnConnection(connection, max),
        (message) => subscriber.next({ _tag: 'Message', connection, message }),
        () => subscriber.closed,
      );
    };
    if (grouped) {
      // Steam ungroups a destroyed group's connections: read them here from then on.
      subscriptions.push(
        context.pollGroupDestroyed.subscribe((pollGroup) => {
          if (pollGroup === options.pollGroup) grouped = false;
        }),
      );
    }
    subscriptions.push(
      context.statusChanged$.subscribe((change) => {
        if (change.connection !== connection || !open_) return;
        const { info } = change;
        if (isEnd(info.state)) {
          // Messages that came before the end go out first.
          receive();
          if (subscriber.closed) return;
          // Steam keeps the handle until the application closes it too.
          closeHere({ reason: 0, debug: null, linger: false });
          subscriber.next({ _tag: 'Closed', connection, state: info.state, endReason: info.endReason, endDebug: info.endDebug, info });
          subscriber.complete();
          return;
        }
        subscriber.next({ _tag: 'StateChanged', connection, state: info.state, oldState: change.oldState, info });
      }),
    );
    subscriptions.push(state.pump.frames$.subscribe(receive));
    if (ended$ !== undefined) {
      subscriptions.push(
        ended$.subscribe(() => {
          open_ = false;
          subscriber.complete();
        }),
      );
    }
    forgetShutdown = state.whenShutdown(() => {
      closeHere(options);
      subscriber.complete();
    });
    return () => {
      closeHere(options);
      cleanup();
    };
  });

/**
 * A listen socket as a stream of incoming connections: `create` runs on subscribe
 * (CreateListenSocketP2P or CreateListenSocketIP); each connection arriving on it (a status change
 * to Connecting whose m_hListenSocket is this socket) is emitted to be accepted or closed.
 * Until someone accepts or closes it, the handle is this flow's: one that ends first (the peer
 * gave up, or it timed out waiting: ClosedByPeer / ProblemDetectedLocally) is closed here, since
 * Steam keeps such a handle until the application calls CloseConnection.
 * Unsubscribing or shutdown closes the socket (CloseListenSocket), which closes the connections
 * that arrived on it; the streams of those accepted complete then.
 */
export const listenFlow = (
  context: FlowContext,
  create: MakeHandle<CallFailed>,
  accept: (incoming: AcceptRequest, options: unknown) => Observable<ConnectionEvent>,
  close: (connection: number, options: unknown) => boolean,
): Observable<ListenEvent> =>
  new Observable<ListenEvent>((subscriber) => {
    const { state, port } = context;
    const socket = started(subscriber, state, create);
    if (socket === undefined) return undefined;
    let listening = true;
    // Completes the streams of connections accepted through this socket when it closes.
    const closedSignal = new Observable<void>((closedSubscriber) => {
      if (!listening) {
        closedSubscriber.next();
        return undefined;
      }
      closedSubscribers.add(closedSubscriber);
      return () => closedSubscribers.delete(closedSubscriber);
    });
    const closedSubscribers = new Set<Subscriber<void>>();
    // Connections emitted that nobody has accepted or closed yet: their handles are this flow's.
    const waiting = new Set<number>();
    const closeSocket = (): void => {
      if (!listening) return;
      listening = false;
      if (state.steamAvailable) port.closeListenSocket(socket);
      // CloseListenSocket freed every connection that arrived on it, waiting ones included.
      waiting.clear();
      for (const closedSubscriber of [...closedSubscribers]) closedSubscriber.next();
    };
    const status = context.statusChanged$.subscribe((change) => {
      const { info } = change;
      const connection = change.connection;
      if (!listening) return;
      if (waiting.has(connection)) {
        if (!isEnd(info.state)) return;
        // Ended before anyone answered it: Steam keeps the handle until CloseConnection.
        waiting.delete(connection);
        if (state.steamAvailable) port.closeConnection(connection, 0, null, false);
        return;
      }
      if (info.listenSocket !== socket || info.state !== ConnectionState.Connecting || change.oldState !== ConnectionState.None) return;
      waiting.add(connection);
      // One AcceptConnection per incoming connection, however many times accept() is subscribed.
      const claim = (): boolean => waiting.delete(connection);
      subscriber.next({
        _tag: 'Incoming',
        connection,
        listenSocket: socket,
        info,
        accept: (options) => accept({ connection, ended$: closedSignal, claim }, options),
        close: (options) => {
          if (!waiting.has(connection)) return false;
          const closed = close(connection, options);
          waiting.delete(connection);
          return closed;
        },
      });
    });
    const forgetShutdown = state.whenShutdown(() => {
      closeSocket();
      subscriber.complete();
    });
    return () => {
      status.unsubscribe();
      forgetShutdown();
      closeSocket();
    };
  });

/**
 * A poll group owned by a subscription: CreatePollGroup on subscribe, one PollGroup value, and
 * DestroyPollGroup on unsubscribe or at shutdown (its connections stay open, out of any group).
 */
export const pollGroupFlow = (context: FlowContext, create: MakeHandle<CallFailed>) =>
  new Observable<PollGroup | PollGroupFailed>((subscriber) => {
    const { state, port } = context;
    const pollGroup = started(subscriber, state, create);
    if (pollGroup === undefined) return undefined;
    let alive = true;
    const destroy = (): void => {
      if (!alive) return;
      alive = false;
      if (state.steamAvailable) port.destroyPollGroup(pollGroup);
      context.pollGroupDestroyed.next(pollGroup);
    };
    const forgetShutdown = state.whenShutdown(() => {
      destroy();
      subscriber.complete();
    });
    subscriber.next({ _tag: 'PollGroup', pollGroup, messages$: pollGroupMessages(context, pollGroup, () => alive) });
    return () => {
      forgetShutdown();
      destroy();
    };
  });

/**
 * The messages of a poll group, ReceiveMessagesOnPollGroup after each pump frame while subscribed
 * (holding the pump); completes at shutdown, or when `alive` turns false (the group was destroyed).
 */
export const pollGroupMessages = (context: FlowContext, pollGroup: number, alive: () => boolean = () => true): Observable<ReceivedNetworkMessage> =>
  new Observable<ReceivedNetworkMessage>((subscriber) => {
    const { state, port } = context;
    if (!state.live || !alive()) {
      subscriber.complete();
      return undefined;
    }
    const releaseHold = state.pump.await();
    const frames = state.pump.frames$.subscribe(() => {
      if (!alive()) {
        subscriber.complete();
        return;
      }
      drainInto(
        (max) => port.receiveMessagesOnPollGroup(pollGroup, max),
        (message) => subscriber.next(message),
        () => subscriber.closed,
      );
    });
    const forgetShutdown = state.whenShutdown(() => subscriber.complete());
    return () => {
      frames.unsubscribe();
      forgetShutdown();
      releaseHold();
    };
  });
