/** The signals of the client pipe (user.md "Signals"), by payload name. */
import { clientGameServerDenySignal } from './signals/client-game-server-deny';
import { durationControlSignal } from './signals/duration-control';
import { encryptedAppTicketResponseSignal } from './signals/encrypted-app-ticket-response';
import { gameWebCallbackSignal } from './signals/game-web-callback';
import { getAuthSessionTicketResponseSignal } from './signals/get-auth-session-ticket-response';
import { getTicketForWebApiSignal } from './signals/get-ticket-for-web-api';
import { ipcFailureSignal } from './signals/ipc-failure';
import { licensesUpdatedSignal } from './signals/licenses-updated';
import { marketEligibilityResponseSignal } from './signals/market-eligibility-response';
import { microtransactionAuthResponseSignal } from './signals/microtransaction-auth-response';
import { steamServerConnectFailedSignal } from './signals/steam-server-connect-failed';
import { steamServerConnectedSignal } from './signals/steam-server-connected';
import { steamServerDisconnectedSignal } from './signals/steam-server-disconnected';
import { storeAuthUrlResponseSignal } from './signals/store-auth-url-response';
import { validateAuthTicketResponseSignal } from './signals/validate-auth-ticket-response';

/** Every signal of the client pipe, by payload name: the definitions createUserStreams routes. */
export const userSignals = {
  clientGameServerDeny: clientGameServerDenySignal,
  durationControl: durationControlSignal,
  encryptedAppTicketResponse: encryptedAppTicketResponseSignal,
  gameWebCallback: gameWebCallbackSignal,
  getAuthSessionTicketResponse: getAuthSessionTicketResponseSignal,
  getTicketForWebApi: getTicketForWebApiSignal,
  ipcFailure: ipcFailureSignal,
  licensesUpdated: licensesUpdatedSignal,
  marketEligibilityResponse: marketEligibilityResponseSignal,
  microtransactionAuthResponse: microtransactionAuthResponseSignal,
  steamServerConnectFailed: steamServerConnectFailedSignal,
  steamServerConnected: steamServerConnectedSignal,
  steamServerDisconnected: steamServerDisconnectedSignal,
  storeAuthUrlResponse: storeAuthUrlResponseSignal,
  validateAuthTicketResponse: validateAuthTicketResponseSignal,
} as const;
