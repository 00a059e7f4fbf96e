import { left, right, type Either } from 'fp-ts/Either';
import { AccountType } from '../enums/account-type';
import { ChatSteamIdInstanceFlags } from '../enums/chat-steam-id-instance-flags';
import { Universe } from '../enums/universe';
import { describeSteamIdInput, invalidSteamId, type InvalidSteamId } from './invalid-steam-id';
import { inSteamIdRange, outOfRangeReason } from './steam-id-range';
import { composeSteamId, individualDefaultInstance, largestAccountId, largestInstance } from './steam-id-layout';
import { getAccountId, getAccountType, getInstance, getUniverse } from './steam-id-parts';

interface Steam3Letter {
  readonly accountType: AccountType;
  /** Instance bits the letter itself stands for (chat flags); ORed into any explicit instance. */
  readonly instanceFlags: number;
  /** Instance when the text gives none. */
  readonly defaultInstance: number;
}

const letter = (accountType: AccountType, defaultInstance = 0, instanceFlags = 0): Steam3Letter => ({
  accountType,
  instanceFlags,
  defaultInstance: defaultInstance | instanceFlags,
});

// Valve's Steam3 letters (CSteamID::SetFromString / Render). Console users have no letter.
const letters: ReadonlyMap<string, Steam3Letter> = new Map([
  ['I', letter(AccountType.ACCOUNT_TYPE_INVALID)],
  ['i', letter(AccountType.ACCOUNT_TYPE_INVALID)],
  ['U', letter(AccountType.ACCOUNT_TYPE_INDIVIDUAL, individualDefaultInstance)],
  ['M', letter(AccountType.ACCOUNT_TYPE_MULTISEAT)],
  ['G', letter(AccountType.ACCOUNT_TYPE_GAME_SERVER)],
  ['A', letter(AccountType.ACCOUNT_TYPE_ANON_GAME_SERVER)],
  ['P', letter(AccountType.ACCOUNT_TYPE_PENDING)],
  ['C', letter(AccountType.ACCOUNT_TYPE_CONTENT_SERVER)],
  ['g', letter(AccountType.ACCOUNT_TYPE_CLAN)],
  ['T', letter(AccountType.ACCOUNT_TYPE_CHAT)],
  ['c', letter(AccountType.ACCOUNT_TYPE_CHAT, 0, ChatSteamIdInstanceFlags.CHAT_INSTANCE_FLAG_CLAN)],
  ['L', letter(AccountType.ACCOUNT_TYPE_CHAT, 0, ChatSteamIdInstanceFlags.CHAT_INSTANCE_FLAG_LOBBY)],
  ['a', letter(AccountType.ACCOUNT_TYPE_ANON_USER)],
]);
const knownLetters = [...letters.keys()].join(', ');

// Digit counts are capped so Number() stays exact; the range checks below give the real limits.
const steam3Pattern = /^\[([A-Za-z]):([0-9]{1,3}):([0-9]{1,10})(?::([0-9]{1,7}))?\]$/;

/**
 * Reads Steam3 text `[L:U:A]` or `[L:U:A:I]`: a type letter, the universe, the account ID and an
 * optional instance. Without an instance, `U` means 1, `c` and `L` the clan and lobby chat flags, other
 * letters 0; with one, `c` and `L` still add their flag.
 */
