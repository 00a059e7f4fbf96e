/**
 * The wire of the simulated network: packets between hosts (simulated processes) over directed
 * links with latency, jitter, loss, duplication and bandwidth, and partitions that cut hosts apart.
 *
 * Unreliable packets are lost with the link's loss probability (and when they arrive across a
 * partition), duplicated with its duplication probability, and each copy gets its own jitter, so
 * they overtake each other. Reliable packets are never lost: a loss costs a retransmission (one
 * round trip), a partition holds them until it heals (then they are sent again, in order). Order
 * of reliable data is the receiving stream's job (OrderedStream below), as in Steam's protocol.
 * Every draw comes from the network's seeded generator and every delay from the scheduler, so a
 * run is reproducible.
 */
import type { SeededRandom } from './seeded-random';

/** How one direction of a link between two hosts behaves. */
export interface LinkProperties {
  /** One-way delay in scheduler milliseconds. */
  readonly latencyMs: number;
  /** Extra delay drawn per packet, uniformly in [0, jitterMs): unreliable packets reorder through it. */
  readonly jitterMs: number;
  /** Probability a packet is lost (unreliable: gone; reliable: sent again a round trip later). */
  readonly loss: number;
  /** Probability an unreliable packet arrives twice. */
  readonly duplicate: number;
  /** Bytes per second the link carries; packets queue behind each other. Infinity: no limit. */
  readonly bandwidthBytesPerSecond: number;
}

/** What the transport needs of the world: its clock and a way to run something later. */
export interface NetworkClock {
  /** Scheduler time, in milliseconds. */
  now(): number;
  /** Runs `action` after `delayMs` of scheduler time (cancelled when the universe is disposed). */
  later(action: () => void, delayMs: number): void;
}

/** One packet handed to the transport. */
export interface Packet {
  readonly from: number;
  readonly to: number;
  /** Bytes on the wire (payload and a header): what bandwidth counts. */
  readonly size: number;
  readonly reliable: boolean;
  /** What it carries, for inspection ('data', 'connect', 'accept', 'close', …). */
  readonly kind: string;
  /** Runs on arrival (the receiver decides what arriving means). */
  readonly deliver: () => void;
  /** Who sent it, for dropHeld (a connection that gave up stops retransmitting its own). */
  readonly owner?: unknown;
}

/** A packet on its way, as inspection shows it. */
export interface InFlightPacket {
  /** Sending host (processId). */
  readonly from: number;
  /** Receiving host (processId). */
  readonly to: number;
  /** What it carries. */
  readonly kind: string;
  /** Reliable (retransmitted, never lost) or not. */
  readonly reliable: boolean;
  /** Bytes on the wire. */
  readonly size: number;
  /** When it arrives, in scheduler milliseconds (held packets: when they were held). */
  readonly arrivesAtMs: number;
  /** Held by a partition, waiting for it to heal (reliable only). */
  readonly held: boolean;
}

/** Counters since the network was made. */
export interface TransportCounters {
  /** Packets handed to the transport. */
  readonly sent: number;
  /** Packets (copies) that arrived. */
  readonly delivered: number;
  /** Unreliable packets lost (to loss or a partition). */
  readonly lost: number;
  /** Extra copies made by duplication. */
  readonly duplicated: number;
  /** Reliable packets sent again after a loss. */
  readonly retransmitted: number;
}

interface Partition {
  readonly id: number;
  readonly sideA: ReadonlySet<number>;
  readonly sideB: ReadonlySet<number>;
}

interface Flight {
  readonly packet: Packet;
  arrivesAtMs: number;
  held: boolean;
}

/** Checks one direction's properties; a bad value is a test bug, said clearly. */
export const checkLinkProperties = (properties: Partial<LinkProperties>): void => {
  const check = (name: keyof LinkProperties, valid: (value: number) => boolean, expected: string): void => {
    const value = properties[name];
    if (value !== undefined && (typeof value !== 'number' || Number.isNaN(value) || !valid(value))) {
      throw new Error(`steamworks-rx: link ${name} must be ${expected}, got ${String(value)}`);
    }
  };
  check('latencyMs', (value) => value >= 0 && Number.isFinite(value), 'a finite number ≥ 0');
  check('jitterMs', (value) => value >= 0 && Number.isFinite(value), 'a finite number ≥ 0');
  check('loss', (value) => value >= 0 && value < 1, 'a probability in [0, 1)');
  check('duplicate', (value) => value >= 0 && value <= 1, 'a probability in [0, 1]');
  check('bandwidthBytesPerSecond', (value) => value > 0, 'a number > 0 (Infinity for no limit)');
};

