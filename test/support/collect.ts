/** Test helpers that subscribe and keep what a stream emits. */
import type { Observable } from 'rxjs';

/** Every value, whether the stream completed, and a way to unsubscribe. */
export const collect = <A>(source: Observable<A>): { values: A[]; completed: () => boolean; unsubscribe: () => void } => {
  const values: A[] = [];
  let done = false;
  const subscription = source.subscribe({ next: (value) => values.push(value), complete: () => (done = true) });
  return { values, completed: () => done, unsubscribe: () => subscription.unsubscribe() };
};

/** Just the values, for streams that never complete. */
export const collectValues = <A>(source: Observable<A>): A[] => {
  const seen: A[] = [];
  source.subscribe((value) => seen.push(value));
  return seen;
};
