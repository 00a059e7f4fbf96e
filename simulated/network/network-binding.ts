/**
 * Ties the simulated network to a universe and its pipes: one SimulatedNetwork per universe (made
 * by createSimulatedSteam with its options), one node per live client or game-server pipe (joined
 * at init, left at shutdown), whose events become callbacks on that pipe.
 */
import type { NetworkingIdentity } from '../../native/networking-identity';
import type { Endpoint } from '../endpoint';
import type { ProcessRecord } from '../process-record';
import { ServerEndpoint } from '../server-endpoint';
import type { Universe } from '../universe';
import { postConnectionStatusChanged, postSessionFailed, postSessionRequest } from './network-callbacks';
import { ESteamNetworkingConfigValue } from '../../native/generated/networking-types';
import { SimulatedNetwork, type ConnectionSetting, type NetworkNode, type NetworkOptions } from './network-model';

const networks = new WeakMap<Universe, SimulatedNetwork>();
const processOfNode = new WeakMap<NetworkNode, ProcessRecord>();

/** A process's ISteamNetworkingUtils configuration: values set globally and per connection. */
export class NetworkConfig {
  readonly global = new Map<number, number | string>();
  readonly connections = new Map<number, Map<number, number | string>>();

  /** The value set for `connection`, else the global one, else undefined. */
  lookup(connection: number, value: number): number | string | undefined {
    return this.connections.get(connection)?.get(value) ?? this.global.get(value);
  }
}

const configs = new WeakMap<ProcessRecord, NetworkConfig>();

/** The process's configuration, made on first use. */
export const configOf = (process: ProcessRecord): NetworkConfig => {
  let found = configs.get(process);
  if (found === undefined) {
    found = new NetworkConfig();
    configs.set(process, found);
  }
  return found;
};

/** The config value behind each setting the network honours per connection. */
const settingValues: Readonly<Record<ConnectionSetting, number>> = {
  timeoutInitialMs: ESteamNetworkingConfigValue.TimeoutInitial,
  timeoutConnectedMs: ESteamNetworkingConfigValue.TimeoutConnected,
  sendBufferBytes: ESteamNetworkingConfigValue.SendBufferSize,
};
const nodes = new WeakMap<Endpoint, NetworkNode>();
/** Who watches each process's network events besides its callbacks (the debug-output hook). */
const watchers = new WeakMap<ProcessRecord, (text: string) => void>();

/** Makes the universe's network (createSimulatedSteam calls this once). */
export const attachNetwork = (universe: Universe, options: NetworkOptions | undefined, steamSeed: string | undefined): SimulatedNetwork => {
  const network = new SimulatedNetwork(
    { now: () => universe.now(), later: (action, delayMs) => universe.later(action, delayMs) },
    { ...options, seed: options?.seed ?? steamSeed ?? 'steamworks-rx' },
  );
  // A process's own TimeoutInitial, TimeoutConnected and SendBufferSize apply to its connections.
  network.settings = (node, connection, setting) => {
    const process = processOfNode.get(node);
    const value = process === undefined ? undefined : configs.get(process)?.lookup(connection, settingValues[setting]);
    return typeof value === 'number' && value > 0 ? value : undefined;
  };
  network.onReleased = (node, connection) => {
    const process = processOfNode.get(node);
    if (process !== undefined) configs.get(process)?.connections.delete(connection);
  };
  networks.set(universe, network);
  return network;
};

/** The universe's network (one with default settings if it was made without createSimulatedSteam). */
export const networkOf = (universe: Universe): SimulatedNetwork => networks.get(universe) ?? attachNetwork(universe, undefined, undefined);

/** The private address of a machine: game servers have their own (or the universe's public one), clients 10.x.y.z. */
const addressOf = (endpoint: Endpoint): number => {
  if (endpoint instanceof ServerEndpoint) {
    const ip = endpoint.args.ip;
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
  processOfNode.set(node, endpoint.process);
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
