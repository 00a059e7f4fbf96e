/**
 * Auth sessions from the validator's side (a game server, or a peer): beginAuthSession,
 * endAuthSession and userHasLicenseForApp as in the spec, and authSession$, which holds a session
 * for exactly as long as it is subscribed.
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import { Observable } from 'rxjs';
import { EAuthSessionResponse, EBeginAuthSessionResult } from '../../native/enums';
import type { AuthPort } from '../../native/steam-core';
import { describeAuthSessionResponse, describeBeginAuthSessionResult } from '../enums';
import {
  notInitialized,
  type AuthSessionRejected,
  type BeginAuthSessionFailed,
  type InvalidArgument,
  type NotInitialized,
} from '../errors';
import { keyedListeners } from '../session/keyed-listeners';
import type { SessionState } from '../session/session-state';
import { bytes, integerIn, UINT32_MAX } from '../validation/arguments';
import { steamIdArgument } from '../validation/steam-id-argument';
import { AUTH_TICKET_MAX_BYTES } from './auth-ticket';

/** The spec's validate_auth_ticket_response payload. */
export interface ValidateAuthTicketResponse {
  readonly authId: bigint;
  readonly response: number;
  readonly ownerId: bigint;
}

export interface AuthSessionContext {
  readonly state: SessionState;
  readonly port: AuthPort;
  readonly validateAuthTicketResponse$: Observable<ValidateAuthTicketResponse>;
}

export type BeginAuthSessionError = NotInitialized | InvalidArgument;
export type AuthSessionError = BeginAuthSessionError | BeginAuthSessionFailed | AuthSessionRejected;

/** The ticket argument: bytes as given, or the spec's dictionary from getAuthSessionTicket. */
export type TicketInput = Uint8Array | { readonly buffer: Uint8Array; readonly size?: number };

const ticketBytes = (ticket: unknown, explicitSize?: unknown): Either<InvalidArgument, Uint8Array> => {
  const dictionary =
    ticket !== null && typeof ticket === 'object' && !(ticket instanceof Uint8Array) && 'buffer' in ticket
      ? (ticket as { buffer: unknown; size?: unknown })
      : undefined;
  const candidate = dictionary === undefined ? ticket : dictionary.buffer;
  // The dictionary's own size counts when no separate size is given (its buffer may be longer).
  const ticketSize = explicitSize !== undefined ? explicitSize : dictionary?.size;
  const checked = bytes('authTicket', candidate, AUTH_TICKET_MAX_BYTES);
  if (isLeft(checked) || ticketSize === undefined) return checked;
  // The spec passes the size separately; it must describe the bytes given, never reach past them.
  const size = integerIn('ticketSize', ticketSize, 1, checked.right.byteLength);
  return isLeft(size) ? size : right(checked.right.subarray(0, size.right));
};

/** EBeginAuthSessionResult as returned by Steam (OK is 0); argument errors never reach Steam. */
export const beginAuthSession =
  (context: AuthSessionContext) =>
  (authTicket: unknown, ticketSize: unknown, steamId: unknown): Either<BeginAuthSessionError, number> => {
    if (!context.state.live) return left(notInitialized(context.state.name));
    const ticket = ticketBytes(authTicket, ticketSize);
    if (isLeft(ticket)) return ticket;
    const id = steamIdArgument('steamId', steamId);
    if (isLeft(id)) return id;
    return right(context.port.beginAuthSession(ticket.right, id.right));
  };

export const endAuthSession =
  (context: AuthSessionContext) =>
  (steamId: unknown): Either<NotInitialized | InvalidArgument, void> => {
    if (!context.state.live) return left(notInitialized(context.state.name));
    const id = steamIdArgument('steamId', steamId);
    if (isLeft(id)) return id;
    context.port.endAuthSession(id.right);
    return right(undefined);
  };

/** EUserHasLicenseForAppResult; needs an auth session with that user first. */
export const userHasLicenseForApp =
  (context: AuthSessionContext) =>
  (steamId: unknown, appId: unknown): Either<NotInitialized | InvalidArgument, number> => {
    if (!context.state.live) return left(notInitialized(context.state.name));
    const id = steamIdArgument('steamId', steamId);
    if (isLeft(id)) return id;
    const app = integerIn('appId', appId, 1, UINT32_MAX);
    if (isLeft(app)) return app;
    return right(context.port.userHasLicenseForApp(id.right, app.right));
  };

const rejected = (message: ValidateAuthTicketResponse): AuthSessionRejected => {
  const description = describeAuthSessionResponse(message.response);
  return {
    _tag: 'AuthSessionRejected',
    response: message.response,
    description,
    steamId: message.authId,
    ownerSteamId: message.ownerId,
    message: `auth session for ${message.authId} rejected: ${description}`,
  };
};

/**
 * Begins a session for `steamId` with its ticket. A failing begin is emitted as a Left at once
 * and completes. After an OK begin, every ValidateAuthTicketResponse for that Steam ID is emitted:
 * Right for OK, Left(AuthSessionRejected) for the others (cancelled, VAC banned, logged in
 * elsewhere, ...). Unsubscribing, or the session shutting down, ends the session exactly once.
 */
export const authSession$ = (context: AuthSessionContext) => {
  const listen = keyedListeners(
    context.validateAuthTicketResponse$,
    (message: ValidateAuthTicketResponse) => message.authId,
    context.state.whenShutdown,
  );
  const begin = beginAuthSession(context);
  return (ticket: TicketInput, steamId: unknown): Observable<Either<AuthSessionError, ValidateAuthTicketResponse>> =>
    new Observable<Either<AuthSessionError, ValidateAuthTicketResponse>>((subscriber) => {
      const { state } = context;
      const id = steamIdArgument('steamId', steamId);
      if (!state.live || isLeft(id)) {
        subscriber.next(state.live && isLeft(id) ? id : left(notInitialized(state.name)));
        subscriber.complete();
        return undefined;
      }
      const player = id.right;
      let begun = false;
      // Listen before beginning, so a response in the next frame cannot be missed.
      const stopListening = listen(player, (message) => {
        if (begun) subscriber.next(message.response === EAuthSessionResponse.OK ? right(message) : left(rejected(message)));
      });
      const ended = state.whenShutdown(() => subscriber.complete());
      const result = begin(ticket, undefined, player);
      if (isLeft(result)) {
        subscriber.next(result);
        subscriber.complete();
      } else if (result.right !== EBeginAuthSessionResult.OK) {
        const description = describeBeginAuthSessionResult(result.right);
        subscriber.next(
          left({
            _tag: 'BeginAuthSessionFailed',
            result: result.right,
            description,
            steamId: player,
            message: `BeginAuthSession for ${player} failed: ${description}`,
          }),
        );
        subscriber.complete();
      } else {
        begun = true;
      }
      return () => {
        stopListening();
        ended();
        if (begun && state.live) context.port.endAuthSession(player);
        begun = false;
      };
    });
};
