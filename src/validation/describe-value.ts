/**
 * Names a value for an error message without running any of its code: no getters, no toString,
 * no Proxy traps. Arguments come from game code and from the network, and an error message must
 * never throw or lie.
 */
import { plainBytesOf } from '../../native/typed-array-intrinsics';

export const describeValue = (value: unknown): string => {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'bigint':
      return `${value}n`;
    case 'number':
    case 'boolean':
      return String(value);
    case 'string':
      return `a string of ${value.length} characters`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default: {
      const bytes = plainBytesOf(value);
      if (bytes !== undefined) return `${bytes.byteLength} bytes`;
      try {
        return Array.isArray(value) ? 'an array' : 'an object';
      } catch {
        return 'a revoked Proxy';
      }
    }
  }
};
