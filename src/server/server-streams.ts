/**
 * The game server's signals as typed streams, scoped to its session: each completes when the
 * server shuts down, and completes at once when subscribed after that. On Valve's library the core
 * and its one callback source outlive a server, so an unscoped stream would live on and hand the
 * next serverInit's callbacks to the old server's subscribers.
 */
import type { Observable } from 'rxjs';
import type { RawCallback, SteamCore } from '../../native/steam-core';
import { createServerStreams, type ServerStreams } from '../../streams/server-streams';
import type { SessionState } from '../session/session-state';
import { streamsUntilShutdown, untilShutdown } from '../session/until-shutdown';

/** The callbacks Steam sends a game server: the streams of the game-server pipe, scoped to its session. */
export type ServerSignalStreams = ServerStreams;

/** The typed streams of a server, and the same streams unscoped for the server's own flows. */
export interface ServerStreamSet {
  /** What the server value exposes: scoped to the session. */
  readonly scoped: ServerSignalStreams;
  /** The core's callbacks$, scoped to the session. */
  readonly callbacks$: Observable<RawCallback>;
  /** Unscoped, for flows that already end at shutdown themselves (auth flows, group status). */
  readonly internal: ServerStreams;
}

/** Builds the server's typed streams over `core` and scopes the public ones to `state`'s session. */
export const serverStreams = (state: SessionState, core: SteamCore): ServerStreamSet => {
  const internal = createServerStreams(core.callbacks$, core.platform);
  const exposed: ServerSignalStreams = internal;
  return {
    scoped: streamsUntilShutdown(state, exposed),
    callbacks$: untilShutdown(state, core.callbacks$),
    internal,
  };
};
