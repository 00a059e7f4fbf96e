/**
 * The simulated network: the endpoints (one node per live client or game-server pipe) of one
 * simulated Steam and the connections between them, with Steam's semantics on top of the
 * transport (transport.ts).
 *
 * - ISteamNetworkingSockets: listen sockets (P2P by virtual port, IP by port on the node's
 *   address), connections with Steam's state machine (Connecting → Connected → ClosedByPeer /
 *   ProblemDetectedLocally, then the application's CloseConnection frees the handle), messages
 *   numbered per connection, poll groups.
 * - ISteamNetworkingMessages: sessions by identity, carried by the same connections (as Valve's
 *   library does): the first message to a user opens one, the user gets a session request and
 *   must accept (or send back) before anything flows; reliable messages arrive once, in order.
 * - Losing a peer: a partition or a dead peer process goes unnoticed until the timeout
 *   (TimeoutConnected / TimeoutInitial): then ProblemDetectedLocally with Remote_Timeout (was
 *   connected) or Misc_Timeout (never connected). A peer closing is ClosedByPeer with its reason.
 *
 * Everything runs on the network clock (the universe's scheduler) and draws from its seeded
 * generator. Nodes never learn anything but through packets that arrive.
 */
import { EResult } from '../../native/generated/core';
import { ESteamNetConnectionEnd, ESteamNetworkingConnectionState } from '../../native/generated/networking-types';
import type { NetworkingIdentity, NetworkingIpAddress } from '../../native/networking-identity';
import type { ReceivedNetworkMessage } from '../../native/networking-message';
import {
  CONNECTION_FLAG_FAST,
  CONNECTION_FLAG_LOOPBACK_BUFFERS,
  CONNECTION_FLAG_UNAUTHENTICATED,
  CONNECTION_FLAG_UNENCRYPTED,
  MAX_CLOSE_REASON_CHARS,
  MAX_MESSAGE_SIZE_SEND,
  SEND_AUTO_RESTART_BROKEN_SESSION,
  SEND_NO_DELAY,
  SEND_RELIABLE,
} from './networking-constants';
import { describeIdentity, identityKey, ipv4Address, ipv4Of } from './network-identity';
import { SeededRandom } from './seeded-random';
import { OrderedStream, Transport, type LinkProperties, type NetworkClock, type Packet } from './transport';

const State = ESteamNetworkingConnectionState;
const End = ESteamNetConnectionEnd;

/** Bytes a packet header adds on the wire (what bandwidth counts besides the payload). */
const HEADER_BYTES = 28;

/** The network's timing and its dice: SimulatedSteamOptions.network. */
export interface NetworkOptions {
  /** Seeds loss, duplication and jitter. Default: the simulated Steam's seed. */
  readonly seed?: string;
  /** Every link's properties unless set per pair. Default: 10 ms one way, no jitter, loss or duplication, no bandwidth limit. */
  readonly link?: Partial<LinkProperties>;
  /** k_ESteamNetworkingConfig_TimeoutInitial: how long a connection may stay Connecting. Default 10 000 ms (Steam's). */
  readonly timeoutInitialMs?: number;
  /** k_ESteamNetworkingConfig_TimeoutConnected: how long a connected peer may go unheard. Default 10 000 ms (Steam's). */
  readonly timeoutConnectedMs?: number;
  /** k_ESteamNetworkingConfig_SendBufferSize: bytes queued per connection before sends fail with LimitExceeded. Default 524 288 (Steam's). */
  readonly sendBufferBytes?: number;
}

/** The settings a process's configuration can change per connection (ISteamNetworkingUtils config values). */
export type ConnectionSetting = 'timeoutInitialMs' | 'timeoutConnectedMs' | 'sendBufferBytes';

/** A process's own value of a setting for one of its connections, or undefined for the network's. */
export type SettingsResolver = (node: NetworkNode, connection: number, setting: ConnectionSetting) => number | undefined;

/** The default link: what two simulated machines on one good network look like. */
export const DEFAULT_LINK: LinkProperties = { latencyMs: 10, jitterMs: 0, loss: 0, duplicate: 0, bandwidthBytesPerSecond: Infinity };
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_SEND_BUFFER_BYTES = 524_288;

/** What a node tells its pipe (the ports turn these into callbacks). */
export interface NodeEvents {
  /** A sockets connection changed state: SteamNetConnectionStatusChangedCallback_t. */
  connectionStatusChanged(connection: ConnectionEnd, oldState: number): void;
  /** A user wants a messages session: SteamNetworkingMessagesSessionRequest_t. */
  sessionRequest(remote: NetworkingIdentity): void;
  /** A messages session failed: SteamNetworkingMessagesSessionFailed_t. */
  sessionFailed(connection: ConnectionEnd): void;
  /** Messages became receivable: the pump's cue to run a frame. */
  messagesArrived(): void;
}

/** Which interface a connection belongs to. */
export type ConnectionOwner = 'sockets' | 'messages';

/** A listen socket of a node. */
export interface ListenSocket {
  readonly handle: number;
  readonly node: NetworkNode;
  /** P2P (by virtual port on the node's identity) or IP (by port on the node's address). */
  readonly kind: 'p2p' | 'ip';
  /** The virtual port (P2P) or the port (IP). */
  readonly port: number;
}

