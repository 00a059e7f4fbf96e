/**
 * Closed enums (EAuthSessionResponse, EDenyReason, EFailureType, the duration-control enums): a
 * value outside the ABI's members is an invalid payload, since the code acting on it would have to
 * guess what it means.
 */
import * as t from 'io-ts';
import { isEnumValue } from '../../native/enums';
import { failureMessage } from './failure-message';

/** A codec named `name` accepting only the values of `enumeration`'s members. */
export const enumMemberCodec = <E extends Readonly<Record<string, number>>>(
  enumeration: E,
  name: string,
): t.Type<E[keyof E], number, unknown> => {
  const is = (value: unknown): value is E[keyof E] => typeof value === 'number' && isEnumValue(enumeration, value);
  return new t.Type<E[keyof E], number, unknown>(
    name,
    is,
    (value, context) => (is(value) ? t.success(value) : t.failure(value, context, failureMessage(context, `a member of ${name}`, value))),
    (value) => value,
  );
};
