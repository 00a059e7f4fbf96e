import { EAccountType } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/** Kind of Steam account a Steam ID belongs to (bits 52-55 of the ID). Values come from the ABI table. */
export const AccountType = {
  ACCOUNT_TYPE_INVALID: EAccountType.Invalid,
  ACCOUNT_TYPE_INDIVIDUAL: EAccountType.Individual,
  ACCOUNT_TYPE_MULTISEAT: EAccountType.Multiseat,
  ACCOUNT_TYPE_GAME_SERVER: EAccountType.GameServer,
  ACCOUNT_TYPE_ANON_GAME_SERVER: EAccountType.AnonGameServer,
  ACCOUNT_TYPE_PENDING: EAccountType.Pending,
  ACCOUNT_TYPE_CONTENT_SERVER: EAccountType.ContentServer,
  ACCOUNT_TYPE_CLAN: EAccountType.Clan,
  ACCOUNT_TYPE_CHAT: EAccountType.Chat,
  ACCOUNT_TYPE_CONSOLE_USER: EAccountType.ConsoleUser,
  ACCOUNT_TYPE_ANON_USER: EAccountType.AnonUser,
  ACCOUNT_TYPE_MAX: EAccountType.Max,
} as const;
export type AccountType = (typeof AccountType)[keyof typeof AccountType];

const descriptions = descriptionTable<AccountType>({
  [AccountType.ACCOUNT_TYPE_INVALID]: 'Invalid account type.',
  [AccountType.ACCOUNT_TYPE_INDIVIDUAL]: 'Single user account.',
  [AccountType.ACCOUNT_TYPE_MULTISEAT]: 'Multiseat account (for example a cybercafe).',
  [AccountType.ACCOUNT_TYPE_GAME_SERVER]: 'Persistent game server account.',
  [AccountType.ACCOUNT_TYPE_ANON_GAME_SERVER]: 'Anonymous game server account.',
  [AccountType.ACCOUNT_TYPE_PENDING]: 'Pending account.',
  [AccountType.ACCOUNT_TYPE_CONTENT_SERVER]: 'Content server account.',
  [AccountType.ACCOUNT_TYPE_CLAN]: 'Steam group (clan) account.',
  [AccountType.ACCOUNT_TYPE_CHAT]: 'Chat room or lobby.',
  [AccountType.ACCOUNT_TYPE_CONSOLE_USER]: 'Placeholder Steam ID for a local console account (PSN, Xbox Live).',
  [AccountType.ACCOUNT_TYPE_ANON_USER]: 'Anonymous user account (used to create an account or reset a password).',
  [AccountType.ACCOUNT_TYPE_MAX]: 'Upper bound of the account types; not a real account type.',
});

export const describeAccountType = (value: number): string => describeEnumValue('AccountType', descriptions, value);
