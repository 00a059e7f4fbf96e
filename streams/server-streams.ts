/**
 * One typed stream per signal of the game-server pipe. Call-result signals (209 GSReputation_t,
 * 210 AssociateWithClanResult_t, 211 ComputeNewPlayerCompatibilityResult_t) appear on their
 * stream whether they came as callbacks or as call results; to get the result of one particular
 * call, use callResult() with its SteamAPICall_t handle. See signal-router.ts for sharing,
 * decode-once and error rules.
 */
import type { Observable } from 'rxjs';
import type { Platform, RawCallback } from '../native/steam-core';
import type { DecodeError } from './decode-error';
import { serverSignals } from './server-signals';
import { createSignalTableStreams } from './signal-router';
import type { AssociateWithClanResult } from './signals/associate-with-clan-result';
import type { ComputeNewPlayerCompatibilityResult } from './signals/compute-new-player-compatibility-result';
import type { GetAuthSessionTicketResponse } from './signals/get-auth-session-ticket-response';
import type { GsClientAchievementStatus } from './signals/gs-client-achievement-status';
import type { GsClientApprove } from './signals/gs-client-approve';
import type { GsClientDeny } from './signals/gs-client-deny';
import type { GsClientGroupStatus } from './signals/gs-client-group-status';
import type { GsClientKick } from './signals/gs-client-kick';
import type { GsGameplayStats } from './signals/gs-gameplay-stats';
import type { GsPolicyResponse } from './signals/gs-policy-response';
import type { GsReputation } from './signals/gs-reputation';
import type { SteamServerConnectFailed } from './signals/steam-server-connect-failed';
import type { SteamServerConnected } from './signals/steam-server-connected';
import type { SteamServerDisconnected } from './signals/steam-server-disconnected';
import type { ValidateAuthTicketResponse } from './signals/validate-auth-ticket-response';

/**
 * The callbacks Steam sends a game server, one stream each, decoded from the game-server pipe, and
 * the decode errors of all of them. On a server they are hot (they show what arrives while
 * subscribed), complete at serverShutdown, and complete at once when subscribed after it.
 */
export interface ServerStreams {
  /**
   * GSClientApprove_t (201): Steam approved a player whose auth session the server began; let them in.
   *
   * @example
   * ```ts
   * server.gsClientApprove$.subscribe(({ steamId, ownerSteamId }) => admit(steamId, ownerSteamId));
   * ```
   */
  readonly gsClientApprove$: Observable<GsClientApprove>;
  /** GSClientDeny_t (202): Steam says the server must refuse this player (`denyReason`, optional text). */
  readonly gsClientDeny$: Observable<GsClientDeny>;
  /** GSClientKick_t (203): Steam says the server must disconnect this player now (`denyReason`). */
  readonly gsClientKick$: Observable<GsClientKick>;
  /** GSClientAchievementStatus_t (206): whether a player has unlocked an achievement. */
  readonly gsClientAchievementStatus$: Observable<GsClientAchievementStatus>;
  /** GSPolicyResponse_t (115): after logging on, whether Steam considers this server VAC secure. */
  readonly gsPolicyResponse$: Observable<GsPolicyResponse>;
  /** GSGameplayStats_t (207): the answer to getGameplayStats (rank, total connects, minutes played). */
  readonly gsGameplayStats$: Observable<GsGameplayStats>;
  /** GSClientGroupStatus_t (208): every answer to a group-status request (requestUserGroupStatus picks its own). */
  readonly gsClientGroupStatus$: Observable<GsClientGroupStatus>;
  /** GSReputation_t (209): every reputation answer (getServerReputation matches its own call). */
  readonly gsReputation$: Observable<GsReputation>;
  /** AssociateWithClanResult_t (210): every clan-association answer (associateWithClan matches its own call). */
  readonly associateWithClanResult$: Observable<AssociateWithClanResult>;
  /** ComputeNewPlayerCompatibilityResult_t (211): every compatibility answer (computeNewPlayerCompatibility matches its own call). */
  readonly computeNewPlayerCompatibilityResult$: Observable<ComputeNewPlayerCompatibilityResult>;
  /** SteamServersConnected_t (101) on the server pipe: the server is logged on to Steam. */
  readonly steamServerConnected$: Observable<SteamServerConnected>;
  /** SteamServerConnectFailure_t (102) on the server pipe: a logon attempt failed (`result`, whether Steam retries). */
  readonly steamServerConnectFailed$: Observable<SteamServerConnectFailed>;
  /** SteamServersDisconnected_t (103) on the server pipe: the server lost its connection to Steam (`result`). */
  readonly steamServerDisconnected$: Observable<SteamServerDisconnected>;
  /** ValidateAuthTicketResponse_t (143) on the server pipe: Steam's verdict on every auth session (authSession$ filters its own). */
  readonly validateAuthTicketResponse$: Observable<ValidateAuthTicketResponse>;
  /** GetAuthSessionTicketResponse_t on the server pipe: answers to the server's own getAuthSessionTicket calls. */
  readonly getAuthSessionTicketResponse$: Observable<GetAuthSessionTicketResponse>;
  /** Server-pipe messages of the signals above whose bytes did not decode; they never reach those streams. */
  readonly decodeErrors$: Observable<DecodeError>;
}

/**
 * The game-server pipe's streams on `platform`'s struct layouts. `callbacks$` is the core's single
 * source (both pipes); only the server pipe's messages are used.
 */
export const createServerStreams = (callbacks$: Observable<RawCallback>, platform: Platform): ServerStreams =>
  createSignalTableStreams(callbacks$, 'server', platform, serverSignals);
