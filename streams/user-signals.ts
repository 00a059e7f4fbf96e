/** The signals of the client pipe (user.md "Signals"), by payload name. */
import { lazySignalTable } from './lazy-signal';
import type { UserSignalName } from './user-signal-names';
import type { clientGameServerDenySignal } from './signals/client-game-server-deny';
import type { durationControlSignal } from './signals/duration-control';
import type { encryptedAppTicketResponseSignal } from './signals/encrypted-app-ticket-response';
import type { gameWebCallbackSignal } from './signals/game-web-callback';
import type { getAuthSessionTicketResponseSignal } from './signals/get-auth-session-ticket-response';
import type { getTicketForWebApiSignal } from './signals/get-ticket-for-web-api';
import type { ipcFailureSignal } from './signals/ipc-failure';
import type { licensesUpdatedSignal } from './signals/licenses-updated';
import type { marketEligibilityResponseSignal } from './signals/market-eligibility-response';
import type { microtransactionAuthResponseSignal } from './signals/microtransaction-auth-response';
import type { steamServerConnectFailedSignal } from './signals/steam-server-connect-failed';
import type { steamServerConnectedSignal } from './signals/steam-server-connected';
import type { steamServerDisconnectedSignal } from './signals/steam-server-disconnected';
import type { storeAuthUrlResponseSignal } from './signals/store-auth-url-response';
import type { validateAuthTicketResponseSignal } from './signals/validate-auth-ticket-response';

/** Every signal of the client pipe, by payload name: the definitions createUserStreams routes. */
export const userSignals = lazySignalTable<{
  readonly clientGameServerDeny: typeof clientGameServerDenySignal;
  readonly durationControl: typeof durationControlSignal;
  readonly encryptedAppTicketResponse: typeof encryptedAppTicketResponseSignal;
  readonly gameWebCallback: typeof gameWebCallbackSignal;
  readonly getAuthSessionTicketResponse: typeof getAuthSessionTicketResponseSignal;
  readonly getTicketForWebApi: typeof getTicketForWebApiSignal;
  readonly ipcFailure: typeof ipcFailureSignal;
  readonly licensesUpdated: typeof licensesUpdatedSignal;
  readonly marketEligibilityResponse: typeof marketEligibilityResponseSignal;
  readonly microtransactionAuthResponse: typeof microtransactionAuthResponseSignal;
  readonly steamServerConnectFailed: typeof steamServerConnectFailedSignal;
  readonly steamServerConnected: typeof steamServerConnectedSignal;
  readonly steamServerDisconnected: typeof steamServerDisconnectedSignal;
  readonly storeAuthUrlResponse: typeof storeAuthUrlResponseSignal;
  readonly validateAuthTicketResponse: typeof validateAuthTicketResponseSignal;
}>({
  clientGameServerDeny: { struct: 'ClientGameServerDeny_t', load: () => (require('./signals/client-game-server-deny') as typeof import('./signals/client-game-server-deny')).clientGameServerDenySignal },
  durationControl: { struct: 'DurationControl_t', load: () => (require('./signals/duration-control') as typeof import('./signals/duration-control')).durationControlSignal },
  encryptedAppTicketResponse: { struct: 'EncryptedAppTicketResponse_t', load: () => (require('./signals/encrypted-app-ticket-response') as typeof import('./signals/encrypted-app-ticket-response')).encryptedAppTicketResponseSignal },
  gameWebCallback: { struct: 'GameWebCallback_t', load: () => (require('./signals/game-web-callback') as typeof import('./signals/game-web-callback')).gameWebCallbackSignal },
  getAuthSessionTicketResponse: { struct: 'GetAuthSessionTicketResponse_t', load: () => (require('./signals/get-auth-session-ticket-response') as typeof import('./signals/get-auth-session-ticket-response')).getAuthSessionTicketResponseSignal },
  getTicketForWebApi: { struct: 'GetTicketForWebApiResponse_t', load: () => (require('./signals/get-ticket-for-web-api') as typeof import('./signals/get-ticket-for-web-api')).getTicketForWebApiSignal },
  ipcFailure: { struct: 'IPCFailure_t', load: () => (require('./signals/ipc-failure') as typeof import('./signals/ipc-failure')).ipcFailureSignal },
  licensesUpdated: { struct: 'LicensesUpdated_t', load: () => (require('./signals/licenses-updated') as typeof import('./signals/licenses-updated')).licensesUpdatedSignal },
  marketEligibilityResponse: { struct: 'MarketEligibilityResponse_t', load: () => (require('./signals/market-eligibility-response') as typeof import('./signals/market-eligibility-response')).marketEligibilityResponseSignal },
  microtransactionAuthResponse: { struct: 'MicroTxnAuthorizationResponse_t', load: () => (require('./signals/microtransaction-auth-response') as typeof import('./signals/microtransaction-auth-response')).microtransactionAuthResponseSignal },
  steamServerConnectFailed: { struct: 'SteamServerConnectFailure_t', load: () => (require('./signals/steam-server-connect-failed') as typeof import('./signals/steam-server-connect-failed')).steamServerConnectFailedSignal },
  steamServerConnected: { struct: 'SteamServersConnected_t', load: () => (require('./signals/steam-server-connected') as typeof import('./signals/steam-server-connected')).steamServerConnectedSignal },
  steamServerDisconnected: { struct: 'SteamServersDisconnected_t', load: () => (require('./signals/steam-server-disconnected') as typeof import('./signals/steam-server-disconnected')).steamServerDisconnectedSignal },
  storeAuthUrlResponse: { struct: 'StoreAuthURLResponse_t', load: () => (require('./signals/store-auth-url-response') as typeof import('./signals/store-auth-url-response')).storeAuthUrlResponseSignal },
  validateAuthTicketResponse: { struct: 'ValidateAuthTicketResponse_t', load: () => (require('./signals/validate-auth-ticket-response') as typeof import('./signals/validate-auth-ticket-response')).validateAuthTicketResponseSignal },
});

type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type MustHold<Check extends true> = Check;
/** The table's keys and user-signal-names.ts's list are each the other: a mismatch does not compile. */
export type UserSignalNamesMatch = MustHold<SameKeys<UserSignalName, keyof typeof userSignals>>;