/** One end of a connection (a sockets connection, or the connection under a messages session). */
export class ConnectionEnd {
  state: number = State.Connecting;
  endReason = 0;
  endDebug = '';
  userData = -1n;
  name = '';
  pollGroup = 0;
  /** The other end once it exists (the listener creates it when the connect request arrives). */
  peer: ConnectionEnd | null = null;
  /** Waits for the application's accept (AcceptConnection / AcceptSessionWithUser). */
  awaitingAccept = false;
  /** The application closed it: the handle is gone, nothing more is reported. */
  freed = false;
  /** Connecting or connected with the handshake done at both ends. */
  connectedAtMs: number | null = null;
  /** Messages sent while Connecting: Steam queues them and sends them once connected. */
  readonly queued: Array<{ data: Uint8Array; flags: number; channel: number; messageNumber: bigint }> = [];
  /** Received and not yet taken by the application (sockets: by connection; messages: by channel, in the node). */
  readonly inbox: ReceivedNetworkMessage[] = [];
  /** Arrival order of each inbox message across connections (poll groups merge by it). */
  readonly inboxOrder: number[] = [];
  /** Messages channels this session has used (a session closes when its last channel does). */
  readonly channels = new Set<number>();
  /** This end's reliable stream to its peer. */
  readonly outbound = new OrderedStream();
  /** When each message still queued for the wire leaves (bandwidth), with its size: the send buffer. */
  readonly departing: Array<{ readonly atMs: number; readonly bytes: number; readonly reliable: boolean }> = [];
  nextMessageNumber = 1n;
  sentMessages = 0;
  sentBytes = 0;
  receivedMessages = 0;
  receivedBytes = 0;
  private timeoutArmed = false;

  constructor(
    readonly network: SimulatedNetwork,
    readonly handle: number,
    readonly node: NetworkNode,
    readonly owner: ConnectionOwner,
    /** Who is at the other end, as this end knows it. */
    public remoteIdentity: NetworkingIdentity,
    /** The node that should be at the other end (null: nobody has that identity or address). */
    readonly remoteNode: NetworkNode | null,
    /** The listen socket it arrived on (0: this end connected out). */
    readonly listenSocket: number,
    /** The peer's address for IP connections, null otherwise. */
    readonly remoteAddress: NetworkingIpAddress | null,
    /** The two ends of a CreateSocketPair. */
    readonly loopback: boolean,
  ) {}

  /** ESteamNetworkingConnectionState as Valve reports it (a freed connection is None). */
  reportedState(): number {
    return this.freed ? State.None : this.state;
  }

  /** Open: Connecting or Connected (not ended). */
  open(): boolean {
    return !this.freed && (this.state === State.Connecting || this.state === State.FindingRoute || this.state === State.Connected);
  }

  /** Human-readable, as m_szConnectionDescription. */
  description(): string {
    const kind = this.owner === 'messages' ? 'Messages' : this.remoteAddress !== null ? 'UDP' : this.loopback ? 'pipe' : 'P2P';
    return `#${this.handle} ${kind} ${describeIdentity(this.remoteIdentity)}`.slice(0, 127);
  }

  /** k_nSteamNetworkConnectionInfoFlags_* of this connection. */
  flags(): number {
    if (this.loopback) return CONNECTION_FLAG_LOOPBACK_BUFFERS | CONNECTION_FLAG_FAST | CONNECTION_FLAG_UNAUTHENTICATED | CONNECTION_FLAG_UNENCRYPTED;
    // Simulated IP connections are not authenticated (no certificates); P2P ones are through Steam.
    return this.remoteAddress !== null ? CONNECTION_FLAG_UNAUTHENTICATED : 0;
  }

  /** Bytes waiting to leave (queued while connecting, or behind the link's bandwidth). */
  pendingBytes(reliableOnly?: boolean): number {
    // The common case (no bandwidth limit, connected): nothing waits, and nothing is computed.
    if (this.departing.length === 0 && this.queued.length === 0) return 0;
    const now = this.network.clock.now();
    while (this.departing.length > 0 && (this.departing[0]?.atMs ?? 0) <= now) this.departing.shift();
    let bytes = 0;
    for (const item of this.departing) if (reliableOnly !== true || item.reliable) bytes += item.bytes;
    for (const item of this.queued) if (reliableOnly !== true || (item.flags & SEND_RELIABLE) !== 0) bytes += item.data.byteLength;
    return bytes;
  }

  /** Arms the "peer unheard" timeout of a connected end: when it runs and the peer is still out of reach, the connection fails. */
  armTimeout(delayMs: number): void {
    if (this.timeoutArmed) return;
    this.timeoutArmed = true;
    this.network.clock.later(() => {
      this.timeoutArmed = false;
        if (this.state !== State.Connected || this.freed || this.network.canReach(this)) return;
      this.network.problem(this, End.Remote_Timeout, 'Connection dropped: timed out');
    }, delayMs);
  }
}

/** One live pipe (a client or a game server) on the network. */
export class NetworkNode {
  live = true;
  readonly listenSockets = new Map<number, ListenSocket>();
  /** Sockets connections by handle, until the application closes them. */
  readonly connections = new Map<number, ConnectionEnd>();
  readonly pollGroups = new Set<number>();
  /** Messages sessions by the remote identity's key. */
  readonly sessions = new Map<string | bigint, ConnectionEnd>();
  /** Messages received and not yet taken, by local channel. */
  readonly channelInboxes = new Map<number, ReceivedNetworkMessage[]>();
  /** Which session each channel message came on (same order as channelInboxes). */
  readonly channelSources = new Map<number, ConnectionEnd[]>();

  constructor(
    readonly network: SimulatedNetwork,
    /** The simulated process (its processId): partitions and links are between hosts. */
    readonly host: number,
    /** 'client' or 'server'. */
    readonly pipe: string,
    private readonly identityOf: () => NetworkingIdentity,
    /** The node's IPv4 address, host order. */
    readonly ipv4: number,
    readonly events: NodeEvents,
  ) {}

  /** Who this node is to the others, read live (a game server's Steam ID changes at logon). */
  identity(): NetworkingIdentity {
    return this.identityOf();
  }
}

