/**
 * Tickets for the AuthenticateUserTicket Web API: getAuthTicketForWebApi as in the spec (the
 * handle; the ticket comes in get_ticket_for_web_api), and webApiTicket$, which resolves to the
 * ticket bytes and cancels the ticket on unsubscribe.
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import { of, type Observable } from 'rxjs';
import type { UserPort } from '../../native/steam-core';
import type { GetTicketForWebApi } from '../../streams';
import { notInitialized, type InvalidArgument, type NotInitialized, type SteamResultError, type TicketUnavailable, type Timeout } from '../errors';
import type { SessionState } from '../session/session-state';
import { cString, timeoutOption } from '../validation/arguments';
import { TICKET_RESPONSE_TIMEOUT_MS } from './auth-ticket';
import { keyedListeners } from '../session/keyed-listeners';
import { heldTicket$, type HeldTicketKind } from './held-ticket';

export interface WebApiTicketContext {
  readonly state: SessionState;
  readonly user: UserPort;
  readonly getTicketForWebApi$: Observable<GetTicketForWebApi>;
}

/** A web API ticket: its handle and bytes (hex-encode them for the Web API). */
export interface WebApiTicket {
  readonly authTicket: number;
  readonly ticket: Uint8Array;
  readonly size: number;
}

export type WebApiTicketError = NotInitialized | InvalidArgument | TicketUnavailable | SteamResultError | Timeout;

/** Service identities are short names; this bounds what reaches Steam. */
const SERVICE_IDENTITY_MAX_BYTES = 256;

export const getAuthTicketForWebApi =
  (context: WebApiTicketContext) =>
  (serviceIdentity: unknown = ''): Either<NotInitialized | InvalidArgument | TicketUnavailable, number> => {
    if (!context.state.live) return left(notInitialized(context.state.name));
    const identity = cString('serviceIdentity', serviceIdentity, SERVICE_IDENTITY_MAX_BYTES);
    if (isLeft(identity)) return identity;
    const handle = context.user.getAuthTicketForWebApi(identity.right === '' ? null : identity.right);
    return handle === 0
      ? left({ _tag: 'TicketUnavailable', message: 'Steam did not issue a web API ticket (k_HAuthTicketInvalid)' })
      : right(handle);
  };

export const webApiTicket$ = (context: WebApiTicketContext) => {
  const issue = getAuthTicketForWebApi(context);
  const kind: HeldTicketKind<unknown, NotInitialized | InvalidArgument | TicketUnavailable, number, GetTicketForWebApi, WebApiTicket> = {
    state: context.state,
    listeners: keyedListeners(context.getTicketForWebApi$, (message: GetTicketForWebApi) => message.authTicket, context.state.whenShutdown),
    issue,
    handleOf: (handle) => handle,
    ticket: (handle, response) => ({ authTicket: handle, ticket: response.ticketBuffer, size: response.ticketSize }),
    cancel: (handle) => context.user.cancelAuthTicket(handle),
    responseName: 'GetTicketForWebApiResponse',
  };
  return (serviceIdentity: unknown = '', options: { readonly timeoutMs?: number } = {}): Observable<Either<WebApiTicketError, WebApiTicket>> => {
    // Checked here: a null or non-object options must be a Left, not a TypeError in the caller.
    const timeoutMs = timeoutOption(options, TICKET_RESPONSE_TIMEOUT_MS);
    if (isLeft(timeoutMs)) return of(timeoutMs);
    return heldTicket$(kind, serviceIdentity, timeoutMs.right);
  };
};
