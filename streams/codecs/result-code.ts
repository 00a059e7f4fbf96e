/**
 * EResult members. EResult is open: it has gaps (4 is unused) and Valve adds codes with new Steam
 * clients, so a code this SDK does not know still decodes, as an UnknownEResult carrying the raw
 * number. Refusing it would drop a whole callback (a ticket validation, a connection failure)
 * because of a newer error code; the public API treats unknown codes as failures.
 */
import * as t from 'io-ts';
import type { EResult } from '../../native/enums';
import { failureMessage } from './failure-message';

/** The brand that keeps an UnknownEResult apart from a plain number. */
export interface UnknownEResultBrand {
  /** Type-level only: no value carries it. */
  readonly UnknownEResult: unique symbol;
}

/** An int32 result code that is not a member of this SDK's EResult (isEnumValue(EResult, code) is false). */
export type UnknownEResult = number & UnknownEResultBrand;

/** An EResult as Steam sent it: a member this SDK knows (one of the {@link Result} values), or an UnknownEResult. */
export type ResultCode = EResult | UnknownEResult;

// Any int32 is a result code: the known ones are EResult members, the rest UnknownEResult.
const is = (value: unknown): value is ResultCode =>
  typeof value === 'number' && Number.isInteger(value) && value >= -0x8000_0000 && value <= 0x7fff_ffff;

/** An EResult member: accepts any int32, since unknown codes decode as UnknownEResult. */
export const resultCodeCodec = new t.Type<ResultCode, number, unknown>(
  'EResult',
  is,
  (value, context) => (is(value) ? t.success(value) : t.failure(value, context, failureMessage(context, 'an int32 EResult', value))),
  (value) => value,
);
