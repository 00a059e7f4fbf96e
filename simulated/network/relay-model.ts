/**
 * The Steam Datagram Relay as each simulated machine sees it (ISteamNetworkingUtils): after
 * InitRelayNetworkAccess the status goes Attempting (network config being fetched), then the
 * config is Current and pings to the relays are measured, then Current (or Failed when the test
 * made the relays unreachable). Each change is a SteamRelayNetworkStatus_t on the client pipe.
 * Ping locations are the machine's place on the simulated network: estimates between two of them
 * are the round trip over the network's links.
 */
import { ESteamNetworkingAvailability } from '../../native/generated/networking-types';
import type { RelayNetworkStatus } from '../../native/networking-utils-port';
import type { ProcessRecord } from '../process-record';
import type { Universe } from '../universe';

const Availability = ESteamNetworkingAvailability;

/** The simulated relay points of presence (data centres): their codes and their base ping from every machine. */
export const SIMULATED_POPS: ReadonlyArray<{ readonly code: string; readonly basePingMs: number }> = [
  { code: 'fra', basePingMs: 18 },
  { code: 'iad', basePingMs: 42 },
  { code: 'sgp', basePingMs: 95 },
  { code: 'syd', basePingMs: 140 },
];

/** SteamNetworkingPOPID of a three-letter code (Valve's CalculateSteamNetworkingPOPIDFromString packing). */
export const popIdOf = (code: string): number => ((code.charCodeAt(0) << 16) | (code.charCodeAt(1) << 8) | code.charCodeAt(2)) >>> 0;

/** Bytes of SteamNetworkPingLocation_t. */
export const PING_LOCATION_BYTES = 512;

const universeRelays = new WeakMap<Universe, { reachable: boolean; readonly machines: Map<ProcessRecord, RelayMachine> }>();

const relaysOf = (universe: Universe): { reachable: boolean; readonly machines: Map<ProcessRecord, RelayMachine> } => {
  let found = universeRelays.get(universe);
  if (found === undefined) {
    found = { reachable: true, machines: new Map() };
    universeRelays.set(universe, found);
  }
  return found;
};

/** One machine's view of the relay network. */
export class RelayMachine {
  status: RelayNetworkStatus = {
    availability: Availability.NeverTried,
    pingMeasurementInProgress: false,
    availabilityNetworkConfig: Availability.NeverTried,
    availabilityAnyRelay: Availability.NeverTried,
    debugMessage: '',
  };
  /** When the pings were last measured (scheduler ms), null before the first. */
  measuredAtMs: number | null = null;
  private measuring = false;

  constructor(
    private readonly universe: Universe,
    private readonly process: ProcessRecord,
    /** Posts SteamRelayNetworkStatus_t on the process's client pipe (the newest client's, see relayMachineOf). */
    public post: (status: RelayNetworkStatus) => void,
  ) {}

  private set(status: RelayNetworkStatus): void {
    this.status = status;
    this.post(status);
  }

  /** InitRelayNetworkAccess, or a stale CheckPingDataUpToDate: fetch the config (once) and measure. */
  start(): void {
    if (this.measuring) return;
    this.measuring = true;
    const stepMs = this.universe.latencyMs;
    const configReady = this.status.availabilityNetworkConfig === Availability.Current;
    if (!configReady) {
      this.set({ availability: Availability.Attempting, pingMeasurementInProgress: false, availabilityNetworkConfig: Availability.Attempting, availabilityAnyRelay: Availability.Waiting, debugMessage: 'Fetching network config' });
    }
    this.universe.later(() => {
      if (this.process.disposed) return;
      this.set({ availability: Availability.Attempting, pingMeasurementInProgress: true, availabilityNetworkConfig: Availability.Current, availabilityAnyRelay: Availability.Attempting, debugMessage: 'Measuring ping to relays' });
      this.universe.later(() => {
        this.measuring = false;
        if (this.process.disposed) return;
        if (relaysOf(this.universe).reachable) {
          this.measuredAtMs = this.universe.now();
          this.set({ availability: Availability.Current, pingMeasurementInProgress: false, availabilityNetworkConfig: Availability.Current, availabilityAnyRelay: Availability.Current, debugMessage: '' });
        } else {
          this.set({ availability: Availability.Failed, pingMeasurementInProgress: false, availabilityNetworkConfig: Availability.Current, availabilityAnyRelay: Availability.Failed, debugMessage: 'No relay could be reached' });
        }
      }, stepMs);
    }, configReady ? 0 : stepMs);
  }

  /** The relays became unreachable (Retrying / Previously) or reachable again (measured anew). */
  reachabilityChanged(reachable: boolean): void {
    if (reachable) {
      if (this.status.availability !== Availability.NeverTried && this.status.availability !== Availability.Current) this.start();
      return;
    }
    if (this.status.availability === Availability.Current) {
      this.set({ ...this.status, availability: Availability.Retrying, availabilityAnyRelay: Availability.Retrying, debugMessage: 'Lost contact with the relays' });
    }
  }

  /** Ready to answer pings (relays reached and measured). */
  measured(): boolean {
    return this.status.availability === Availability.Current && this.measuredAtMs !== null;
  }

  /** Ping to a POP by its id, from this machine (null: not a simulated POP). */
  pingTo(popId: number): number | null {
    const index = SIMULATED_POPS.findIndex((pop) => popIdOf(pop.code) === popId);
    const pop = SIMULATED_POPS[index];
    if (pop === undefined) return null;
    // A fixed spread per machine and POP, so two machines differ but each answers the same every time.
    return pop.basePingMs + ((this.process.id * 7 + index * 13) % 11);
  }

  /** This machine's SteamNetworkPingLocation_t bytes: its place on the simulated network. */
  location(): Uint8Array {
    const bytes = new Uint8Array(PING_LOCATION_BYTES);
    bytes.set(new TextEncoder().encode(locationText(this.process.id)));
    return bytes;
  }
}

/**
 * The machine's relay view, made on first use. The machine outlives a client (a process may shut
 * its client down and start another): each call makes `post`, the caller's client pipe, the one
 * its status changes go to, so a client started again hears them instead of the one shut down.
 */
export const relayMachineOf = (universe: Universe, process: ProcessRecord, post: (status: RelayNetworkStatus) => void): RelayMachine => {
  const relays = relaysOf(universe);
  let machine = relays.machines.get(process);
  if (machine === undefined) {
    machine = new RelayMachine(universe, process, post);
    relays.machines.set(process, machine);
  }
  machine.post = post;
  return machine;
};

/** A test makes the relay network (un)reachable for every machine. */
export const setRelaysReachable = (universe: Universe, reachable: boolean): void => {
  const relays = relaysOf(universe);
  if (relays.reachable === reachable) return;
  relays.reachable = reachable;
  for (const [process, machine] of relays.machines) if (!process.disposed) machine.reachabilityChanged(reachable);
};

/** Whether the relays are reachable now. */
export const relaysReachable = (universe: Universe): boolean => relaysOf(universe).reachable;

/** A location's printable form (ConvertPingLocationToString). */
export const locationText = (processId: number): string => `sim=${processId}`;

/** The machine a location or its text names, or null when it is not one. */
export const parseLocation = (location: Uint8Array | string): number | null => {
  const text = typeof location === 'string' ? location : new TextDecoder().decode(location.subarray(0, Math.max(0, location.indexOf(0) < 0 ? location.length : location.indexOf(0))));
  const match = /^sim=([1-9][0-9]{0,9})$/u.exec(text);
  return match === null ? null : Number(match[1]);
};
