/**
 * Session tickets from the holder's side: getAuthSessionTicket and cancelAuthTicket as in the
 * spec, authTicket$ (a ticket held while subscribed) and requestAuthTicket (a ticket the caller
 * owns until cancel() or shutdown). Arguments are checked at call time; a wrong one throws.
 */
import { left, right, type Either } from 'fp-ts/Either';
import type { Observable } from 'rxjs';
import { pumpAwaits } from '../../native/pump-awaits';
import type { AuthPort } from '../../native/steam-core';
import { TicketUnavailable, type NotInitialized, type SteamResultError, type Timeout } from '../errors';
import { ensureLive } from '../session/guard';
import { keyedListeners } from '../session/keyed-listeners';
import type { SessionState } from '../session/session-state';
import type { SteamIdInput } from '../steam-id/steam-id-text';
import { timeoutOption } from '../validation/arguments';
import { optionalSteamIdArgument } from '../validation/steam-id-argument';
import { heldTicket$, type HeldTicketKind, type TicketResponse } from './held-ticket';
import { ownTicket, type TicketOwnership } from './owned-ticket';
import { AUTH_TICKET_MAX_BYTES } from './ticket-bytes';
import { ticketHandle, type TicketHandleInput } from './ticket-handle';

/** The spec's getAuthSessionTicket dictionary: the handle, the ticket bytes (trimmed to size, a copy) and the size. */
export interface AuthTicket {
  /** The HAuthTicket: pass it (or this object) to cancelAuthTicket. */
  readonly id: number;
  /** The ticket to send to whoever validates it. */
  readonly buffer: Uint8Array;
  /** `buffer.byteLength`. */
  readonly size: number;
}

/** A ticket from requestAuthTicket: valid until `cancel()` or the shutdown of its client or server. */
export interface OwnedAuthTicket extends AuthTicket, TicketOwnership {}

/** Why getAuthSessionTicket gave no ticket. */
export type GetAuthSessionTicketError = TicketUnavailable;

/**
 * Why authTicket$ or requestAuthTicket gave no ticket: none issued, Steam's response failed or
 * did not come, or the session shut down before it came.
 */
export type AuthTicketError = TicketUnavailable | SteamResultError | Timeout | NotInitialized;

/** Options of the flows that wait for Steam's ticket response. */
export interface TicketOptions {
  /** How long to wait for Steam's response, in ms (0..2^31-1). Default 10 000. */
  readonly timeoutMs?: number;
}

/** What auth-ticket flows need of a client or server. */
export interface AuthTicketContext {
  readonly state: SessionState;
  readonly port: AuthPort;
  readonly getAuthSessionTicketResponse$: Observable<TicketResponse>;
}

/** How long a ticket flow waits for Steam's response when no timeoutMs is given. */
export const TICKET_RESPONSE_TIMEOUT_MS = 10_000;

/** Issues a ticket through `port` into a scratch buffer made once per client or server. */
const ticketIssuer = (port: AuthPort) => {
  // The call is synchronous and the ticket is copied out, so one buffer serves every call.
  const buffer = new Uint8Array(AUTH_TICKET_MAX_BYTES);
  return (identity: bigint | null): Either<TicketUnavailable, AuthTicket> => {
    const { handle, size } = port.getAuthSessionTicket(buffer, identity);
    if (handle === 0 || size <= 0 || size > buffer.byteLength) {
      return left(new TicketUnavailable('Steam did not issue an auth session ticket (k_HAuthTicketInvalid)'));
    }
    // A copy trimmed to the ticket, so nothing past `size` (or the scratch buffer) leaks out.
    return right({ id: handle, buffer: buffer.slice(0, size), size });
  };
};

export const getAuthSessionTicket = (context: AuthTicketContext): ((remoteSteamId?: SteamIdInput) => Either<GetAuthSessionTicketError, AuthTicket>) => {
  const issue = ticketIssuer(context.port);
  return (remoteSteamId) => {
    ensureLive(context.state);
    return issue(optionalSteamIdArgument('remoteSteamId', remoteSteamId));
  };
};

export const cancelAuthTicket =
  (context: AuthTicketContext): ((authTicket: TicketHandleInput) => void) =>
  (authTicket) => {
    ensureLive(context.state);
    context.port.cancelAuthTicket(ticketHandle('authTicket', authTicket));
  };

type AuthTicketKind = HeldTicketKind<bigint | null, TicketUnavailable, AuthTicket, TicketResponse, AuthTicket>;

// One kind per client or server, shared by authTicket$ and requestAuthTicket: one listener
// registry, so one subscription to Steam's responses.
const kinds = new WeakMap<AuthTicketContext, AuthTicketKind>();

const authTicketKind = (context: AuthTicketContext): AuthTicketKind => {
  const known = kinds.get(context);
  if (known !== undefined) return known;
  const kind = newAuthTicketKind(context);
  kinds.set(context, kind);
  return kind;
};

const newAuthTicketKind = (context: AuthTicketContext): AuthTicketKind => ({
  state: context.state,
  awaits: pumpAwaits(context.state.pump),
  listeners: keyedListeners(context.getAuthSessionTicketResponse$, (message: TicketResponse) => message.authTicket, context.state.whenShutdown),
  issue: ticketIssuer(context.port),
  handleOf: (ticket) => ticket.id,
  ticket: (issued) => issued,
  cancel: (handle) => context.port.cancelAuthTicket(handle),
  responseName: 'GetAuthSessionTicketResponse',
});

/** Checks the arguments of authTicket$ / requestAuthTicket (throwing), then makes the held-ticket flow. */
const checkedTicket$ = (kind: AuthTicketKind, remoteSteamId: unknown, options: unknown): Observable<Either<AuthTicketError, AuthTicket>> => {
  ensureLive(kind.state);
  const identity = optionalSteamIdArgument('remoteSteamId', remoteSteamId);
  const timeoutMs = timeoutOption(options, TICKET_RESPONSE_TIMEOUT_MS);
  return heldTicket$(kind, identity, timeoutMs);
};

export const authTicket$ = (context: AuthTicketContext): ((remoteSteamId?: SteamIdInput, options?: TicketOptions) => Observable<Either<AuthTicketError, AuthTicket>>) => {
  const kind = authTicketKind(context);
  return (remoteSteamId, options) => checkedTicket$(kind, remoteSteamId, options);
};

export const requestAuthTicket = (
  context: AuthTicketContext,
): ((remoteSteamId?: SteamIdInput, options?: TicketOptions) => Promise<Either<AuthTicketError, OwnedAuthTicket>>) => {
  const kind = authTicketKind(context);
  return (remoteSteamId, options) => ownTicket(context.state, checkedTicket$(kind, remoteSteamId, options));
};
