import { isLeft, type Either } from 'fp-ts/Either';

/** The Right of a set-up step; a Left is a broken benchmark, so it throws with the error's message. */
export const rightOf = <E extends { readonly message: string }, A>(value: Either<E, A>): A => {
  if (isLeft(value)) throw new Error(`bench: ${value.left.message}`);
  return value.right;
};
