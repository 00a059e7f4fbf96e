/**
 * Failure text for the leaf codecs. io-ts's PathReporter prints a failing value with JSON.stringify,
 * which throws on bigint and would print byte arrays (tickets) in full; every leaf codec here gives
 * its own message instead, describing the value without its contents when it could be a secret.
 */
import type * as t from 'io-ts';

const describeValue = (value: unknown): string => {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  // Strings (URLs with tokens) and byte arrays (tickets) are described by size only.
  if (typeof value === 'string') return `a string of ${value.length} characters`;
  if (value instanceof Uint8Array) return `${value.byteLength} bytes`;
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  return `a value of type ${typeof value}`;
};

/** "Payload.member.inner: expected <expectation>, got <value>". */
export const failureMessage = (context: t.Context, expectation: string, value: unknown): string => {
  const root = context[0]?.type.name ?? 'value';
  const path = context
    .slice(1)
    .map((entry) => entry.key)
    .filter((key) => key !== '')
    .join('.');
  return `${path === '' ? root : `${root}.${path}`}: expected ${expectation}, got ${describeValue(value)}`;
};
