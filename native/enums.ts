/**
 * Enum values of the Steamworks 1.60 C ABI, keyed by the SDK name without its k_E… prefix. They
 * are generated (native/generated/, by scripts/generate-abi.ts from the measured ABI JSON), each in
 * the slice of the header declaring it; this module re-exports the ones the SDK uses, so its
 * importers need not know where each lives. The public enums in src/enums add the spec's names and
 * descriptions. The networking types' enums are imported from their generated module instead:
 * every module this one names is loaded with it, and a client start loads this one.
 */

export {
  EAccountType,
  EAuthSessionResponse,
  EBeginAuthSessionResult,
  EChatSteamIDInstanceFlags,
  EDenyReason,
  EDurationControlNotification,
  EDurationControlOnlineState,
  EDurationControlProgress,
  EMarketNotAllowedReasonFlags,
  EResult,
  ESteamAPIInitResult,
  ESteamIPType,
  EUniverse,
  EUserHasLicenseForAppResult,
  EVoiceResult,
} from './generated/core-enums';
export { EServerMode } from './generated/game-server-enums';
export { EFailureType } from './generated/user-enums';
export { ESteamAPICallFailure } from './generated/utils-enums';

const valueSets = new WeakMap<object, ReadonlySet<number>>();

/** True when `value` is one of the enum's values (a decoder check, not a cast). The value set is built once per enum. */
export const isEnumValue = <E extends Readonly<Record<string, number>>>(enumeration: E, value: number): value is E[keyof E] => {
  let values = valueSets.get(enumeration);
  if (values === undefined) {
    values = new Set(Object.values(enumeration));
    valueSets.set(enumeration, values);
  }
  return values.has(value);
};
