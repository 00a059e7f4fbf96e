/**
 * A hint at the usual cause of a failed init, for the causes newcomers meet most: no Steam client,
 * no app ID, a dedicated server without steamclient.so, an old Steam client. Undefined when the
 * failure is none of these (Valve's message then has to speak for itself).
 */
import { ESteamAPIInitResult } from '../../native/generated/core-enum-ESteamAPIInitResult';

const appIdHint =
  'Steam does not know which game this is: pass { appId } to steamInit, or put a steam_appid.txt holding your app ID in the working folder while developing (480 is the Spacewar test app).';
const clientHint =
  'Start the Steam client and sign in, then start the game (during development, also give an app ID: { appId } or steam_appid.txt).';
const dedicatedServerHint =
  'A dedicated server needs steamclient.so where Valve\'s library looks for it: install it with steamcmd (`steamcmd +login anonymous +app_update 1007 +quit`) and copy linux64/steamclient.so to ~/.steam/sdk64/.';
const versionHint = 'The Steam client is older than the SDK 1.60 this package targets: update Steam (or ship the libsteam_api that matches it).';

/** The hint for a failed client (`role` 'client') or game server (`role` 'server') init. */
export const initHint = (role: 'client' | 'server', status: number, steamMessage: string): string | undefined => {
  if (status === ESteamAPIInitResult.VersionMismatch) return versionHint;
  if (/app\s*id/i.test(steamMessage)) return appIdHint;
  if (role === 'server' && /steamclient|sdk64|sdk32/i.test(steamMessage)) return dedicatedServerHint;
  if (status === ESteamAPIInitResult.NoSteamClient) return role === 'server' ? dedicatedServerHint : clientHint;
  if (role === 'server' && status === ESteamAPIInitResult.FailedGeneric) return dedicatedServerHint;
  return undefined;
};
