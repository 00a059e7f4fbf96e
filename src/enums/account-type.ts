import { EAccountType } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/** Kind of Steam account a Steam ID belongs to (bits 52-55 of the ID). Values come from the ABI table. */
export const AccountType = {
  /** Invalid account type. */
  ACCOUNT_TYPE_INVALID: EAccountType.Invalid,
  /** Single user account. */
  ACCOUNT_TYPE_INDIVIDUAL: EAccountType.Individual,
  /** Multiseat account (for example a cybercafe). */
  ACCOUNT_TYPE_MULTISEAT: EAccountType.Multiseat,
  /** Persistent game server account. */
  ACCOUNT_TYPE_GAME_SERVER: EAccountType.GameServer,
  /** Anonymous game server account. */
  ACCOUNT_TYPE_ANON_GAME_SERVER: EAccountType.AnonGameServer,
  /** Pending account. */
  ACCOUNT_TYPE_PENDING: EAccountType.Pending,
  /** Content server account. */
  ACCOUNT_TYPE_CONTENT_SERVER: EAccountType.ContentServer,
  /** Steam group (clan) account. */
  ACCOUNT_TYPE_CLAN: EAccountType.Clan,
  /** Chat room or lobby. */
  ACCOUNT_TYPE_CHAT: EAccountType.Chat,
  /** Placeholder Steam ID for a local console account (PSN, Xbox Live). */
  ACCOUNT_TYPE_CONSOLE_USER: EAccountType.ConsoleUser,
  /** Anonymous user account (used to create an account or reset a password). */
  ACCOUNT_TYPE_ANON_USER: EAccountType.AnonUser,
  /** Upper bound of the account types; not a real account type. */
  ACCOUNT_TYPE_MAX: EAccountType.Max,
} as const;
export type AccountType = (typeof AccountType)[keyof typeof AccountType];

const descriptions = descriptionTable<AccountType>(() => ({
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
}));

/** The readable description of one AccountType value; a value that is not a member gives `unknown AccountType value <value>`. */
export const describeAccountType = (value: number): string => describeEnumValue('AccountType', descriptions, value);
