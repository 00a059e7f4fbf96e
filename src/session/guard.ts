/**
 * Guards port calls so a dead session answers Left(NotInitialized) instead of touching a library
 * that was shut down (which could crash the process).
 */
import { left, right, type Either } from 'fp-ts/Either';
import { notInitialized, type NotInitialized } from '../errors';
import type { SessionState } from './session-state';

/**
 * A no-argument call, guarded: built once, so each call costs the liveness check and the port
 * call only (these are the SDK's hottest sync paths).
 */
export const liveQuery =
  <A>(state: SessionState, call: () => A) =>
  (): Either<NotInitialized, A> =>
    state.live ? right(call()) : left(notInitialized(state.name));
