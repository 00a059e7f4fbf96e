/**
 * The size of a caller's buffer, as C must be told it.
 *
 * koffi hands C the typed array's real memory, but `view.byteLength` is an ordinary property
 * lookup: a subclass getter or `Object.defineProperty(view, 'byteLength', { value: 8192 })` can
 * make it claim more than the memory holds, and C would then read (BeginAuthSession, DecompressVoice)
 * or write (GetVoice, GetAuthSessionTicket) past the end of it: a leak of other heap, or a crash.
 * So every size passed to C for a caller's buffer comes from %TypedArray%.prototype's own
 * byteLength getter, captured once in typed-array-intrinsics.ts (before any caller code can
 * replace it): it reads the engine's internal slot, which no property on the instance or its
 * subclass can change. It also refuses anything that is not a typed array.
 */

import { intrinsicByteLength } from './typed-array-intrinsics';

/** C `int` sizes (cbAuthTicket, cbMaxTicket, cbData, ...). */
export const maximumInt32Size = 0x7fffffff;
/** C `uint32` sizes (cbCompressed, cbDestBufferSize). */
export const maximumUint32Size = 0xffffffff;


/**
 * The real byte length of a typed array (its internal slot, never a property the caller can fake).
 * Throws a TypeError for anything that is not a typed array (a DataView, a plain object, a bigint
 * pointer): the SDK passes only Uint8Array-like buffers to C.
 */
export const trueByteLength = (view: ArrayBufferView): number => {
  let length: unknown;
  try {
    length = intrinsicByteLength(view);
  } catch {
    throw new TypeError('steamworks-rx: a buffer passed to Steam must be a typed array (Uint8Array)');
  }
  // The intrinsic getter returns a number for every typed array; anything else is refused above.
  return typeof length === 'number' ? length : 0;
};

/**
 * The size to pass to C for `view`: its true byte length, refused (RangeError) when the C
 * parameter cannot hold it, since passing a wrapped or clamped size would silently send less.
 */
export const cBufferSize = (view: ArrayBufferView, maximum: number = maximumInt32Size): number => {
  const length = trueByteLength(view);
  if (length > maximum) throw new RangeError(`steamworks-rx: a ${length}-byte buffer is larger than Steam's size parameter allows (${maximum})`);
  return length;
};
