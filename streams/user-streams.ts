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
import { createSignalTableStreams } from './signal-router';
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

/**
 * Steam's callbacks to the client, one typed stream per signal (callback struct and id in brackets),
 * and the decode errors of all of them. On a client they complete when it shuts down.
 */
export interface UserStreams {
  /** Steam tells the client to leave a game server (ClientGameServerDeny_t, 113). */
  readonly clientGameServerDeny$: Observable<ClientGameServerDeny>;
  /** Steam China duration control: play time and what to do about it, pushed or asked for (DurationControl_t, 167). */
  readonly durationControl$: Observable<DurationControl>;
  /** Every answer to requestEncryptedAppTicket (EncryptedAppTicketResponse_t, 154); requestEncryptedAppTicket gives its own. */
  readonly encryptedAppTicketResponse$: Observable<EncryptedAppTicketResponse>;
  /** The user finished a web flow the game opened (GameWebCallback_t, 164). */
  readonly gameWebCallback$: Observable<GameWebCallback>;
  /** Steam confirmed (or refused) a ticket from getAuthSessionTicket (GetAuthSessionTicketResponse_t, 163). */
  readonly getAuthSessionTicketResponse$: Observable<GetAuthSessionTicketResponse>;
  /** The ticket asked for with getAuthTicketForWebApi (GetTicketForWebApiResponse_t, 168). */
  readonly getTicketForWebApi$: Observable<GetTicketForWebApi>;
  /** The connection to the Steam client process failed (IPCFailure_t, 117): Steam must be restarted. */
  readonly ipcFailure$: Observable<IpcFailure>;
  /** The user's licences changed, e.g. a DLC was bought (LicensesUpdated_t, 125). */
  readonly licensesUpdated$: Observable<LicensesUpdated>;
  /** Every answer to getMarketEligibility (MarketEligibilityResponse_t, 166). */
  readonly marketEligibilityResponse$: Observable<MarketEligibilityResponse>;
  /** The user authorised or refused an in-game purchase (MicroTxnAuthorizationResponse_t, 152). */
  readonly microtransactionAuthResponse$: Observable<MicrotransactionAuthResponse>;
  /** A connection attempt to Steam's back end failed (SteamServerConnectFailure_t, 102); `retrying` says whether Steam tries again. */
  readonly steamServerConnectFailed$: Observable<SteamServerConnectFailed>;
  /** The client is connected to Steam's back end again (SteamServersConnected_t, 101); loggedOn() is true from here. */
  readonly steamServerConnected$: Observable<SteamServerConnected>;
  /** The client lost Steam's back end (SteamServersDisconnected_t, 103); loggedOn() is false until steamServerConnected$. */
  readonly steamServerDisconnected$: Observable<SteamServerDisconnected>;
  /** Every answer to requestStoreAuthURL (StoreAuthURLResponse_t, 165). */
  readonly storeAuthUrlResponse$: Observable<StoreAuthUrlResponse>;
  /**
   * Steam's verdict on an auth session this client holds (ValidateAuthTicketResponse_t, 143): OK, or
   * why not (cancelled, VAC banned, …). authSession$ gives the verdicts of one player.
   */
  readonly validateAuthTicketResponse$: Observable<ValidateAuthTicketResponse>;
  /** Callbacks of the signals above whose bytes did not decode: a Steam newer than this SDK, or a bug. */
  readonly decodeErrors$: Observable<DecodeError>;
}

/**
 * The client pipe's streams on `platform`'s struct layouts. `callbacks$` is the core's single
 * source (both pipes); only the client pipe's messages are used.
 */
export const createUserStreams = (callbacks$: Observable<RawCallback>, platform: Platform): UserStreams =>
  createSignalTableStreams(callbacks$, 'client', platform, userSignals);
