/**
 * Auth sessions from the validator's side (a game server, or a peer): beginAuthSession,
 * endAuthSession and userHasLicenseForApp as in the spec, each a plain answer; authSession$
 * (auth-session-flow.ts) holds a session for as long as it is subscribed. A wrong argument, or a
 * call after shutdown, throws.
 */
import type { Observable } from 'rxjs';
import type { AuthPort } from '../../native/steam-core';
import type { ValidateAuthTicketResponse } from '../../streams';
import type { BeginAuthSessionResult } from '../enums/begin-auth-session-result';
import type { UserHasLicenseForAppResult } from '../enums/user-has-license-for-app-result';
import type { AuthSessionRejected, BeginAuthSessionFailed, NotInitialized } from '../errors';
import { ensureLive } from '../session/guard';
import type { SessionState } from '../session/session-state';
import type { SteamIdInput } from '../steam-id/steam-id-text';
import { integerIn, UINT32_MAX } from '../validation/arguments';
import { steamIdArgument } from '../validation/steam-id-argument';
import { ticketBytes, type TicketInput } from './ticket-bytes';

export { authSession$ } from './auth-session-flow';
export type { TicketInput } from './ticket-bytes';
export type { ValidateAuthTicketResponse } from '../../streams';

export interface AuthSessionContext {
  readonly state: SessionState;
  readonly port: AuthPort;
  readonly validateAuthTicketResponse$: Observable<ValidateAuthTicketResponse>;
}

/** Why authSession$ began no session: Steam refused the ticket (the EBeginAuthSessionResult is in it). */
export type BeginAuthSessionError = BeginAuthSessionFailed;

/**
 * What authSession$ emits as a Left: the begin failed, a later verdict rejected the session, or the
 * flow was subscribed after its client or server shut down.
 */
export type AuthSessionError = BeginAuthSessionFailed | AuthSessionRejected | NotInitialized;

export const beginAuthSession =
  (context: AuthSessionContext): ((authTicket: TicketInput, ticketSize: number | undefined, steamId: SteamIdInput) => BeginAuthSessionResult) =>
  (authTicket, ticketSize, steamId) => {
    ensureLive(context.state);
    const ticket = ticketBytes(authTicket, ticketSize);
    const id = steamIdArgument('steamId', steamId);
    return context.port.beginAuthSession(ticket, id) as BeginAuthSessionResult;
  };

export const endAuthSession =
  (context: AuthSessionContext): ((steamId: SteamIdInput) => void) =>
  (steamId) => {
    ensureLive(context.state);
    context.port.endAuthSession(steamIdArgument('steamId', steamId));
  };

export const userHasLicenseForApp =
  (context: AuthSessionContext): ((steamId: SteamIdInput, appId: number) => UserHasLicenseForAppResult) =>
  (steamId, appId) => {
    ensureLive(context.state);
    const id = steamIdArgument('steamId', steamId);
    const app = integerIn('appId', appId, 1, UINT32_MAX);
    return context.port.userHasLicenseForApp(id, app) as UserHasLicenseForAppResult;
  };
