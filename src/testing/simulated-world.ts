/**
 * simulatedWorld: the set-up every test of a game's auth logic repeats, once. A simulated Steam
 * bound to the test's scheduler, players (a Steam account and a signed-in client each) and game
 * servers added in one call, what is still open in one call, and one dispose() that shuts every
 * client and server down through the SDK (so their tickets are cancelled and their sessions
 * ended the way a game's own shutdown does it) before the simulated Steam goes.
 */
import type { SchedulerLike } from 'rxjs';
import { createSimulatedSteam, type SimulatedSteam } from '../../simulated/create-simulated-steam';
import type { SimulatedSteamOptions, SimulatedUserOptions } from '../../simulated/simulated-options';
import type { SimulatedProcess } from '../../simulated/simulated-process';
import type { PumpSettings } from '../backend/backend-options';
import type { SteamClient } from '../client/steam-client';
import { ServerMode } from '../enums/server-mode';
import { serverInit } from '../init/server-init';
import { steamInit } from '../init/steam-init';
import type { SteamServer } from '../server/steam-server';
import { openResourcesOf, type OpenResources } from './open-resources';
import { unwrapRight } from './unwrap';

/** How the clients and servers of a world run their pump; the scheduler is always the world's. */
export type WorldPumpSettings = Omit<PumpSettings, 'scheduler'>;

/** Options of simulatedWorld: a new simulated Steam's settings, or one to join. */
export interface SimulatedWorldOptions extends Omit<SimulatedSteamOptions, 'scheduler'> {
  /**
   * Join this simulated Steam instead of making one (it must run on the same scheduler). The world
   * then leaves it running at dispose(): only what the world added is shut down.
   */
  readonly steam?: SimulatedSteam;
}

/** A player added with addPlayer: a Steam account signed in to a client in a process of its own. */
export interface SimulatedPlayer {
  /** The player's Steam ID. */
  readonly steamId: bigint;
  /** The player's client, as steamInit gives it. */
  readonly client: SteamClient;
  /** The player's simulated game process: for `steam.inspect` and `steam.faults` calls that name one. */
  readonly process: SimulatedProcess;
}

/** Options of addPlayer: the account's settings (name, bans, licences, voice…) and the client's pump. */
export type PlayerOptions = SimulatedUserOptions & WorldPumpSettings;

/** Options of addServer: serverInit's arguments, each with a default, and the server's pump. */
export interface ServerOptions extends WorldPumpSettings {
  /** Default `'0.0.0.0'` (every interface, as a real server must bind). */
  readonly ip?: string | number;
  /** Default 27015. */
  readonly gamePort?: number;
  /** Default 27016. */
  readonly queryPort?: number;
  /** Default `ServerMode.SERVER_MODE_AUTHENTICATION`. */
  readonly mode?: ServerMode;
  /** Default `'1.0.0.0'`. */
  readonly version?: string;
}

/** A game server added with addServer. */
export interface SimulatedGameServer {
  /** The server, as serverInit gives it; not logged on (call `logOnAnonymous()` or `logOn(token)`). */
  readonly server: SteamServer;
  /** The server's simulated process: for `steam.faults.disconnectServer(process)` and the like. */
  readonly process: SimulatedProcess;
}

/** A simulated Steam with the players and servers of one test. */
export interface SimulatedWorld {
  /** The simulated Steam: `faults` to inject what Steam does, `inspect` to see what it holds. */
  readonly steam: SimulatedSteam;
  /** The scheduler everything in the world runs on. */
  readonly scheduler: SchedulerLike;
  /**
   * Adds a Steam account and signs it in to a new client (steamInit on a process of its own).
   *
   * @throws Error after dispose(), or when the simulated Steam refuses (a Steam ID used twice).
   */
  addPlayer(options?: PlayerOptions): SimulatedPlayer;
  /**
   * Starts a game server (serverInit on a process of its own), not logged on.
   *
   * @throws Error after dispose(), or when the simulated Steam refuses the server.
   */
  addServer(options?: ServerOptions): SimulatedGameServer;
  /** What the world's players and servers still hold: tickets, sessions, pending calls, recordings. */
  openResources(): OpenResources;
  /**
   * Shuts down every client and server of the world (each releases its tickets, sessions and
   * recordings, and completes its streams), disposes their processes, then disposes the simulated
   * Steam if the world made it. Idempotent.
   */
  dispose(): void;
  /** True once dispose() ran. */
  readonly disposed: boolean;
}

const DEFAULT_SERVER = { ip: '0.0.0.0', gamePort: 27015, queryPort: 27016, mode: ServerMode.SERVER_MODE_AUTHENTICATION, version: '1.0.0.0' } as const;

