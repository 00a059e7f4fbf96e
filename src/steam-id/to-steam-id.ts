import { left, right, type Either } from 'fp-ts/Either';
import { describeSteamIdInput, invalidSteamId, type InvalidSteamId } from './invalid-steam-id';
import { parseSteamId } from './parse-steam-id';
import { largestSteamId } from './steam-id-layout';

const fromNumber = (value: number): Either<InvalidSteamId, bigint> => {
  if (Number.isSafeInteger(value)) return value >= 0 ? right(BigInt(value)) : left(invalidSteamId(String(value), 'is negative'));
  if (Number.isNaN(value)) return left(invalidSteamId('NaN', 'is NaN, not a number'));
  if (!Number.isFinite(value)) return left(invalidSteamId(String(value), 'is not finite'));
  if (!Number.isInteger(value)) return left(invalidSteamId(String(value), 'is not a whole number'));
  return left(
    invalidSteamId(
      String(value),
      value < 0 ? 'is negative' : 'is above Number.MAX_SAFE_INTEGER, so it may already have lost digits; pass Steam IDs as bigint or string',
    ),
  );
};

/**
 * Checks any value is a Steam ID and returns it as a bigint: a bigint in 0..2^64-1, a non-negative safe
 * integer number, or Steam64 / Steam2 / Steam3 text. This checks the representation only; use isValid
 * for Valve's notion of a valid account.
 */
export const toSteamId = (value: unknown): Either<InvalidSteamId, bigint> => {
  // Fast path first: the public API calls this on every Steam ID argument, almost always a bigint.
  if (typeof value === 'bigint') {
    if (value >= 0n && value <= largestSteamId) return right(value);
    return left(invalidSteamId(value.toString(), value < 0n ? 'is negative' : `is larger than 64 bits allow (${largestSteamId})`));
  }
  if (typeof value === 'number') return fromNumber(value);
  if (typeof value === 'string') return parseSteamId(value);
  return left(invalidSteamId(describeSteamIdInput(value), `expected a bigint, a safe integer number or Steam ID text, got ${describeSteamIdInput(value)}`));
};
