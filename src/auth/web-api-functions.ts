/** The client's web API tickets: the spec's getAuthTicketForWebApi, webApiTicket$ and requestWebApiTicket. */
import type { Either } from 'fp-ts/Either';
import type { Observable } from 'rxjs';
import type { TicketUnavailable } from '../errors';
import type { TicketOptions } from './auth-ticket';
import {
  getAuthTicketForWebApi,
  webApiTicketFlows,
  type OwnedWebApiTicket,
  type WebApiTicket,
  type WebApiTicketContext,
  type WebApiTicketError,
} from './web-api-ticket';

/**
 * Tickets for a game back end that checks players with the AuthenticateUserTicket Web API. Each
 * throws NotInitialized after shutdown and InvalidArgument for a service identity that is not a
 * C string of at most 255 bytes, at call time.
 */
export interface WebApiFunctions {
  /**
   * Asks Steam for a web API ticket for `serviceIdentity` (none: any service); the handle now,
   * the ticket later on getTicketForWebApi$. Flat: SteamAPI_ISteamUser_GetAuthTicketForWebApi.
   * Failures: Left(TicketUnavailable) when Steam issues none.
   */
  readonly getAuthTicketForWebApi: (serviceIdentity?: string) => Either<TicketUnavailable, number>;
  /**
   * Unsubscribing cancels the ticket: it is valid only while this is subscribed (use
   * requestWebApiTicket to keep one past a Promise).
   *
   * Emits the ticket's bytes once Steam sent them (GetTicketForWebApiResponse_t for its handle).
   * Flat: SteamAPI_ISteamUser_GetAuthTicketForWebApi, then CancelAuthTicket. Failures (a Left,
   * then completion): TicketUnavailable, SteamResultError, Timeout (`options.timeoutMs`, default
   * 10 s), NotInitialized (subscribed after shutdown).
   */
  readonly webApiTicket$: (serviceIdentity?: string, options?: TicketOptions) => Observable<Either<WebApiTicketError, WebApiTicket>>;
  /**
   * Resolves to a web API ticket that stays valid until `ticket.cancel()` or shutdown
   * (`ticket.cancelled` says which ended it). Flat: SteamAPI_ISteamUser_GetAuthTicketForWebApi,
   * then CancelAuthTicket. Failures (the Left): TicketUnavailable, SteamResultError, Timeout,
   * NotInitialized (shutdown before Steam answered). Misuse throws synchronously.
   *
   * @example
   * ```ts
   * const ticket = await client.requestWebApiTicket('my-backend');
   * if (isLeft(ticket)) throw ticket.left;
   * await fetch(`https://example.com/login?ticket=${Buffer.from(ticket.right.ticket).toString('hex')}`);
   * ticket.right.cancel();
   * ```
   */
  readonly requestWebApiTicket: (serviceIdentity?: string, options?: TicketOptions) => Promise<Either<WebApiTicketError, OwnedWebApiTicket>>;
}

export const webApiFunctions = (context: WebApiTicketContext): WebApiFunctions => ({
  getAuthTicketForWebApi: getAuthTicketForWebApi(context),
  ...webApiTicketFlows(context),
});
