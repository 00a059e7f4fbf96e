/** Integer codecs with the C type's range (members are read as these; the codec states the shape). */
import * as t from 'io-ts';
import { failureMessage } from './failure-message';

/** A codec named `name` accepting integers from `minimum` to `maximum`, both included. */
export const integerCodec = (name: string, minimum: number, maximum: number): t.Type<number, number, unknown> => {
  const is = (value: unknown): value is number =>
    typeof value === 'number' && Number.isInteger(value) && value >= minimum && value <= maximum;
  return new t.Type<number, number, unknown>(
    name,
    is,
    (value, context) =>
      is(value) ? t.success(value) : t.failure(value, context, failureMessage(context, `an integer in ${minimum}..${maximum}`, value)),
    t.identity,
  );
};

/** A C uint8: an integer in 0..255. */
export const uint8Codec = integerCodec('uint8', 0, 0xff);
/** A C uint16: an integer in 0..65535. */
export const uint16Codec = integerCodec('uint16', 0, 0xffff);
/** A C int32: an integer in -2147483648..2147483647. */
export const int32Codec = integerCodec('int32', -0x8000_0000, 0x7fff_ffff);
/** A C uint32: an integer in 0..4294967295. */
export const uint32Codec = integerCodec('uint32', 0, 0xffff_ffff);
