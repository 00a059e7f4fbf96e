/**
 * Zeroes the bytes of a struct received from Steam that are not data: padding between and after
 * members, a C string's bytes after its NUL, and a counted byte array's bytes past its count.
 * Steam builds callbacks in its own memory and need not initialise any of these, so without this
 * the raw bytes on `callbacks$` (public, and kept by callers) could carry whatever its heap held
 * before: other users' data, secrets. The decoders never read those bytes; this makes sure no one
 * else can either.
 *
 * A scrubber is built once per struct; structs with nothing to scrub get none, so the hot
 * callbacks (ValidateAuthTicketResponse_t has no padding and no strings) cost one Map lookup.
 */
import { readInt32 } from './scalar-bytes';
import type { FieldLayout, LayoutTable, StructLayout } from './struct-layouts';

/** Scrubs a struct's bytes in place; bytes shorter than the struct are scrubbed as far as they go. */
export type Scrub = (bytes: Uint8Array) => void;

interface ByteRange {
  readonly start: number;
  readonly end: number;
}

interface CountedArray {
  readonly array: FieldLayout;
  readonly count: FieldLayout;
}

/** The byte ranges no member covers (an empty C++ struct's one byte included). */
const paddingOf = (layout: StructLayout): readonly ByteRange[] => {
  const covered = new Uint8Array(layout.size);
  for (const member of layout.fields) covered.fill(1, member.offset, member.offset + member.size);
  const gaps: ByteRange[] = [];
  let start = -1;
  for (let at = 0; at <= layout.size; at += 1) {
    const isGap = at < layout.size && covered[at] === 0;
    if (isGap && start === -1) start = at;
    if (!isGap && start !== -1) {
      gaps.push({ start, end: at });
      start = -1;
    }
  }
  return gaps;
};

const countedArraysOf = (layout: StructLayout): readonly CountedArray[] =>
  layout.fields.flatMap((array) => {
    const count = array.countedBy === undefined ? undefined : layout.field[array.countedBy];
    return count === undefined ? [] : [{ array, count }];
  });

/** The scrubber of one struct, or undefined when every byte of it is always data. */
export const scrubberFor = (layout: StructLayout): Scrub | undefined => {
  const padding = paddingOf(layout);
  const strings = layout.fields.filter((member) => member.kind === 'chars');
  const counted = countedArraysOf(layout);
  if (padding.length === 0 && strings.length === 0 && counted.length === 0) return undefined;
  return (bytes) => {
    // fill() clamps to the array's length, so a short payload is scrubbed as far as it goes.
    for (const gap of padding) bytes.fill(0, gap.start, gap.end);
    for (const text of strings) {
      const region = bytes.subarray(text.offset, text.offset + text.size);
      const end = region.indexOf(0);
      // An unterminated array is all text (readStruct reads it to its end), so nothing to clear.
      if (end !== -1) region.fill(0, end + 1);
    }
    for (const { array, count } of counted) {
      if (bytes.byteLength < count.offset + count.size) continue;
      const claimed = readInt32(bytes, count.offset);
      const kept = claimed < 0 ? 0 : Math.min(claimed, array.size);
      bytes.fill(0, array.offset + kept, array.offset + array.size);
    }
  };
};

/** A scrubber per callback id of a platform's table (ids whose struct needs none are absent). */
export const scrubbersFor = (table: LayoutTable): ReadonlyMap<number, Scrub> => {
  const scrubbers = new Map<number, Scrub>();
  for (const [callbackId, layout] of table.byCallbackId) {
    const scrub = scrubberFor(layout);
    if (scrub !== undefined) scrubbers.set(callbackId, scrub);
  }
  return scrubbers;
};
