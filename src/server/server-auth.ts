/**
 * The auth functions of a game server: the same five flat calls as the client's, on
 * ISteamGameServer, with their reactive forms. They are built by src/auth; this names them on the
 * server's public shape, each typed by the auth module's own function, so the two cannot drift.
 */
import { authFunctions } from '../auth/auth-functions';
import type { authSession$, beginAuthSession, endAuthSession, userHasLicenseForApp, AuthSessionContext } from '../auth/auth-session';
import type { authTicket$, cancelAuthTicket, getAuthSessionTicket, AuthTicketContext } from '../auth/auth-ticket';

/** Auth session tickets the server issues, and auth sessions it holds for its players. */
export interface ServerAuth {
  /**
   * Issues an auth session ticket for this server (for a peer to validate); the handle stays
   * valid until cancelAuthTicket. Flat: SteamAPI_ISteamGameServer_GetAuthSessionTicket.
   * Failures: Left(TicketUnavailable) when Steam gives no ticket; a remote Steam ID that is not
   * one, or a call after serverShutdown, is misuse.
   */
  readonly getAuthSessionTicket: ReturnType<typeof getAuthSessionTicket>;
  /**
   * Cancels a ticket from getAuthSessionTicket. Flat: SteamAPI_ISteamGameServer_CancelAuthTicket.
   * Failures: a handle that is not one, or a call after serverShutdown, is misuse.
   */
  readonly cancelAuthTicket: ReturnType<typeof cancelAuthTicket>;
  /**
   * Holds a ticket of this server while subscribed: unsubscribing (or shutdown) cancels it. Emits
   * the ticket once Steam's GetAuthSessionTicketResponse_t confirmed it. Flat: SteamAPI_ISteamGameServer_GetAuthSessionTicket, then
   * SteamAPI_ISteamGameServer_CancelAuthTicket. Failures: a Left (TicketUnavailable,
   * SteamResultError, Timeout), then completion.
   */
  readonly authTicket$: ReturnType<typeof authTicket$>;
  /**
   * Begins an auth session for a player's ticket; Steam's verdict arrives on
   * validateAuthTicketResponse$ (and gsClientApprove$ / gsClientDeny$). End it with endAuthSession.
   * Flat: SteamAPI_ISteamGameServer_BeginAuthSession. Failures: Steam's EBeginAuthSessionResult
   * other than OK; bad ticket bytes, a bad Steam ID, or a call after serverShutdown, is misuse.
   */
  readonly beginAuthSession: ReturnType<typeof beginAuthSession>;
  /**
   * Ends a player's auth session (when the player leaves). Flat:
   * SteamAPI_ISteamGameServer_EndAuthSession. Failures: a bad Steam ID, or a call after
   * serverShutdown, is misuse.
   */
  readonly endAuthSession: ReturnType<typeof endAuthSession>;
  /**
   * Holds a player's auth session for as long as it is subscribed: emits each of Steam's verdicts
   * for that player (Right OK, Left AuthSessionRejected) and ends the session on unsubscribe or
   * shutdown. Flat: SteamAPI_ISteamGameServer_BeginAuthSession, then
   * SteamAPI_ISteamGameServer_EndAuthSession. Failures: Left(BeginAuthSessionFailed) when Steam
   * refuses the ticket, Left(AuthSessionRejected) for a later verdict.
   *
   * @example
   * ```ts
   * connection$.pipe(switchMap(({ ticket, steamId }) => server.authSession$(ticket, steamId)))
   *   .subscribe((verdict) => (isRight(verdict) ? admit() : kick(verdict.left.message)));
   * ```
   */
  readonly authSession$: ReturnType<typeof authSession$>;
  /**
   * Whether a player with an auth session owns an app (DLC). Flat:
   * SteamAPI_ISteamGameServer_UserHasLicenseForApp. Failures: a bad Steam ID or app ID, or a call
   * after serverShutdown, is misuse.
   */
  readonly userHasLicenseForApp: ReturnType<typeof userHasLicenseForApp>;
}

/** The server's auth functions over its ISteamGameServer port and its (unscoped) auth streams. */
export const serverAuth = (context: AuthTicketContext & AuthSessionContext): ServerAuth => authFunctions(context);
