/**
 * Guards port calls so a dead session throws NotInitialized (misuse, by the public-API convention)
 * instead of touching a library that was shut down, which could crash the process.
 */
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
