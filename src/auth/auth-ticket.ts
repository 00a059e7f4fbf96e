/**
 * Session tickets from the holder's side: getAuthSessionTicket and cancelAuthTicket as in the
 * spec, and authTicket$, which holds a ticket for exactly as long as it is subscribed.
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import { of, type Observable } from 'rxjs';
import type { AuthPort } from '../../native/steam-core';
import {
  notInitialized,
  type InvalidArgument,
  type NotInitialized,
  type SteamResultError,
  type TicketUnavailable,
  type Timeout,
} from '../errors';
import type { SessionState } from '../session/session-state';
import { optionalSteamIdArgument } from '../validation/steam-id-argument';
import { integerIn, timeoutOption, UINT32_MAX } from '../validation/arguments';
import { keyedListeners } from '../session/keyed-listeners';
import { heldTicket$, type HeldTicketKind, type TicketResponse } from './held-ticket';

/** The spec's getAuthSessionTicket dictionary: the handle, the ticket bytes (trimmed to size) and the size. */
export interface AuthTicket {
  readonly id: number;
  readonly buffer: Uint8Array;
  readonly size: number;
}

export type GetAuthSessionTicketError = NotInitialized | InvalidArgument | TicketUnavailable;
export type AuthTicketError = GetAuthSessionTicketError | SteamResultError | Timeout;

/** What auth-ticket flows need of a client or server. */
export interface AuthTicketContext {
  readonly state: SessionState;
  readonly port: AuthPort;
  readonly getAuthSessionTicketResponse$: Observable<{ readonly authTicket: number; readonly result: number }>;
}

/** Steam's tickets are a few hundred bytes; 8 KiB is the most the SDK accepts anywhere. */
export const AUTH_TICKET_MAX_BYTES = 8192;

export const TICKET_RESPONSE_TIMEOUT_MS = 10_000;

const ticketUnavailable = (): TicketUnavailable => ({
  _tag: 'TicketUnavailable',
  message: 'Steam did not issue an auth session ticket (k_HAuthTicketInvalid)',
});

export const getAuthSessionTicket = (context: AuthTicketContext) => {
  // One scratch buffer per client or server: the call is synchronous and the ticket is copied out.
  const buffer = new Uint8Array(AUTH_TICKET_MAX_BYTES);
  return (remoteSteamId?: unknown): Either<GetAuthSessionTicketError, AuthTicket> => {
    if (!context.state.live) return left(notInitialized(context.state.name));
    const identity = optionalSteamIdArgument('remoteSteamId', remoteSteamId);
    if (isLeft(identity)) return identity;
    const { handle, size } = context.port.getAuthSessionTicket(buffer, identity.right);
    if (handle === 0 || size <= 0 || size > buffer.byteLength) return left(ticketUnavailable());
    // A copy trimmed to the ticket, so nothing past `size` (or the scratch buffer) leaks out.
    return right({ id: handle, buffer: buffer.slice(0, size), size });
  };
};

export const cancelAuthTicket =
  (context: AuthTicketContext) =>
  (authTicket: unknown): Either<NotInitialized | InvalidArgument, void> => {
    if (!context.state.live) return left(notInitialized(context.state.name));
    const handle = integerIn('authTicket', authTicket, 1, UINT32_MAX);
    if (isLeft(handle)) return handle;
    context.port.cancelAuthTicket(handle.right);
    return right(undefined);
  };

/**
 * Gets a ticket, waits for Steam's GetAuthSessionTicketResponse_t for that handle, then emits it
 * and stays subscribed: the ticket is valid while the subscription lives. Unsubscribing (or the
 * session shutting down) cancels it, exactly once. Failures are emitted as a Left and complete.
 */
export const authTicket$ = (context: AuthTicketContext) => {
  const issueTicket = getAuthSessionTicket(context);
  const kind: HeldTicketKind<unknown, GetAuthSessionTicketError, AuthTicket, TicketResponse, AuthTicket> = {
    state: context.state,
    listeners: keyedListeners(context.getAuthSessionTicketResponse$, (message: TicketResponse) => message.authTicket, context.state.whenShutdown),
    issue: issueTicket,
    handleOf: (ticket) => ticket.id,
    ticket: (issued) => issued,
    cancel: (handle) => context.port.cancelAuthTicket(handle),
    responseName: 'GetAuthSessionTicketResponse',
  };
  return (remoteSteamId?: unknown, options: { readonly timeoutMs?: number } = {}): Observable<Either<AuthTicketError, AuthTicket>> => {
    // Checked here: a null or non-object options must be a Left, not a TypeError in the caller.
    const timeoutMs = timeoutOption(options, TICKET_RESPONSE_TIMEOUT_MS);
    if (isLeft(timeoutMs)) return of(timeoutMs);
    return heldTicket$(kind, remoteSteamId, timeoutMs.right);
  };
};