/** Most times a reliable packet is lost in a row before it gets through (keeps a 0.99 loss finite). */
const MAX_RETRANSMISSIONS = 16;

export class Transport {
  private defaults: LinkProperties;
  private readonly links = new Map<string, LinkProperties>();
  private readonly busyUntil = new Map<string, number>();
  private readonly partitions: Partition[] = [];
  private readonly flights = new Set<Flight>();
  private lastPartitionId = 0;
  private counters = { sent: 0, delivered: 0, lost: 0, duplicated: 0, retransmitted: 0 };
  /** Told for each pair of hosts a new partition cuts apart. */
  onCut: (hostA: number, hostB: number) => void = () => undefined;

  constructor(
    private readonly clock: NetworkClock,
    private readonly random: SeededRandom,
    defaults: LinkProperties,
  ) {
    checkLinkProperties(defaults);
    this.defaults = defaults;
  }

  /** Every link without its own properties behaves like this. */
  setDefaults(properties: Partial<LinkProperties>): void {
    checkLinkProperties(properties);
    this.defaults = { ...this.defaults, ...properties };
  }

  /** The direction from → to behaves like this from now on (fields left out keep their value). */
  setLink(from: number, to: number, properties: Partial<LinkProperties>): void {
    checkLinkProperties(properties);
    this.links.set(`${from}>${to}`, { ...this.link(from, to), ...properties });
  }

  /** The properties of from → to. A host talks to itself with no delay and no loss. */
  link(from: number, to: number): LinkProperties {
    const own = this.links.get(`${from}>${to}`);
    if (own !== undefined) return own;
    if (from === to) return { latencyMs: 0, jitterMs: 0, loss: 0, duplicate: 0, bandwidthBytesPerSecond: Infinity };
    return this.defaults;
  }

  /** Cuts every host of `sideA` off from every host of `sideB` until healed; returns its id. */
  partition(sideA: readonly number[], sideB: readonly number[]): number {
    const a = new Set(sideA);
    const b = new Set(sideB);
    for (const host of a) if (b.has(host)) throw new Error(`steamworks-rx: host ${host} cannot be on both sides of a partition`);
    this.lastPartitionId += 1;
    const partition = { id: this.lastPartitionId, sideA: a, sideB: b };
    this.partitions.push(partition);
    for (const hostA of a) for (const hostB of b) this.onCut(hostA, hostB);
    return partition.id;
  }

  /** Heals one partition (by id) or all of them; packets it held are sent again, in order. */
  heal(id?: number): void {
    for (let index = this.partitions.length - 1; index >= 0; index -= 1) {
      if (id === undefined || this.partitions[index]?.id === id) this.partitions.splice(index, 1);
    }
    const held = [...this.flights].filter((flight) => flight.held && !this.cut(flight.packet.from, flight.packet.to));
    for (const flight of held) {
      this.flights.delete(flight);
      this.send(flight.packet);
    }
  }

  /** Partitions in force, as [side A, side B] lists. */
  partitionsInForce(): Array<{ readonly id: number; readonly sideA: readonly number[]; readonly sideB: readonly number[] }> {
    return this.partitions.map((partition) => ({ id: partition.id, sideA: [...partition.sideA], sideB: [...partition.sideB] }));
  }

  /** A partition separates the two hosts. */
  cut(hostA: number, hostB: number): boolean {
    if (hostA === hostB) return false;
    return this.partitions.some(
      (partition) => (partition.sideA.has(hostA) && partition.sideB.has(hostB)) || (partition.sideA.has(hostB) && partition.sideB.has(hostA)),
    );
  }

