import { accountTypeShift, instanceShift, universeShift } from './steam-id-layout';

/** The four fields of a Steam ID. accountType and universe are plain numbers: 4 and 8 bits can hold values no enum names. */
export interface SteamIdParts {
  readonly accountId: number;
  readonly instance: number;
  readonly accountType: number;
  readonly universe: number;
}

export const getAccountId = (steamId: bigint): number => Number(steamId & 0xffff_ffffn);
export const getInstance = (steamId: bigint): number => Number((steamId >> instanceShift) & 0xf_ffffn);
export const getAccountType = (steamId: bigint): number => Number((steamId >> accountTypeShift) & 0xfn);
export const getUniverse = (steamId: bigint): number => Number((steamId >> universeShift) & 0xffn);

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
export const getStaticAccountKey = (steamId: bigint): bigint => steamId & ~(0xf_ffffn << instanceShift);
