/** bool members (and uint8/uint16 members Valve uses as flags, mapped to boolean before validation). */
import * as t from 'io-ts';
import { failureMessage } from './failure-message';

const is = (value: unknown): value is boolean => typeof value === 'boolean';

/** A boolean member: accepts only `true` and `false`. */
export const booleanCodec = new t.Type<boolean, boolean, unknown>(
  'boolean',
  is,
  (value, context) => (is(value) ? t.success(value) : t.failure(value, context, failureMessage(context, 'a boolean', value))),
  t.identity,
);