/** The pump settings among `options`, with the world's scheduler. */
const pumpOf = (options: WorldPumpSettings, scheduler: SchedulerLike): PumpSettings => ({
  scheduler,
  ...(options.pump === undefined ? {} : { pump: options.pump }),
  ...(options.pumpIntervalMs === undefined ? {} : { pumpIntervalMs: options.pumpIntervalMs }),
  ...(options.callResultTimeoutMs === undefined ? {} : { callResultTimeoutMs: options.callResultTimeoutMs }),
});

const steamFor = (scheduler: SchedulerLike, options: SimulatedWorldOptions): { readonly steam: SimulatedSteam; readonly owned: boolean } => {
  const { steam, ...steamOptions } = options;
  if (steam === undefined) return { steam: createSimulatedSteam({ ...steamOptions, scheduler }), owned: true };
  if (Object.keys(steamOptions).length > 0) {
    throw new Error(`simulatedWorld: options ${Object.keys(steamOptions).join(', ')} configure a new simulated Steam; they cannot apply to the \`steam\` given`);
  }
  if (steam.scheduler !== scheduler) throw new Error('simulatedWorld: the `steam` given runs on another scheduler than the world');
  return { steam, owned: false };
};

/**
 * A simulated Steam on `scheduler` with helpers to add players and game servers, see what they
 * still hold, and tear everything down. Make one per test, inside `TestScheduler.run` for marble
 * tests, and dispose it after the run (its flush) is over.
 *
 * @param scheduler - drives Steam's latencies, every pump and every timeout (a TestScheduler in
 *   marble tests).
 * @param options - the new simulated Steam's settings (`latencyMs`, `appId`, …), or `steam` to join.
 * @throws Error when `steam` is given with settings of its own, or runs on another scheduler.
 *
 * @example
 * ```ts
 * import { isRight } from 'steamworks-rx';
 * import { simulatedWorld } from 'steamworks-rx/testing';
 * import { TestScheduler } from 'rxjs/testing';
 * import { map, switchMap } from 'rxjs';
 *
 * const scheduler = new TestScheduler((actual, expected) => {
 *   if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error('marbles differ');
 * });
 * const world = simulatedWorld(scheduler, { latencyMs: 5 });
 * scheduler.run(({ expectObservable }) => {
 *   const alice = world.addPlayer({ name: 'alice' });
 *   const { server } = world.addServer();
 *   const admitted$ = alice.client.authTicket$().pipe(
 *     switchMap((ticket) => (isRight(ticket) ? server.authSession$(ticket.right.buffer, alice.steamId) : [])),
 *     map(isRight),
 *   );
 *   expectObservable(admitted$, '^ 20ms !').toBe('10ms a', { a: true });
 * });
 * world.dispose();
 * ```
 */
export const simulatedWorld = (scheduler: SchedulerLike, options: SimulatedWorldOptions = {}): SimulatedWorld => {
  const { steam, owned } = steamFor(scheduler, options);
  const players: SimulatedPlayer[] = [];
  const servers: SimulatedGameServer[] = [];
  let disposed = false;

  const ensureOpen = (what: string): void => {
    if (disposed) throw new Error(`simulatedWorld: ${what} after dispose()`);
  };

  const addPlayer = (playerOptions: PlayerOptions = {}): SimulatedPlayer => {
    ensureOpen('addPlayer');
    const { pump, pumpIntervalMs, callResultTimeoutMs, ...userOptions } = playerOptions;
    const steamId = steam.addUser(userOptions);
    const process = steam.createProcess({ user: steamId });
    try {
      const client = unwrapRight(steamInit({ backend: 'core', core: process, ...pumpOf({ pump, pumpIntervalMs, callResultTimeoutMs }, scheduler) }), 'steamInit');
      const player = { steamId, client, process };
      players.push(player);
      return player;
    } catch (error) {
      process.dispose();
      throw error;
    }
  };

  const addServer = (serverOptions: ServerOptions = {}): SimulatedGameServer => {
    ensureOpen('addServer');
    const settings = { ...DEFAULT_SERVER, ...serverOptions };
    const process = steam.createProcess();
    try {
      const server = unwrapRight(
        serverInit(settings.ip, settings.gamePort, settings.queryPort, settings.mode, settings.version, { backend: 'core', core: process, ...pumpOf(serverOptions, scheduler) }),
        'serverInit',
      );
      const added = { server, process };
      servers.push(added);
      return added;
    } catch (error) {
      process.dispose();
      throw error;
    }
  };

  const processes = (): SimulatedProcess[] => [...players, ...servers].map((member) => member.process);

  const dispose = (): void => {
    if (disposed) return;
    disposed = true;
    // Through the SDK first, while Steam is still up: this is the path a game's own shutdown takes.
    for (const player of players) player.client.shutdown();
    for (const { server } of servers) server.serverShutdown();
    for (const process of processes()) process.dispose();
    if (owned) steam.dispose();
  };

  return {
    steam,
    scheduler,
    addPlayer,
    addServer,
    openResources: () => openResourcesOf(steam, processes()),
    dispose,
    get disposed(): boolean {
      return disposed;
    },
  };
};
