/**
 * Guards port calls so a dead session throws NotInitialized (misuse, by the public-API convention)
 * instead of touching a library that was shut down, which could crash the process.
 */
import { left, type Either } from 'fp-ts/Either';
import type { Subscriber } from 'rxjs';
import { NotInitialized } from '../errors';
import type { SessionState } from './session-state';

/** Throws NotInitialized unless the session is live. */
export const ensureLive = (state: SessionState): void => {
  if (!state.live) throw new NotInitialized(state.name);
};

/**
 * A no-argument query, guarded, answering a plain value: built once, so each call costs the
 * liveness check and the port call only (these are the SDK's hottest sync paths).
 */
export const liveQuery =
  <A>(state: SessionState, call: () => A) =>
  (): A => {
    if (!state.live) throw new NotInitialized(state.name);
    return call();
  };

/**
 * For a flow made while its session was live and subscribed after it shut down: that is a real
 * outcome, not misuse, so the subscriber gets Left(NotInitialized) and completes. Returns true when
 * it did (the flow must then start nothing).
 */
export const answeredDead = <A>(state: SessionState, subscriber: Subscriber<Either<NotInitialized, A>>): boolean => {
  if (state.live) return false;
  subscriber.next(left(new NotInitialized(state.name)));
  subscriber.complete();
  return true;
};