export const parseSteam3 = (text: string): Either<InvalidSteamId, bigint> => {
  const match = steam3Pattern.exec(text);
  if (match === null) {
    return left(invalidSteamId(text, 'is not Steam3 text [L:U:A] or [L:U:A:I] (a letter, then decimal universe, account ID and optional instance)'));
  }
  const [, letterText = '', universeText = '', accountText = '', instanceText] = match;
  const meaning = letters.get(letterText);
  if (meaning === undefined) return left(invalidSteamId(text, `unknown Steam3 account type letter '${letterText}' (known: ${knownLetters})`));
  const universe = Number(universeText);
  if (universe > Universe.UNIVERSE_DEV) {
    return left(invalidSteamId(text, `universe ${universe} is not a known universe (0 to ${Universe.UNIVERSE_DEV})`));
  }
  const accountId = Number(accountText);
  if (accountId > largestAccountId) return left(invalidSteamId(text, `account ID ${accountId} does not fit in 32 bits`));
  const explicitInstance = instanceText === undefined ? undefined : Number(instanceText);
  if (explicitInstance !== undefined && explicitInstance > largestInstance) {
    return left(invalidSteamId(text, `instance ${explicitInstance} does not fit in 20 bits (largest ${largestInstance})`));
  }
  const instance = explicitInstance === undefined ? meaning.defaultInstance : explicitInstance | meaning.instanceFlags;
  return right(composeSteamId(accountId, instance, meaning.accountType, universe));
};

const letterFor = (accountType: number, instance: number): string | undefined => {
  switch (accountType) {
    case AccountType.ACCOUNT_TYPE_INVALID:
      return 'I';
    case AccountType.ACCOUNT_TYPE_INDIVIDUAL:
      return 'U';
    case AccountType.ACCOUNT_TYPE_MULTISEAT:
      return 'M';
    case AccountType.ACCOUNT_TYPE_GAME_SERVER:
      return 'G';
    case AccountType.ACCOUNT_TYPE_ANON_GAME_SERVER:
      return 'A';
    case AccountType.ACCOUNT_TYPE_PENDING:
      return 'P';
    case AccountType.ACCOUNT_TYPE_CONTENT_SERVER:
      return 'C';
    case AccountType.ACCOUNT_TYPE_CLAN:
      return 'g';
    case AccountType.ACCOUNT_TYPE_CHAT:
      if ((instance & ChatSteamIdInstanceFlags.CHAT_INSTANCE_FLAG_CLAN) !== 0) return 'c';
      if ((instance & ChatSteamIdInstanceFlags.CHAT_INSTANCE_FLAG_LOBBY) !== 0) return 'L';
      return 'T';
    case AccountType.ACCOUNT_TYPE_ANON_USER:
      return 'a';
    default:
      return undefined;
  }
};

/**
 * Steam3 text for an ID. The instance is written when the letter alone would not give it back (and
 * always for `A` and `M`, as Valve writes them), so parseSteam3(formatSteam3(id)) is id. Console users,
 * unknown account types and unknown universes have no Steam3 form: a Left.
 */
export const formatSteam3 = (steamId: bigint): Either<InvalidSteamId, string> => {
  if (!inSteamIdRange(steamId)) return left(invalidSteamId(describeSteamIdInput(steamId), outOfRangeReason(steamId)));
  const accountType = getAccountType(steamId);
  const instance = getInstance(steamId);
  const typeLetter = letterFor(accountType, instance);
  if (typeLetter === undefined) return left(invalidSteamId(steamId.toString(), `account type ${accountType} has no Steam3 letter`));
  const universe = getUniverse(steamId);
  if (universe > Universe.UNIVERSE_DEV) return left(invalidSteamId(steamId.toString(), `universe ${universe} has no Steam3 form`));
  const meaning = letters.get(typeLetter);
  const impliedFlags = meaning?.instanceFlags ?? 0;
  const remainingInstance = instance & ~impliedFlags;
  const alwaysShowInstance = accountType === AccountType.ACCOUNT_TYPE_ANON_GAME_SERVER || accountType === AccountType.ACCOUNT_TYPE_MULTISEAT;
  const impliedInstance = impliedFlags === 0 ? (meaning?.defaultInstance ?? 0) : 0;
  const showInstance = alwaysShowInstance || remainingInstance !== impliedInstance;
  return right(`[${typeLetter}:${universe}:${getAccountId(steamId)}${showInstance ? `:${remainingInstance}` : ''}]`);
};
