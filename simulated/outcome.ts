/**
 * Success or failure as a tagged value, shaped exactly like fp-ts's Either (`_tag` 'Left' with
 * `left`, 'Right' with `right`), so it is one to every caller (isLeft, fold, the port's types)
 * while the simulated Steam itself depends on nothing but the port and rxjs.
 */

/** A failure carrying `left`. */
export interface Failure<E> {
  /** Always 'Left'. */
  readonly _tag: 'Left';
  /** The failure. */
  readonly left: E;
}

/** A success carrying `right`. */
export interface Success<A> {
  /** Always 'Right'. */
  readonly _tag: 'Right';
  /** The value. */
  readonly right: A;
}

/** Either a failure or a success; assignable to and from fp-ts's `Either<E, A>`. */
export type Outcome<E, A> = Failure<E> | Success<A>;

/** A failure (fp-ts's `left`). */
export const failed = <E, A = never>(value: E): Outcome<E, A> => ({ _tag: 'Left', left: value });

/** A success (fp-ts's `right`). */
export const succeeded = <A, E = never>(value: A): Outcome<E, A> => ({ _tag: 'Right', right: value });
