/**
 * Reads and writes struct bytes by layout, with no koffi and no native memory: the decoders in
 * `streams/` read callback bytes with it and the simulated core writes them, so both cores share
 * one definition of where each member sits.
 */
import type { FieldLayout, StructLayout } from './struct-layouts';

/** A member's value: integers as number, 64-bit values as bigint, char arrays as string, byte arrays as a copy. */
export type FieldValue = number | bigint | boolean | string | Uint8Array;

/** Raw members by C name, as read from the bytes (no enum or range checks: codecs do that). */
export type RawStruct = Readonly<Record<string, FieldValue>>;

const utf8 = new TextDecoder('utf-8', { fatal: false });
const utf8Encoder = new TextEncoder();

const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const readMember = (data: DataView, bytes: Uint8Array, member: FieldLayout): FieldValue => {
  const at = member.offset;
  switch (member.kind) {
    case 'bool':
      return data.getUint8(at) !== 0;
    case 'uint8':
      return data.getUint8(at);
    case 'uint16':
      return data.getUint16(at, true);
    case 'int32':
      return data.getInt32(at, true);
    case 'uint32':
      return data.getUint32(at, true);
    case 'uint64':
    case 'steamId':
    case 'pointer':
      return data.getBigUint64(at, true);
    case 'chars': {
      // C strings end at the first NUL; an unterminated array is read to its end, never past it.
      const region = bytes.subarray(at, at + member.size);
      const end = region.indexOf(0);
      return utf8.decode(end === -1 ? region : region.subarray(0, end));
    }
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
  const data = view(bytes);
  const out: Record<string, FieldValue> = {};
  for (const member of layout.fields) out[member.name] = readMember(data, bytes, member);
  return out;
};

export const isShortBuffer = (value: RawStruct | ShortBuffer): value is ShortBuffer =>
  typeof (value as ShortBuffer).expected === 'number' && typeof (value as ShortBuffer).struct === 'string' &&
  typeof (value as ShortBuffer).actual === 'number';

const asBigInt = (value: FieldValue | undefined): bigint =>
  typeof value === 'bigint' ? value : typeof value === 'number' ? BigInt(value) : value === true ? 1n : 0n;

const asNumber = (value: FieldValue | undefined): number =>
  typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : value === true ? 1 : 0;

const writeMember = (data: DataView, bytes: Uint8Array, member: FieldLayout, value: FieldValue | undefined): void => {
  const at = member.offset;
  switch (member.kind) {
    case 'bool':
    case 'uint8':
      data.setUint8(at, asNumber(value) & 0xff);
      return;
    case 'uint16':
      data.setUint16(at, asNumber(value) & 0xffff, true);
      return;
    case 'int32':
      data.setInt32(at, asNumber(value) | 0, true);
      return;
    case 'uint32':
      data.setUint32(at, asNumber(value) >>> 0, true);
      return;
    case 'uint64':
    case 'steamId':
    case 'pointer':
      data.setBigUint64(at, BigInt.asUintN(64, asBigInt(value)), true);
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
  const data = view(bytes);
  for (const member of layout.fields) writeMember(data, bytes, member, values[member.name]);
  return bytes;
};
