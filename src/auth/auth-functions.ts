/**
 * The auth functions a client and a game server both have (the same flat calls on ISteamUser and
 * ISteamGameServer), with their reactive and owned forms, bound to one session.
 */
import type { Either } from 'fp-ts/Either';
import type { Observable } from 'rxjs';
import type { BeginAuthSessionResult } from '../enums/begin-auth-session-result';
import type { UserHasLicenseForAppResult } from '../enums/user-has-license-for-app-result';
import type { SteamIdInput } from '../steam-id/steam-id-text';
import {
  authSession$,
  beginAuthSession,
  endAuthSession,
  userHasLicenseForApp,
  type AuthSessionContext,
  type AuthSessionError,
  type ValidateAuthTicketResponse,
} from './auth-session';
import {
  authTicketFlows,
  cancelAuthTicket,
  type AuthTicket,
  type AuthTicketContext,
  type AuthTicketError,
  type GetAuthSessionTicketError,
  type OwnedAuthTicket,
  type TicketOptions,
} from './auth-ticket';
import type { TicketInput } from './ticket-bytes';
import type { TicketHandleInput } from './ticket-handle';

/**
 * Auth session tickets (the holder's side) and auth sessions (the validator's side). On a client
 * the flat functions are `SteamAPI_ISteamUser_*`, on a game server `SteamAPI_ISteamGameServer_*`.
 * Misuse throws: a call after shutdown is a `NotInitialized`, an argument of the wrong type or
 * range an `InvalidArgument`, both at call time, also for the functions that return an
 * Observable or a Promise.
 */
export interface AuthFunctions {
  /**
   * Issues an auth session ticket (the spec's dictionary: `id`, `buffer`, `size`), valid until
   * cancelAuthTicket. Steam confirms it later (getAuthSessionTicketResponse$); authTicket$ and
   * requestAuthTicket wait for that for you.
   *
   * Flat: GetAuthSessionTicket (with a SteamNetworkingIdentity when `remoteSteamId` is given).
   * Failures: Left(TicketUnavailable) when Steam issues none. Throws InvalidArgument for a
   * `remoteSteamId` that is not a Steam ID, NotInitialized after shutdown.
   *
   * @param remoteSteamId - the Steam ID that will validate the ticket, when known (Steam binds the ticket to it).
   */
  readonly getAuthSessionTicket: (remoteSteamId?: SteamIdInput) => Either<GetAuthSessionTicketError, AuthTicket>;

  /**
   * Cancels a ticket: whoever holds an auth session for it hears AuthTicketCanceled.
   *
   * Flat: CancelAuthTicket. Takes the ticket object (from getAuthSessionTicket, authTicket$ or a
   * web API ticket) or its handle. Throws InvalidArgument for a handle outside 1..2^32-1,
   * NotInitialized after shutdown.
   */
  readonly cancelAuthTicket: (authTicket: TicketHandleInput) => void;

  /**
   * Unsubscribing cancels the ticket: it is valid only while this is subscribed (use
   * requestAuthTicket to keep one past a Promise).
   *
   * Issues a ticket on subscribe, emits it once Steam confirmed it (GetAuthSessionTicketResponse_t
   * for its handle), then stays subscribed; unsubscribing, or shutdown, cancels it, exactly once.
   * The right tool inside a connection's `switchMap`. Flat: GetAuthSessionTicket, then
   * CancelAuthTicket.
   *
   * Failures (a Left, then completion): TicketUnavailable, SteamResultError (Steam's response
   * failed), Timeout (no response within `options.timeoutMs`, default 10 s), NotInitialized
   * (subscribed after shutdown). Shutdown while held completes the stream. Throws InvalidArgument
   * for a bad `remoteSteamId` or options, NotInitialized after shutdown, at call time.
   *
   * @example
   * ```ts
   * connection$.pipe(
   *   switchMap((connection) => client.authTicket$(connection.serverSteamId)),
   *   filter(isRight),
   * ).subscribe((ticket) => connection.send(ticket.right.buffer));
   * ```
   */
  readonly authTicket$: (remoteSteamId?: SteamIdInput, options?: TicketOptions) => Observable<Either<AuthTicketError, AuthTicket>>;

