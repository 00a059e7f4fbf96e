/**
 * The error a signal decoder returns for bytes it cannot turn into a payload. It names where the
 * bytes came from and why they failed, and never carries or prints the bytes themselves: callback
 * structs hold secrets (auth tickets, store auth URLs).
 */
import type { Pipe } from '../native/steam-core';

/** Where the bytes being decoded came from: a plain callback or the payload of a call result. */
export interface DecodeOrigin {
  readonly pipe: Pipe;
  readonly kind: 'callback' | 'callResult';
}

export interface DecodeError {
  readonly _tag: 'DecodeError';
  readonly pipe: Pipe;
  readonly callbackId: number;
  /** The C struct name, e.g. ValidateAuthTicketResponse_t. */
  readonly struct: string;
  readonly kind: 'callback' | 'callResult';
  /** ShortBuffer: fewer bytes than the platform's struct size. InvalidPayload: the codec refused a member. */
  readonly reason: 'ShortBuffer' | 'InvalidPayload';
  /** What was wrong, member by member (io-ts PathReporter lines joined with "; "); no byte contents. */
  readonly report: string;
  readonly message: string;
}

const describeOrigin = (struct: string, callbackId: number, origin: DecodeOrigin): string =>
  `${struct} (${origin.kind === 'callback' ? 'callback' : 'call result'} ${callbackId} on the ${origin.pipe} pipe)`;

export const shortBufferError = (
  origin: DecodeOrigin,
  callbackId: number,
  struct: string,
  expected: number,
  actual: number,
): DecodeError => {
  const report = `expected at least ${expected} bytes, got ${actual}`;
  return {
    _tag: 'DecodeError',
    pipe: origin.pipe,
    callbackId,
    struct,
    kind: origin.kind,
    reason: 'ShortBuffer',
    report,
    message: `steamworks-rx: ${describeOrigin(struct, callbackId, origin)} is too short to decode: ${report}`,
  };
};

export const invalidPayloadError = (origin: DecodeOrigin, callbackId: number, struct: string, report: string): DecodeError => ({
  _tag: 'DecodeError',
  pipe: origin.pipe,
  callbackId,
  struct,
  kind: origin.kind,
  reason: 'InvalidPayload',
  report,
  message: `steamworks-rx: ${describeOrigin(struct, callbackId, origin)} holds an invalid payload: ${report}`,
});
