/**
 * The game server's signals as typed streams, scoped to its session: each completes when the
 * server shuts down, and completes at once when subscribed after that. On Valve's library the core
 * and its one callback source outlive a server, so an unscoped stream would live on and hand the
 * next serverInit's callbacks to the old server's subscribers.
 */
import type { Observable } from 'rxjs';
import type { RawCallback, SteamCore } from '../../native/steam-core';
import {
  createServerStreams,
  type AssociateWithClanResult,
  type ComputeNewPlayerCompatibilityResult,
  type DecodeError,
  type GetAuthSessionTicketResponse,
  type GsClientAchievementStatus,
  type GsClientApprove,
  type GsClientDeny,
  type GsClientGroupStatus,
  type GsClientKick,
  type GsGameplayStats,
  type GsPolicyResponse,
  type GsReputation,
  type ServerStreams,
  type SteamServerConnectFailed,
  type SteamServerConnected,
  type SteamServerDisconnected,
  type ValidateAuthTicketResponse,
} from '../../streams';
import type { SessionState } from '../session/session-state';
import { streamsUntilShutdown, untilShutdown } from '../session/until-shutdown';

/**
 * The callbacks Steam sends a game server, one stream each, decoded from the game-server pipe.
 * Every stream is hot (it shows what arrives while subscribed), completes at serverShutdown, and
 * completes at once when subscribed after it.
 */
export interface ServerSignalStreams {
  /**
   * GSClientApprove_t: Steam approved a player whose auth session the server began; let them in.
   *
   * @example
   * ```ts
   * server.gsClientApprove$.subscribe(({ steamId, ownerSteamId }) => admit(steamId, ownerSteamId));
   * ```
   */
  readonly gsClientApprove$: Observable<GsClientApprove>;
  /** GSClientDeny_t: Steam says the server must refuse this player (`denyReason`, optional text). */
  readonly gsClientDeny$: Observable<GsClientDeny>;
  /** GSClientKick_t: Steam says the server must disconnect this player now (`denyReason`). */
  readonly gsClientKick$: Observable<GsClientKick>;
  /** GSClientAchievementStatus_t: whether a player has unlocked an achievement. */
  readonly gsClientAchievementStatus$: Observable<GsClientAchievementStatus>;
  /** GSPolicyResponse_t: after logging on, whether Steam considers this server VAC secure. */
  readonly gsPolicyResponse$: Observable<GsPolicyResponse>;
  /** GSGameplayStats_t: the answer to getGameplayStats (rank, total connects, minutes played). */
  readonly gsGameplayStats$: Observable<GsGameplayStats>;
  /** GSClientGroupStatus_t: every answer to a group-status request (requestUserGroupStatus picks its own). */
  readonly gsClientGroupStatus$: Observable<GsClientGroupStatus>;
  /** GSReputation_t: every reputation answer (getServerReputation matches its own call). */
  readonly gsReputation$: Observable<GsReputation>;
  /** AssociateWithClanResult_t: every clan-association answer (associateWithClan matches its own call). */
  readonly associateWithClanResult$: Observable<AssociateWithClanResult>;
  /** ComputeNewPlayerCompatibilityResult_t: every compatibility answer (computeNewPlayerCompatibility matches its own call). */
  readonly computeNewPlayerCompatibilityResult$: Observable<ComputeNewPlayerCompatibilityResult>;
  /** SteamServersConnected_t on the server pipe: the server is logged on to Steam. */
  readonly steamServerConnected$: Observable<SteamServerConnected>;
  /** SteamServerConnectFailure_t on the server pipe: a logon attempt failed (`result`, whether Steam retries). */
  readonly steamServerConnectFailed$: Observable<SteamServerConnectFailed>;
  /** SteamServersDisconnected_t on the server pipe: the server lost its connection to Steam (`result`). */
  readonly steamServerDisconnected$: Observable<SteamServerDisconnected>;
  /** ValidateAuthTicketResponse_t on the server pipe: Steam's verdict on every auth session (authSession$ filters its own). */
  readonly validateAuthTicketResponse$: Observable<ValidateAuthTicketResponse>;
  /** GetAuthSessionTicketResponse_t on the server pipe: answers to the server's own getAuthSessionTicket calls. */
  readonly getAuthSessionTicketResponse$: Observable<GetAuthSessionTicketResponse>;
  /** Server-pipe messages of the signals above whose bytes did not decode; they never reach those streams. */
  readonly decodeErrors$: Observable<DecodeError>;
}

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
