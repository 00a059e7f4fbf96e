import { SteamworksError } from '../../streams/steamworks-error';

/** Why a value could not be read as a Steam ID. */
export class InvalidSteamId extends SteamworksError<'InvalidSteamId'> {
  constructor(
    /** The offending value as text (long text is cut). */
    readonly input: string,
    /** What is wrong with it. */
    readonly reason: string,
  ) {
    super('InvalidSteamId', `Invalid Steam ID ${JSON.stringify(input)}: ${reason}`);
  }
}

// Network input can be arbitrarily long; errors should not carry (or log) megabytes of it.
const longestInputKept = 100;

export const invalidSteamId = (input: string, reason: string): InvalidSteamId => {
  const kept = input.length > longestInputKept ? `${input.slice(0, longestInputKept)}…` : input;
  return new InvalidSteamId(kept, reason);
};

/** Renders any value for an error without calling its own toString (which could throw or lie). */
export const describeSteamIdInput = (value: unknown): string => {
  switch (typeof value) {
    case 'string':
      return value;
    case 'bigint':
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      try {
        return Array.isArray(value) ? 'an array' : 'an object';
      } catch {
        // Array.isArray throws for a revoked Proxy.
        return 'a revoked Proxy';
      }
  }
};
