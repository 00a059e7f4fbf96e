/**
 * The server value serverInit returns: the spec's Server class (isServerSecure, getServerSteamID,
 * serverReleaseCurrentThreadMemory, serverShutdown), the game-server calls a real server needs
 * around them, its signals as typed streams from the game-server pipe, and the same reactive
 * auth forms as the client (authSession$ ends the session on unsubscribe).
 */
import type { ServerSession } from '../../native/steam-core';
import { createServerStreams, signalDecoders, type ServerStreams } from '../../streams';
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
  const auth = { state, port: server, getAuthSessionTicketResponse$: streams.getAuthSessionTicketResponse$, validateAuthTicketResponse$: streams.validateAuthTicketResponse$ };

  const serverShutdown = shutdownSequence(control, () => core.shutdownServer(), lease, parts.disposeBackend);

  return {
    ...streams,
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
