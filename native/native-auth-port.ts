/**
 * The auth-session half of a port, shared by ISteamUser and ISteamGameServer: both interfaces
 * have the same five flat functions with the same shapes, under their own names.
 */
import { cBufferSize } from './buffer-size';
import { callThenKeep, type FlatApi } from './flat-api';
import type { AuthPort } from './steam-core';

/** The five bound flat functions of one interface (SteamAPI_ISteamUser_* or SteamAPI_ISteamGameServer_*). */
export interface AuthFunctions {
  readonly getAuthSessionTicket: FlatApi['SteamAPI_ISteamUser_GetAuthSessionTicket'];
  readonly beginAuthSession: FlatApi['SteamAPI_ISteamUser_BeginAuthSession'];
  readonly endAuthSession: FlatApi['SteamAPI_ISteamUser_EndAuthSession'];
  readonly cancelAuthTicket: FlatApi['SteamAPI_ISteamUser_CancelAuthTicket'];
  readonly userHasLicenseForApp: FlatApi['SteamAPI_ISteamUser_UserHasLicenseForApp'];
}

/**
 * `check` throws when the session is over (a stale interface pointer must never be called);
 * `written` is the port's reused uint32 out-parameter. Buffer sizes come from cBufferSize, never
 * from the caller's `byteLength` property, which could claim more memory than C may touch.
 */
export const createNativeAuthPort = (functions: AuthFunctions, self: bigint, check: () => void, written: Uint32Array): AuthPort => {
  // Each read from `functions` on its first call (binding it there when the api binds lazily), then called directly.
  let getAuthSessionTicket: AuthFunctions['getAuthSessionTicket'] = callThenKeep(() => functions.getAuthSessionTicket, (bound) => (getAuthSessionTicket = bound));
  let beginAuthSession: AuthFunctions['beginAuthSession'] = callThenKeep(() => functions.beginAuthSession, (bound) => (beginAuthSession = bound));
  let endAuthSession: AuthFunctions['endAuthSession'] = callThenKeep(() => functions.endAuthSession, (bound) => (endAuthSession = bound));
  let cancelAuthTicket: AuthFunctions['cancelAuthTicket'] = callThenKeep(() => functions.cancelAuthTicket, (bound) => (cancelAuthTicket = bound));
  let userHasLicenseForApp: AuthFunctions['userHasLicenseForApp'] = callThenKeep(() => functions.userHasLicenseForApp, (bound) => (userHasLicenseForApp = bound));
  return {
    getAuthSessionTicket: (buffer, remoteSteamId) => {
      check();
      written[0] = 0;
      // The identity module (and the networking types beneath it) is required only for a ticket bound to a peer.
      const identity =
        remoteSteamId === null ? null : (require('./networking-identity') as typeof import('./networking-identity')).encodeSteamIdIdentity(remoteSteamId);
      const handle = getAuthSessionTicket(self, buffer, cBufferSize(buffer), written, identity);
      return { handle, size: written[0] ?? 0 };
    },
    beginAuthSession: (ticket, steamId) => {
      check();
      return beginAuthSession(self, ticket, cBufferSize(ticket), steamId);
    },
    endAuthSession: (steamId) => {
      check();
      endAuthSession(self, steamId);
    },
    cancelAuthTicket: (handle) => {
      check();
      cancelAuthTicket(self, handle);
    },
    userHasLicenseForApp: (steamId, appId) => {
      check();
      return userHasLicenseForApp(self, steamId, appId);
    },
  };
};