/** A sockets or messages connection as inspection shows it. */
export interface ConnectionSnapshot {
  /** HSteamNetConnection (messages sessions have one too, internal to Steam). */
  readonly handle: number;
  /** The process it belongs to. */
  readonly processId: number;
  /** 'client' or 'server'. */
  readonly pipe: string;
  /** ISteamNetworkingSockets connection or ISteamNetworkingMessages session. */
  readonly owner: ConnectionOwner;
  /** ESteamNetworkingConnectionState. */
  readonly state: number;
  /** ESteamNetConnectionEnd (0 while open). */
  readonly endReason: number;
  /** The end's debug text. */
  readonly endDebug: string;
  /** The remote identity as text (`steamid:…`, `ip:…`). */
  readonly remote: string;
  /** Waits for the application to accept. */
  readonly awaitingAccept: boolean;
  /** Messages received and not yet taken. */
  readonly unread: number;
  /** Messages sent on it. */
  readonly sentMessages: number;
  /** Messages received on it. */
  readonly receivedMessages: number;
  /** Open messages channels (sessions only). */
  readonly channels: readonly number[];
}

const enc = new TextEncoder();

/** Cuts text to what a char[size] holds with its NUL (whole UTF-8 characters). */
const cutText = (text: string, size: number): string => {
  let out = text;
  while (enc.encode(out).byteLength > size - 1) out = out.slice(0, -1);
  return out;
};

export class SimulatedNetwork {
  readonly transport: Transport;
  readonly timeoutInitialMs: number;
  readonly timeoutConnectedMs: number;
  readonly sendBufferBytes: number;
  private readonly nodes = new Set<NetworkNode>();
  /** The processes' own configuration (SetGlobalConfigValue / SetConnectionConfigValue), consulted per connection. */
  settings: SettingsResolver = () => undefined;
  /** Told when a handle is gone for good (closed, or its pipe left): what is kept per connection goes with it. */
  onReleased: (node: NetworkNode, connection: number) => void = () => undefined;
  private lastHandle = 0;
  private arrivals = 0;

  constructor(
    readonly clock: NetworkClock,
    options: NetworkOptions & { readonly seed: string },
  ) {
    this.transport = new Transport(clock, new SeededRandom(options.seed), { ...DEFAULT_LINK, ...options.link });
    this.timeoutInitialMs = options.timeoutInitialMs ?? DEFAULT_TIMEOUT_MS;
    this.timeoutConnectedMs = options.timeoutConnectedMs ?? DEFAULT_TIMEOUT_MS;
    this.sendBufferBytes = options.sendBufferBytes ?? DEFAULT_SEND_BUFFER_BYTES;
    for (const [name, value] of [['timeoutInitialMs', this.timeoutInitialMs], ['timeoutConnectedMs', this.timeoutConnectedMs], ['sendBufferBytes', this.sendBufferBytes]] as const) {
      if (!Number.isFinite(value) || value <= 0) throw new Error(`steamworks-rx: network ${name} must be a finite number > 0, got ${value}`);
    }
    this.transport.onCut = (hostA, hostB) => this.cutBetween(hostA, hostB);
  }

  /** The value of a setting for a connection end: its process's configuration, else the network's. */
  setting(end: ConnectionEnd, name: ConnectionSetting): number {
    return this.settings(end.node, end.handle, name) ?? this[name];
  }

  /** Handles of every kind (connections, listen sockets, poll groups): nonzero, unique in the network. */
  nextHandle(): number {
    this.lastHandle = (this.lastHandle + 1) >>> 0 || 1;
    return this.lastHandle;
  }

  // ---- nodes --------------------------------------------------------------------------------

  /** A pipe joins the network. */
  attach(host: number, pipe: string, identityOf: () => NetworkingIdentity, ipv4: number, events: NodeEvents): NetworkNode {
    const node = new NetworkNode(this, host, pipe, identityOf, ipv4, events);
    this.nodes.add(node);
    return node;
  }

  /**
   * A pipe leaves (shutdown, or its process died): its connections vanish without a word to
   * anyone, as when a process stops; their peers notice at their timeout.
   */
  detach(node: NetworkNode): void {
    if (!node.live) return;
    node.live = false;
    this.nodes.delete(node);
    const ends = [...node.connections.values(), ...node.sessions.values()];
    for (const end of ends) {
      end.freed = true;
      end.queued.length = 0;
      this.onReleased(node, end.handle);
    }
    // What a partition holds is waiting for the sender to retransmit it: a stopped process never does.
    const gone = new Set<unknown>(ends);
    this.transport.dropHeld((packet) => gone.has(packet.owner));
    node.connections.clear();
    node.sessions.clear();
    node.listenSockets.clear();
    node.pollGroups.clear();
    node.channelInboxes.clear();
    node.channelSources.clear();
    for (const other of this.nodes) {
      for (const end of [...other.connections.values(), ...other.sessions.values()]) {
        // Connecting ones already have their TimeoutInitial deadline.
        if (end.remoteNode === node && end.open() && end.state === State.Connected) end.armTimeout(this.setting(end, 'timeoutConnectedMs'));
      }
    }
  }

  /** Live nodes, in the order they joined. */
  liveNodes(): NetworkNode[] {
    return [...this.nodes];
  }

  /** The live node with this identity: a Steam ID (client user or game server) or an IP address identity. */
  nodeByIdentity(identity: NetworkingIdentity): NetworkNode | null {
    const key = identityKey(identity);
    if (key === null) return null;
    for (const node of this.nodes) if (identityKey(node.identity()) === key) return node;
    if ('ip' in identity) {
      const ip = ipv4Of(identity.ip);
      for (const node of this.nodes) if (ip !== null && node.ipv4 === ip) return node;
    }
    return null;
  }

