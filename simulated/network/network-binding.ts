/**
 * Ties the simulated network to a universe and its pipes: one SimulatedNetwork per universe (made
 * by createSimulatedSteam with its options), one node per live client or game-server pipe (joined
 * at init, left at shutdown), whose events become callbacks on that pipe.
 */
import type { NetworkingIdentity } from '../../native/networking-identity';
import type { Endpoint } from '../endpoint';
import type { ProcessRecord } from '../process-record';
import type { Universe } from '../universe';
import { postConnectionStatusChanged, postSessionFailed, postSessionRequest } from './network-callbacks';
import { SimulatedNetwork, type NetworkNode, type NetworkOptions } from './network-model';

const networks = new WeakMap<Universe, SimulatedNetwork>();
const nodes = new WeakMap<Endpoint, NetworkNode>();
/** Who watches each process's network events besides its callbacks (the debug-output hook). */
const watchers = new WeakMap<ProcessRecord, (text: string) => void>();

/** Makes the universe's network (createSimulatedSteam calls this once). */
export const attachNetwork = (universe: Universe, options: NetworkOptions | undefined, steamSeed: string | undefined): SimulatedNetwork => {
  const network = new SimulatedNetwork(
    { now: () => universe.now(), later: (action, delayMs) => universe.later(action, delayMs) },
    { ...options, seed: options?.seed ?? steamSeed ?? 'steamworks-rx' },
  );
  networks.set(universe, network);
  return network;
};

/** The universe's network (one with default settings if it was made without createSimulatedSteam). */
export const networkOf = (universe: Universe): SimulatedNetwork => networks.get(universe) ?? attachNetwork(universe, undefined, undefined);

/** The private address of a machine: game servers have their own (or the universe's public one), clients 10.x.y.z. */
const addressOf = (endpoint: Endpoint): number => {
  if (endpoint.pipe === 'server') {
    const ip = (endpoint as Endpoint & { readonly args?: { readonly ip: number } }).args?.ip ?? 0;
    return ip !== 0 ? ip >>> 0 : endpoint.universe.publicIp >>> 0;
  }
  return (0x0a000000 | (endpoint.process.id & 0x00ffffff)) >>> 0;
};

/** The pipe joins the network: reachable by its identity (and address) from now on. */
export const joinNetwork = (endpoint: Endpoint): NetworkNode => {
  const existing = nodes.get(endpoint);
  if (existing !== undefined && existing.live) return existing;
  const network = networkOf(endpoint.universe);
  const identity = (): NetworkingIdentity => ({ steamId: endpoint.steamId() });
  const debug = (text: string): void => watchers.get(endpoint.process)?.(`${endpoint.pipe}: ${text}`);
  const node = network.attach(endpoint.process.id, endpoint.pipe, identity, addressOf(endpoint), {
    connectionStatusChanged: (end, oldState) => {
      debug(`[#${end.handle}] state ${oldState} -> ${end.reportedState()}${end.endReason !== 0 ? ` (${end.endReason}: ${end.endDebug})` : ''}`);
      postConnectionStatusChanged(endpoint, end, oldState);
    },
    sessionRequest: (remote) => postSessionRequest(endpoint, remote),
    sessionFailed: (end) => {
      debug(`[session ${end.handle}] failed (${end.endReason}: ${end.endDebug})`);
      postSessionFailed(endpoint, end);
    },
    // A message is due: the pump runs a frame, and the application polls it.
    messagesArrived: () => endpoint.process.wakeups.next(),
  });
  nodes.set(endpoint, node);
  return node;
};

/** The pipe's node (joined on first use when init did not join it). */
export const nodeOf = (endpoint: Endpoint): NetworkNode => nodes.get(endpoint) ?? joinNetwork(endpoint);

/** The pipe's node if it has joined (and not left). */
export const joinedNodeOf = (endpoint: Endpoint): NetworkNode | undefined => nodes.get(endpoint);

/** The pipe leaves the network (shutdown or death): its peers find out at their timeout. */
export const leaveNetwork = (endpoint: Endpoint): void => {
  const node = nodes.get(endpoint);
  if (node === undefined) return;
  networkOf(endpoint.universe).detach(node);
  nodes.delete(endpoint);
};

/** Sets (or clears, with null) what hears the process's connection events as text (SetDebugOutputFunction). */
export const watchNetwork = (process: ProcessRecord, watcher: ((text: string) => void) | null): void => {
  if (watcher === null) watchers.delete(process);
  else watchers.set(process, watcher);
};
