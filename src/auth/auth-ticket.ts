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

export const cancelAuthTicket =
  (context: AuthTicketContext): ((authTicket: TicketHandleInput) => void) =>
  (authTicket) => {
    ensureLive(context.state);
    context.port.cancelAuthTicket(ticketHandle('authTicket', authTicket));
  };

type AuthTicketKind = HeldTicketKind<bigint | null, TicketUnavailable, AuthTicket, TicketResponse, AuthTicket>;

/**
 * The ticket functions of one client or server: getAuthSessionTicket, authTicket$ and
 * requestAuthTicket over one ticket issuer (one scratch buffer) and one listener registry (one
 * subscription to Steam's responses), as webApiTicketFlows does for web API tickets.
 */
export const authTicketFlows = (
  context: AuthTicketContext,
): {
  readonly getAuthSessionTicket: (remoteSteamId?: SteamIdInput) => Either<GetAuthSessionTicketError, AuthTicket>;
  readonly authTicket$: (remoteSteamId?: SteamIdInput, options?: TicketOptions) => Observable<Either<AuthTicketError, AuthTicket>>;
  readonly requestAuthTicket: (remoteSteamId?: SteamIdInput, options?: TicketOptions) => Promise<Either<AuthTicketError, OwnedAuthTicket>>;
} => {
  const issue = ticketIssuer(context.port);
  const kind: AuthTicketKind = {
    state: context.state,
    awaits: pumpAwaits(context.state.pump),
    listeners: keyedListeners(context.getAuthSessionTicketResponse$, (message: TicketResponse) => message.authTicket, context.state.whenShutdown),
    issue,
    handleOf: (ticket) => ticket.id,
    ticket: (issued) => issued,
    cancel: (handle) => context.port.cancelAuthTicket(handle),
    responseName: 'GetAuthSessionTicketResponse',
  };
  // Checks the arguments (throwing), then makes the held-ticket flow.
  const checked$ = (remoteSteamId: unknown, options: unknown): Observable<Either<AuthTicketError, AuthTicket>> => {
    ensureLive(context.state);
    const identity = optionalSteamIdArgument('remoteSteamId', remoteSteamId);
    return heldTicket$(kind, identity, timeoutOption(options, TICKET_RESPONSE_TIMEOUT_MS));
  };
  return {
    getAuthSessionTicket: (remoteSteamId) => {
      ensureLive(context.state);
      return issue(optionalSteamIdArgument('remoteSteamId', remoteSteamId));
    },
    authTicket$: checked$,
    requestAuthTicket: (remoteSteamId, options) => ownTicket(context.state, checked$(remoteSteamId, options)),
  };
};
