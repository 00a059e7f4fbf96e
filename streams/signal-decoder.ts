/**
 * bytes -> Either<DecodeError, Payload> for one signal on one platform: readStruct by the
 * platform's layout (short buffer -> DecodeError), map members to the payload, validate with the
 * codec. Never throws for any bytes.
 */
import { left, right, type Either } from 'fp-ts/Either';
import type * as pathReporter from 'io-ts/PathReporter';
import type { Platform } from '../native/steam-core';
import { isShortBuffer, readStruct } from '../native/struct-bytes';
import { layoutOf, layoutsFor } from '../native/struct-layouts';
import { invalidPayloadError, shortBufferError, type DecodeError, type DecodeOrigin } from './decode-error';
import type { SignalDefinition } from './signal-definition';

/** Decodes one struct's bytes; `origin` only labels a DecodeError. */
export type Decoder<P> = (bytes: Uint8Array, origin: DecodeOrigin) => Either<DecodeError, P>;

/** A signal's decoder with the ids it answers to (spread it into callResult's options). */
export interface SignalDecoder<P> {
  /** The C struct name, e.g. ValidateAuthTicketResponse_t. */
  readonly struct: string;
  /** The struct's k_iCallback. */
  readonly callbackId: number;
  /** Turns the struct's bytes into the payload, or a DecodeError; never throws. */
  readonly decode: Decoder<P>;
}

/**
 * The k_iCallback of `struct` on `platform`'s layout table. Throws if the struct has no layout or
 * is not a callback struct: a bug in a signal definition, found when its stream is made.
 */
export const callbackIdOf = (struct: string, platform: Platform): number => {
  const table = layoutsFor(platform);
  // Read from the declarations: making a stream builds no layout (its decoder, on first use, does).
  if (!table.hasStruct(struct)) throw new Error(`steamworks-rx: no struct layout named ${struct}`);
  const callbackId = table.structCallbackId(struct);
  if (callbackId === undefined) throw new Error(`steamworks-rx: ${struct} is not a callback struct`);
  return callbackId;
};

/**
 * The decoder of one signal on one platform's struct layout. Throws if `definition.struct` has no
 * layout or is not a callback struct: a bug in the definition, found when it is built.
 */
export const signalDecoder = <P>(definition: SignalDefinition<P>, platform: Platform): SignalDecoder<P> => {
  const layout = layoutOf(layoutsFor(platform), definition.struct);
  const callbackId = callbackIdOf(definition.struct, platform);
  const { codec, fromRaw } = definition;
  const decode: Decoder<P> = (bytes, origin) => {
    const raw = readStruct(layout, bytes);
    if (isShortBuffer(raw)) return left(shortBufferError(origin, callbackId, layout.name, raw.expected, raw.actual));
    const candidate = fromRaw(raw);
    // `is` is the lean path; the io-ts decode runs only to explain a failure.
    if (codec.is(candidate)) return right(candidate);
    // Required only here: the package entry does not load io-ts.
    const { PathReporter } = require('io-ts/PathReporter') as typeof pathReporter;
    return left(invalidPayloadError(origin, callbackId, layout.name, PathReporter.report(codec.decode(candidate)).join('; ')));
  };
  return { struct: layout.name, callbackId, decode };
};
