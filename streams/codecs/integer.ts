/** Integer codecs with the C type's range (members are read as these; the codec states the shape). */
import * as t from 'io-ts';
import { failureMessage } from './failure-message';

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

export const uint8Codec = integerCodec('uint8', 0, 0xff);
export const uint16Codec = integerCodec('uint16', 0, 0xffff);
export const int32Codec = integerCodec('int32', -0x8000_0000, 0x7fff_ffff);
export const uint32Codec = integerCodec('uint32', 0, 0xffff_ffff);
