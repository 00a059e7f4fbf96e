/**
 * A Steam call that answers later (SteamAPICall_t) as a cold Observable: subscribing makes the
 * call, the answer is matched on its handle, Steam's own result is then interpreted. Emits one
 * Either and completes; a shutdown while waiting answers Left(NotInitialized). From the call to
 * its end (the answer, the timeout, the shutdown or an unsubscribe) it holds the pump, so the
 * answer is seen as soon as Steam gives it.
 */
import { left, right, type Either } from 'fp-ts/Either';
import { defer, finalize, map, merge, of, take, type Observable } from 'rxjs';
import { EResult } from '../../native/enums';
import type { Pipe, RawCallback } from '../../native/steam-core';
import { callResult, type CallResultError } from '../../streams/call-result';
import type { SignalDecoder } from '../../streams/signal-decoder';
import { notInitialized, steamResultError, type NotInitialized, type SteamResultError } from '../errors';
import type { SessionState } from './session-state';

export interface SteamCallContext {
  readonly state: SessionState;
  readonly callbacks$: Observable<RawCallback>;
  readonly pipe: Pipe;
}

export const steamCall = <A, E, B>(
  context: SteamCallContext,
  start: () => bigint,
  decoder: SignalDecoder<A>,
  interpret: (payload: A) => Either<E, B>,
  timeoutMs?: number,
): Observable<Either<CallResultError | NotInitialized | E, B>> =>
  defer(() => {
    const { state } = context;
    if (!state.live) return of(left(notInitialized(state.name)));
    const apiCall = start();
    const answer$ = callResult(context.callbacks$, {
      pipe: context.pipe,
      apiCall,
      callbackId: decoder.callbackId,
      decode: decoder.decode,
      timeoutMs: timeoutMs ?? state.callResultTimeoutMs,
      scheduler: state.scheduler,
    }).pipe(map((result): Either<CallResultError | E, B> => (result._tag === 'Left' ? result : interpret(result.right))));
    const shutdown$ = state.shutdown$.pipe(map(() => left(notInitialized(state.name))));
    // Taken once the call is made and its answer listened for (nothing before can leave a hold
    // behind); finalize runs however the flow ends.
    const release = state.pump.await();
    return merge(answer$, shutdown$).pipe(take(1), finalize(release));
  });

/** Interprets a payload's EResult: the payload when OK, else a SteamResultError naming the call. */
export const okOr =
  (call: string) =>
  <P extends { readonly result: number }>(payload: P): Either<SteamResultError, P> =>
    payload.result === EResult.OK ? right(payload) : left(steamResultError(call, payload.result));
