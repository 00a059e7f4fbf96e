import { ESteamAPICallFailure } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/** Why an asynchronous call (SteamAPICall_t) failed, from GetAPICallFailureReason. Not in the spec's tables. */
export const SteamAPICallFailure = {
  /** No failure. */
  STEAM_API_CALL_FAILURE_NONE: ESteamAPICallFailure.None,
  /** The local Steam process went away. */
  STEAM_API_CALL_FAILURE_STEAM_GONE: ESteamAPICallFailure.SteamGone,
  /** The network connection to the Steam servers was lost during the call. */
  STEAM_API_CALL_FAILURE_NETWORK_FAILURE: ESteamAPICallFailure.NetworkFailure,
  /** The call handle is invalid. */
  STEAM_API_CALL_FAILURE_INVALID_HANDLE: ESteamAPICallFailure.InvalidHandle,
  /** The call result was asked for with a callback type that does not match the call. */
  STEAM_API_CALL_FAILURE_MISMATCHED_CALLBACK: ESteamAPICallFailure.MismatchedCallback,
} as const;
export type SteamAPICallFailure = (typeof SteamAPICallFailure)[keyof typeof SteamAPICallFailure];

// Wording from the ABI JSON's enumMeta meanings.
const descriptions = descriptionTable<SteamAPICallFailure>(() => ({
  [SteamAPICallFailure.STEAM_API_CALL_FAILURE_NONE]: 'No failure.',
  [SteamAPICallFailure.STEAM_API_CALL_FAILURE_STEAM_GONE]: 'The local Steam process went away.',
  [SteamAPICallFailure.STEAM_API_CALL_FAILURE_NETWORK_FAILURE]: 'The network connection to the Steam servers was lost during the call.',
  [SteamAPICallFailure.STEAM_API_CALL_FAILURE_INVALID_HANDLE]: 'The call handle is invalid.',
  [SteamAPICallFailure.STEAM_API_CALL_FAILURE_MISMATCHED_CALLBACK]: 'The call result was asked for with a callback type that does not match the call.',
}));

/** The readable description of one SteamAPICallFailure value; a value that is not a member gives `unknown SteamAPICallFailure value <value>`. */
export const describeSteamAPICallFailure = (value: number): string => describeEnumValue('SteamAPICallFailure', descriptions, value);
