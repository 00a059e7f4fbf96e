/**
 * What a test does to the simulated network from outside (`steam.network`): shape the links
 * between machines (latency, jitter, loss, duplication, bandwidth), cut machines apart and heal
 * them, take the relays away, and look at what is in flight, which connections and sessions are
 * open, and what the wire has done so far. Links and partitions are between processes (machines):
 * both pipes of a process share its links.
 */
import type { ProcessRegistry } from './process-registry';
import type { SimulatedProcess } from './simulated-process';
import type { Universe } from './universe';
import { networkOf } from './network/network-binding';
import type { ConnectionSnapshot } from './network/network-model';
import { relaysReachable, setRelaysReachable } from './network/relay-model';
import type { InFlightPacket, LinkProperties, TransportCounters } from './network/transport';

/** The simulated network's controls and inspection (`steam.network`). */
export interface SimulatedNetworkControl {
  /** Every link without its own properties behaves like this from now on (fields left out keep their value). */
  setDefaultLink(properties: Partial<LinkProperties>): void;
  /** The direction from → to behaves like this from now on (fields left out keep their value). */
  setLink(from: SimulatedProcess, to: SimulatedProcess, properties: Partial<LinkProperties>): void;
  /** Both directions between two machines behave like this from now on. */
  setLinkBetween(first: SimulatedProcess, second: SimulatedProcess, properties: Partial<LinkProperties>): void;
  /** The properties of the direction from → to now. */
  link(from: SimulatedProcess, to: SimulatedProcess): LinkProperties;
  /**
   * Cuts every machine of `sideA` off from every machine of `sideB` until healed: unreliable
   * packets across it are lost, reliable ones wait (and arrive after the heal, in order), and a
   * connected peer still out of reach after TimeoutConnected fails with Remote_Timeout. Returns
   * the partition's id for heal.
   */
  partition(sideA: readonly SimulatedProcess[], sideB: readonly SimulatedProcess[]): number;
  /** Heals one partition, or all of them when no id is given. */
  heal(partitionId?: number): void;
  /** The relay network answers (true, the default) or not: status changes follow on every machine that asked for it. */
  setRelaysReachable(reachable: boolean): void;
  /** Whether the relay network answers now. */
  readonly relaysReachable: boolean;
  /** Packets on their way or held by a partition (from/to are processIds). */
  inFlight(): InFlightPacket[];
  /** Every open NetworkingSockets connection and NetworkingMessages session of live pipes. */
  connections(): ConnectionSnapshot[];
  /** The NetworkingMessages sessions among connections(). */
  sessions(): ConnectionSnapshot[];
  /** What the wire has done since the network was made: packets sent, delivered, lost, duplicated, retransmitted. */
  counts(): TransportCounters;
}

export const createSimulatedNetworkControl = (universe: Universe, registry: ProcessRegistry): SimulatedNetworkControl => {
  const network = (): ReturnType<typeof networkOf> => networkOf(universe);
  const host = (process: SimulatedProcess): number => registry.recordOf(process).id;
  return {
    setDefaultLink: (properties) => network().transport.setDefaults(properties),
    setLink: (from, to, properties) => network().transport.setLink(host(from), host(to), properties),
    setLinkBetween: (first, second, properties) => {
      network().transport.setLink(host(first), host(second), properties);
      network().transport.setLink(host(second), host(first), properties);
    },
    link: (from, to) => network().transport.link(host(from), host(to)),
    partition: (sideA, sideB) => network().transport.partition(sideA.map(host), sideB.map(host)),
    heal: (partitionId) => network().transport.heal(partitionId),
    setRelaysReachable: (reachable) => setRelaysReachable(universe, reachable),
    get relaysReachable(): boolean {
      return relaysReachable(universe);
    },
    inFlight: () => network().transport.inFlight(),
    connections: () => network().connections(),
    sessions: () => network().connections().filter((connection) => connection.owner === 'messages'),
    counts: () => network().transport.counts(),
  };
};
