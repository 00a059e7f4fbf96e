/**
 * Reads and writes struct bytes by layout, with no koffi and no native memory: the decoders in
 * `streams/` read callback bytes with it and the simulated core writes them, so both cores share
 * one definition of where each member sits.
 */
import { cText } from './c-text';
import { readFloat32, readFloat64, readInt16, readInt32, readInt64, readInt8, readUint16, readUint32, readUint64, readUint8, writeFloat32, writeFloat64, writeUint16, writeUint32, writeUint64 } from './scalar-bytes';
import type { ElementKind, FieldLayout, StructLayout } from './struct-layouts';

/** A member's value: integers as number, 64-bit values as bigint, char arrays as string, byte arrays as a copy. */
export type FieldValue = number | bigint | boolean | string | Uint8Array;

/** Raw members by C name, as read from the bytes (no enum or range checks: codecs do that). */
export type RawStruct = Readonly<Record<string, FieldValue>>;

const utf8Encoder = new TextEncoder();

/** Bytes each element kind takes. */
export const elementSize: Readonly<Record<ElementKind, number>> = {
  bool: 1, int8: 1, uint8: 1, int16: 2, uint16: 2, int32: 4, uint32: 4, float: 4,
  int64: 8, uint64: 8, double: 8, steamId: 8, gameId: 8, pointer: 8,
};

/** Reads one scalar of `kind` at `at`: integers up to 32 bits and floats as number, 64-bit integers as bigint. */
export const readScalar = (bytes: Uint8Array, at: number, kind: ElementKind): number | bigint | boolean => {
  switch (kind) {
    case 'bool':
      return readUint8(bytes, at) !== 0;
    case 'int8':
      return readInt8(bytes, at);
    case 'uint8':
      return readUint8(bytes, at);
    case 'int16':
      return readInt16(bytes, at);
    case 'uint16':
      return readUint16(bytes, at);
    case 'int32':
      return readInt32(bytes, at);
    case 'uint32':
      return readUint32(bytes, at);
    case 'float':
      return readFloat32(bytes, at);
    case 'double':
      return readFloat64(bytes, at);
    case 'int64':
      return readInt64(bytes, at);
    case 'uint64':
    case 'steamId':
    case 'gameId':
    case 'pointer':
      return readUint64(bytes, at);
  }
};

/**
 * The elements of an array member kept as `bytes` (its `elements` say their kind and count), read
 * from the member's own bytes as readStruct returned them. Elements past the bytes' end are not read.
 */
export const readElements = (bytes: Uint8Array, elements: { readonly kind: ElementKind; readonly count: number }): (number | bigint | boolean)[] => {
  const size = elementSize[elements.kind];
  const count = Math.min(elements.count, Math.floor(bytes.byteLength / size));
  const out: (number | bigint | boolean)[] = [];
  for (let index = 0; index < count; index += 1) out.push(readScalar(bytes, index * size, elements.kind));
  return out;
};

const readMember = (bytes: Uint8Array, member: FieldLayout): FieldValue => {
  const at = member.offset;
  switch (member.kind) {
    case 'bool':
    case 'int8':
    case 'uint8':
    case 'int16':
    case 'uint16':
    case 'int32':
    case 'uint32':
    case 'float':
    case 'double':
    case 'int64':
    case 'uint64':
    case 'steamId':
    case 'gameId':
    case 'pointer':
      return readScalar(bytes, at, member.kind);
    case 'chars':
      // C strings end at the first NUL; an unterminated array is read to its end, never past it.
      return cText(bytes.subarray(at, at + member.size));
    case 'bytes':
      return bytes.slice(at, at + member.size);
  }
};

/** Why bytes could not be read as a struct. */
export interface ShortBuffer {
  readonly struct: string;
  readonly expected: number;
  readonly actual: number;
}

/**
 * Reads every member. Bytes shorter than the struct are refused (a truncated callback must not
 * be read as zeros); longer ones are read up to the struct's size.
 */
export const readStruct = (layout: StructLayout, bytes: Uint8Array): RawStruct | ShortBuffer => {
  if (bytes.byteLength < layout.size) return { struct: layout.name, expected: layout.size, actual: bytes.byteLength };
  const out: Record<string, FieldValue> = {};
  for (const member of layout.fields) out[member.name] = readMember(bytes, member);
  return out;
};

export const isShortBuffer = (value: RawStruct | ShortBuffer): value is ShortBuffer =>
  typeof (value as ShortBuffer).expected === 'number' && typeof (value as ShortBuffer).struct === 'string' &&
  typeof (value as ShortBuffer).actual === 'number';

const asBigInt = (value: FieldValue | undefined): bigint =>
  typeof value === 'bigint' ? value : typeof value === 'number' ? BigInt(value) : value === true ? 1n : 0n;

const asNumber = (value: FieldValue | undefined): number =>
  typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : value === true ? 1 : 0;

const writeMember = (bytes: Uint8Array, member: FieldLayout, value: FieldValue | undefined): void => {
  const at = member.offset;
  switch (member.kind) {
    case 'bool':
    case 'int8':
    case 'uint8':
      bytes[at] = asNumber(value) & 0xff;
      return;
    case 'int16':
    case 'uint16':
      writeUint16(bytes, at, asNumber(value));
      return;
    case 'int32':
    case 'uint32':
      writeUint32(bytes, at, asNumber(value) >>> 0);
      return;
    case 'float':
      writeFloat32(bytes, at, asNumber(value));
      return;
    case 'double':
      writeFloat64(bytes, at, asNumber(value));
      return;
    case 'int64':
    case 'uint64':
    case 'steamId':
    case 'gameId':
    case 'pointer':
      writeUint64(bytes, at, typeof value === 'bigint' ? value : asBigInt(value));
      return;
    case 'chars': {
      // Always leave room for the terminating NUL, as a C writer would.
      const text = typeof value === 'string' ? utf8Encoder.encode(value) : new Uint8Array(0);
      bytes.set(text.subarray(0, Math.max(0, member.size - 1)), at);
      return;
    }
    case 'bytes': {
      const source = value instanceof Uint8Array ? value : new Uint8Array(0);
      bytes.set(source.subarray(0, member.size), at);
      return;
    }
  }
};

/** Writes a struct's bytes; members not given are zero. */
export const writeStruct = (layout: StructLayout, values: Readonly<Record<string, FieldValue>>): Uint8Array => {
  const bytes = new Uint8Array(layout.size);
  const fields = layout.fields;
  for (let index = 0; index < fields.length; index += 1) {
    const member = fields[index] as FieldLayout;
    writeMember(bytes, member, values[member.name]);
  }
  return bytes;
};