  /**
   * Issues a ticket and resolves once Steam confirmed it; the ticket stays valid until
   * `ticket.cancel()` or shutdown (`ticket.cancelled` says which ended it).
   *
   * Flat: GetAuthSessionTicket, then CancelAuthTicket on cancel() or shutdown. Failures (the
   * Left): TicketUnavailable, SteamResultError, Timeout (`options.timeoutMs`, default 10 s),
   * NotInitialized (shutdown before Steam answered). Throws InvalidArgument for a bad
   * `remoteSteamId` or options, NotInitialized after shutdown, synchronously (not a rejection).
   *
   * @example
   * ```ts
   * const ticket = await client.requestAuthTicket();
   * if (isLeft(ticket)) throw ticket.left;
   * socket.send(ticket.right.buffer); // still valid: nothing cancelled it
   * // … when the player leaves:
   * ticket.right.cancel();
   * ```
   */
  readonly requestAuthTicket: (remoteSteamId?: SteamIdInput, options?: TicketOptions) => Promise<Either<AuthTicketError, OwnedAuthTicket>>;

  /**
   * Begins an auth session for a ticket someone sent you: the spec's synchronous
   * EBeginAuthSessionResult (OK is 0). Steam's verdict arrives later on
   * validateAuthTicketResponse$; end the session with endAuthSession. authSession$ does all of it.
   *
   * Flat: BeginAuthSession. Takes ticket bytes or the `{ buffer, size }` dictionary; `ticketSize`
   * (or the dictionary's `size`) cuts a longer buffer and may not exceed it. Throws
   * InvalidArgument for empty or oversized bytes, a bad size or Steam ID, NotInitialized after
   * shutdown.
   */
  readonly beginAuthSession: (authTicket: TicketInput, ticketSize: number | undefined, steamId: SteamIdInput) => BeginAuthSessionResult;

  /**
   * Ends the auth session with a player (when they leave). Flat: EndAuthSession. Throws
   * InvalidArgument for a bad Steam ID, NotInitialized after shutdown.
   */
  readonly endAuthSession: (steamId: SteamIdInput) => void;

  /**
   * Holds an auth session for a player's ticket while subscribed: begins it on subscribe, emits
   * every verdict Steam sends for that player, ends it on unsubscribe or shutdown, exactly once.
   *
   * Flat: BeginAuthSession, then EndAuthSession. Emits Right(ValidateAuthTicketResponse) for OK,
   * Left(AuthSessionRejected) for a later verdict (ticket cancelled, VAC ban, logged in
   * elsewhere, …); a failing begin is Left(BeginAuthSessionFailed), then completion; subscribed
   * after shutdown, Left(NotInitialized). The ticket's bytes are copied at call time. Throws
   * InvalidArgument for a bad Steam ID or ticket, NotInitialized after shutdown, at call time.
   *
   * @example
   * ```ts
   * playerJoined$.pipe(mergeMap(({ ticket, steamId }) => server.authSession$(ticket, steamId)))
   *   .subscribe((verdict) => (isRight(verdict) ? admit(verdict.right.steamId) : kick(verdict.left.message)));
   * ```
   */
  readonly authSession$: (ticket: TicketInput, steamId: SteamIdInput) => Observable<Either<AuthSessionError, ValidateAuthTicketResponse>>;

  /**
   * Whether a player you hold an auth session with owns an app (DLC): the
   * EUserHasLicenseForAppResult. Flat: UserHasLicenseForApp. Throws InvalidArgument for a bad
   * Steam ID or an app ID outside 1..2^32-1, NotInitialized after shutdown.
   */
  readonly userHasLicenseForApp: (steamId: SteamIdInput, appId: number) => UserHasLicenseForAppResult;
}

/** Binds the auth functions to one client's or server's port, session and streams. */
export const authFunctions = (context: AuthTicketContext & AuthSessionContext): AuthFunctions => ({
  ...authTicketFlows(context),
  cancelAuthTicket: cancelAuthTicket(context),
  beginAuthSession: beginAuthSession(context),
  endAuthSession: endAuthSession(context),
  authSession$: authSession$(context),
  userHasLicenseForApp: userHasLicenseForApp(context),
});
