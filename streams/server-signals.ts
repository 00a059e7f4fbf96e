/** The signals of the game-server pipe, by payload name. */
import { associateWithClanResultSignal } from './signals/associate-with-clan-result';
import { computeNewPlayerCompatibilityResultSignal } from './signals/compute-new-player-compatibility-result';
import { getAuthSessionTicketResponseSignal } from './signals/get-auth-session-ticket-response';
import { gsClientAchievementStatusSignal } from './signals/gs-client-achievement-status';
import { gsClientApproveSignal } from './signals/gs-client-approve';
import { gsClientDenySignal } from './signals/gs-client-deny';
import { gsClientGroupStatusSignal } from './signals/gs-client-group-status';
import { gsClientKickSignal } from './signals/gs-client-kick';
import { gsGameplayStatsSignal } from './signals/gs-gameplay-stats';
import { gsPolicyResponseSignal } from './signals/gs-policy-response';
import { gsReputationSignal } from './signals/gs-reputation';
import { steamServerConnectFailedSignal } from './signals/steam-server-connect-failed';
import { steamServerConnectedSignal } from './signals/steam-server-connected';
import { steamServerDisconnectedSignal } from './signals/steam-server-disconnected';
import { validateAuthTicketResponseSignal } from './signals/validate-auth-ticket-response';

/** Every signal of the game-server pipe, by payload name: the definitions createServerStreams routes. */
export const serverSignals = {
  gsClientApprove: gsClientApproveSignal,
  gsClientDeny: gsClientDenySignal,
  gsClientKick: gsClientKickSignal,
  gsClientAchievementStatus: gsClientAchievementStatusSignal,
  gsPolicyResponse: gsPolicyResponseSignal,
  gsGameplayStats: gsGameplayStatsSignal,
  gsClientGroupStatus: gsClientGroupStatusSignal,
  gsReputation: gsReputationSignal,
  associateWithClanResult: associateWithClanResultSignal,
  computeNewPlayerCompatibilityResult: computeNewPlayerCompatibilityResultSignal,
  steamServerConnected: steamServerConnectedSignal,
  steamServerConnectFailed: steamServerConnectFailedSignal,
  steamServerDisconnected: steamServerDisconnectedSignal,
  validateAuthTicketResponse: validateAuthTicketResponseSignal,
  // Tickets a game server issues itself (peer-style auth) are answered on its own pipe.
  getAuthSessionTicketResponse: getAuthSessionTicketResponseSignal,
} as const;
