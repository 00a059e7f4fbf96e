import { EDenyReason } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/** Why a game server denied or kicked a client (GSClientDeny / GSClientKick). */
export const DenyReason = {
  /** No reason given (invalid deny reason). */
  DENY_INVALID: EDenyReason.Invalid,
  /** The client is running an incompatible game version. */
  DENY_INVALID_VERSION: EDenyReason.InvalidVersion,
  /** The client was denied for an unspecified reason. */
  DENY_GENERIC: EDenyReason.Generic,
  /** The user is not logged on to Steam. */
  DENY_NOT_LOGGED_ON: EDenyReason.NotLoggedOn,
  /** The user does not own a license for this game. */
  DENY_NO_LICENSE: EDenyReason.NoLicense,
  /** The user was detected cheating. */
  DENY_CHEATER: EDenyReason.Cheater,
  /** The user account has logged in elsewhere. */
  DENY_LOGGED_IN_ELSEWHERE: EDenyReason.LoggedInElseWhere,
  /** Denied with a reason given only as text. */
  DENY_UNKNOWN_TEXT: EDenyReason.UnknownText,
  /** The client runs an incompatible anti-cheat. */
  DENY_INCOMPATIBLE_ANTI_CHEAT: EDenyReason.IncompatibleAnticheat,
  /** Memory corruption was detected on the client. */
  DENY_MEMORY_CORRUPTION: EDenyReason.MemoryCorruption,
  /** The client runs incompatible software. */
  DENY_INCOMPATIBLE_SOFTWARE: EDenyReason.IncompatibleSoftware,
  /** The client's connection to Steam was lost. */
  DENY_STEAM_CONNECTION_LOST: EDenyReason.SteamConnectionLost,
  /** The client's connection to Steam failed with an error. */
  DENY_STEAM_CONNECTION_ERROR: EDenyReason.SteamConnectionError,
  /** Steam did not answer in time while validating the client. */
  DENY_STEAM_RESPONSE_TIMED_OUT: EDenyReason.SteamResponseTimedOut,
  /** Steam's validation of the client stalled. */
  DENY_STEAM_VALIDATION_STALLED: EDenyReason.SteamValidationStalled,
  /** The owner of the shared (guest) license left, so the guest user must leave too. */
  DENY_STEAM_OWNER_LEFT_GUEST_USER: EDenyReason.SteamOwnerLeftGuestUser,
} as const;
export type DenyReason = (typeof DenyReason)[keyof typeof DenyReason];

const descriptions = descriptionTable<DenyReason>(() => ({
  [DenyReason.DENY_INVALID]: 'No reason given (invalid deny reason).',
  [DenyReason.DENY_INVALID_VERSION]: 'The client is running an incompatible game version.',
  [DenyReason.DENY_GENERIC]: 'The client was denied for an unspecified reason.',
  [DenyReason.DENY_NOT_LOGGED_ON]: 'The user is not logged on to Steam.',
  [DenyReason.DENY_NO_LICENSE]: 'The user does not own a license for this game.',
  [DenyReason.DENY_CHEATER]: 'The user was detected cheating.',
  [DenyReason.DENY_LOGGED_IN_ELSEWHERE]: 'The user account has logged in elsewhere.',
  [DenyReason.DENY_UNKNOWN_TEXT]: 'Denied with a reason given only as text.',
  [DenyReason.DENY_INCOMPATIBLE_ANTI_CHEAT]: 'The client runs an incompatible anti-cheat.',
  [DenyReason.DENY_MEMORY_CORRUPTION]: 'Memory corruption was detected on the client.',
  [DenyReason.DENY_INCOMPATIBLE_SOFTWARE]: 'The client runs incompatible software.',
  [DenyReason.DENY_STEAM_CONNECTION_LOST]: "The client's connection to Steam was lost.",
  [DenyReason.DENY_STEAM_CONNECTION_ERROR]: "The client's connection to Steam failed with an error.",
  [DenyReason.DENY_STEAM_RESPONSE_TIMED_OUT]: 'Steam did not answer in time while validating the client.',
  [DenyReason.DENY_STEAM_VALIDATION_STALLED]: "Steam's validation of the client stalled.",
  [DenyReason.DENY_STEAM_OWNER_LEFT_GUEST_USER]: 'The owner of the shared (guest) license left, so the guest user must leave too.',
}));

/** The readable description of one DenyReason value; a value that is not a member gives `unknown DenyReason value <value>`. */
export const describeDenyReason = (value: number): string => describeEnumValue('DenyReason', descriptions, value);
