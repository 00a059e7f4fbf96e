/**
 * Argument checks shared by every public function. Each returns the value in the form the port
 * takes, or throws an InvalidArgument saying which argument was wrong and why: misuse is thrown at
 * call time (the public-API convention). TypeScript callers meet these at compile time through the
 * parameter types; the checks are the second line of defence, for JavaScript callers and for
 * values that come from the network. Nothing is assumed about a value's type, and reading a value
 * never runs its code past the check.
 */
import { InvalidArgument } from '../init-errors';
import { describeValue } from './describe-value';
import { intrinsicUint8ArrayLength } from '../../native/typed-array-intrinsics';
import { isWellFormedText } from '../../native/well-formed-text';
import { optionsObject, readProperty } from './read-option';

/** An integer in [min, max] given as a number (safe integer) or a bigint that fits. */
export const integerIn = (argument: string, value: unknown, min: number, max: number): number => {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new InvalidArgument(argument, `expected an integer, got ${describeValue(value)}`);
    if (value < min || value > max) throw new InvalidArgument(argument, `${value} is outside ${min}..${max}`);
    return value;
  }
  if (typeof value === 'bigint') {
    if (value < BigInt(min) || value > BigInt(max)) throw new InvalidArgument(argument, `${value} is outside ${min}..${max}`);
    return Number(value);
  }
  throw new InvalidArgument(argument, `expected an integer in ${min}..${max}, got ${describeValue(value)}`);
};

/** The largest uint16. */
export const UINT16_MAX = 0xffff;
/** The largest uint32. */
export const UINT32_MAX = 0xffffffff;
/** The largest int32. */
export const INT32_MAX = 0x7fffffff;
/** The smallest int32. */
export const INT32_MIN = -0x80000000;

/** A port number, 0..65535. */
export const port = (argument: string, value: unknown): number => integerIn(argument, value, 0, UINT16_MAX);
/** A uint32. */
export const uint32 = (argument: string, value: unknown): number => integerIn(argument, value, 0, UINT32_MAX);
/** An int32. */
export const int32 = (argument: string, value: unknown): number => integerIn(argument, value, INT32_MIN, INT32_MAX);

/** A boolean, exactly (no truthiness). */
export const boolean = (argument: string, value: unknown): boolean => {
  if (typeof value !== 'boolean') throw new InvalidArgument(argument, `expected a boolean, got ${describeValue(value)}`);
  return value;
};


/**
 * A C string argument: a string with no NUL (C would cut it there silently), no lone surrogate
 * (UTF-8 cannot hold one), and at most `maxBytes` bytes of UTF-8 including the terminator, when
 * Steam documents a limit.
 */
export const cString = (argument: string, value: unknown, maxBytes?: number): string => {
  if (typeof value !== 'string') throw new InvalidArgument(argument, `expected a string, got ${describeValue(value)}`);
  if (value.includes('\0')) throw new InvalidArgument(argument, 'contains a NUL character');
  if (!isWellFormedText(value)) throw new InvalidArgument(argument, 'contains a lone UTF-16 surrogate, which UTF-8 cannot hold');
  if (maxBytes !== undefined && Buffer.byteLength(value, 'utf8') + 1 > maxBytes) {
    throw new InvalidArgument(argument, `longer than Steam's limit of ${maxBytes - 1} bytes`);
  }
  return value;
};

/**
 * Bytes from the caller: a Uint8Array (Buffer included) of minBytes..maxBytes bytes, returned as
 * a plain copy. The size is read from the memory itself (see plain-bytes), so a faked `byteLength`
 * cannot make C read past it; and the copy is what Steam gets, so a caller that changes, grows or
 * detaches its buffer after the call (an Observable's work runs at subscribe time) changes nothing.
 */
export const bytes = (argument: string, value: unknown, maxBytes: number, minBytes = 1): Uint8Array => {
  const length = intrinsicUint8ArrayLength(value);
  if (length === undefined) throw new InvalidArgument(argument, `expected a Uint8Array, got ${describeValue(value)}`);
  if (length < minBytes) {
    throw new InvalidArgument(argument, minBytes === 1 ? 'is empty' : `is ${length} bytes, at least ${minBytes} needed`);
  }
  if (length > maxBytes) throw new InvalidArgument(argument, `is ${length} bytes, more than the ${maxBytes} allowed`);
  // A detached buffer reads as 0 bytes (and cannot be copied from). Otherwise the constructor copies
  // from the view's internal slots (no species, length or iterator lookup runs the caller's code):
  // one allocation where a plain view plus its slice() made two.
  return length === 0 ? new Uint8Array(0) : new Uint8Array(value as Uint8Array);
};

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/**
 * An IPv4 address as a dotted quad, or a host-order uint32 (127.0.0.1 is 0x7f000001), to the
 * host-order uint32 Steam takes. The empty string is 0 (the spec's "no address").
 */
export const ipv4 = (argument: string, value: unknown): number => {
  if (typeof value === 'number' || typeof value === 'bigint') return uint32(argument, value);
  if (typeof value !== 'string') throw new InvalidArgument(argument, `expected an IPv4 address, got ${describeValue(value)}`);
  if (value === '') return 0;
  if (!IPV4.test(value)) throw new InvalidArgument(argument, `"${value.slice(0, 64)}" is not an IPv4 address`);
  const [a = 0, b = 0, c = 0, d = 0] = value.split('.').map(Number);
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
};

/** Host-order uint32 to a dotted quad. */
export const formatIpv4 = (ip: number): string => `${(ip >>> 24) & 0xff}.${(ip >>> 16) & 0xff}.${(ip >>> 8) & 0xff}.${ip & 0xff}`;

/** A value of a closed enum. */
export const enumValue = <E extends Readonly<Record<string, number>>>(argument: string, value: unknown, enumeration: E, enumName: string): E[keyof E] => {
  const values: readonly number[] = Object.values(enumeration);
  if (typeof value === 'number' && values.includes(value)) return value as E[keyof E];
  throw new InvalidArgument(argument, `${describeValue(value)} is not a ${enumName} (${values.join(', ')})`);
};

/** Node timers overflow above this (and then fire after 1 ms). */
export const TIMER_MAX_MS = 0x7fffffff;

/** Milliseconds for a timer: a number in 0..2^31-1 (Node's timers fire at once above it). */
export const milliseconds = (argument: string, value: unknown): number => {
  if (typeof value !== 'number' || !(value >= 0 && value <= TIMER_MAX_MS)) {
    throw new InvalidArgument(argument, `expected milliseconds in 0..${TIMER_MAX_MS}, got ${describeValue(value)}`);
  }
  return value;
};

/**
 * The `options` argument of a flow that waits for Steam: absent, or an object whose optional
 * `timeoutMs` is a whole or fractional number of milliseconds in 0..2^31-1.
 */
export const timeoutOption = (options: unknown, defaultMs: number): number => {
  const object = optionsObject('options', options);
  if (object === undefined) return defaultMs;
  const value = readProperty('options.timeoutMs', object, 'timeoutMs');
  return value === undefined ? defaultMs : milliseconds('options.timeoutMs', value);
};
