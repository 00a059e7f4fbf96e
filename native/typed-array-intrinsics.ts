/**
 * The engine's own TypedArray getters, captured once for every layer (the public checks, the native
 * ports and the simulated Steam), and a caller's Uint8Array seen through them as a fresh plain view.
 *
 * Sizes handed to C must come from the memory itself: a subclass getter or
 * `Object.defineProperty(bytes, 'byteLength', …)` can make `bytes.byteLength` say 8192 for a
 * 16-byte array, while koffi passes the real 16 bytes, and C then reads past them. The intrinsic
 * getters, captured when this module loads, read the internal slots and cannot be faked; a Proxy or
 * a non-TypedArray makes them throw, which here means "not bytes".
 */
const typedArrayPrototype: object = Object.getPrototypeOf(Uint8Array.prototype) as object;

const intrinsicGetter = (name: 'byteLength' | 'byteOffset' | 'buffer' | typeof Symbol.toStringTag): ((this: unknown) => unknown) => {
  const getter = Object.getOwnPropertyDescriptor(typedArrayPrototype, name)?.get;
  if (getter === undefined) throw new Error(`steamworks-rx: this engine has no TypedArray ${String(name)} getter`);
  return getter as (this: unknown) => unknown;
};

const byteLengthOf = intrinsicGetter('byteLength');

/**
 * The byte length in `view`'s internal slot: no own property, subclass getter or Proxy can change
 * it. Throws a TypeError for anything that is not a typed array.
 */
export const intrinsicByteLength = (view: unknown): unknown => Reflect.apply(byteLengthOf, view, []);
const byteOffsetOf = intrinsicGetter('byteOffset');
const bufferOf = intrinsicGetter('buffer');
const kindOf = intrinsicGetter(Symbol.toStringTag);

/**
 * The byte length of `value` from its internal slots when it really is a Uint8Array (a Buffer
 * included); undefined for anything else, a Proxy of one included (the tag getter answers
 * undefined for it, never running its traps).
 */
export const intrinsicUint8ArrayLength = (value: unknown): number | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  if (Reflect.apply(kindOf, value, []) !== 'Uint8Array') return undefined;
  return Reflect.apply(byteLengthOf, value, []) as number;
};

/**
 * The bytes of `value` as a new plain Uint8Array over the same memory, when `value` really is a
 * Uint8Array (a Buffer included); undefined for anything else, including a Proxy of one.
 */
export const plainBytesOf = (value: unknown): Uint8Array | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    if (Reflect.apply(kindOf, value, []) !== 'Uint8Array') return undefined;
    const buffer = Reflect.apply(bufferOf, value, []) as ArrayBufferLike;
    const byteOffset = Reflect.apply(byteOffsetOf, value, []) as number;
    const byteLength = Reflect.apply(byteLengthOf, value, []) as number;
    // A detached buffer reads as 0 bytes long; a view of it cannot be made, and needs none.
    return byteLength === 0 ? new Uint8Array(0) : new Uint8Array(buffer, byteOffset, byteLength);
  } catch {
    return undefined;
  }
};
