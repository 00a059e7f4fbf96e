/**
 * Wraps port calls so a dead session answers Left(NotInitialized) instead of touching a library
 * that was shut down (which could crash the process).
 */
import { left, right, type Either } from 'fp-ts/Either';
import { notInitialized, type NotInitialized } from '../errors';
import type { SessionState } from './session-state';

/** `call()` when live, else Left(NotInitialized). */
export const whenLive = <A>(state: SessionState, call: () => A): Either<NotInitialized, A> =>
  state.live ? right(call()) : left(notInitialized(state.name));

/** Like whenLive for calls that already return an Either. */
export const chainLive = <E, A>(state: SessionState, call: () => Either<E, A>): Either<E | NotInitialized, A> =>
  state.live ? call() : left(notInitialized(state.name));
