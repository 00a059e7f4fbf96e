/** uint64 members (Steam IDs, order ids, game ids) as bigint. */
import * as t from 'io-ts';
import { failureMessage } from './failure-message';

const maximum = (1n << 64n) - 1n;

/** A codec named `name` accepting a bigint in 0..2^64-1. */
export const uint64Codec = (name: string): t.Type<bigint, bigint, unknown> => {
  const is = (value: unknown): value is bigint => typeof value === 'bigint' && value >= 0n && value <= maximum;
  return new t.Type<bigint, bigint, unknown>(
    name,
    is,
    (value, context) => (is(value) ? t.success(value) : t.failure(value, context, failureMessage(context, 'a uint64 bigint', value))),
    t.identity,
  );
};

/** A Steam ID (CSteamID or a uint64 holding one) as a bigint. */
export const steamIdCodec = uint64Codec('SteamID');
