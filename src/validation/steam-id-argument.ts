/**
 * Steam ID arguments: bigint, safe-integer number or any text form SteamId parses; anything else
 * throws an InvalidArgument naming the argument and the reason.
 */
import { InvalidArgument } from '../init-errors';
import { inSteamIdRange } from '../steam-id/steam-id-range';

/** The Steam ID `value` as a bigint, or a thrown InvalidArgument for `argument`. */
export const steamIdArgument = (argument: string, value: unknown): bigint => {
  // The common case, a bigint in range, needs no parser: toSteamId (with the Steam2/Steam3/Steam64
  // text parsers) is required for any other value, so a start that validates none never loads them.
  if (inSteamIdRange(value)) return value;
  const parsed = (require('../steam-id/to-steam-id') as typeof import('../steam-id/to-steam-id')).toSteamId(value);
  if (parsed._tag === 'Left') throw new InvalidArgument(argument, parsed.left.reason);
  return parsed.right;
};

/** An optional Steam ID: undefined, null and 0 mean "none" (the spec's default of 0). */
export const optionalSteamIdArgument = (argument: string, value: unknown): bigint | null => {
  if (value === undefined || value === null || value === 0 || value === 0n) return null;
  return steamIdArgument(argument, value);
};
