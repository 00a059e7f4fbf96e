import { ESteamAPICallFailure } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/** Why an asynchronous call (SteamAPICall_t) failed, from GetAPICallFailureReason. Not in the spec's tables. */
export const SteamAPICallFailure = {
  STEAM_API_CALL_FAILURE_NONE: ESteamAPICallFailure.None,
  STEAM_API_CALL_FAILURE_STEAM_GONE: ESteamAPICallFailure.SteamGone,
  STEAM_API_CALL_FAILURE_NETWORK_FAILURE: ESteamAPICallFailure.NetworkFailure,
  STEAM_API_CALL_FAILURE_INVALID_HANDLE: ESteamAPICallFailure.InvalidHandle,
  STEAM_API_CALL_FAILURE_MISMATCHED_CALLBACK: ESteamAPICallFailure.MismatchedCallback,
} as const;
export type SteamAPICallFailure = (typeof SteamAPICallFailure)[keyof typeof SteamAPICallFailure];

// Wording from the ABI JSON's enumMeta meanings.
const descriptions = descriptionTable<SteamAPICallFailure>({
  [SteamAPICallFailure.STEAM_API_CALL_FAILURE_NONE]: 'No failure.',
  [SteamAPICallFailure.STEAM_API_CALL_FAILURE_STEAM_GONE]: 'The local Steam process went away.',
  [SteamAPICallFailure.STEAM_API_CALL_FAILURE_NETWORK_FAILURE]: 'The network connection to the Steam servers was lost during the call.',
  [SteamAPICallFailure.STEAM_API_CALL_FAILURE_INVALID_HANDLE]: 'The call handle is invalid.',
  [SteamAPICallFailure.STEAM_API_CALL_FAILURE_MISMATCHED_CALLBACK]: 'The call result was asked for with a callback type that does not match the call.',
});

export const describeSteamAPICallFailure = (value: number): string => describeEnumValue('SteamAPICallFailure', descriptions, value);
