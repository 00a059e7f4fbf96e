/**
 * Argument checks of the stats namespaces (client.stats and server.stats): names within Steam's
 * limits, 32-bit floats that are finite (Steam would store NaN or Infinity as they are, and a stat
 * that is NaN never compares again), leaderboard details within k_cLeaderboardDetailsMax.
 */
import { InvalidArgument } from '../errors';
import { cString } from '../validation/arguments';
import { describeValue } from '../validation/describe-value';
import { unreadable } from '../validation/read-option';

export { finiteFloat } from '../validation/float-argument';

/** k_cchStatNameMax: a stat or achievement API name, terminator included. */
export const STAT_NAME_BYTES = 128;
/** k_cchLeaderboardNameMax: a leaderboard name, terminator included. */
export const LEADERBOARD_NAME_BYTES = 128;
/** k_cLeaderboardDetailsMax: the most details a leaderboard entry holds. */
export const LEADERBOARD_DETAILS_MAX = 64;
/**
 * Runs a check over a caller's object, turning anything its code throws (a getter, a revoked
 * Proxy's trap, an iterator) into an InvalidArgument for `argument`; InvalidArguments pass as they are.
 */
export const guarded = <T>(argument: string, check: () => T): T => {
  try {
    return check();
  } catch (error) {
    if (error instanceof InvalidArgument) throw error;
    throw unreadable(argument);
  }
};

/** A stat or achievement API name: a C string of at most 127 bytes, not empty. */
export const statName = (argument: string, value: unknown): string => {
  const name = cString(argument, value, STAT_NAME_BYTES);
  if (name === '') throw new InvalidArgument(argument, 'is empty');
  return name;
};

/** A leaderboard name: a C string of at most 127 bytes, not empty. */
export const leaderboardName = (value: unknown): string => {
  const name = cString('name', value, LEADERBOARD_NAME_BYTES);
  if (name === '') throw new InvalidArgument('name', 'is empty');
  return name;
};

/** A finite double above 0 (UpdateAvgRateStat divides by the session length). */
export const positiveDuration = (argument: string, value: unknown): number => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new InvalidArgument(argument, `expected a finite number of seconds above 0, got ${describeValue(value)}`);
  return value;
};

/**
 * Leaderboard details: an Int32Array or an array of int32s, at most k_cLeaderboardDetailsMax (64),
 * copied (the copy is what Steam reads, whatever the caller does with its array later).
 */
export const leaderboardDetails = (value: unknown): Int32Array => guarded('details', () => detailsOf(value));

const detailsOf = (value: unknown): Int32Array => {
  if (value === undefined) return new Int32Array(0);
  if (value instanceof Int32Array) {
    // The TypedArray constructor copies by the internal length, not a faked `length` property.
    const copy = new Int32Array(value);
    if (copy.length > LEADERBOARD_DETAILS_MAX) throw new InvalidArgument('details', `${copy.length} details, more than k_cLeaderboardDetailsMax (${LEADERBOARD_DETAILS_MAX})`);
    return copy;
  }
  if (!Array.isArray(value)) throw new InvalidArgument('details', `expected an Int32Array or an array of int32, got ${describeValue(value)}`);
  const items: readonly unknown[] = value;
  if (items.length > LEADERBOARD_DETAILS_MAX) throw new InvalidArgument('details', `${items.length} details, more than k_cLeaderboardDetailsMax (${LEADERBOARD_DETAILS_MAX})`);
  const copy = new Int32Array(items.length);
  items.forEach((item, index) => {
    if (typeof item !== 'number' || !Number.isInteger(item) || item < -0x80000000 || item > 0x7fffffff) {
      throw new InvalidArgument(`details[${index}]`, `expected an int32, got ${describeValue(item)}`);
    }
    copy[index] = item;
  });
  return copy;
};
