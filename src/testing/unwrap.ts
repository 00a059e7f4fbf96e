/**
 * unwrapRight / unwrapLeft: take the side of an Either a test expects, or throw an Error that
 * says what came instead, so a failing test reads "expected Right, got Left AuthSessionRejected:
 * …" rather than "cannot read properties of undefined".
 */
import { isLeft, type Either } from 'fp-ts/Either';
import { describeOutcome } from './describe-outcome';

/**
 * The Right of `either`; throws an Error naming the Left when it is one.
 *
 * @param either - the outcome a test expects to have succeeded.
 * @param what - what the value is, for the message (`'alice's ticket'`); optional.
 * @throws Error when `either` is a Left: "expected Right (what), got Left <tag>: <message>".
 * @example
 * ```ts
 * import { steamInit } from 'steamworks-rx';
 * import { unwrapRight } from 'steamworks-rx/testing';
 *
 * const client = unwrapRight(steamInit({ backend: 'simulated' }), 'the client');
 * console.log(client.getSteamID());
 * client.shutdown();
 * ```
 */
export const unwrapRight = <E, A>(either: Either<E, A>, what?: string): A => {
  if (isLeft(either)) throw new Error(`expected Right${what === undefined ? '' : ` (${what})`}, got Left ${describeOutcome(either.left)}`);
  return either.right;
};

/**
 * The Left of `either`; throws an Error naming the Right when it is one.
 *
 * @param either - the outcome a test expects to have failed.
 * @param what - what the value is, for the message; optional.
 * @throws Error when `either` is a Right: "expected Left (what), got Right <value>".
 * @example
 * ```ts
 * import { left } from 'steamworks-rx';
 * import { unwrapLeft } from 'steamworks-rx/testing';
 *
 * const reason = unwrapLeft(left<string, number>('refused'));
 * console.log(reason); // refused
 * ```
 */
export const unwrapLeft = <E, A>(either: Either<E, A>, what?: string): E => {
  if (!isLeft(either)) throw new Error(`expected Left${what === undefined ? '' : ` (${what})`}, got Right ${describeOutcome(either.right)}`);
  return either.left;
};
