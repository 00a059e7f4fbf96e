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
import { createSignalRouter } from './signal-router';
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

/** The typed streams of the game-server pipe, one per signal, and the decode errors of all of them. */
export interface ServerStreams {
  /** GSClientApprove_t (201): a client has been approved to connect. */
  readonly gsClientApprove$: Observable<GsClientApprove>;
  /** GSClientDeny_t (202): a client has been denied a connection. */
  readonly gsClientDeny$: Observable<GsClientDeny>;
  /** GSClientKick_t (203): Steam requests that a client be kicked. */
  readonly gsClientKick$: Observable<GsClientKick>;
  /** GSClientAchievementStatus_t (206): whether a client has unlocked an achievement. */
  readonly gsClientAchievementStatus$: Observable<GsClientAchievementStatus>;
  /** GSPolicyResponse_t (115): whether the server should display itself as VAC secure. */
  readonly gsPolicyResponse$: Observable<GsPolicyResponse>;
  /** GSGameplayStats_t (207): the server's gameplay stats. */
  readonly gsGameplayStats$: Observable<GsGameplayStats>;
  /** GSClientGroupStatus_t (208): replies to RequestUserGroupStatus. */
  readonly gsClientGroupStatus$: Observable<GsClientGroupStatus>;
  /** GSReputation_t (209): the server's reputation and any ban. */
  readonly gsReputation$: Observable<GsReputation>;
  /** AssociateWithClanResult_t (210): results of AssociateWithClan. */
  readonly associateWithClanResult$: Observable<AssociateWithClanResult>;
  /** ComputeNewPlayerCompatibilityResult_t (211): results of ComputeNewPlayerCompatibility. */
  readonly computeNewPlayerCompatibilityResult$: Observable<ComputeNewPlayerCompatibilityResult>;
  /** SteamServersConnected_t (101): the server's connection to the Steam back end is up. */
  readonly steamServerConnected$: Observable<SteamServerConnected>;
  /** SteamServerConnectFailure_t (102): a connection attempt to the Steam back end failed. */
  readonly steamServerConnectFailed$: Observable<SteamServerConnectFailed>;
  /** SteamServersDisconnected_t (103): the connection to the Steam back end was lost. */
  readonly steamServerDisconnected$: Observable<SteamServerDisconnected>;
  /** ValidateAuthTicketResponse_t (143): outcomes of the server's BeginAuthSession calls, and later cancellations. */
  readonly validateAuthTicketResponse$: Observable<ValidateAuthTicketResponse>;
  /** Answers to the server's own GetAuthSessionTicket calls. */
  readonly getAuthSessionTicketResponse$: Observable<GetAuthSessionTicketResponse>;
  /** Messages of the signals above, on the server pipe, whose bytes did not decode. */
  readonly decodeErrors$: Observable<DecodeError>;
}

/**
 * The game-server pipe's streams on `platform`'s struct layouts. `callbacks$` is the core's single
 * source (both pipes); only the server pipe's messages are used.
 */
export const createServerStreams = (callbacks$: Observable<RawCallback>, platform: Platform): ServerStreams => {
  const router = createSignalRouter(callbacks$, 'server', platform);
  return {
    gsClientApprove$: router.stream(serverSignals.gsClientApprove),
    gsClientDeny$: router.stream(serverSignals.gsClientDeny),
    gsClientKick$: router.stream(serverSignals.gsClientKick),
    gsClientAchievementStatus$: router.stream(serverSignals.gsClientAchievementStatus),
    gsPolicyResponse$: router.stream(serverSignals.gsPolicyResponse),
    gsGameplayStats$: router.stream(serverSignals.gsGameplayStats),
    gsClientGroupStatus$: router.stream(serverSignals.gsClientGroupStatus),
    gsReputation$: router.stream(serverSignals.gsReputation),
    associateWithClanResult$: router.stream(serverSignals.associateWithClanResult),
    computeNewPlayerCompatibilityResult$: router.stream(serverSignals.computeNewPlayerCompatibilityResult),
    steamServerConnected$: router.stream(serverSignals.steamServerConnected),
    steamServerConnectFailed$: router.stream(serverSignals.steamServerConnectFailed),
    steamServerDisconnected$: router.stream(serverSignals.steamServerDisconnected),
    validateAuthTicketResponse$: router.stream(serverSignals.validateAuthTicketResponse),
    getAuthSessionTicketResponse$: router.stream(serverSignals.getAuthSessionTicketResponse),
    decodeErrors$: router.decodeErrors$,
  };
};
