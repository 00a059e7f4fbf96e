/**
 * What a signal is: the C struct it arrives as, the io-ts codec that is the single source of truth
 * of its payload's shape, and how the struct's raw members map onto the payload's keys.
 */
import type * as t from 'io-ts';
import type { RawStruct } from '../native/struct-bytes';

/**
 * The part of an io-ts codec a decoder uses. Codecs used here must not transform (decode returns
 * its input): the decoder validates with `is` and keeps the candidate, and only runs `decode` on
 * failure, for the report.
 */
export interface PayloadCodec<P> extends t.Decoder<unknown, P> {
  /** Whether a candidate is a valid payload: the decoder's lean path. */
  readonly is: t.Is<P>;
}

/** The payload's keys with not-yet-validated values, as mapped from raw members. */
export type Candidate<P> = { readonly [K in keyof P]: unknown };

/** One signal: its C struct, the codec of its payload `P`, and the mapping from raw members to `P`. */
export interface SignalDefinition<P> {
  /** The struct name in native/struct-layouts.ts; its layout gives the callback id and the members' places. */
  readonly struct: string;
  /** Validates the payload; its `t.TypeOf` is `P`. */
  readonly codec: PayloadCodec<P>;
  /** Renames and converts raw members (no checks: the codec validates the result). */
  readonly fromRaw: (raw: RawStruct) => Candidate<P>;
}

/** The payload type of a SignalDefinition. */
export type PayloadOf<D> = D extends SignalDefinition<infer P> ? P : never;
