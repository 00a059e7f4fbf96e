import { AccountType } from '../enums/account-type';
import { Universe } from '../enums/universe';
import { composeSteamId } from './steam-id-layout';

// The special IDs of steamclientpublic.h (steamworks-abi-1.60.json, steamId.specialIds), built the way the header builds them.

/** k_steamIDNil: the generic invalid Steam ID. */
export const steamIdNil = composeSteamId(0, 0, AccountType.ACCOUNT_TYPE_INVALID, Universe.UNIVERSE_INVALID);
/** k_steamIDOutofDateGS: a user's connection to an out of date game server that does not send its Steam ID. */
export const steamIdOutOfDateGameServer = composeSteamId(0, 0, AccountType.ACCOUNT_TYPE_INVALID, Universe.UNIVERSE_INVALID);
/** k_steamIDLanModeGS: a user's connection to an sv_lan game server. */
export const steamIdLanModeGameServer = composeSteamId(0, 0, AccountType.ACCOUNT_TYPE_INVALID, Universe.UNIVERSE_PUBLIC);
/** k_steamIDNotInitYetGS: a game server that has booted but not yet started logging on to Steam. */
export const steamIdNotInitYetGameServer = composeSteamId(1, 0, AccountType.ACCOUNT_TYPE_INVALID, Universe.UNIVERSE_INVALID);
/** k_steamIDNonSteamGS: a game server not using Steam authentication that still supports "Join Game". */
export const steamIdNonSteamGameServer = composeSteamId(2, 0, AccountType.ACCOUNT_TYPE_INVALID, Universe.UNIVERSE_INVALID);
