/** Byte-array members, trimmed to their used size; failures report the length, never the bytes. */
import * as t from 'io-ts';
import { failureMessage } from './failure-message';

/** A codec named `name` accepting a Uint8Array of at most `maximumLength` bytes. */
export const byteArrayCodec = (name: string, maximumLength: number): t.Type<Uint8Array, Uint8Array, unknown> => {
  const is = (value: unknown): value is Uint8Array => value instanceof Uint8Array && value.byteLength <= maximumLength;
  return new t.Type<Uint8Array, Uint8Array, unknown>(
    name,
    is,
    (value, context) =>
      is(value) ? t.success(value) : t.failure(value, context, failureMessage(context, `at most ${maximumLength} bytes`, value)),
    t.identity,
  );
};
