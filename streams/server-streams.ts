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

export interface ServerStreams {
  readonly gsClientApprove$: Observable<GsClientApprove>;
  readonly gsClientDeny$: Observable<GsClientDeny>;
  readonly gsClientKick$: Observable<GsClientKick>;
  readonly gsClientAchievementStatus$: Observable<GsClientAchievementStatus>;
  readonly gsPolicyResponse$: Observable<GsPolicyResponse>;
  readonly gsGameplayStats$: Observable<GsGameplayStats>;
  readonly gsClientGroupStatus$: Observable<GsClientGroupStatus>;
  readonly gsReputation$: Observable<GsReputation>;
  readonly associateWithClanResult$: Observable<AssociateWithClanResult>;
  readonly computeNewPlayerCompatibilityResult$: Observable<ComputeNewPlayerCompatibilityResult>;
  readonly steamServerConnected$: Observable<SteamServerConnected>;
  readonly steamServerConnectFailed$: Observable<SteamServerConnectFailed>;
  readonly steamServerDisconnected$: Observable<SteamServerDisconnected>;
  readonly validateAuthTicketResponse$: Observable<ValidateAuthTicketResponse>;
  /** Answers to the server's own GetAuthSessionTicket calls. */
  readonly getAuthSessionTicketResponse$: Observable<GetAuthSessionTicketResponse>;
  /** Messages of the signals above, on the server pipe, whose bytes did not decode. */
  readonly decodeErrors$: Observable<DecodeError>;
}

/** `callbacks$` is the core's single source (both pipes); only the server pipe's messages are used. */
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