  /** The end can still hear its peer (both nodes live, no partition between their hosts). */
  canReach(end: ConnectionEnd): boolean {
    const remote = end.remoteNode;
    if (remote === null || !remote.live || !end.node.live) return false;
    return !this.transport.cut(end.node.host, remote.host);
  }

  private cutBetween(hostA: number, hostB: number): void {
    for (const node of this.nodes) {
      if (node.host !== hostA && node.host !== hostB) continue;
      for (const end of [...node.connections.values(), ...node.sessions.values()]) {
        const remote = end.remoteNode;
        if (remote === null) continue;
        const across = (node.host === hostA && remote.host === hostB) || (node.host === hostB && remote.host === hostA);
        // Connecting ones already have their TimeoutInitial deadline.
        if (across && end.state === State.Connected) end.armTimeout(this.setting(end, 'timeoutConnectedMs'));
      }
    }
  }

  // ---- state changes ------------------------------------------------------------------------

  private setState(end: ConnectionEnd, state: number): void {
    const old = end.state;
    if (old === state) return;
    end.state = state;
    if (state === State.Connected) end.connectedAtMs = this.clock.now();
    if (end.owner === 'sockets' && !end.freed && end.node.live) end.node.events.connectionStatusChanged(end, old);
  }

  /** The local side gave up on the connection: ProblemDetectedLocally with `reason`. */
  problem(end: ConnectionEnd, reason: number, debug: string): void {
    if (!end.open()) return;
    end.endReason = reason;
    end.endDebug = cutText(debug, MAX_CLOSE_REASON_CHARS);
    end.queued.length = 0;
    // It stops retransmitting what the partition held.
    this.transport.dropHeld((packet) => packet.owner === end);
    this.setState(end, State.ProblemDetectedLocally);
    if (end.owner === 'messages' && end.node.live) end.node.events.sessionFailed(end);
  }

  private closedByPeer(end: ConnectionEnd, reason: number, debug: string): void {
    if (!end.open()) return;
    end.endReason = reason;
    end.endDebug = cutText(debug, MAX_CLOSE_REASON_CHARS);
    end.queued.length = 0;
    // ISteamNetworkingMessages says nothing when a peer closes a session (Valve's documentation).
    this.setState(end, State.ClosedByPeer);
  }

  // ---- packets between ends -----------------------------------------------------------------

  /** Sends `run` to the peer end on this end's reliable stream. */
  private sendReliable(end: ConnectionEnd, to: NetworkNode, kind: string, size: number, run: () => void): void {
    const sequence = end.outbound.number();
    const from = end.node;
    const packet: Packet = {
      from: from.host,
      to: to.host,
      size: size + HEADER_BYTES,
      reliable: true,
      kind,
      deliver: () => {
        if (to.live) end.outbound.receive(sequence, run);
      },
      owner: end,
    };
    this.transport.send(packet);
  }

  private sendUnreliable(end: ConnectionEnd, to: NetworkNode, kind: string, size: number, run: () => void): void {
    this.transport.send({
      from: end.node.host,
      to: to.host,
      size: size + HEADER_BYTES,
      reliable: false,
      kind,
      deliver: () => {
        if (to.live) run();
      },
    });
  }

  /** Starts a connection from `end` to its remote node: the connect request goes out, the deadline starts. */
  private startConnecting(end: ConnectionEnd, arrive: (target: NetworkNode) => void): void {
    this.clock.later(() => {
      // Still Connecting at TimeoutInitial (nobody answered, or nobody accepted): it fails.
      if (end.open() && end.state !== State.Connected) this.problem(end, End.Misc_Timeout, 'Timed out attempting to connect');
    }, this.setting(end, 'timeoutInitialMs'));
    const target = end.remoteNode;
    if (target === null) return;
    this.sendReliable(end, target, 'connect', 64, () => arrive(target));
  }

  /** The accepting end answers: its peer becomes Connected and sends what it queued. */
  private sendAccept(end: ConnectionEnd): void {
    const peer = end.peer;
    const to = end.remoteNode;
    if (peer === null || to === null) return;
    this.sendReliable(end, to, 'accept', 32, () => {
      if (!peer.open()) return;
      this.setState(peer, State.Connected);
      this.flushQueued(peer);
    });
  }

  private flushQueued(end: ConnectionEnd): void {
    const queued = end.queued.splice(0);
    for (const item of queued) this.transmit(end, item.data, item.flags, item.channel, item.messageNumber);
  }

  /** Puts one message on the wire toward the peer end. */
  private transmit(end: ConnectionEnd, data: Uint8Array, flags: number, channel: number, messageNumber: bigint): void {
    const peer = end.peer;
    const to = end.remoteNode;
    if (peer === null || to === null) return;
    const reliable = (flags & SEND_RELIABLE) !== 0;
    end.sentMessages += 1;
    end.sentBytes += data.byteLength;
    const run = (): void => this.arrive(peer, data, flags, channel, messageNumber);
    if (reliable) this.sendReliable(end, to, 'data', data.byteLength, run);
    else this.sendUnreliable(end, to, 'data', data.byteLength, run);
    // Behind a bandwidth limit the message stays in the send buffer until the link has sent it:
    // the transport queued it on the link, so the link's idle time is when it has left.
    if (Number.isFinite(this.transport.link(end.node.host, to.host).bandwidthBytesPerSecond)) {
      end.departing.push({ atMs: this.transport.idleAtMs(end.node.host, to.host), bytes: data.byteLength, reliable });
    }
  }

