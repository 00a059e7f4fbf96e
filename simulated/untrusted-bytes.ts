/**
 * Bytes from whoever calls a port, read the way native code would: through the typed array's
 * internal slots, never through its own properties or methods. A caller (untyped, or hostile) may
 * fake `byteLength` with an own property or a subclass getter, override `set` or `slice`, pass a
 * view of a detached buffer, or something that is no byte array at all; the simulated core then
 * sees only the bytes really there, and never throws a raw RangeError or TypeError.
 *
 * The intrinsic accessors are native/typed-array-intrinsics.ts's, captured when it loads, before
 * a caller can change them.
 */
import { plainBytesOf } from '../native/typed-array-intrinsics';

const setBytes = Uint8Array.prototype.set;

/** How many bytes `bytes` really holds: 0 for a detached buffer or a value that is no Uint8Array. */
export const byteLengthOf = (bytes: Uint8Array): number => plainBytesOf(bytes)?.byteLength ?? 0;

/** A copy, made now, of the bytes really held (an input: later changes by the caller do not count). */
export const copyOfBytes = (bytes: Uint8Array): Uint8Array => {
  const view = plainBytesOf(bytes);
  const copy = new Uint8Array(view?.byteLength ?? 0);
  // The intrinsic set, captured at load, reads the plain view's bytes.
  if (view !== undefined && view.byteLength > 0) Reflect.apply(setBytes, copy, [view]);
  return copy;
};

/**
 * A plain Uint8Array on the very memory of `buffer` (an output the core writes into): its true
 * buffer, offset and length, with honest properties and methods. Empty when nothing can be written.
 */
export const writableViewOf = (buffer: Uint8Array): Uint8Array => plainBytesOf(buffer) ?? new Uint8Array(0);
