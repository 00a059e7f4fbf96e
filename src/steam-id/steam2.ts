import { left, right, type Either } from 'fp-ts/Either';
import { AccountType } from '../enums/account-type';
import { Universe } from '../enums/universe';
import { describeSteamIdInput, invalidSteamId, type InvalidSteamId } from './invalid-steam-id';
import { inSteamIdRange, outOfRangeReason } from './steam-id-range';
import { composeSteamId, individualDefaultInstance, largestAccountId } from './steam-id-layout';
import { getAccountId, getAccountType, getInstance, getUniverse } from './steam-id-parts';

// Digit counts are capped so Number() stays exact; the range checks below give the real limits.
const steam2Pattern = /^STEAM_([0-9]{1,3}):([0-9]{1,3}):([0-9]{1,10})$/i;

/**
 * Reads Steam2 text `STEAM_X:Y:Z` (X universe, Y the low account bit, Z the rest: accountId = Z*2+Y).
 * Universe 0 means Public, as Valve's older games print it. Steam2 only names individual users, so the
 * result is an individual account with the desktop instance (1).
 */
export const parseSteam2 = (text: string): Either<InvalidSteamId, bigint> => {
  const match = steam2Pattern.exec(text);
  if (match === null) return left(invalidSteamId(text, 'is not Steam2 text STEAM_X:Y:Z (X, Y and Z decimal numbers)'));
  const universeNumber = Number(match[1]);
  const lowBit = Number(match[2]);
  const accountNumber = Number(match[3]);
  if (universeNumber > Universe.UNIVERSE_DEV) {
    return left(invalidSteamId(text, `universe ${universeNumber} is not a known universe (0 to ${Universe.UNIVERSE_DEV})`));
  }
  if (lowBit > 1) return left(invalidSteamId(text, `the middle part must be 0 or 1, got ${lowBit}`));
  const accountId = accountNumber * 2 + lowBit;
  if (accountId > largestAccountId) {
    return left(invalidSteamId(text, `account number ${accountNumber} is too large: ${accountNumber}*2+${lowBit} does not fit in 32 bits`));
  }
  const universe = universeNumber === Universe.UNIVERSE_INVALID ? Universe.UNIVERSE_PUBLIC : universeNumber;
  return right(composeSteamId(accountId, individualDefaultInstance, AccountType.ACCOUNT_TYPE_INDIVIDUAL, universe));
};

/** Options of formatSteam2. */
export interface Steam2FormatOptions {
  /** Print the Public universe as STEAM_0 (as GoldSrc/Source games of old do) instead of STEAM_1. */
  readonly publicUniverseAsZero?: boolean;
}

/**
 * Steam2 text for an individual user's ID. Other IDs have no Steam2 form, and neither do IDs with an
 * instance other than 1 or an unknown universe (the text cannot carry them, so reading it back would
 * give a different ID): those are a Left.
 */
export const formatSteam2 = (steamId: bigint, options: Steam2FormatOptions = {}): Either<InvalidSteamId, string> => {
  if (!inSteamIdRange(steamId)) return left(invalidSteamId(describeSteamIdInput(steamId), outOfRangeReason(steamId)));
  const accountType = getAccountType(steamId);
  if (accountType !== AccountType.ACCOUNT_TYPE_INDIVIDUAL) {
    return left(invalidSteamId(steamId.toString(), `has account type ${accountType}; only individual accounts have a Steam2 form`));
  }
  const instance = getInstance(steamId);
  if (instance !== individualDefaultInstance) {
    return left(invalidSteamId(steamId.toString(), `has instance ${instance}; Steam2 text can only stand for instance 1`));
  }
  const universe = getUniverse(steamId);
  if (universe < Universe.UNIVERSE_PUBLIC || universe > Universe.UNIVERSE_DEV) {
    return left(invalidSteamId(steamId.toString(), `has universe ${universe}, which has no Steam2 form`));
  }
  const accountId = getAccountId(steamId);
  const shownUniverse = options.publicUniverseAsZero === true && universe === Universe.UNIVERSE_PUBLIC ? 0 : universe;
  return right(`STEAM_${shownUniverse}:${accountId % 2}:${Math.floor(accountId / 2)}`);
};
