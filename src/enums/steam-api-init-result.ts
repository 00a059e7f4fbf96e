import { ESteamAPIInitResult } from '../../native/generated/core-enum-ESteamAPIInitResult';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/** Result of SteamAPI_InitFlat / SteamGameServer_InitEx. */
export const SteamAPIInitResult = {
  /** Steamworks active. */
  STEAM_API_INIT_RESULT_OK: ESteamAPIInitResult.OK,
  /** Failed (generic). */
  STEAM_API_INIT_RESULT_FAILED_GENERIC: ESteamAPIInitResult.FailedGeneric,
  /** Cannot connect to Steam, client probably isn't running. */
  STEAM_API_INIT_RESULT_NO_STEAM_CLIENT: ESteamAPIInitResult.NoSteamClient,
  /** Steam client appears to be out of date. */
  STEAM_API_INIT_RESULT_VERSION_MISMATCH: ESteamAPIInitResult.VersionMismatch,
} as const;
export type SteamAPIInitResult = (typeof SteamAPIInitResult)[keyof typeof SteamAPIInitResult];

// The spec's verbal strings (server.md, serverInitEx).
const descriptions = descriptionTable<SteamAPIInitResult>(() => ({
  [SteamAPIInitResult.STEAM_API_INIT_RESULT_OK]: 'Steamworks active',
  [SteamAPIInitResult.STEAM_API_INIT_RESULT_FAILED_GENERIC]: 'Failed (generic)',
  [SteamAPIInitResult.STEAM_API_INIT_RESULT_NO_STEAM_CLIENT]: "Cannot connect to Steam, client probably isn't running",
  [SteamAPIInitResult.STEAM_API_INIT_RESULT_VERSION_MISMATCH]: 'Steam client appears to be out of date',
}));

/** The readable description of one SteamAPIInitResult value; a value that is not a member gives `unknown SteamAPIInitResult value <value>`. */
export const describeSteamAPIInitResult = (value: number): string => describeEnumValue('SteamAPIInitResult', descriptions, value);
