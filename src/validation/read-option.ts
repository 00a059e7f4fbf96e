/**
 * Reads one property of a caller's object without letting its code escape: a throwing getter, a
 * revoked Proxy or a throwing trap becomes an InvalidArgument naming the property, never a raw
 * TypeError in the caller's stack or on an Observable's error channel.
 */
import { InvalidArgument } from '../init-errors';

/** `object[key]`, or a thrown InvalidArgument for `argument` when reading it throws. */
export const readProperty = (argument: string, object: object, key: string): unknown => {
  try {
    return (object as Record<string, unknown>)[key];
  } catch {
    throw unreadable(argument);
  }
};

/**
 * An options argument: undefined means no options; anything else must be a plain readable object.
 * Returns the object, or undefined when absent.
 */
export const optionsObject = (argument: string, value: unknown): object | undefined => {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object') throw new InvalidArgument(argument, `expected an object, got ${value === null ? 'null' : typeof value}`);
  return value;
};

/** The InvalidArgument readProperty throws when reading `argument` threw, for checks that read members inline. */
export const unreadable = (argument: string): InvalidArgument => new InvalidArgument(argument, 'could not be read (its getter or Proxy threw)');
