// Steam IDs as bigint: parsing and formatting of the three text forms, field access, Valve's predicates,
// io-ts codecs and the special IDs. The pieces live in ./steam-id/.
export { InvalidSteamId } from './steam-id/invalid-steam-id';
export type { SteamIdInput, SteamIdText } from './steam-id/steam-id-text';
export { parseSteamId } from './steam-id/parse-steam-id';
export {
  steamIdLanModeGameServer,
  steamIdNil,
  steamIdNonSteamGameServer,
  steamIdNotInitYetGameServer,
  steamIdOutOfDateGameServer,
} from './steam-id/special-steam-ids';
export { formatSteam2, parseSteam2, type Steam2FormatOptions } from './steam-id/steam2';
export { formatSteam3, parseSteam3 } from './steam-id/steam3';
export { formatSteam64, parseSteam64 } from './steam-id/steam64';
export { SteamId, SteamIdFromString } from './steam-id/steam-id-codecs';
export { defaultInstanceFor, steamIdFromParts, type SteamIdPartsInput } from './steam-id/steam-id-from-parts';
export { individualDefaultInstance, largestSteamId } from './steam-id/steam-id-layout';
export {
  getAccountId,
  getAccountType,
  getInstance,
  getStaticAccountKey,
  getUniverse,
  toSteamIdParts,
  type SteamIdParts,
} from './steam-id/steam-id-parts';
export {
  isAnonGameServer,
  isAnonUser,
  isAnonymous,
  isBlankAnonAccount,
  isChat,
  isClan,
  isConsoleUser,
  isContentServer,
  isGameServer,
  isIndividual,
  isLobby,
  isPersistentGameServer,
  isValid,
} from './steam-id/steam-id-predicates';
export { toSteamId } from './steam-id/to-steam-id';
