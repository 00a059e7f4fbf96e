/** Why a value could not be read as a Steam ID. `input` is the offending value as text (long text is cut). */
export interface InvalidSteamId {
  readonly _tag: 'InvalidSteamId';
  readonly input: string;
  readonly reason: string;
  readonly message: string;
}

// Network input can be arbitrarily long; errors should not carry (or log) megabytes of it.
const longestInputKept = 100;

export const invalidSteamId = (input: string, reason: string): InvalidSteamId => {
  const kept = input.length > longestInputKept ? `${input.slice(0, longestInputKept)}…` : input;
  return { _tag: 'InvalidSteamId', input: kept, reason, message: `Invalid Steam ID ${JSON.stringify(kept)}: ${reason}` };
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
      return Array.isArray(value) ? 'an array' : 'an object';
  }
};
