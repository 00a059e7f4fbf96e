/**
 * Steam ID composition for the simulated universe (layout from the ABI: universe << 56 |
 * accountType << 52 | instance << 32 | accountId).
 */
import { EAccountType, EUniverse } from '../native/enums';

/** The four fields of a Steam ID. */
export interface SteamIdParts {
  /** The account ID (bits 0-31). */
  readonly accountId: number;
  /** The instance (bits 32-51). */
  readonly instance: number;
  /** The EAccountType (bits 52-55). */
  readonly accountType: number;
  /** The EUniverse (bits 56-63). */
  readonly universe: number;
}

/** Builds a Steam ID from its four fields, masking each to its width. */
export const composeSteamId = (parts: SteamIdParts): bigint =>
  (BigInt(parts.universe & 0xff) << 56n) |
  (BigInt(parts.accountType & 0xf) << 52n) |
  (BigInt(parts.instance & 0xfffff) << 32n) |
  BigInt(parts.accountId >>> 0);

/** The four fields of a Steam ID. */
export const splitSteamId = (steamId: bigint): SteamIdParts => ({
  accountId: Number(steamId & 0xffffffffn),
  instance: Number((steamId >> 32n) & 0xfffffn),
  accountType: Number((steamId >> 52n) & 0xfn),
  universe: Number((steamId >> 56n) & 0xffn),
});

/** A desktop user: Individual, public universe, the default instance 1. */
export const individualSteamId = (accountId: number): bigint =>
  composeSteamId({ accountId, instance: 1, accountType: EAccountType.Individual, universe: EUniverse.Public });

/** What SteamGameServer()->GetSteamID() reports before the server has logged on (k_steamIDNotInitYetGS). */
export const notInitializedGameServerSteamId = 1n;
