/**
 * One line that says what a value is, for the messages of the test helpers: an error by its
 * `_tag` and message, anything else as JSON where bigints print as `123n` and byte arrays by
 * their length (ticket bytes say nothing to a reader, and can be secrets).
 */

const MAX_LENGTH = 300;

const replacer = (_key: string, value: unknown): unknown => {
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Uint8Array) return `<${value.byteLength} bytes>`;
  return value;
};

const describeError = (error: Error): string => {
  const tag = (error as { readonly _tag?: unknown })._tag;
  return `${typeof tag === 'string' ? tag : error.name}: ${error.message}`;
};

const clip = (text: string): string => (text.length <= MAX_LENGTH ? text : `${text.slice(0, MAX_LENGTH)}…`);

/** Describes `value` in one line of at most a few hundred characters. */
export const describeOutcome = (value: unknown): string => {
  if (value instanceof Error) return clip(describeError(value));
  try {
    return clip(JSON.stringify(value, replacer) ?? String(value));
  } catch {
    // A cycle: say what it is rather than fail while reporting a failure.
    return clip(Object.prototype.toString.call(value));
  }
};
