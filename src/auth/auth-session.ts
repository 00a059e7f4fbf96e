/**
 * Auth sessions from the validator's side (a game server, or a peer): beginAuthSession,
 * endAuthSession and userHasLicenseForApp as in the spec, and authSession$, which holds a session
 * for exactly as long as it is subscribed.
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import { Observable, type Subscriber, type Unsubscribable } from 'rxjs';
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
import { keyedListeners, type KeyedListener, type KeyedListeners } from '../session/keyed-listeners';
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
  if (isLeft(size)) return size;
  return size.right === checked.right.byteLength ? checked : right(checked.right.subarray(0, size.right));
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

/** Steam refused the begin: anything but EBeginAuthSessionResult OK. */
const beginFailed = (result: number, steamId: bigint): BeginAuthSessionFailed => {
  const description = describeBeginAuthSessionResult(result);
  return { _tag: 'BeginAuthSessionFailed', result, description, steamId, message: `BeginAuthSession for ${steamId} failed: ${description}` };
};

type AuthSessionValue = Either<AuthSessionError, ValidateAuthTicketResponse>;

/**
 * One subscription's session: the listener of Steam's validation responses for its Steam ID and
 * the teardown rxjs calls. One object rather than a set of closures: a server holds thousands.
 */
class AuthSessionFlow implements KeyedListener<ValidateAuthTicketResponse>, Unsubscribable {
  private player = 0n;
  private listening = false;
  private begun = false;
  private forgetShutdown: (() => void) | undefined;

  constructor(
    private readonly context: AuthSessionContext,
    private readonly listeners: KeyedListeners<bigint, ValidateAuthTicketResponse>,
    private readonly subscriber: Subscriber<AuthSessionValue>,
  ) {}

  start(ticket: unknown, steamId: unknown): this {
    const { state, port } = this.context;
    // In the order the functions check them: the session, the Steam ID, then the ticket.
    if (!state.live) return this.fail(left(notInitialized(state.name)));
    const id = steamIdArgument('steamId', steamId);
    if (isLeft(id)) return this.fail(id);
    const checkedTicket = ticketBytes(ticket);
    if (isLeft(checkedTicket)) return this.fail(checkedTicket);
    const player = id.right;
    this.player = player;
    // Listen before beginning: Steam answers in a later frame, never inside the call.
    this.listeners.add(player, this);
    this.listening = true;
    this.forgetShutdown = state.whenShutdown(() => this.subscriber.complete());
    const result = port.beginAuthSession(checkedTicket.right, player);
    if (result !== EBeginAuthSessionResult.OK) return this.fail(left(beginFailed(result, player)));
    this.begun = true;
    return this;
  }

  /** A ValidateAuthTicketResponse for this Steam ID. */
  next(message: ValidateAuthTicketResponse): void {
    if (this.begun) this.subscriber.next(message.response === EAuthSessionResponse.OK ? right(message) : left(rejected(message)));
  }

  unsubscribe(): void {
    if (this.listening) {
      this.listening = false;
      this.listeners.remove(this.player, this);
    }
    this.forgetShutdown?.();
    if (this.begun && this.context.state.live) this.context.port.endAuthSession(this.player);
    this.begun = false;
  }

  private fail(failure: Either<AuthSessionError, never>): this {
    this.subscriber.next(failure);
    this.subscriber.complete();
    return this;
  }
}

/**
 * Begins a session for `steamId` with its ticket. A failing begin is emitted as a Left at once
 * and completes. After an OK begin, every ValidateAuthTicketResponse for that Steam ID is emitted:
 * Right for OK, Left(AuthSessionRejected) for the others (cancelled, VAC banned, logged in
 * elsewhere, ...). Unsubscribing, or the session shutting down, ends the session exactly once.
 */
export const authSession$ = (context: AuthSessionContext) => {
  const listeners = keyedListeners(context.validateAuthTicketResponse$, (message: ValidateAuthTicketResponse) => message.authId, context.state.whenShutdown);
  return (ticket: TicketInput, steamId: unknown): Observable<AuthSessionValue> =>
    new Observable<AuthSessionValue>((subscriber) => new AuthSessionFlow(context, listeners, subscriber).start(ticket, steamId));
};
