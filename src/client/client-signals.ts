/**
 * The client's signals as typed streams: Steam's callbacks on the client pipe, decoded. Each
 * completes when the client shuts down, and at once when subscribed after it (the native core
 * outlives a session: unscoped, a shut-down client's subscribers would hear the next session).
 * They are hot: a subscriber sees what arrives after it subscribed.
 */
import type { Observable } from 'rxjs';
import type { RawCallback } from '../../native/steam-core';
import type {
  ClientGameServerDeny,
  DecodeError,
  DurationControl,
  EncryptedAppTicketResponse,
  GameWebCallback,
  GetAuthSessionTicketResponse,
  GetTicketForWebApi,
  IpcFailure,
  LicensesUpdated,
  MarketEligibilityResponse,
  MicrotransactionAuthResponse,
  SteamServerConnectFailed,
  SteamServerConnected,
  SteamServerDisconnected,
  StoreAuthUrlResponse,
  ValidateAuthTicketResponse,
} from '../../streams';

/** Steam's callbacks to the client, one typed stream per signal (callback struct in brackets). */
export interface ClientSignals {
  /** Steam tells the client to leave a game server (ClientGameServerDeny_t). */
  readonly clientGameServerDeny$: Observable<ClientGameServerDeny>;
  /** Steam China duration control: play time and what to do about it, pushed or asked for (DurationControl_t). */
  readonly durationControl$: Observable<DurationControl>;
  /** Every answer to requestEncryptedAppTicket (EncryptedAppTicketResponse_t); requestEncryptedAppTicket gives its own. */
  readonly encryptedAppTicketResponse$: Observable<EncryptedAppTicketResponse>;
  /** The user finished a web flow the game opened (GameWebCallback_t). */
  readonly gameWebCallback$: Observable<GameWebCallback>;
  /** Steam confirmed (or refused) a ticket from getAuthSessionTicket (GetAuthSessionTicketResponse_t). */
  readonly getAuthSessionTicketResponse$: Observable<GetAuthSessionTicketResponse>;
  /** The ticket asked for with getAuthTicketForWebApi (GetTicketForWebApiResponse_t). */
  readonly getTicketForWebApi$: Observable<GetTicketForWebApi>;
  /** The connection to the Steam client process failed (IPCFailure_t): Steam must be restarted. */
  readonly ipcFailure$: Observable<IpcFailure>;
  /** The user's licences changed, e.g. a DLC was bought (LicensesUpdated_t). */
  readonly licensesUpdated$: Observable<LicensesUpdated>;
  /** Every answer to getMarketEligibility (MarketEligibilityResponse_t). */
  readonly marketEligibilityResponse$: Observable<MarketEligibilityResponse>;
  /** The user authorised or refused an in-game purchase (MicroTxnAuthorizationResponse_t). */
  readonly microtransactionAuthResponse$: Observable<MicrotransactionAuthResponse>;
  /** A connection attempt to Steam's back end failed (SteamServerConnectFailure_t); `retrying` says whether Steam tries again. */
  readonly steamServerConnectFailed$: Observable<SteamServerConnectFailed>;
  /** The client is connected to Steam's back end again (SteamServersConnected_t); loggedOn() is true from here. */
  readonly steamServerConnected$: Observable<SteamServerConnected>;
  /** The client lost Steam's back end (SteamServersDisconnected_t); loggedOn() is false until steamServerConnected$. */
  readonly steamServerDisconnected$: Observable<SteamServerDisconnected>;
  /** Every answer to requestStoreAuthURL (StoreAuthURLResponse_t). */
  readonly storeAuthUrlResponse$: Observable<StoreAuthUrlResponse>;
  /**
   * Steam's verdict on an auth session this client holds (ValidateAuthTicketResponse_t): OK, or
   * why not (cancelled, VAC banned, …). authSession$ gives the verdicts of one player.
   */
  readonly validateAuthTicketResponse$: Observable<ValidateAuthTicketResponse>;
  /** Callbacks of the signals above whose bytes did not decode: a Steam newer than this SDK, or a bug. */
  readonly decodeErrors$: Observable<DecodeError>;
  /**
   * Every raw callback and call result of this core (both pipes), as the pump drains them:
   * bytes, callback id and pipe, for signals this SDK does not decode yet.
   */
  readonly callbacks$: Observable<RawCallback>;
}
