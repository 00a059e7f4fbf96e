/**
 * createSimulatedSteam: a deterministic, in-process Steam universe. Add users, start processes
 * (each one a SteamCore for a game client and/or game server), inject faults, inspect state.
 */
import type { SchedulerLike } from 'rxjs';
import { hostPlatform } from '../native/struct-layouts';
import { ProcessRecord } from './process-record';
import { ProcessRegistry } from './process-registry';
import { createSimulatedFaults, type SimulatedFaults } from './simulated-faults';
import { createSimulatedInspection, type SimulatedInspection } from './simulated-inspection';
import type { SimulatedProcessOptions, SimulatedSteamOptions, SimulatedUserOptions } from './simulated-options';
import { createSimulatedProcess, type SimulatedProcess } from './simulated-process';
import { individualSteamId } from './steam-id';
import { createSimulatedBackend, type SimulatedBackend } from './ticket-verification';
import { Universe } from './universe';
import { createUserRecord } from './user-record';
import { createSimulatedImages, createSimulatedUtilsControl, type SimulatedImages, type SimulatedUtilsControl } from './simulated-utils-control';
import { attachUtilsMachine } from './utils-model';
import { attachAppsMachine } from './apps-model';
import { createSimulatedAppsControl, type SimulatedAppsControl } from './simulated-apps-control';
import { createSimulatedFriendsControl, type SimulatedFriendsControl } from './simulated-friends-control';
import { EFriendRelationship } from '../native/generated/friends';
import { createSimulatedUserStatsControl, type SimulatedUserStatsControl } from './simulated-user-stats-control';
import { attachNetwork } from './network/network-binding';
import { createSimulatedNetworkControl, type SimulatedNetworkControl } from './simulated-network-control';

/** A deterministic, in-process Steam universe (createSimulatedSteam). */
export interface SimulatedSteam {
  /** The scheduler every latency and ticket time runs on (SimulatedSteamOptions.scheduler). */
  readonly scheduler: SchedulerLike;
  /** The app every process runs unless its options say otherwise. */
  readonly appId: number;
  /** The delay of every callback and call result, in scheduler milliseconds. */
  readonly latencyMs: number;
  /** Registers a Steam account; returns its Steam ID. A Steam ID used twice is a bug (throws). */
  addUser(options?: SimulatedUserOptions): bigint;
  /** A new game process; `user` must have been added. */
  createProcess(options?: SimulatedProcessOptions): SimulatedProcess;
  /** Things that happen from outside the game: connection loss, bans, licence changes, kicks. */
  readonly faults: SimulatedFaults;
  /** Read-only snapshots of the universe for assertions. */
  readonly inspect: SimulatedInspection;
  /** The game's secure back end: Web API and encrypted app ticket checks. */
  readonly backend: SimulatedBackend;
  /** ISteamUtils from outside the game: the user types into a gamepad text box, the battery runs low, … */
  readonly utils: SimulatedUtilsControl;
  /** Images Steam serves by handle (avatars): GetImageSize and GetImageRGBA read them. */
  readonly images: SimulatedImages;
  /** ISteamApps from outside the game: new launch parameters, a timed trial moving on, files for GetFileDetails. */
  readonly apps: SimulatedAppsControl;
  /** ISteamFriends from outside the game: personas change, friendships form and break, the overlay opens, invites are accepted. */
  readonly friends: SimulatedFriendsControl;
  /** ISteamUserStats from outside the game: stats schemas, users' stored stats, friend lists, leaderboards, unloading stats. */
  readonly stats: SimulatedUserStatsControl;
  /** The network between the processes (NetworkingMessages, NetworkingSockets): links, partitions, relays, what is in flight. */
  readonly network: SimulatedNetworkControl;
  /** Disposes every process and cancels everything scheduled. */
  dispose(): void;
  /** True once disposed (by dispose(), or by passing its virtual-time horizon). */
  readonly disposed: boolean;
}

export const createSimulatedSteam = (options: SimulatedSteamOptions = {}): SimulatedSteam => {
  const universe = new Universe(options);
  attachNetwork(universe, options.network, options.seed);
  const registry = new ProcessRegistry();
  const stats = createSimulatedUserStatsControl(universe);
  if (options.stats !== undefined) stats.declareSchema(options.stats);

  const addUser = (userOptions: SimulatedUserOptions = {}): bigint => {
    let steamId = userOptions.steamId;
    if (steamId === undefined && userOptions.accountId !== undefined) steamId = individualSteamId(userOptions.accountId);
    while (steamId === undefined || (userOptions.steamId === undefined && userOptions.accountId === undefined && universe.users.has(steamId))) {
      steamId = individualSteamId(universe.nextAccountId());
    }
    if (universe.users.has(steamId)) throw new Error(`steamworks-rx: simulated user ${steamId} already exists`);
    for (const friend of userOptions.friends ?? []) {
      if (!universe.users.has(friend)) throw new Error(`steamworks-rx: friend ${friend} of a new simulated user has not been added`);
    }
    const record = createUserRecord(steamId, userOptions, universe.appId);
    universe.users.set(steamId, record);
    // Blocked players are Steam's stored, explicit block (Ignored); friends are friends on both sides.
    for (const blocked of record.blockedPlayers) record.persona.setRelationship(blocked, EFriendRelationship.Ignored);
    for (const friend of userOptions.friends ?? []) {
      record.persona.setRelationship(friend, EFriendRelationship.Friend);
      universe.users.get(friend)?.persona.setRelationship(steamId, EFriendRelationship.Friend);
    }
    return steamId;
  };

  const createProcess = (processOptions: SimulatedProcessOptions = {}): SimulatedProcess => {
    if (universe.disposed) throw new Error('steamworks-rx: this simulated Steam has been disposed');
    let user = null;
    if (processOptions.user !== undefined) {
      user = universe.users.get(processOptions.user) ?? null;
      if (user === null) throw new Error(`steamworks-rx: no simulated user ${processOptions.user}; add it with addUser first`);
    }
    const record = new ProcessRecord(
      universe.nextProcessId(),
      user,
      processOptions.platform ?? hostPlatform(),
      processOptions.launchedThroughSteam ?? true,
      processOptions.appId ?? universe.appId,
    );
    universe.processes.add(record);
    attachUtilsMachine(record, processOptions, universe.now());
    attachAppsMachine(record, processOptions);
    const process = createSimulatedProcess(universe, record);
    registry.register(process, record);
    return process;
  };

  return {
    scheduler: universe.scheduler,
    appId: universe.appId,
    latencyMs: universe.latencyMs,
    addUser,
    createProcess,
    faults: createSimulatedFaults(universe, registry),
    inspect: createSimulatedInspection(universe, registry),
    backend: createSimulatedBackend(universe),
    utils: createSimulatedUtilsControl(universe),
    images: createSimulatedImages(universe),
    apps: createSimulatedAppsControl(universe),
    friends: createSimulatedFriendsControl(universe),
    stats,
    network: createSimulatedNetworkControl(universe, registry),
    dispose: () => universe.dispose(),
    get disposed(): boolean {
      return universe.disposed;
    },
  };
};
