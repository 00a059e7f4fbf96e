/**
 * Steam ID arguments: bigint, safe-integer number or any text form SteamId parses; anything else
 * is an InvalidArgument naming the argument and the reason.
 */
import { left, right, type Either } from 'fp-ts/Either';
import { invalidArgument, type InvalidArgument } from '../errors';
import { toSteamId } from '../steam-id';

export const steamIdArgument = (argument: string, value: unknown): Either<InvalidArgument, bigint> => {
  // toSteamId takes the common case, a bigint in range, before any parsing.
  const parsed = toSteamId(value);
  return parsed._tag === 'Right' ? parsed : left(invalidArgument(argument, parsed.left.reason));
};

/** An optional Steam ID: undefined, null and 0 mean "none" (the spec's default of 0). */
export const optionalSteamIdArgument = (argument: string, value: unknown): Either<InvalidArgument, bigint | null> => {
  if (value === undefined || value === null || value === 0 || value === 0n) return right(null);
  return steamIdArgument(argument, value);
};
