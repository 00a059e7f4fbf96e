/**
 * The auth functions a client and a game server both have (the same five flat calls on
 * ISteamUser and ISteamGameServer), with their reactive forms, bound to one session.
 */
import { authSession$, beginAuthSession, endAuthSession, userHasLicenseForApp, type AuthSessionContext } from './auth-session';
import { authTicket$, cancelAuthTicket, getAuthSessionTicket, type AuthTicketContext } from './auth-ticket';

export const authFunctions = (context: AuthTicketContext & AuthSessionContext) => ({
  getAuthSessionTicket: getAuthSessionTicket(context),
  cancelAuthTicket: cancelAuthTicket(context),
  authTicket$: authTicket$(context),
  beginAuthSession: beginAuthSession(context),
  endAuthSession: endAuthSession(context),
  authSession$: authSession$(context),
  userHasLicenseForApp: userHasLicenseForApp(context),
});
