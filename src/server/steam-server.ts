/**
 * The server value serverInit returns: the spec's Server class (isServerSecure, getServerSteamID,
 * serverReleaseCurrentThreadMemory, serverShutdown), the game-server calls a real server needs
 * around them, its signals as typed streams from the game-server pipe (scoped to this server's
 * session), and the same reactive auth forms as the client (authSession$ ends the session on
 * unsubscribe).
 */
import type { Observable } from 'rxjs';
import type { Pump } from '../../native/pump';
import type { RawCallback, ServerSession } from '../../native/steam-core';
import type { AuthFunctions } from '../auth/auth-functions';
import { authNames, lazyGroup, serverCallNames } from '../session/function-groups';
import type { SessionParts } from '../session/session-state';
import { shutdownSequence } from '../session/shutdown-sequence';
import type { ServerCalls } from './server-calls';
import { serverConnection, type ServerConnection } from './server-connection';
import { serverInfoSetters, type ServerInfoSetters } from './server-info';
import { serverPackets, type ServerPackets } from './server-packets';
import { serverPlayers, type ServerPlayers } from './server-players';
import { serverStreams, type ServerSignalStreams } from './server-streams';
import { withLazyMembers, withLazyProperties } from '../../native/lazy-properties';
import { sideNamespaceBuilders } from '../session/side-namespaces';
import type { SteamUtils } from '../utils/utils-functions';
import type { SteamGameServerStats } from '../game-server-stats/game-server-stats-functions';
import type { SteamNetworkingMessages } from '../networking-messages/networking-messages-functions';
import type { SteamNetworkingSockets } from '../networking-sockets/networking-sockets-functions';

/**
 * A Steam game server, from serverInit. Queries answer plain values, setters return nothing,
 * work Steam answers later is an Observable of Either, and a call after serverShutdown (or with
 * an argument of the wrong type) throws a SteamworksError.
 *
 * @example
 * ```ts
 * import { isLeft, serverInit, ServerMode } from 'steamworks-rx';
 *
 * const started = serverInit('0.0.0.0', 27015, 27016, ServerMode.SERVER_MODE_AUTHENTICATION, '1.0.0.0');
 * if (isLeft(started)) throw started.left;
 * const server = started.right;
 * server.setProduct('spacewar');
 * server.logOnAnonymous();
 * server.steamServerConnected$.subscribe(() => console.log('logged on as', server.getSteamID()));
 * ```
 */
export interface SteamServer
  extends ServerConnection, ServerPlayers, ServerPackets, ServerInfoSetters, ServerCalls, AuthFunctions, ServerSignalStreams {
  /**
   * Every raw callback and call result of this server's core (both pipes), as the pump drains them;
   * completes at serverShutdown, and at once when subscribed after it.
   */
  readonly callbacks$: Observable<RawCallback>;
  /** Which Steam this server runs on: Valve's library ('native') or the simulated Steam. */
  readonly backend: 'native' | 'simulated';
  /** The pump that drains Steam's callbacks (shared with a client of the same core). */
  readonly pump: Pump;
  /** True until serverShutdown. */
  readonly live: boolean;
  /**
   * Runs one pump frame now (Steam's RunFrame and every queued callback); in manual pump mode,
   * call it from your game loop. Does nothing once the pump has stopped.
   */
  runCallbacks(): void;
  /**
   * Shuts the server down (the spec's serverShutdown): ends every open auth session and ticket,
   * completes every stream, then SteamGameServer_Shutdown. Idempotent.
   */
  serverShutdown(): void;
  /** The same as serverShutdown. */
  shutdown(): void;
  /** ISteamUtils through SteamGameServerUtils: the app, the machine and the Steam client around the server. */
  readonly utils: SteamUtils;
  /** ISteamGameServerStats (SteamGameServerStats001): the stats and achievements of the players on the server. */
  readonly stats: SteamGameServerStats;
  /** ISteamNetworkingMessages through SteamGameServerNetworkingMessages: messages to peers by identity, on channels. */
  readonly networkingMessages: SteamNetworkingMessages;
  /** ISteamNetworkingSockets through SteamGameServerNetworkingSockets: connection-oriented P2P (virtual ports) and IP connections, poll groups. */
  readonly networkingSockets: SteamNetworkingSockets;
}

export type SteamServerParts = SessionParts<ServerSession>;

export const createSteamServer = (parts: SteamServerParts): SteamServer => {
  const { core, session, control, lease } = parts;
  const { state } = control;
  const { server } = session;
  const streams = serverStreams(state, core);
  const { internal } = streams;
  const serverShutdown = shutdownSequence(control, () => core.shutdownServer(), lease, parts.disposeBackend);

  const value = {
    ...streams.scoped,
    callbacks$: streams.callbacks$,
    backend: core.backend,
    pump: lease.pump,
    get live(): boolean {
      return state.live;
    },
    runCallbacks: (): void => lease.pump.runCallbacks(),
    serverShutdown,
    shutdown: serverShutdown,

    ...serverConnection({ state, server }),
    ...serverPlayers({ state, server }),
    ...serverPackets({ state, server }),
    ...serverInfoSetters({ state, server }),
  };
  // The auth flows, the call results (with the signal decoders) and the interface namespaces are
  // required and built on first read (native/lazy-properties.ts, session/function-groups.ts); the
  // flows register their shutdown release when built, so shutdown releases only what was built.
  const withFunctions = withLazyMembers(value, {
    // The auth flows end at shutdown themselves, so they get the unscoped streams.
    ...lazyGroup(authNames, () =>
      (require('../auth/auth-functions') as typeof import('../auth/auth-functions')).authFunctions({
        state,
        port: server,
        getAuthSessionTicketResponse$: internal.getAuthSessionTicketResponse$,
        validateAuthTicketResponse$: internal.validateAuthTicketResponse$,
      }),
    ),
    ...lazyGroup(serverCallNames, () =>
      (require('./server-calls') as typeof import('./server-calls')).serverCalls({
        state,
        server,
        decoders: (require('../../streams/signal-decoders') as typeof import('../../streams/signal-decoders')).signalDecoders(core.platform),
        callbacks$: core.callbacks$,
        pipe: 'server',
        gsClientGroupStatus$: internal.gsClientGroupStatus$,
      }),
    ),
  });
  return withLazyProperties(withFunctions, {
    ...sideNamespaceBuilders({ state, session, callbacks$: core.callbacks$, platform: core.platform, pipe: 'server' }),
    stats: () =>
      (require('../game-server-stats/game-server-stats-functions') as typeof import('../game-server-stats/game-server-stats-functions')).gameServerStatsNamespace({
        state,
        port: session.gameServerStats,
        callbacks$: core.callbacks$,
        platform: core.platform,
      }),
  });
};