  /** A message reaches the peer end: into its inbox (sockets) or its node's channel inbox (messages). */
  private arrive(end: ConnectionEnd, data: Uint8Array, flags: number, channel: number, messageNumber: bigint): void {
    // Unreliable data that overtook the handshake, or reaches a closed end, is dropped as Steam drops it.
    if (end.freed || end.state !== State.Connected) return;
    end.receivedMessages += 1;
    end.receivedBytes += data.byteLength;
    this.arrivals += 1;
    const message: ReceivedNetworkMessage = {
      data,
      connection: end.owner === 'sockets' ? end.handle : 0,
      identityPeer: end.remoteIdentity,
      connectionUserData: end.userData,
      timeReceived: BigInt(Math.round(this.clock.now() * 1000)),
      messageNumber,
      channel: end.owner === 'messages' ? channel : 0,
      flags,
      lane: 0,
    };
    if (end.owner === 'sockets') {
      end.inbox.push(message);
      end.inboxOrder.push(this.arrivals);
    } else {
      end.channels.add(channel);
      const inbox = end.node.channelInboxes.get(channel) ?? [];
      const sources = end.node.channelSources.get(channel) ?? [];
      inbox.push(message);
      sources.push(end);
      end.node.channelInboxes.set(channel, inbox);
      end.node.channelSources.set(channel, sources);
    }
    end.node.events.messagesArrived();
  }

  /** The peer end asks this one to close: it sends its close behind whatever it sent before. */
  private sendClose(end: ConnectionEnd, reason: number, debug: string): void {
    const peer = end.peer;
    const to = end.remoteNode;
    if (to === null) return;
    // Read at arrival: the connect request went first on the same stream, so a listener's end
    // exists by then (none: the connect found no listener, and there is nobody to tell).
    this.sendReliable(end, to, 'close', 16 + debug.length, () => {
      if (end.peer !== null) this.closedByPeer(end.peer, reason, debug);
    });
  }

  // ---- ISteamNetworkingSockets --------------------------------------------------------------

  createListenSocketP2P(node: NetworkNode, virtualPort: number): number {
    if (!node.live || !Number.isInteger(virtualPort) || virtualPort < 0) return 0;
    for (const socket of node.listenSockets.values()) if (socket.kind === 'p2p' && socket.port === virtualPort) return 0;
    const handle = this.nextHandle();
    node.listenSockets.set(handle, { handle, node, kind: 'p2p', port: virtualPort });
    return handle;
  }

  createListenSocketIP(node: NetworkNode, local: NetworkingIpAddress): number {
    if (!node.live) return 0;
    const ip = ipv4Of(local);
    // Bind to any address or to this node's own: anything else is not an address of this machine.
    if (ip === null || (ip !== 0 && ip !== node.ipv4 && ip !== 0x7f000001)) return 0;
    let port = local.port;
    const taken = (candidate: number): boolean => [...node.listenSockets.values()].some((socket) => socket.kind === 'ip' && socket.port === candidate);
    if (port === 0) {
      port = 27015;
      while (taken(port)) port += 1;
    } else if (taken(port)) return 0;
    const handle = this.nextHandle();
    node.listenSockets.set(handle, { handle, node, kind: 'ip', port });
    return handle;
  }

  listenSocketAddress(node: NetworkNode, handle: number): NetworkingIpAddress | null {
    const socket = node.listenSockets.get(handle);
    if (socket === undefined || socket.kind !== 'ip') return null;
    return ipv4Address(node.ipv4, socket.port);
  }

  closeListenSocket(node: NetworkNode, handle: number): boolean {
    const socket = node.listenSockets.get(handle);
    if (socket === undefined) return false;
    node.listenSockets.delete(handle);
    // Valve: every connection that arrived on it is closed, ungracefully.
    for (const end of [...node.connections.values()]) if (end.listenSocket === handle) this.closeConnection(node, end.handle, 0, null, false);
    return true;
  }

  connectP2P(node: NetworkNode, identity: NetworkingIdentity, virtualPort: number): number {
    if (!node.live || identityKey(identity) === null || !Number.isInteger(virtualPort) || virtualPort < 0) return 0;
    const target = this.nodeByIdentity(identity);
    const end = new ConnectionEnd(this, this.nextHandle(), node, 'sockets', identity, target, 0, null, false);
    node.connections.set(end.handle, end);
    node.events.connectionStatusChanged(end, State.None);
    this.startConnecting(end, (targetNode) => {
      const socket = [...targetNode.listenSockets.values()].find((candidate) => candidate.kind === 'p2p' && candidate.port === virtualPort);
      if (socket === undefined) {
        this.answerNoListener(end, targetNode);
        return;
      }
      this.incoming(end, targetNode, socket, node.identity(), null);
    });
    return end.handle;
  }

  connectByIPAddress(node: NetworkNode, address: NetworkingIpAddress): number {
    const ip = ipv4Of(address);
    if (!node.live || ip === null || ip === 0 || address.port === 0) return 0;
    const target = this.nodes.has(node) ? this.nodeByAddress(node, ip, address.port) : null;
    const identity: NetworkingIdentity = { ip: ipv4Address(ip, address.port) };
    const end = new ConnectionEnd(this, this.nextHandle(), node, 'sockets', identity, target, 0, ipv4Address(ip, address.port), false);
    node.connections.set(end.handle, end);
    node.events.connectionStatusChanged(end, State.None);
    this.startConnecting(end, (targetNode) => {
      const socket = [...targetNode.listenSockets.values()].find((candidate) => candidate.kind === 'ip' && candidate.port === address.port);
      // Nothing listening on that port: the packets go nowhere, the connect times out (UDP).
      if (socket === undefined) return;
      // The listener sees the connecting machine's address, from an ephemeral port.
      const from = ipv4Address(node.ipv4, 50_000 + (end.handle % 10_000));
      this.incoming(end, targetNode, socket, { ip: from }, from);
    });
    return end.handle;
  }

