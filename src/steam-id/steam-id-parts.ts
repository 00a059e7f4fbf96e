import { accountIdField, accountTypeField, instanceField, universeField } from './steam-id-fields';
import { instanceShift } from './steam-id-layout';
import { requireSteamIdRange } from './steam-id-range';

/** The four fields of a Steam ID. accountType and universe are plain numbers: 4 and 8 bits can hold values no enum names. */
export interface SteamIdParts {
  /** The account ID field (bits 0-31). */
  readonly accountId: number;
  /** The instance field (bits 32-51). */
  readonly instance: number;
  /** The account type field (bits 52-55); see AccountType. */
  readonly accountType: number;
  /** The universe field (bits 56-63); see Universe. */
  readonly universe: number;
}

/** The account ID field (bits 0-31). Throws InvalidArgument for a bigint outside 0..2^64-1. */
export const getAccountId = (steamId: bigint): number => accountIdField(requireSteamIdRange(steamId));
/** The instance field (bits 32-51). Throws InvalidArgument for a bigint outside 0..2^64-1. */
export const getInstance = (steamId: bigint): number => instanceField(requireSteamIdRange(steamId));
/** The account type field (bits 52-55). Throws InvalidArgument for a bigint outside 0..2^64-1. */
export const getAccountType = (steamId: bigint): number => accountTypeField(requireSteamIdRange(steamId));
/** The universe field (bits 56-63). Throws InvalidArgument for a bigint outside 0..2^64-1. */
export const getUniverse = (steamId: bigint): number => universeField(requireSteamIdRange(steamId));

/** The four fields of `steamId`. Throws InvalidArgument for a bigint outside 0..2^64-1. */
export const toSteamIdParts = (steamId: bigint): SteamIdParts => ({
  accountId: getAccountId(steamId),
  instance: getInstance(steamId),
  accountType: getAccountType(steamId),
  universe: getUniverse(steamId),
});

/**
 * CSteamID::GetStaticAccountKey: the ID without its instance, so all instances of one account (such as
 * the seats of a multiseat account) share a key.
 */
export const getStaticAccountKey = (steamId: bigint): bigint => requireSteamIdRange(steamId) & ~(0xf_ffffn << instanceShift);
