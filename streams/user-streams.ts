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

/** The typed streams of the client pipe, one per signal, and the decode errors of all of them. */
export interface UserStreams {
  /** ClientGameServerDeny_t (113): Steam tells the client to leave a game server. */
  readonly clientGameServerDeny$: Observable<ClientGameServerDeny>;
  /** DurationControl_t (167): anti-indulgence state, on timers and as GetDurationControl results. */
  readonly durationControl$: Observable<DurationControl>;
  /** EncryptedAppTicketResponse_t (154): results of RequestEncryptedAppTicket. */
  readonly encryptedAppTicketResponse$: Observable<EncryptedAppTicketResponse>;
  /** GameWebCallback_t (164): steam://gamewebcallback/ links clicked in the overlay browser. */
  readonly gameWebCallback$: Observable<GameWebCallback>;
  /** GetAuthSessionTicketResponse_t (163): tickets from GetAuthSessionTicket are ready, or failed. */
  readonly getAuthSessionTicketResponse$: Observable<GetAuthSessionTicketResponse>;
  /** GetTicketForWebApiResponse_t (168): Web API tickets from GetAuthTicketForWebApi. */
  readonly getTicketForWebApi$: Observable<GetTicketForWebApi>;
  /** IPCFailure_t (117): the client's callback system failed. */
  readonly ipcFailure$: Observable<IpcFailure>;
  /** LicensesUpdated_t (125): the user's licenses changed. */
  readonly licensesUpdated$: Observable<LicensesUpdated>;
  /** MarketEligibilityResponse_t (166): results of GetMarketEligibility. */
  readonly marketEligibilityResponse$: Observable<MarketEligibilityResponse>;
  /** MicroTxnAuthorizationResponse_t (152): the user answered a microtransaction authorization request. */
  readonly microtransactionAuthResponse$: Observable<MicrotransactionAuthResponse>;
  /** SteamServerConnectFailure_t (102): a connection attempt to the Steam back end failed. */
  readonly steamServerConnectFailed$: Observable<SteamServerConnectFailed>;
  /** SteamServersConnected_t (101): the connection to the Steam back end is up. */
  readonly steamServerConnected$: Observable<SteamServerConnected>;
  /** SteamServersDisconnected_t (103): the connection to the Steam back end was lost. */
  readonly steamServerDisconnected$: Observable<SteamServerDisconnected>;
  /** StoreAuthURLResponse_t (165): results of RequestStoreAuthURL. */
  readonly storeAuthUrlResponse$: Observable<StoreAuthUrlResponse>;
  /** ValidateAuthTicketResponse_t (143): outcomes of the client's BeginAuthSession calls, and later cancellations. */
  readonly validateAuthTicketResponse$: Observable<ValidateAuthTicketResponse>;
  /** Messages of the signals above, on the client pipe, whose bytes did not decode. */
  readonly decodeErrors$: Observable<DecodeError>;
}

/**
 * The client pipe's streams on `platform`'s struct layouts. `callbacks$` is the core's single
 * source (both pipes); only the client pipe's messages are used.
 */
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
