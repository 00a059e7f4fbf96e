/**
 * Tickets for the AuthenticateUserTicket Web API: getAuthTicketForWebApi as in the spec (the
 * handle; the ticket comes in get_ticket_for_web_api), webApiTicket$ (the ticket bytes, held
 * while subscribed) and requestWebApiTicket (a ticket the caller owns until cancel() or shutdown).
 */
import { left, right, type Either } from 'fp-ts/Either';
import type { Observable } from 'rxjs';
import { pumpAwaits } from '../../native/pump-awaits';
import type { UserPort } from '../../native/steam-core';
import type { GetTicketForWebApi } from '../../streams';
import { TicketUnavailable, type NotInitialized, type SteamResultError, type Timeout } from '../errors';
import { ensureLive } from '../session/guard';
import { keyedListeners } from '../session/keyed-listeners';
import type { SessionState } from '../session/session-state';
import { cString, timeoutOption } from '../validation/arguments';
import { TICKET_RESPONSE_TIMEOUT_MS, type TicketOptions } from './auth-ticket';
import { heldTicket$, type HeldTicketKind } from './held-ticket';
import { ownTicket, type TicketOwnership } from './owned-ticket';

export interface WebApiTicketContext {
  readonly state: SessionState;
  readonly user: UserPort;
  readonly getTicketForWebApi$: Observable<GetTicketForWebApi>;
}

/** A web API ticket: its handle and bytes (hex-encode them for the Web API). */
export interface WebApiTicket {
  /** The HAuthTicket: pass it (or this object) to cancelAuthTicket. */
  readonly authTicket: number;
  /** The ticket's bytes. */
  readonly ticket: Uint8Array;
  /** `ticket.byteLength`. */
  readonly size: number;
}

/** A ticket from requestWebApiTicket: valid until `cancel()` or the client's shutdown. */
export interface OwnedWebApiTicket extends WebApiTicket, TicketOwnership {}

/**
 * Why webApiTicket$ or requestWebApiTicket gave no ticket: none issued, Steam's response failed
 * or did not come, or the client shut down before it came.
 */
export type WebApiTicketError = TicketUnavailable | SteamResultError | Timeout | NotInitialized;

/** Service identities are short names; this bounds what reaches Steam. */
const SERVICE_IDENTITY_MAX_BYTES = 256;

/** The identity as Steam takes it: NULL for none (undefined; a null is not a string, so it is refused). */
const serviceIdentityArgument = (serviceIdentity: unknown): string | null => {
  const identity = cString('serviceIdentity', serviceIdentity === undefined ? '' : serviceIdentity, SERVICE_IDENTITY_MAX_BYTES);
  return identity === '' ? null : identity;
};

const issueWebApiTicket =
  (user: UserPort) =>
  (identity: string | null): Either<TicketUnavailable, number> => {
    const handle = user.getAuthTicketForWebApi(identity);
    return handle === 0 ? left(new TicketUnavailable('Steam did not issue a web API ticket (k_HAuthTicketInvalid)')) : right(handle);
  };

export const getAuthTicketForWebApi = (context: WebApiTicketContext): ((serviceIdentity?: string) => Either<TicketUnavailable, number>) => {
  const issue = issueWebApiTicket(context.user);
  return (serviceIdentity) => {
    ensureLive(context.state);
    return issue(serviceIdentityArgument(serviceIdentity));
  };
};

type WebApiTicketKind = HeldTicketKind<string | null, TicketUnavailable, number, GetTicketForWebApi, WebApiTicket>;

/** The flows of one client: webApiTicket$ and requestWebApiTicket, over one listener registry. */
export const webApiTicketFlows = (
  context: WebApiTicketContext,
): {
  readonly webApiTicket$: (serviceIdentity?: string, options?: TicketOptions) => Observable<Either<WebApiTicketError, WebApiTicket>>;
  readonly requestWebApiTicket: (serviceIdentity?: string, options?: TicketOptions) => Promise<Either<WebApiTicketError, OwnedWebApiTicket>>;
} => {
  const kind: WebApiTicketKind = {
    state: context.state,
    awaits: pumpAwaits(context.state.pump),
    listeners: keyedListeners(context.getTicketForWebApi$, (message: GetTicketForWebApi) => message.authTicket, context.state.whenShutdown),
    issue: issueWebApiTicket(context.user),
    handleOf: (handle) => handle,
    ticket: (handle, response) => ({ authTicket: handle, ticket: response.ticketBuffer, size: response.ticketSize }),
    cancel: (handle) => context.user.cancelAuthTicket(handle),
    responseName: 'GetTicketForWebApiResponse',
  };
  const checked$ = (serviceIdentity: unknown, options: unknown): Observable<Either<WebApiTicketError, WebApiTicket>> => {
    ensureLive(context.state);
    const identity = serviceIdentityArgument(serviceIdentity);
    return heldTicket$(kind, identity, timeoutOption(options, TICKET_RESPONSE_TIMEOUT_MS));
  };
  return {
    webApiTicket$: checked$,
    requestWebApiTicket: (serviceIdentity, options) => ownTicket(context.state, checked$(serviceIdentity, options)),
  };
};
