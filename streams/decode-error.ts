/**
 * The error a signal decoder returns for bytes it cannot turn into a payload. It names where the
 * bytes came from and why they failed, and never carries or prints the bytes themselves: callback
 * structs hold secrets (auth tickets, store auth URLs).
 */
import type { Pipe } from '../native/steam-core';
import { SteamworksError } from './steamworks-error';

/** Where the bytes being decoded came from: a plain callback or the payload of a call result. */
export interface DecodeOrigin {
  /** The pipe the bytes came on. */
  readonly pipe: Pipe;
  /** Whether the bytes came as a plain callback or as a call result's payload. */
  readonly kind: 'callback' | 'callResult';
}

/** Bytes of a callback or call result that did not decode; never carries the bytes themselves. */
export class DecodeError extends SteamworksError<'DecodeError'> {
  constructor(
    /** The pipe the bytes came on. */
    readonly pipe: Pipe,
    /** The k_iCallback of the struct. */
    readonly callbackId: number,
    /** The C struct name, e.g. ValidateAuthTicketResponse_t. */
    readonly struct: string,
    /** Whether the bytes came as a plain callback or as a call result's payload. */
    readonly kind: 'callback' | 'callResult',
    /** ShortBuffer: fewer bytes than the platform's struct size. InvalidPayload: the codec refused a member. */
    readonly reason: 'ShortBuffer' | 'InvalidPayload',
    /** What was wrong, member by member (io-ts PathReporter lines joined with "; "); no byte contents. */
    readonly report: string,
    message: string,
  ) {
    super('DecodeError', message);
  }
}

const describeOrigin = (struct: string, callbackId: number, origin: DecodeOrigin): string =>
  `${struct} (${origin.kind === 'callback' ? 'callback' : 'call result'} ${callbackId} on the ${origin.pipe} pipe)`;

/** The DecodeError for bytes shorter than the platform's struct size (`expected`), giving the sizes only. */
export const shortBufferError = (
  origin: DecodeOrigin,
  callbackId: number,
  struct: string,
  expected: number,
  actual: number,
): DecodeError => {
  const report = `expected at least ${expected} bytes, got ${actual}`;
  const message = `steamworks-rx: ${describeOrigin(struct, callbackId, origin)} is too short to decode: ${report}`;
  return new DecodeError(origin.pipe, callbackId, struct, origin.kind, 'ShortBuffer', report, message);
};

/** The DecodeError for a payload the codec refused; `report` says which members failed, without their contents. */
export const invalidPayloadError = (origin: DecodeOrigin, callbackId: number, struct: string, report: string): DecodeError =>
  new DecodeError(
    origin.pipe,
    callbackId,
    struct,
    origin.kind,
    'InvalidPayload',
    report,
    `steamworks-rx: ${describeOrigin(struct, callbackId, origin)} holds an invalid payload: ${report}`,
  );
