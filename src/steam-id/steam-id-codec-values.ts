/**
 * The io-ts codecs of Steam IDs, loaded by steam-id-codecs.ts on their first use (this module
 * requires io-ts; the package entry must not).
 */
import { isRight } from 'fp-ts/Either';
import * as t from 'io-ts';
import { parseSteamId } from './parse-steam-id';
import { inSteamIdRange } from './steam-id-range';
import { formatSteam64 } from './steam64';


/** io-ts codec for a bigint Steam ID in 0..2^64-1. */
export const SteamId = new t.Type<bigint, bigint, unknown>(
  'SteamId',
  inSteamIdRange,
  (value, context) =>
    inSteamIdRange(value)
      ? t.success(value)
      : t.failure(value, context, typeof value === 'bigint' ? 'Steam ID must be a bigint from 0 to 2^64-1' : 'Steam ID must be a bigint'),
  t.identity,
);

/** io-ts codec reading Steam64, Steam2 or Steam3 text into a bigint; encodes back to Steam64 decimal text. */
export const SteamIdFromString = new t.Type<bigint, string, unknown>(
  'SteamIdFromString',
  inSteamIdRange,
  (value, context) => {
    if (typeof value !== 'string') return t.failure(value, context, 'Steam ID text must be a string');
    const parsed = parseSteamId(value);
    return isRight(parsed) ? t.success(parsed.right) : t.failure(value, context, parsed.left.message);
  },
  formatSteam64,
);
