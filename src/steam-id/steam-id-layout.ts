/**
 * Bit layout of a Steam ID (steamworks-abi-1.60.json, steamId.fields):
 * accountId bits 0-31, instance 32-51, account type 52-55, universe 56-63.
 */
export const largestSteamId = 0xffff_ffff_ffff_ffffn;
export const largestAccountId = 0xffff_ffff;
export const largestInstance = 0xf_ffff;
export const largestAccountTypeField = 0xf;
export const largestUniverseField = 0xff;

export const instanceShift = 32n;
export const accountTypeShift = 52n;
export const universeShift = 56n;

/** k_unSteamUserDefaultInstance: the instance every individual user's Steam ID has. */
export const individualDefaultInstance = 1;

/** Packs already range-checked parts; callers validate first (this is the formula, not a validator). */
export const composeSteamId = (accountId: number, instance: number, accountType: number, universe: number): bigint =>
  (BigInt(universe) << universeShift) | (BigInt(accountType) << accountTypeShift) | (BigInt(instance) << instanceShift) | BigInt(accountId);
