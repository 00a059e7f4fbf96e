/**
 * The one range rule every Steam ID helper follows: a Steam ID is a bigint in 0..2^64-1. Beyond
 * it the bit fields would be read from the low 64 bits of a larger number, and `isValid(2n**70n + id)`
 * would say true of something that is not a Steam ID. Predicates answer false for such a value;
 * helpers that answer an Either give a Left; helpers that answer a plain value throw, as for any
 * misuse.
 */
import { InvalidArgument } from '../init-errors';
import { largestSteamId } from './steam-id-layout';

/** True when `steamId` is a bigint in 0..2^64-1 (whatever the caller was handed: the argument checks ask it of unknown values). */
export const inSteamIdRange = (steamId: unknown): steamId is bigint => typeof steamId === 'bigint' && steamId >= 0n && steamId <= largestSteamId;

/** Why `steamId` is outside the range, for messages. */
export const outOfRangeReason = (steamId: bigint): string =>
  typeof steamId !== 'bigint' ? `expected a bigint, got ${typeof steamId}` : steamId < 0n ? 'is negative' : `is larger than 64 bits allow (${largestSteamId})`;

/** `steamId`, or a thrown InvalidArgument when it is not a bigint in 0..2^64-1. */
export const requireSteamIdRange = (steamId: bigint): bigint => {
  if (!inSteamIdRange(steamId)) throw new InvalidArgument('steamId', outOfRangeReason(steamId));
  return steamId;
};
