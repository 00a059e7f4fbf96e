/**
 * The server value serverInit returns: the spec's Server class (isServerSecure, getServerSteamID,
 * serverReleaseCurrentThreadMemory, serverShutdown), the game-server calls a real server needs
 * around them, its signals as typed streams from the game-server pipe, and the same reactive
 * auth forms as the client (authSession$ ends the session on unsubscribe).
 */
import { merge } from 'rxjs';
import type { ServerSession } from '../../native/steam-core';
import { createServerStreams, createSignalRouter, signalDecoders, userSignals, type ServerStreams } from '../../streams';
import { authFunctions } from '../auth/auth-functions';
import { liveQuery } from '../session/guard';
import type { SessionParts } from '../session/session-state';
import { shutdownSequence } from '../session/shutdown-sequence';
import { serverCalls } from './server-calls';
import { serverConnection } from './server-connection';
import { serverInfoSetters } from './server-info';

export type SteamServerParts = SessionParts<ServerSession>;

const buildServer = (parts: SteamServerParts) => {
  const { core, session, control, lease } = parts;
  const { state } = control;
  const { server } = session;
  const streams: ServerStreams = createServerStreams(core.callbacks$, core.platform);
  // Tickets the server issues itself (peer-style auth) answer on its own pipe.
  const ticketRouter = createSignalRouter(core.callbacks$, 'server', core.platform);
  const getAuthSessionTicketResponse$ = ticketRouter.stream(userSignals.getAuthSessionTicketResponse);
  // Bytes of that signal that do not decode belong on the server's decodeErrors$ like any other.
  const decodeErrors$ = merge(streams.decodeErrors$, ticketRouter.decodeErrors$);
  const auth = { state, port: server, getAuthSessionTicketResponse$, validateAuthTicketResponse$: streams.validateAuthTicketResponse$ };

  const serverShutdown = shutdownSequence(control, () => core.shutdownServer(), lease, parts.disposeBackend);

  return {
    ...streams,
    decodeErrors$,
    getAuthSessionTicketResponse$,
    /** Every raw callback and call result of this core (both pipes), as the pump drains them. */
    callbacks$: core.callbacks$,
    backend: core.backend,
    pump: lease.pump,
    get live(): boolean {
      return state.live;
    },
    runCallbacks: (): void => lease.pump.runCallbacks(),
    /** The spec's serverShutdown: idempotent; ends every open session and ticket first. */
    serverShutdown,
    shutdown: serverShutdown,

    ...serverConnection({ state, server }),
    ...serverInfoSetters({ state, server }),

    ...authFunctions(auth),

    ...serverCalls({
      state,
      server,
      decoders: signalDecoders(core.platform),
      callbacks$: core.callbacks$,
      pipe: 'server',
      gsClientGroupStatus$: streams.gsClientGroupStatus$,
    }),
    /** Asks for this server's gameplay stats; they arrive on gsGameplayStats$. */
    getGameplayStats: liveQuery(state, () => server.getGameplayStats()),
  };
};

/** A live Steam game server. */
export type SteamServer = ReturnType<typeof buildServer>;

export const createSteamServer = (parts: SteamServerParts): SteamServer => buildServer(parts);
