/**
 * One simulated game process as a SteamCore: SteamAPI_Init signs in as the machine's user, a game
 * server can start beside it, and RunCallbacks pumps whatever became due on the live pipes.
 */
import type { Observable } from 'rxjs';
import { ESteamAPIInitResult, EServerMode } from '../native/enums';
import type { ClientSession, InitFailure, Pipe, RawCallback, ServerInitArguments, ServerSession, SteamCore } from '../native/steam-core';
import { releaseAuth } from './auth-sessions';
import { countCalls } from './call-counter';
import { ClientEndpoint } from './client-endpoint';
import type { ProcessRecord } from './process-record';
import { ServerEndpoint } from './server-endpoint';
import { createSimulatedGameServerPort } from './simulated-game-server-port';
import { createSimulatedUserPort } from './simulated-user-port';
import { createSimulatedUtilsPort } from './simulated-utils-port';
import { createSimulatedAppsPort } from './simulated-apps-port';
import { createSimulatedFriendsPort } from './simulated-friends-port';
import { friendsClientEnding, withGameChange } from './friends-model';
import { createSimulatedGameServerStatsPort } from './simulated-game-server-stats-port';
import { createSimulatedUserStatsPort, storeOnShutdown } from './simulated-user-stats-port';
import { createSimulatedNetworkingMessagesPort } from './simulated-networking-messages-port';
import { createSimulatedNetworkingSocketsPort } from './simulated-networking-sockets-port';
import { createSimulatedNetworkingUtilsPort } from './simulated-networking-utils-port';
import { joinNetwork, leaveNetwork, watchNetwork } from './network/network-binding';
import { failed, succeeded, type Outcome } from './outcome';
import type { Universe } from './universe';
import { releaseWebApiTickets } from './web-api-tickets';

/** A SteamCore for one simulated process, plus what a test needs to address it. */
export interface SimulatedProcess extends SteamCore {
  /** Always 'simulated'. */
  readonly backend: 'simulated';
  /** Unique in the universe; also the process's HSteamUser. */
  readonly processId: number;
  /** The user signed in to this machine's Steam client, or null (SteamAPI_Init then fails). */
  readonly userSteamId: bigint | null;
  /** Shuts both pipes down and completes `callbacks$`. */
  dispose(): void;
}

const failure = (code: number, message: string): Outcome<InitFailure, never> => failed({ code, message });

