/**
 * The result of one asynchronous Steam call (a SteamAPICall_t), matched on its handle.
 *
 * Emits exactly one Either then completes. The match is on the handle (and pipe), never on "the
 * next message with that callback id", so results of other calls of the same kind, interleaved in
 * any order, are ignored. The Steam EResult inside the payload is not interpreted here: a Right
 * holds whatever Steam answered; the public API decides what a failed EResult means.
 *
 * Subscribe before the result can arrive (results arrive while the core pumps, so subscribing
 * right after making the call is enough). Unsubscribing drops the subscription to `callbacks$`
 * and the timer; a result arriving after a timeout or an unsubscribe is dropped.
 */
import { left, type Either } from 'fp-ts/Either';
import { asyncScheduler, defaultIfEmpty, filter, map, of, take, timeout, type Observable, type SchedulerLike } from 'rxjs';
import type { CallResultFault, CallResultMessage, Pipe, RawCallback } from '../native/steam-core';
import type { DecodeError, DecodeOrigin } from './decode-error';
import { SteamworksError } from './steamworks-error';

/** No result within timeoutMs. */
export class CallResultTimeout extends SteamworksError<'CallResultTimeout'> {
  constructor(
    /** The SteamAPICall_t waited for. */
    readonly apiCall: bigint,
    /** How long it was waited for. */
    readonly timeoutMs: number,
  ) {
    super('CallResultTimeout', `steamworks-rx: no result for API call ${apiCall} within ${timeoutMs} ms`);
  }
}

/** Steam flagged an I/O failure for the call, or the pipe closed before the result came. */
export class CallResultIoFailure extends SteamworksError<'CallResultIoFailure'> {
  constructor(
    /** The SteamAPICall_t that failed. */
    readonly apiCall: bigint,
    message: string,
  ) {
    super('CallResultIoFailure', message);
  }
}

/** The result came but its bytes did not decode. */
export class CallResultDecodeError extends SteamworksError<'CallResultDecodeError'> {
  constructor(
    /** The SteamAPICall_t whose result did not decode. */
    readonly apiCall: bigint,
    /** What the decoder said. */
    readonly decodeError: DecodeError,
  ) {
    super('CallResultDecodeError', decodeError.message);
  }
}

/** The result for this handle is of another struct than expected (ESteamAPICallFailure MismatchedCallback). */
export class CallResultMismatchedCallback extends SteamworksError<'CallResultMismatchedCallback'> {
  constructor(
    /** The SteamAPICall_t. */
    readonly apiCall: bigint,
    /** The callback id the caller expected. */
    readonly expectedCallbackId: number,
    /** The callback id Steam completed the call with. */
    readonly actualCallbackId: number,
  ) {
    super(
      'CallResultMismatchedCallback',
      `steamworks-rx: API call ${apiCall} completed with callback ${actualCallbackId}, expected ${expectedCallbackId}`,
    );
  }
}

/** The handle is k_uAPICallInvalid (0) or not a uint64: the call did not start, so no result will ever come. */
export class InvalidApiCall extends SteamworksError<'InvalidApiCall'> {
  constructor(message: string) {
    super('InvalidApiCall', message);
  }
}

/** Every way callResult() can fail, each a SteamworksError narrowed on its `_tag`. */
export type CallResultError =
  | CallResultTimeout
  | CallResultIoFailure
  | CallResultDecodeError
  | CallResultMismatchedCallback
  | InvalidApiCall;

/** What callResult() waits for and how it decodes it; spread a SignalDecoder in for `callbackId` and `decode`. */
export interface CallResultOptions<A> {
  /** The pipe the call was made on: the client's or the game server's. */
  readonly pipe: Pipe;
  /** The SteamAPICall_t the call returned. */
  readonly apiCall: bigint;
  /** The k_iCallback of the expected result struct. */
  readonly callbackId: number;
  /** Turns the result's bytes into the payload, or a DecodeError. */
  readonly decode: (bytes: Uint8Array, origin: DecodeOrigin) => Either<DecodeError, A>;
  /** Default 10 000; Infinity waits for ever. */
  readonly timeoutMs?: number;
  /** Default asyncScheduler; a TestScheduler in marble tests. */
  readonly scheduler?: SchedulerLike;
}

const maximumApiCall = (1n << 64n) - 1n;

/** Says why the call failed: Steam's own I/O-failure flag, or what the native core refused to pass on. */
const ioFailureMessage = (apiCall: bigint, fault: CallResultFault | undefined): string => {
  switch (fault?._tag) {
    case undefined:
      return `steamworks-rx: Steam reported an I/O failure for API call ${apiCall}`;
    case 'SizeMismatch':
      return `steamworks-rx: the result of API call ${apiCall} claims ${fault.claimed} bytes where its struct has ${fault.expected}; it was not read`;
    case 'AbsurdSize':
      return `steamworks-rx: the result of API call ${apiCall} claims ${fault.claimed} bytes, more than any Steam struct; it was not read`;
    case 'NotHandedOver':
      return `steamworks-rx: Steam did not hand over the result of API call ${apiCall} (GetAPICallResult failed)`;
  }
};

/**
 * The result of the asynchronous call `options.apiCall` on `options.pipe`, from the core's
 * `callbacks$`: one Either (the decoded payload, or a CallResultError), then completion. Throws a
 * RangeError only for a negative or NaN `timeoutMs`.
 */
export const callResult = <A>(
  callbacks$: Observable<RawCallback>,
  options: CallResultOptions<A>,
): Observable<Either<CallResultError, A>> => {
  const { pipe, apiCall, callbackId, decode } = options;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const scheduler = options.scheduler ?? asyncScheduler;
  // A NaN or negative timeout is a bug in the caller, not an outcome of the call.
  if (!(timeoutMs >= 0)) throw new RangeError(`steamworks-rx: callResult timeoutMs must be 0 or more, got ${timeoutMs}`);

  if (apiCall === 0n) {
    return of(left(new InvalidApiCall('steamworks-rx: the API call handle is k_uAPICallInvalid (0): the call did not start')));
  }
  if (apiCall < 0n || apiCall > maximumApiCall) {
    return of(left(new InvalidApiCall(`steamworks-rx: ${apiCall} is not a SteamAPICall_t (a uint64)`)));
  }

  const origin: DecodeOrigin = { pipe, kind: 'callResult' };

  const settle = (message: CallResultMessage): Either<CallResultError, A> => {
    if (message.ioFailure) return left(new CallResultIoFailure(apiCall, ioFailureMessage(apiCall, message.fault)));
    if (message.callbackId !== callbackId) {
      return left(new CallResultMismatchedCallback(apiCall, callbackId, message.callbackId));
    }
    const decoded = decode(message.bytes, origin);
    if (decoded._tag === 'Right') return decoded;
    return left(new CallResultDecodeError(apiCall, decoded.left));
  };

  const result$ = callbacks$.pipe(
    filter(
      (message): message is CallResultMessage => message.kind === 'callResult' && message.apiCall === apiCall && message.pipe === pipe,
    ),
    take(1),
    map(settle),
    // The error is made only when the pipe really closed first: an Error per call would cost a stack capture.
    defaultIfEmpty(undefined),
    map((settled): Either<CallResultError, A> => settled ?? left(new CallResultIoFailure(apiCall, `steamworks-rx: the ${pipe} pipe closed before API call ${apiCall} completed`))),
  );
  if (!Number.isFinite(timeoutMs)) return result$;
  return result$.pipe(
    timeout({
      first: timeoutMs,
      scheduler,
      with: () => of(left(new CallResultTimeout(apiCall, timeoutMs))),
    }),
  );
};