  /** Puts a packet on the wire. */
  send(packet: Packet): void {
    this.counters.sent += 1;
    const now = this.clock.now();
    const link = this.link(packet.from, packet.to);
    const key = `${packet.from}>${packet.to}`;
    const transmitMs = Number.isFinite(link.bandwidthBytesPerSecond) ? (packet.size * 1000) / link.bandwidthBytesPerSecond : 0;
    const departsAtMs = Math.max(now, this.busyUntil.get(key) ?? now);
    if (transmitMs > 0) this.busyUntil.set(key, departsAtMs + transmitMs);
    if (packet.reliable) {
      let retransmissions = 0;
      while (retransmissions < MAX_RETRANSMISSIONS && this.random.chance(link.loss)) retransmissions += 1;
      this.counters.retransmitted += retransmissions;
      const roundTripMs = Math.max(1, 2 * link.latencyMs);
      this.fly(packet, departsAtMs + transmitMs + retransmissions * roundTripMs + link.latencyMs + this.random.upTo(link.jitterMs));
      return;
    }
    if (this.random.chance(link.loss)) {
      this.counters.lost += 1;
      return;
    }
    const copies = this.random.chance(link.duplicate) ? 2 : 1;
    this.counters.duplicated += copies - 1;
    for (let copy = 0; copy < copies; copy += 1) {
      this.fly(packet, departsAtMs + transmitMs + link.latencyMs + this.random.upTo(link.jitterMs));
    }
  }

  /** When the direction from → to has sent everything queued on it (bandwidth), in scheduler ms. */
  idleAtMs(from: number, to: number): number {
    return Math.max(this.clock.now(), this.busyUntil.get(`${from}>${to}`) ?? 0);
  }

  private fly(packet: Packet, arrivesAtMs: number): void {
    const flight: Flight = { packet, arrivesAtMs, held: false };
    this.flights.add(flight);
    this.clock.later(() => this.arrive(flight), Math.max(0, arrivesAtMs - this.clock.now()));
  }

  private arrive(flight: Flight): void {
    if (!this.flights.has(flight)) return;
    const { packet } = flight;
    if (this.cut(packet.from, packet.to)) {
      if (packet.reliable) {
        // Retransmitted until the partition heals (or the connection times out and drops it).
        flight.held = true;
        flight.arrivesAtMs = this.clock.now();
        return;
      }
      this.flights.delete(flight);
      this.counters.lost += 1;
      return;
    }
    this.flights.delete(flight);
    this.counters.delivered += 1;
    packet.deliver();
  }

  /** Drops held packets `matches` picks (a connection that timed out stops retransmitting). */
  dropHeld(matches: (packet: Packet) => boolean): void {
    for (const flight of this.flights) if (flight.held && matches(flight.packet)) this.flights.delete(flight);
  }

  /** Packets on their way or held, oldest first. */
  inFlight(): InFlightPacket[] {
    return [...this.flights].map(({ packet, arrivesAtMs, held }) => ({
      from: packet.from,
      to: packet.to,
      kind: packet.kind,
      reliable: packet.reliable,
      size: packet.size,
      arrivesAtMs,
      held,
    }));
  }

  /** How many packets are on their way or held. */
  inFlightCount(): number {
    return this.flights.size;
  }

  /** Counters since the network was made. */
  counts(): TransportCounters {
    return { ...this.counters };
  }
}

/**
 * One direction of a connection's reliable stream: the sender numbers its packets, the receiver
 * runs them in that order, holding any that arrive early (after a retransmission overtook them).
 */
export class OrderedStream {
  private nextToSend = 0;
  private nextToRun = 0;
  private readonly early = new Map<number, () => void>();

  /** The number the next reliable packet carries. */
  number(): number {
    const sequence = this.nextToSend;
    this.nextToSend += 1;
    return sequence;
  }

  /** A packet arrived: run it and any it unblocks, in order. Duplicates (already run) are ignored. */
  receive(sequence: number, run: () => void): void {
    if (sequence < this.nextToRun || this.early.has(sequence)) return;
    this.early.set(sequence, run);
    let next = this.early.get(this.nextToRun);
    while (next !== undefined) {
      this.early.delete(this.nextToRun);
      this.nextToRun += 1;
      next();
      next = this.early.get(this.nextToRun);
    }
  }
}
