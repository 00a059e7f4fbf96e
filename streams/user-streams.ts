/**
 * One typed stream per signal of the CLIENT pipe (user.md "Signals"). Call-result signals (154
 * EncryptedAppTicketResponse_t, 165 StoreAuthURLResponse_t, 166 MarketEligibilityResponse_t, 167
 * DurationControl_t) appear on their stream whether they came as callbacks or as call results;
 * to get the result of one particular call, use callResult() with its SteamAPICall_t handle.
 * See signal-router.ts for sharing, decode-once and error rules.
 */
import type { Observable } from 'rxjs';
import type { Platform, RawCallback } from '../native/steam-core';
import type { DecodeError } from './decode-error';
import { createSignalRouter } from './signal-router';
import type { ClientGameServerDeny } from './signals/client-game-server-deny';
import type { DurationControl } from './signals/duration-control';
import type { EncryptedAppTicketResponse } from './signals/encrypted-app-ticket-response';
import type { GameWebCallback } from './signals/game-web-callback';
import type { GetAuthSessionTicketResponse } from './signals/get-auth-session-ticket-response';
import type { GetTicketForWebApi } from './signals/get-ticket-for-web-api';
import type { IpcFailure } from './signals/ipc-failure';
import type { LicensesUpdated } from './signals/licenses-updated';
import type { MarketEligibilityResponse } from './signals/market-eligibility-response';
import type { MicrotransactionAuthResponse } from './signals/microtransaction-auth-response';
import type { SteamServerConnectFailed } from './signals/steam-server-connect-failed';
import type { SteamServerConnected } from './signals/steam-server-connected';
import type { SteamServerDisconnected } from './signals/steam-server-disconnected';
import type { StoreAuthUrlResponse } from './signals/store-auth-url-response';
import type { ValidateAuthTicketResponse } from './signals/validate-auth-ticket-response';
import { userSignals } from './user-signals';

export interface UserStreams {
  readonly clientGameServerDeny$: Observable<ClientGameServerDeny>;
  readonly durationControl$: Observable<DurationControl>;
  readonly encryptedAppTicketResponse$: Observable<EncryptedAppTicketResponse>;
  readonly gameWebCallback$: Observable<GameWebCallback>;
  readonly getAuthSessionTicketResponse$: Observable<GetAuthSessionTicketResponse>;
  readonly getTicketForWebApi$: Observable<GetTicketForWebApi>;
  readonly ipcFailure$: Observable<IpcFailure>;
  readonly licensesUpdated$: Observable<LicensesUpdated>;
  readonly marketEligibilityResponse$: Observable<MarketEligibilityResponse>;
  readonly microtransactionAuthResponse$: Observable<MicrotransactionAuthResponse>;
  readonly steamServerConnectFailed$: Observable<SteamServerConnectFailed>;
  readonly steamServerConnected$: Observable<SteamServerConnected>;
  readonly steamServerDisconnected$: Observable<SteamServerDisconnected>;
  readonly storeAuthUrlResponse$: Observable<StoreAuthUrlResponse>;
  readonly validateAuthTicketResponse$: Observable<ValidateAuthTicketResponse>;
  /** Messages of the signals above, on the client pipe, whose bytes did not decode. */
  readonly decodeErrors$: Observable<DecodeError>;
}

/** `callbacks$` is the core's single source (both pipes); only the client pipe's messages are used. */
export const createUserStreams = (callbacks$: Observable<RawCallback>, platform: Platform): UserStreams => {
  const router = createSignalRouter(callbacks$, 'client', platform);
  return {
    clientGameServerDeny$: router.stream(userSignals.clientGameServerDeny),
    durationControl$: router.stream(userSignals.durationControl),
    encryptedAppTicketResponse$: router.stream(userSignals.encryptedAppTicketResponse),
    gameWebCallback$: router.stream(userSignals.gameWebCallback),
    getAuthSessionTicketResponse$: router.stream(userSignals.getAuthSessionTicketResponse),
    getTicketForWebApi$: router.stream(userSignals.getTicketForWebApi),
    ipcFailure$: router.stream(userSignals.ipcFailure),
    licensesUpdated$: router.stream(userSignals.licensesUpdated),
    marketEligibilityResponse$: router.stream(userSignals.marketEligibilityResponse),
    microtransactionAuthResponse$: router.stream(userSignals.microtransactionAuthResponse),
    steamServerConnectFailed$: router.stream(userSignals.steamServerConnectFailed),
    steamServerConnected$: router.stream(userSignals.steamServerConnected),
    steamServerDisconnected$: router.stream(userSignals.steamServerDisconnected),
    storeAuthUrlResponse$: router.stream(userSignals.storeAuthUrlResponse),
    validateAuthTicketResponse$: router.stream(userSignals.validateAuthTicketResponse),
    decodeErrors$: router.decodeErrors$,
  };
};