  private nodeByAddress(from: NetworkNode, ip: number, port: number): NetworkNode | null {
    const listening = (node: NetworkNode): boolean => [...node.listenSockets.values()].some((socket) => socket.kind === 'ip' && socket.port === port);
    if (ip === 0x7f000001) return listening(from) ? from : (this.liveNodes().find((node) => node.host === from.host && listening(node)) ?? null);
    return this.liveNodes().find((node) => node.ipv4 === ip && listening(node)) ?? this.liveNodes().find((node) => node.ipv4 === ip) ?? null;
  }

  /** A P2P connect to a node with no listen socket on that virtual port: it says so. */
  private answerNoListener(initiator: ConnectionEnd, targetNode: NetworkNode): void {
    this.transport.send({
      from: targetNode.host,
      to: initiator.node.host,
      size: HEADER_BYTES,
      reliable: true,
      kind: 'no-connection',
      deliver: () => this.closedByPeer(initiator, End.Misc_PeerSentNoConnection, 'Received unexpected \'no connection\' from peer'),
    });
  }

  /** A connect request reached a listen socket: a Connecting connection the application must accept. */
  private incoming(initiator: ConnectionEnd, targetNode: NetworkNode, socket: ListenSocket, remote: NetworkingIdentity, remoteAddress: NetworkingIpAddress | null): void {
    if (!initiator.open() || !socket.node.live || !targetNode.listenSockets.has(socket.handle)) return;
    const end = new ConnectionEnd(this, this.nextHandle(), targetNode, 'sockets', remote, initiator.node.live ? initiator.node : null, socket.handle, remoteAddress, false);
    end.awaitingAccept = true;
    end.peer = initiator;
    initiator.peer = end;
    targetNode.connections.set(end.handle, end);
    this.clock.later(() => {
      if (end.open() && end.state !== State.Connected) this.problem(end, End.Misc_Timeout, 'Timed out waiting for the application to accept');
    }, this.setting(end, 'timeoutInitialMs'));
    // None → Connecting, with m_hListenSocket set: Valve's "a new connection arrived".
    targetNode.events.connectionStatusChanged(end, State.None);
  }

  acceptConnection(node: NetworkNode, handle: number): number {
    const end = node.connections.get(handle);
    if (end === undefined) return EResult.InvalidParam;
    if (!end.awaitingAccept || end.state !== State.Connecting) return EResult.InvalidState;
    end.awaitingAccept = false;
    this.setState(end, State.Connected);
    this.sendAccept(end);
    return EResult.OK;
  }

  /** CloseConnection: frees the handle; an open connection tells its peer (ClosedByPeer with the reason). */
  closeConnection(node: NetworkNode, handle: number, reason: number, debug: string | null, linger: boolean): boolean {
    const end = node.connections.get(handle);
    if (end === undefined) return false;
    node.connections.delete(handle);
    this.release(end, reason, debug, linger);
    this.onReleased(node, handle);
    return true;
  }

  private release(end: ConnectionEnd, reason: number, debug: string | null, linger: boolean): void {
    const wasOpen = end.open();
    end.freed = true;
    if (!linger) end.queued.length = 0;
    end.inbox.length = 0;
    end.inboxOrder.length = 0;
    if (!wasOpen) return;
    // Valve: 0 means App_Generic; a number outside the application ranges becomes App_Max.
    let sent = reason;
    let text = debug ?? '';
    if (sent === 0) sent = End.App_Generic;
    else if (sent < End.App_Min || sent > End.AppException_Max) {
      sent = End.App_Max;
      text = 'Invalid numeric reason code';
    }
    if (linger && end.queued.length > 0) this.flushQueued(end);
    this.sendClose(end, sent, cutText(text, MAX_CLOSE_REASON_CHARS));
  }

  sendMessageToConnection(node: NetworkNode, handle: number, data: Uint8Array, flags: number): { result: number; messageNumber: bigint } {
    const end = node.connections.get(handle);
    if (end === undefined || data.byteLength > MAX_MESSAGE_SIZE_SEND) return { result: EResult.InvalidParam, messageNumber: 0n };
    return this.sendOn(end, data, flags, 0);
  }

  private sendOn(end: ConnectionEnd, data: Uint8Array, flags: number, channel: number): { result: number; messageNumber: bigint } {
    if (end.state === State.ClosedByPeer || end.state === State.ProblemDetectedLocally) return { result: EResult.NoConnection, messageNumber: 0n };
    if (!end.open()) return { result: EResult.InvalidState, messageNumber: 0n };
    const reliable = (flags & SEND_RELIABLE) !== 0;
    const connected = end.state === State.Connected;
    if (!reliable && (flags & SEND_NO_DELAY) !== 0 && (!connected || end.pendingBytes() > 0)) return { result: EResult.Ignored, messageNumber: 0n };
    if (end.pendingBytes() + data.byteLength > this.setting(end, 'sendBufferBytes')) return { result: EResult.LimitExceeded, messageNumber: 0n };
    const copy = data.slice();
    const messageNumber = end.nextMessageNumber;
    end.nextMessageNumber += 1n;
    if (connected) this.transmit(end, copy, flags, channel, messageNumber);
    else end.queued.push({ data: copy, flags, channel, messageNumber });
    return { result: EResult.OK, messageNumber };
  }

  flushMessagesOnConnection(node: NetworkNode, handle: number): number {
    const end = node.connections.get(handle);
    if (end === undefined) return EResult.InvalidParam;
    return end.open() ? EResult.OK : EResult.NoConnection;
  }

  receiveMessagesOnConnection(node: NetworkNode, handle: number, maxMessages: number): ReceivedNetworkMessage[] {
    const end = node.connections.get(handle);
    if (end === undefined || maxMessages <= 0) return [];
    end.inboxOrder.splice(0, maxMessages);
    return end.inbox.splice(0, maxMessages);
  }

