/**
 * A C `float` argument: a finite number a 32-bit float can hold. Shared by every interface that
 * passes floats to Steam (stats, networking configuration, ping data ages).
 */
import { InvalidArgument } from '../errors';
import { describeValue } from './describe-value';

/** A finite number a C float can hold (NaN, Infinity and values beyond ±3.4e38 are refused). */
export const finiteFloat = (argument: string, value: unknown): number => {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InvalidArgument(argument, `expected a finite number, got ${describeValue(value)}`);
  // Beyond float range is what C's conversion turns into ±Infinity: values up to FLT_MAX's rounding
  // midpoint (3.4028235e38, FLT_MAX as printed, included) become FLT_MAX.
  if (!Number.isFinite(Math.fround(value))) throw new InvalidArgument(argument, `${value} is beyond a 32-bit float's range`);
  return value;
};
