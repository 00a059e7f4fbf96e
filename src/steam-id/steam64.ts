import { left, right, type Either } from 'fp-ts/Either';
import { invalidSteamId, type InvalidSteamId } from './invalid-steam-id';
import { largestSteamId } from './steam-id-layout';
import { requireSteamIdRange } from './steam-id-range';

// 2^64 - 1 has 20 digits; capping the length keeps BigInt() from chewing on huge hostile input.
const steam64Pattern = /^[0-9]{1,20}$/;

const whyNotSteam64 = (text: string): string => {
  if (text === '') return 'is empty';
  if (text.trim() !== text) return 'has leading or trailing whitespace';
  if (/^-[0-9]+$/.test(text)) return 'is negative';
  if (/^[0-9]+$/.test(text)) return 'has more than 20 digits, so it does not fit in 64 bits';
  if (/^[+-]?[0-9]*\.[0-9]+$|^[+-]?[0-9]+(\.[0-9]*)?e[+-]?[0-9]+$/i.test(text)) return 'is not a whole decimal number';
  return 'is not a Steam64 decimal number, a Steam2 ID (STEAM_X:Y:Z) or a Steam3 ID ([U:1:123])';
};

/** Reads a Steam64 decimal string ("76561197960287930"). */
export const parseSteam64 = (text: string): Either<InvalidSteamId, bigint> => {
  if (!steam64Pattern.test(text)) return left(invalidSteamId(text, whyNotSteam64(text)));
  const steamId = BigInt(text);
  if (steamId > largestSteamId) return left(invalidSteamId(text, `is larger than 64 bits allow (${largestSteamId})`));
  return right(steamId);
};

/** Steam64 decimal text. Throws InvalidArgument for a bigint outside 0..2^64-1. */
export const formatSteam64 = (steamId: bigint): string => requireSteamIdRange(steamId).toString();
