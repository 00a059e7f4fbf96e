/** The signals of the game-server pipe, by payload name. */
import { lazySignalTable } from './lazy-signal';
import type { gsClientApproveSignal } from './signals/gs-client-approve';
import type { gsClientDenySignal } from './signals/gs-client-deny';
import type { gsClientKickSignal } from './signals/gs-client-kick';
import type { gsClientAchievementStatusSignal } from './signals/gs-client-achievement-status';
import type { gsPolicyResponseSignal } from './signals/gs-policy-response';
import type { gsGameplayStatsSignal } from './signals/gs-gameplay-stats';
import type { gsClientGroupStatusSignal } from './signals/gs-client-group-status';
import type { gsReputationSignal } from './signals/gs-reputation';
import type { associateWithClanResultSignal } from './signals/associate-with-clan-result';
import type { computeNewPlayerCompatibilityResultSignal } from './signals/compute-new-player-compatibility-result';
import type { steamServerConnectedSignal } from './signals/steam-server-connected';
import type { steamServerConnectFailedSignal } from './signals/steam-server-connect-failed';
import type { steamServerDisconnectedSignal } from './signals/steam-server-disconnected';
import type { validateAuthTicketResponseSignal } from './signals/validate-auth-ticket-response';
import type { getAuthSessionTicketResponseSignal } from './signals/get-auth-session-ticket-response';

/** Every signal of the game-server pipe, by payload name: the definitions createServerStreams routes. */
export const serverSignals = lazySignalTable<{
  readonly gsClientApprove: typeof gsClientApproveSignal;
  readonly gsClientDeny: typeof gsClientDenySignal;
  readonly gsClientKick: typeof gsClientKickSignal;
  readonly gsClientAchievementStatus: typeof gsClientAchievementStatusSignal;
  readonly gsPolicyResponse: typeof gsPolicyResponseSignal;
  readonly gsGameplayStats: typeof gsGameplayStatsSignal;
  readonly gsClientGroupStatus: typeof gsClientGroupStatusSignal;
  readonly gsReputation: typeof gsReputationSignal;
  readonly associateWithClanResult: typeof associateWithClanResultSignal;
  readonly computeNewPlayerCompatibilityResult: typeof computeNewPlayerCompatibilityResultSignal;
  readonly steamServerConnected: typeof steamServerConnectedSignal;
  readonly steamServerConnectFailed: typeof steamServerConnectFailedSignal;
  readonly steamServerDisconnected: typeof steamServerDisconnectedSignal;
  readonly validateAuthTicketResponse: typeof validateAuthTicketResponseSignal;
  readonly getAuthSessionTicketResponse: typeof getAuthSessionTicketResponseSignal;
}>({
  gsClientApprove: { struct: 'GSClientApprove_t', load: () => (require('./signals/gs-client-approve') as typeof import('./signals/gs-client-approve')).gsClientApproveSignal },
  gsClientDeny: { struct: 'GSClientDeny_t', load: () => (require('./signals/gs-client-deny') as typeof import('./signals/gs-client-deny')).gsClientDenySignal },
  gsClientKick: { struct: 'GSClientKick_t', load: () => (require('./signals/gs-client-kick') as typeof import('./signals/gs-client-kick')).gsClientKickSignal },
  gsClientAchievementStatus: { struct: 'GSClientAchievementStatus_t', load: () => (require('./signals/gs-client-achievement-status') as typeof import('./signals/gs-client-achievement-status')).gsClientAchievementStatusSignal },
  gsPolicyResponse: { struct: 'GSPolicyResponse_t', load: () => (require('./signals/gs-policy-response') as typeof import('./signals/gs-policy-response')).gsPolicyResponseSignal },
  gsGameplayStats: { struct: 'GSGameplayStats_t', load: () => (require('./signals/gs-gameplay-stats') as typeof import('./signals/gs-gameplay-stats')).gsGameplayStatsSignal },
  gsClientGroupStatus: { struct: 'GSClientGroupStatus_t', load: () => (require('./signals/gs-client-group-status') as typeof import('./signals/gs-client-group-status')).gsClientGroupStatusSignal },
  gsReputation: { struct: 'GSReputation_t', load: () => (require('./signals/gs-reputation') as typeof import('./signals/gs-reputation')).gsReputationSignal },
  associateWithClanResult: { struct: 'AssociateWithClanResult_t', load: () => (require('./signals/associate-with-clan-result') as typeof import('./signals/associate-with-clan-result')).associateWithClanResultSignal },
  computeNewPlayerCompatibilityResult: { struct: 'ComputeNewPlayerCompatibilityResult_t', load: () => (require('./signals/compute-new-player-compatibility-result') as typeof import('./signals/compute-new-player-compatibility-result')).computeNewPlayerCompatibilityResultSignal },
  steamServerConnected: { struct: 'SteamServersConnected_t', load: () => (require('./signals/steam-server-connected') as typeof import('./signals/steam-server-connected')).steamServerConnectedSignal },
  steamServerConnectFailed: { struct: 'SteamServerConnectFailure_t', load: () => (require('./signals/steam-server-connect-failed') as typeof import('./signals/steam-server-connect-failed')).steamServerConnectFailedSignal },
  steamServerDisconnected: { struct: 'SteamServersDisconnected_t', load: () => (require('./signals/steam-server-disconnected') as typeof import('./signals/steam-server-disconnected')).steamServerDisconnectedSignal },
  validateAuthTicketResponse: { struct: 'ValidateAuthTicketResponse_t', load: () => (require('./signals/validate-auth-ticket-response') as typeof import('./signals/validate-auth-ticket-response')).validateAuthTicketResponseSignal },
  getAuthSessionTicketResponse: { struct: 'GetAuthSessionTicketResponse_t', load: () => (require('./signals/get-auth-session-ticket-response') as typeof import('./signals/get-auth-session-ticket-response')).getAuthSessionTicketResponseSignal },
});
