/**
 * A stream of a client or server, scoped to its session: it completes when the session shuts
 * down, and subscribed after shutdown it completes at once. On Valve's library the core (and its
 * one callback source) outlives every session, so without this a shut-down client's subscribers
 * would live on and receive the next session's callbacks.
 */
import { Observable } from 'rxjs';
import type { SessionState } from './session-state';

/** `source$`, completed at the shutdown of `state`'s session. */
export const untilShutdown = <A>(state: SessionState, source$: Observable<A>): Observable<A> =>
  new Observable<A>((subscriber) => {
    if (!state.live) {
      subscriber.complete();
      return undefined;
    }
    const forgetShutdown = state.whenShutdown(() => subscriber.complete());
    const subscription = source$.subscribe(subscriber);
    return () => {
      forgetShutdown();
      subscription.unsubscribe();
    };
  });

/** Every stream of `streams` scoped with untilShutdown; other members unchanged. */
export const streamsUntilShutdown = <Streams extends object>(state: SessionState, streams: Streams): Streams => {
  const scoped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(streams)) scoped[key] = value instanceof Observable ? untilShutdown(state, value) : value;
  return scoped as Streams;
};