  createPollGroup(node: NetworkNode): number {
    if (!node.live) return 0;
    const handle = this.nextHandle();
    node.pollGroups.add(handle);
    return handle;
  }

  destroyPollGroup(node: NetworkNode, pollGroup: number): boolean {
    if (!node.pollGroups.delete(pollGroup)) return false;
    for (const end of node.connections.values()) if (end.pollGroup === pollGroup) end.pollGroup = 0;
    return true;
  }

  setConnectionPollGroup(node: NetworkNode, handle: number, pollGroup: number): boolean {
    const end = node.connections.get(handle);
    if (end === undefined || (pollGroup !== 0 && !node.pollGroups.has(pollGroup))) return false;
    end.pollGroup = pollGroup;
    return true;
  }

  /** Messages of every connection in the group, in the order they arrived. */
  receiveMessagesOnPollGroup(node: NetworkNode, pollGroup: number, maxMessages: number): ReceivedNetworkMessage[] {
    if (!node.pollGroups.has(pollGroup) || maxMessages <= 0) return [];
    const members = [...node.connections.values()].filter((end) => end.pollGroup === pollGroup && end.inbox.length > 0);
    const out: ReceivedNetworkMessage[] = [];
    while (out.length < maxMessages) {
      let first: ConnectionEnd | null = null;
      for (const end of members) {
        if (end.inbox.length === 0) continue;
        if (first === null || (end.inboxOrder[0] ?? 0) < (first.inboxOrder[0] ?? 0)) first = end;
      }
      if (first === null) break;
      first.inboxOrder.shift();
      const message = first.inbox.shift();
      if (message !== undefined) out.push(message);
    }
    return out;
  }

  /** CreateSocketPair: two connections of one node, already connected to each other. */
  createSocketPair(node: NetworkNode, identity1: NetworkingIdentity | null, identity2: NetworkingIdentity | null): [ConnectionEnd, ConnectionEnd] | null {
    if (!node.live) return null;
    const localhost: NetworkingIdentity = { ip: ipv4Address(0x7f000001, 0) };
    const first = new ConnectionEnd(this, this.nextHandle(), node, 'sockets', identity2 ?? localhost, node, 0, null, true);
    const second = new ConnectionEnd(this, this.nextHandle(), node, 'sockets', identity1 ?? localhost, node, 0, null, true);
    first.peer = second;
    second.peer = first;
    node.connections.set(first.handle, first);
    node.connections.set(second.handle, second);
    this.setState(first, State.Connected);
    this.setState(second, State.Connected);
    return [first, second];
  }

  // ---- ISteamNetworkingMessages -------------------------------------------------------------

  /** SendMessageToUser: opens the session if there is none (the remote user must accept). */
  sendMessageToUser(node: NetworkNode, identity: NetworkingIdentity, data: Uint8Array, flags: number, channel: number): number {
    const key = identityKey(identity);
    if (!node.live || key === null || data.byteLength > MAX_MESSAGE_SIZE_SEND || !Number.isInteger(channel)) return EResult.InvalidParam;
    let end = node.sessions.get(key);
    if (end !== undefined && (end.state === State.ClosedByPeer || end.state === State.ProblemDetectedLocally)) {
      if ((flags & SEND_AUTO_RESTART_BROKEN_SESSION) === 0) return EResult.NoConnection;
      node.sessions.delete(key);
      this.dropChannelMessages(node, end, null);
      end.freed = true;
      end = undefined;
    }
    if (end === undefined) end = this.openSession(node, identity, key);
    // Sending to a user who asked for a session accepts it (Valve's documentation).
    if (end.awaitingAccept) this.acceptSession(end);
    end.channels.add(channel);
    return this.sendOn(end, data, flags, channel).result;
  }

  private openSession(node: NetworkNode, identity: NetworkingIdentity, key: string | bigint): ConnectionEnd {
    const target = this.nodeByIdentity(identity);
    const end = new ConnectionEnd(this, this.nextHandle(), node, 'messages', identity, target, 0, null, false);
    node.sessions.set(key, end);
    this.startConnecting(end, (targetNode) => this.sessionArrives(end, targetNode));
    return end;
  }

  /** A session request reached the user: a simultaneous open pairs up, otherwise they are asked. */
  private sessionArrives(initiator: ConnectionEnd, targetNode: NetworkNode): void {
    if (!initiator.open()) return;
    const remoteIdentity = initiator.node.identity();
    const key = identityKey(remoteIdentity);
    if (key === null) return;
    const existing = targetNode.sessions.get(key);
    // The other half of a simultaneous open, already paired when this side's request arrived there.
    if (existing !== undefined && existing.peer === initiator) return;
    if (existing !== undefined && existing.open() && existing.peer === null && existing.remoteNode === initiator.node) {
      // Both sent first: each one's sending accepted the other.
      existing.peer = initiator;
      initiator.peer = existing;
      existing.awaitingAccept = false;
      this.setState(existing, State.Connected);
      // The accept goes first on the stream: the other side must be Connected before the data lands.
      this.sendAccept(existing);
      this.flushQueued(existing);
      return;
    }
    if (existing !== undefined) {
      // A session the initiator no longer has (it restarted, or closed it): the new one replaces it.
      targetNode.sessions.delete(key);
      this.dropChannelMessages(targetNode, existing, null);
      existing.freed = true;
    }
    const end = new ConnectionEnd(this, this.nextHandle(), targetNode, 'messages', remoteIdentity, initiator.node.live ? initiator.node : null, 0, null, false);
    end.awaitingAccept = true;
    end.peer = initiator;
    initiator.peer = end;
    targetNode.sessions.set(key, end);
    this.clock.later(() => {
      if (end.open() && end.state !== State.Connected) {
        // Never accepted: the request lapses quietly here (the sender's session times out).
        end.freed = true;
        if (targetNode.sessions.get(key) === end) targetNode.sessions.delete(key);
      }
    }, this.setting(end, 'timeoutInitialMs'));
    targetNode.events.sessionRequest(remoteIdentity);
  }