export const createSimulatedProcess = (universe: Universe, record: ProcessRecord): SimulatedProcess => {
  const count = (name: string): void => record.counts.increment(name);
  // RunCallbacks runs every frame: its counter is looked up once.
  const runCallbacksCounter = record.counts.counter('core.runCallbacks');

  const refusal = (pipe: Pipe): InitFailure | null => {
    if (record.disposed) return { code: ESteamAPIInitResult.FailedGeneric, message: 'this simulated process has been disposed' };
    const live = pipe === 'client' ? record.client !== null : record.server !== null;
    if (live) {
      return {
        code: ESteamAPIInitResult.FailedGeneric,
        message: pipe === 'client' ? 'SteamAPI is already initialized in this process' : 'the game server is already initialized in this process',
      };
    }
    return record.initFailures[pipe];
  };

  const initClient = (): Outcome<InitFailure, ClientSession> => {
    count('core.initClient');
    const refused = refusal('client');
    if (refused !== null) return failed(refused);
    if (record.user === null) {
      return failure(ESteamAPIInitResult.NoSteamClient, 'Steam client is not running (this simulated process has no signed-in user)');
    }
    const client = new ClientEndpoint(universe, record, record.user);
    // Friends see the user start playing this game.
    withGameChange(universe, client.user, () => {
      record.client = client;
    });
    // Reachable by its user's Steam ID from now on (session requests can arrive before its first call).
    joinNetwork(client);
    return succeeded({
      user: countCalls(createSimulatedUserPort(client), 'user', record.counts),
      utils: countCalls(createSimulatedUtilsPort(client), 'utils.client', record.counts),
      apps: countCalls(createSimulatedAppsPort(client), 'apps', record.counts),
      friends: countCalls(createSimulatedFriendsPort(client), 'friends', record.counts),
      userStats: countCalls(createSimulatedUserStatsPort(client), 'userStats', record.counts),
      networkingMessages: countCalls(createSimulatedNetworkingMessagesPort(client), 'networkingMessages.client', record.counts),
      networkingSockets: countCalls(createSimulatedNetworkingSocketsPort(client), 'networkingSockets.client', record.counts),
      networkingUtils: countCalls(createSimulatedNetworkingUtilsPort(client), 'networkingUtils', record.counts),
    });
  };

  const initServer = (args: ServerInitArguments): Outcome<InitFailure, ServerSession> => {
    count('core.initServer');
    const refused = refusal('server');
    if (refused !== null) return failed(refused);
    const validMode =
      args.serverMode === EServerMode.NoAuthentication ||
      args.serverMode === EServerMode.Authentication ||
      args.serverMode === EServerMode.AuthenticationAndSecure;
    if (!validMode) return failure(ESteamAPIInitResult.FailedGeneric, `invalid server mode ${args.serverMode} (expected 1, 2 or 3)`);
    const server = new ServerEndpoint(universe, record, { ...args });
    record.server = server;
    joinNetwork(server);
    return succeeded({
      server: countCalls(createSimulatedGameServerPort(server), 'server', record.counts),
      utils: countCalls(createSimulatedUtilsPort(server), 'utils.server', record.counts),
      gameServerStats: countCalls(createSimulatedGameServerStatsPort(server), 'gameServerStats', record.counts),
      networkingMessages: countCalls(createSimulatedNetworkingMessagesPort(server), 'networkingMessages.server', record.counts),
      networkingSockets: countCalls(createSimulatedNetworkingSocketsPort(server), 'networkingSockets.server', record.counts),
    });
  };

  const shutdownClient = (): void => {
    count('core.shutdownClient');
    const client = record.client;
    if (client === null) return;
    // Steam stores what the game set but did not store when it shuts down (StoreStats' docs).
    storeOnShutdown(client);
    releaseAuth(client);
    client.voice.reset();
    releaseWebApiTickets(client);
    // Steam clears the game's rich presence, and friends see the game stop; its connections and
    // sessions vanish with it (peers notice at their timeout).
    friendsClientEnding(universe, client);
    leaveNetwork(client);
    watchNetwork(record, null);
    withGameChange(universe, client.user, () => {
      client.end();
      record.client = null;
    });
    record.dropPipe('client');
  };

  const shutdownServer = (): void => {
    count('core.shutdownServer');
    const server = record.server;
    if (server === null) return;
    releaseAuth(server);
    leaveNetwork(server);
    server.end();
    server.loggedOn = false;
    record.server = null;
    record.dropPipe('server');
  };

  const callbacks$: Observable<RawCallback> = record.callbacks.observable$;

  return {
    backend: 'simulated',
    platform: record.platform,
    processId: record.id,
    userSteamId: record.user?.steamId ?? null,
    callbacks$,
    wakeups$: record.wakeups.observable$,
    scheduler: universe.scheduler,
    initClient,
    initServer,
    shutdownClient,
    shutdownServer,
    get clientLive(): boolean {
      return record.client !== null;
    },
    get serverLive(): boolean {
      return record.server !== null;
    },
    runCallbacks: () => {
      runCallbacksCounter.increment();
      record.drain();
    },
    isSteamRunning: () => !record.disposed && record.user !== null,
    restartAppIfNecessary: () => !record.launchedThroughSteam,
    dispose: () => {
      if (record.disposed) return;
      shutdownClient();
      shutdownServer();
      record.dispose();
      // Nothing reaches a disposed process any more: the universe lets go of it.
      universe.processes.delete(record);
    },
  };
};
