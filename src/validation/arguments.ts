/**
 * Argument checks shared by every public function: each returns the value in the form the port
 * takes, or an InvalidArgument saying what was wrong. Values come from game code and from the
 * network, so nothing is assumed about their type.
 */
import { left, right, type Either } from 'fp-ts/Either';
import { invalidArgument, type InvalidArgument } from '../errors';

export type Checked<A> = Either<InvalidArgument, A>;

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `a string of ${value.length} characters`;
  if (value instanceof Uint8Array) return `${value.byteLength} bytes`;
  return typeof value;
};

/** An integer in [min, max] given as a number (safe integer) or a bigint that fits. */
export const integerIn = (argument: string, value: unknown, min: number, max: number): Checked<number> => {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return left(invalidArgument(argument, `expected an integer, got ${describe(value)}`));
    if (value < min || value > max) return left(invalidArgument(argument, `${value} is outside ${min}..${max}`));
    return right(value);
  }
  if (typeof value === 'bigint') {
    if (value < BigInt(min) || value > BigInt(max)) return left(invalidArgument(argument, `${value} is outside ${min}..${max}`));
    return right(Number(value));
  }
  return left(invalidArgument(argument, `expected an integer in ${min}..${max}, got ${describe(value)}`));
};

export const UINT16_MAX = 0xffff;
export const UINT32_MAX = 0xffffffff;
export const INT32_MAX = 0x7fffffff;
export const INT32_MIN = -0x80000000;

export const port = (argument: string, value: unknown): Checked<number> => integerIn(argument, value, 0, UINT16_MAX);
export const uint32 = (argument: string, value: unknown): Checked<number> => integerIn(argument, value, 0, UINT32_MAX);
export const int32 = (argument: string, value: unknown): Checked<number> => integerIn(argument, value, INT32_MIN, INT32_MAX);

export const boolean = (argument: string, value: unknown): Checked<boolean> =>
  typeof value === 'boolean' ? right(value) : left(invalidArgument(argument, `expected a boolean, got ${describe(value)}`));

/**
 * A C string argument: a string with no NUL (C would cut it there silently) and at most
 * `maxBytes` bytes of UTF-8 including the terminator, when Steam documents a limit.
 */
export const cString = (argument: string, value: unknown, maxBytes?: number): Checked<string> => {
  if (typeof value !== 'string') return left(invalidArgument(argument, `expected a string, got ${describe(value)}`));
  if (value.includes('\0')) return left(invalidArgument(argument, 'contains a NUL character'));
  if (maxBytes !== undefined && Buffer.byteLength(value, 'utf8') + 1 > maxBytes) {
    return left(invalidArgument(argument, `longer than Steam's limit of ${maxBytes - 1} bytes`));
  }
  return right(value);
};

/** Bytes from the caller: a Uint8Array (Buffer included) of 1..maxBytes bytes. */
export const bytes = (argument: string, value: unknown, maxBytes: number, minBytes = 1): Checked<Uint8Array> => {
  if (!(value instanceof Uint8Array)) return left(invalidArgument(argument, `expected a Uint8Array, got ${describe(value)}`));
  if (value.byteLength < minBytes) {
    return left(invalidArgument(argument, minBytes === 1 ? 'is empty' : `is ${value.byteLength} bytes, at least ${minBytes} needed`));
  }
  if (value.byteLength > maxBytes) return left(invalidArgument(argument, `is ${value.byteLength} bytes, more than the ${maxBytes} allowed`));
  return right(value);
};

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/**
 * An IPv4 address as a dotted quad, or a host-order uint32 (127.0.0.1 is 0x7f000001), to the
 * host-order uint32 Steam takes. The empty string is 0 (the spec's "no address").
 */
export const ipv4 = (argument: string, value: unknown): Checked<number> => {
  if (typeof value === 'number' || typeof value === 'bigint') return uint32(argument, value);
  if (typeof value !== 'string') return left(invalidArgument(argument, `expected an IPv4 address, got ${describe(value)}`));
  if (value === '') return right(0);
  if (!IPV4.test(value)) return left(invalidArgument(argument, `"${value.slice(0, 64)}" is not an IPv4 address`));
  const [a = 0, b = 0, c = 0, d = 0] = value.split('.').map(Number);
  return right(((a << 24) | (b << 16) | (c << 8) | d) >>> 0);
};

/** Host-order uint32 to a dotted quad. */
export const formatIpv4 = (ip: number): string => `${(ip >>> 24) & 0xff}.${(ip >>> 16) & 0xff}.${(ip >>> 8) & 0xff}.${ip & 0xff}`;

/** A value of a closed enum. */
export const enumValue = <E extends Readonly<Record<string, number>>>(
  argument: string,
  value: unknown,
  enumeration: E,
  enumName: string,
): Checked<E[keyof E]> => {
  const values: readonly number[] = Object.values(enumeration);
  return typeof value === 'number' && values.includes(value)
    ? right(value as E[keyof E])
    : left(invalidArgument(argument, `${describe(value)} is not a ${enumName} (${values.join(', ')})`));
};

/** Node timers overflow above this (and then fire after 1 ms). */
const TIMER_MAX_MS = 0x7fffffff;

/**
 * The `options` argument of a flow that waits for Steam: absent, or an object whose optional
 * `timeoutMs` is a whole or fractional number of milliseconds in 0..2^31-1.
 */
export const timeoutOption = (options: unknown, defaultMs: number): Checked<number> => {
  if (options === undefined) return right(defaultMs);
  if (options === null || typeof options !== 'object') return left(invalidArgument('options', `expected an object, got ${describe(options)}`));
  const value: unknown = (options as { readonly timeoutMs?: unknown }).timeoutMs;
  if (value === undefined) return right(defaultMs);
  if (typeof value !== 'number' || !(value >= 0 && value <= TIMER_MAX_MS)) {
    return left(invalidArgument('options.timeoutMs', `expected milliseconds in 0..${TIMER_MAX_MS}, got ${describe(value)}`));
  }
  return right(value);
};