  private acceptSession(end: ConnectionEnd): void {
    end.awaitingAccept = false;
    this.setState(end, State.Connected);
    this.sendAccept(end);
  }

  /** AcceptSessionWithUser: true when a session request from that user was waiting. */
  acceptSessionWithUser(node: NetworkNode, identity: NetworkingIdentity): boolean {
    const key = identityKey(identity);
    const end = key === null ? undefined : node.sessions.get(key);
    if (end === undefined || !end.awaitingAccept || !end.open()) return false;
    this.acceptSession(end);
    return true;
  }

  /** ReceiveMessagesOnChannel: up to `maxMessages` from every session, in arrival order. */
  receiveMessagesOnChannel(node: NetworkNode, channel: number, maxMessages: number): ReceivedNetworkMessage[] {
    const inbox = node.channelInboxes.get(channel);
    if (inbox === undefined || maxMessages <= 0) return [];
    node.channelSources.get(channel)?.splice(0, maxMessages);
    const taken = inbox.splice(0, maxMessages);
    if (inbox.length === 0) {
      node.channelInboxes.delete(channel);
      node.channelSources.delete(channel);
    }
    return taken;
  }

  /** CloseSessionWithUser: the session and its unread messages go; the peer's session is ClosedByPeer. */
  closeSessionWithUser(node: NetworkNode, identity: NetworkingIdentity): boolean {
    const key = identityKey(identity);
    const end = key === null ? undefined : node.sessions.get(key);
    if (end === undefined || key === null) return false;
    node.sessions.delete(key);
    this.dropChannelMessages(node, end, null);
    this.release(end, End.App_Generic, 'Session closed', false);
    return true;
  }

  /** CloseChannelWithUser: that channel's unread messages go; the last channel closes the session. */
  closeChannelWithUser(node: NetworkNode, identity: NetworkingIdentity, channel: number): boolean {
    const key = identityKey(identity);
    const end = key === null ? undefined : node.sessions.get(key);
    if (end === undefined) return false;
    this.dropChannelMessages(node, end, channel);
    end.channels.delete(channel);
    if (end.channels.size === 0) return this.closeSessionWithUser(node, identity);
    return true;
  }

  private dropChannelMessages(node: NetworkNode, end: ConnectionEnd, channel: number | null): void {
    for (const [inboxChannel, inbox] of [...node.channelInboxes]) {
      if (channel !== null && inboxChannel !== channel) continue;
      const sources = node.channelSources.get(inboxChannel) ?? [];
      const keptMessages: ReceivedNetworkMessage[] = [];
      const keptSources: ConnectionEnd[] = [];
      inbox.forEach((message, index) => {
        const source = sources[index];
        if (source !== end && source !== undefined) {
          keptMessages.push(message);
          keptSources.push(source);
        }
      });
      if (keptMessages.length === 0) {
        node.channelInboxes.delete(inboxChannel);
        node.channelSources.delete(inboxChannel);
      } else {
        node.channelInboxes.set(inboxChannel, keptMessages);
        node.channelSources.set(inboxChannel, keptSources);
      }
    }
  }

  /** The session with that user, or null (GetSessionConnectionInfo answers None). */
  session(node: NetworkNode, identity: NetworkingIdentity): ConnectionEnd | null {
    const key = identityKey(identity);
    return key === null ? null : (node.sessions.get(key) ?? null);
  }

  // ---- status and inspection ----------------------------------------------------------------

  /** Round trip between two hosts over their links, whole milliseconds (pings and ping-location estimates). */
  roundTripMs(hostA: number, hostB: number): number {
    const there = this.transport.link(hostA, hostB);
    const back = this.transport.link(hostB, hostA);
    return Math.round(there.latencyMs + back.latencyMs + (there.jitterMs + back.jitterMs) / 2);
  }

  /** Round-trip time to the peer, in whole milliseconds (Steam's m_nPing). */
  pingMs(end: ConnectionEnd): number {
    const remote = end.remoteNode;
    return remote === null ? -1 : this.roundTripMs(end.node.host, remote.host);
  }

  /** Fraction of packets that get through this direction (1 − loss), as m_flConnectionQualityLocal says. */
  quality(from: NetworkNode, to: NetworkNode | null): number {
    if (to === null) return -1;
    return 1 - this.transport.link(from.host, to.host).loss;
  }

  /** A node's sockets connections (until the application closes them): handle, state and end. */
  connectionsOf(node: NetworkNode): Array<{ handle: number; state: number; endReason: number; endDebug: string }> {
    return [...node.connections.values()].map((end) => ({ handle: end.handle, state: end.reportedState(), endReason: end.endReason, endDebug: end.endDebug }));
  }

  /** Every connection and session of live nodes. */
  connections(): ConnectionSnapshot[] {
    const out: ConnectionSnapshot[] = [];
    for (const node of this.nodes) {
      for (const end of [...node.connections.values(), ...node.sessions.values()]) {
        let unread = end.inbox.length;
        if (end.owner === 'messages') for (const sources of node.channelSources.values()) unread += sources.filter((source) => source === end).length;
        out.push({
          handle: end.handle,
          processId: node.host,
          pipe: node.pipe,
          owner: end.owner,
          state: end.reportedState(),
          endReason: end.endReason,
          endDebug: end.endDebug,
          remote: describeIdentity(end.remoteIdentity),
          awaitingAccept: end.awaitingAccept,
          unread,
          sentMessages: end.sentMessages,
          receivedMessages: end.receivedMessages,
          channels: [...end.channels].sort((a, b) => a - b),
        });
      }
    }
    return out;
  }
}
