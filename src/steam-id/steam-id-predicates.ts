import { AccountType } from '../enums/account-type';
import { ChatSteamIdInstanceFlags } from '../enums/chat-steam-id-instance-flags';
import { Universe } from '../enums/universe';
import { individualDefaultInstance } from './steam-id-layout';
import { accountIdField, accountTypeField, instanceField, universeField } from './steam-id-fields';
import { inSteamIdRange } from './steam-id-range';

// Each predicate checks the range once, then reads fields unchecked. These mirror the CSteamID member functions of the 1.60 steamclientpublic.h, so code ported from C++ keeps its meaning.

/** CSteamID::IsValid: a known type and universe; individuals need account > 0 and instance 1, clans account > 0 and instance 0, persistent game servers account > 0. */
export const isValid = (steamId: bigint): boolean => {
  if (!inSteamIdRange(steamId)) return false;
  const accountType = accountTypeField(steamId);
  if (accountType <= AccountType.ACCOUNT_TYPE_INVALID || accountType >= AccountType.ACCOUNT_TYPE_MAX) return false;
  const universe = universeField(steamId);
  if (universe <= Universe.UNIVERSE_INVALID || universe >= Universe.UNIVERSE_MAX) return false;
  const accountId = accountIdField(steamId);
  if (accountType === AccountType.ACCOUNT_TYPE_INDIVIDUAL) return accountId !== 0 && instanceField(steamId) === individualDefaultInstance;
  if (accountType === AccountType.ACCOUNT_TYPE_CLAN) return accountId !== 0 && instanceField(steamId) === 0;
  if (accountType === AccountType.ACCOUNT_TYPE_GAME_SERVER) return accountId !== 0;
  return true;
};

/** CSteamID::BIndividualAccount: an individual user, or a console user's placeholder ID (Valve counts both). */
export const isIndividual = (steamId: bigint): boolean => {
  if (!inSteamIdRange(steamId)) return false;
  const accountType = accountTypeField(steamId);
  return accountType === AccountType.ACCOUNT_TYPE_INDIVIDUAL || accountType === AccountType.ACCOUNT_TYPE_CONSOLE_USER;
};

/** CSteamID::BGameServerAccount: a persistent or an anonymous game server. */
export const isGameServer = (steamId: bigint): boolean => {
  if (!inSteamIdRange(steamId)) return false;
  const accountType = accountTypeField(steamId);
  return accountType === AccountType.ACCOUNT_TYPE_GAME_SERVER || accountType === AccountType.ACCOUNT_TYPE_ANON_GAME_SERVER;
};

/** CSteamID::BPersistentGameServerAccount. */
export const isPersistentGameServer = (steamId: bigint): boolean =>
  inSteamIdRange(steamId) && accountTypeField(steamId) === AccountType.ACCOUNT_TYPE_GAME_SERVER;

/** CSteamID::BAnonGameServerAccount. */
export const isAnonGameServer = (steamId: bigint): boolean =>
  inSteamIdRange(steamId) && accountTypeField(steamId) === AccountType.ACCOUNT_TYPE_ANON_GAME_SERVER;

/** CSteamID::BAnonAccount: an anonymous user or an anonymous game server. */
export const isAnonymous = (steamId: bigint): boolean => {
  if (!inSteamIdRange(steamId)) return false;
  const accountType = accountTypeField(steamId);
  return accountType === AccountType.ACCOUNT_TYPE_ANON_USER || accountType === AccountType.ACCOUNT_TYPE_ANON_GAME_SERVER;
};

/** CSteamID::BBlankAnonAccount: an anonymous account not yet filled in by Steam (account 0, instance 0). */
export const isBlankAnonAccount = (steamId: bigint): boolean =>
  isAnonymous(steamId) && accountIdField(steamId) === 0 && instanceField(steamId) === 0;

/** CSteamID::BAnonUserAccount. */
export const isAnonUser = (steamId: bigint): boolean =>
  inSteamIdRange(steamId) && accountTypeField(steamId) === AccountType.ACCOUNT_TYPE_ANON_USER;

/** CSteamID::BConsoleUserAccount. */
export const isConsoleUser = (steamId: bigint): boolean =>
  inSteamIdRange(steamId) && accountTypeField(steamId) === AccountType.ACCOUNT_TYPE_CONSOLE_USER;

/** CSteamID::BContentServerAccount. */
export const isContentServer = (steamId: bigint): boolean =>
  inSteamIdRange(steamId) && accountTypeField(steamId) === AccountType.ACCOUNT_TYPE_CONTENT_SERVER;

/** CSteamID::BClanAccount: a Steam group. */
export const isClan = (steamId: bigint): boolean =>
  inSteamIdRange(steamId) && accountTypeField(steamId) === AccountType.ACCOUNT_TYPE_CLAN;

/** CSteamID::BChatAccount: a chat room or lobby. */
export const isChat = (steamId: bigint): boolean =>
  inSteamIdRange(steamId) && accountTypeField(steamId) === AccountType.ACCOUNT_TYPE_CHAT;

/** CSteamID::IsLobby: a chat ID whose instance carries the lobby flag. */
export const isLobby = (steamId: bigint): boolean =>
  isChat(steamId) && (instanceField(steamId) & ChatSteamIdInstanceFlags.CHAT_INSTANCE_FLAG_LOBBY) !== 0;
