import { left, right, type Either } from 'fp-ts/Either';
import { AccountType } from '../enums/account-type';
import { Universe } from '../enums/universe';
import { invalidSteamId, type InvalidSteamId } from './invalid-steam-id';
import { composeSteamId, individualDefaultInstance, largestAccountId, largestInstance } from './steam-id-layout';

/** The fields steamIdFromParts builds a Steam ID from; the instance may be left out. */
export interface SteamIdPartsInput {
  /** The account ID (bits 0-31): an integer from 0 to 2^32-1. */
  readonly accountId: number;
  /** The universe (bits 56-63): a known Universe from Invalid to Dev. */
  readonly universe: number;
  /** The account type (bits 52-55): a known AccountType from Invalid to AnonUser. */
  readonly accountType: number;
  /** Defaults as CSteamID::Set does: 0 for clans and persistent game servers, 1 for every other type. */
  readonly instance?: number;
}

const isIntegerIn = (value: number, smallest: number, largest: number): boolean =>
  Number.isInteger(value) && value >= smallest && value <= largest;

/** The instance CSteamID(accountId, universe, accountType) gives an account type. */
export const defaultInstanceFor = (accountType: number): number =>
  accountType === AccountType.ACCOUNT_TYPE_CLAN || accountType === AccountType.ACCOUNT_TYPE_GAME_SERVER ? 0 : individualDefaultInstance;

/**
 * Builds a Steam ID from its fields. Only known account types (Invalid..AnonUser) and universes
 * (Invalid..Dev) are accepted: a part outside those is almost certainly a caller mistake.
 */
export const steamIdFromParts = (parts: SteamIdPartsInput): Either<InvalidSteamId, bigint> => {
  const instance = parts.instance ?? defaultInstanceFor(parts.accountType);
  const input = `accountId ${parts.accountId}, instance ${instance}, accountType ${parts.accountType}, universe ${parts.universe}`;
  if (!isIntegerIn(parts.accountId, 0, largestAccountId)) {
    return left(invalidSteamId(input, `accountId must be an integer from 0 to ${largestAccountId}, got ${parts.accountId}`));
  }
  if (!isIntegerIn(instance, 0, largestInstance)) {
    return left(invalidSteamId(input, `instance must be an integer from 0 to ${largestInstance}, got ${instance}`));
  }
  if (!isIntegerIn(parts.accountType, AccountType.ACCOUNT_TYPE_INVALID, AccountType.ACCOUNT_TYPE_ANON_USER)) {
    return left(invalidSteamId(input, `accountType must be a known account type from 0 to ${AccountType.ACCOUNT_TYPE_ANON_USER}, got ${parts.accountType}`));
  }
  if (!isIntegerIn(parts.universe, Universe.UNIVERSE_INVALID, Universe.UNIVERSE_DEV)) {
    return left(invalidSteamId(input, `universe must be a known universe from 0 to ${Universe.UNIVERSE_DEV}, got ${parts.universe}`));
  }
  return right(composeSteamId(parts.accountId, instance, parts.accountType, parts.universe));
};
