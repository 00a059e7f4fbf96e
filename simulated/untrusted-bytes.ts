/**
 * Bytes from whoever calls a port, read the way native code would: through the typed array's
 * internal slots, never through its own properties or methods. A caller (untyped, or hostile) may
 * fake `byteLength` with an own property or a subclass getter, override `set` or `slice`, pass a
 * view of a detached buffer, or something that is no byte array at all; the simulated core then
 * sees only the bytes really there, and never throws a raw RangeError or TypeError.
 *
 * The intrinsic accessors are captured when this module loads, before a caller can change them.
 */
const typedArrayPrototype: object = Object.getPrototypeOf(Uint8Array.prototype) as object;

const intrinsicGetter = (key: string | symbol): ((this: unknown) => unknown) => {
  const getter = Object.getOwnPropertyDescriptor(typedArrayPrototype, key)?.get;
  if (getter === undefined) throw new Error(`steamworks-rx: this JavaScript engine has no %TypedArray%.prototype ${String(key)} getter`);
  return getter;
};

const toStringTagOf = intrinsicGetter(Symbol.toStringTag);
const byteLengthOfView = intrinsicGetter('byteLength');
const byteOffsetOfView = intrinsicGetter('byteOffset');
const bufferOfView = intrinsicGetter('buffer');
const setBytes = Uint8Array.prototype.set;

/**
 * True for a real Uint8Array (or subclass), whatever it claims: the intrinsic toStringTag getter
 * reads the internal [[TypedArrayName]] slot, and answers undefined (no throw) for anything else,
 * a Proxy or a look-alike object included.
 */
const isUint8Array = (value: unknown): value is Uint8Array => Reflect.apply(toStringTagOf, value, []) === 'Uint8Array';

/** How many bytes `bytes` really holds: 0 for a detached buffer or a value that is no Uint8Array. */
export const byteLengthOf = (bytes: Uint8Array): number => (isUint8Array(bytes) ? (Reflect.apply(byteLengthOfView, bytes, []) as number) : 0);

/** A copy, made now, of the bytes really held (an input: later changes by the caller do not count). */
export const copyOfBytes = (bytes: Uint8Array): Uint8Array => {
  const length = byteLengthOf(bytes);
  const copy = new Uint8Array(length);
  // The intrinsic set reads a typed-array source through its internal slots.
  if (length > 0) Reflect.apply(setBytes, copy, [bytes]);
  return copy;
};

/**
 * A plain Uint8Array on the very memory of `buffer` (an output the core writes into): its true
 * buffer, offset and length, with honest properties and methods. Empty when nothing can be written.
 */
export const writableViewOf = (buffer: Uint8Array): Uint8Array => {
  const length = byteLengthOf(buffer);
  if (length === 0) return new Uint8Array(0);
  const memory = Reflect.apply(bufferOfView, buffer, []) as ArrayBufferLike;
  const offset = Reflect.apply(byteOffsetOfView, buffer, []) as number;
  return new Uint8Array(memory, offset, length);
};
