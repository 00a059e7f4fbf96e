/** C string members, already cut at their NUL by readStruct. */
import * as t from 'io-ts';
import { failureMessage } from './failure-message';

const is = (value: unknown): value is string => typeof value === 'string';

/** A C string member: accepts any string. */
export const textCodec = new t.Type<string, string, unknown>(
  'string',
  is,
  (value, context) => (is(value) ? t.success(value) : t.failure(value, context, failureMessage(context, 'a string', value))),
  t.identity,
);
