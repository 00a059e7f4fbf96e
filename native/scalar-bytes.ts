/**
 * Little-endian scalar reads and writes at an offset of a byte array (integers up to 64 bits,
 * floats), with no koffi and no native memory: the callback drain reads CallbackMsg_t's members
 * with them, the ports their out-structs, and struct-bytes.ts every member of a struct by layout.
 * A file of its own so that a native start, whose drain reads three integers, does not load the
 * struct reader and writer.
 */

// Little-endian reads and writes by byte arithmetic, not DataView: a DataView needs the array's
// ArrayBuffer, and asking a small on-heap Uint8Array for it makes V8 move it off-heap (about a
// microsecond per callback). All offsets are checked against the struct size by the callers.
/** The byte at `at` (0 past the end). */
export const readUint8 = (bytes: Uint8Array, at: number): number => bytes[at] ?? 0;

// A uint64 is split into halves (and joined back) through this scratch instead of BigInt
// arithmetic, where every &, >> and | allocates a BigInt. Storing into a BigUint64Array wraps
// to 64 bits exactly as BigInt.asUintN(64, ...) does.
const scratch64 = new BigUint64Array(1);
const scratchHalves = new Uint32Array(scratch64.buffer);
const hostLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LOW_HALF = hostLittleEndian ? 0 : 1;
const HIGH_HALF = hostLittleEndian ? 1 : 0;

/** The uint16 at `at`. */
export const readUint16 = (bytes: Uint8Array, at: number): number => readUint8(bytes, at) | (readUint8(bytes, at + 1) << 8);
/** The int32 at `at`. */
export const readInt32 = (bytes: Uint8Array, at: number): number =>
  readUint8(bytes, at) | (readUint8(bytes, at + 1) << 8) | (readUint8(bytes, at + 2) << 16) | (readUint8(bytes, at + 3) << 24);
/** The uint32 at `at`. */
export const readUint32 = (bytes: Uint8Array, at: number): number => readInt32(bytes, at) >>> 0;
/** The uint64 at `at`, as a bigint. */
export const readUint64 = (bytes: Uint8Array, at: number): bigint => {
  scratchHalves[LOW_HALF] = readUint32(bytes, at);
  scratchHalves[HIGH_HALF] = readUint32(bytes, at + 4);
  return scratch64[0] ?? 0n;
};

// Floats go through a little-endian byte scratch for the same reason (no DataView on the caller's array).
const scratchFloat64 = new Float64Array(1);
const scratchFloat32 = new Float32Array(1);
const float64Bytes = new Uint8Array(scratchFloat64.buffer);
const float32Bytes = new Uint8Array(scratchFloat32.buffer);

const copyIn = (scratch: Uint8Array, bytes: Uint8Array, at: number): void => {
  for (let index = 0; index < scratch.length; index += 1) {
    scratch[hostLittleEndian ? index : scratch.length - 1 - index] = readUint8(bytes, at + index);
  }
};

const copyOut = (scratch: Uint8Array, bytes: Uint8Array, at: number): void => {
  for (let index = 0; index < scratch.length; index += 1) {
    bytes[at + index] = scratch[hostLittleEndian ? index : scratch.length - 1 - index] ?? 0;
  }
};

/** The int8 at `at`. */
export const readInt8 = (bytes: Uint8Array, at: number): number => (readUint8(bytes, at) << 24) >> 24;
/** The int16 at `at`. */
export const readInt16 = (bytes: Uint8Array, at: number): number => (readUint16(bytes, at) << 16) >> 16;
/** The int64 at `at`, as a bigint. */
export const readInt64 = (bytes: Uint8Array, at: number): bigint => BigInt.asIntN(64, readUint64(bytes, at));
/** The float at `at`. */
export const readFloat32 = (bytes: Uint8Array, at: number): number => {
  copyIn(float32Bytes, bytes, at);
  return scratchFloat32[0] ?? 0;
};
/** The double at `at`. */
export const readFloat64 = (bytes: Uint8Array, at: number): number => {
  copyIn(float64Bytes, bytes, at);
  return scratchFloat64[0] ?? 0;
};

/** Writes `value` as a float at `at`. */
export const writeFloat32 = (bytes: Uint8Array, at: number, value: number): void => {
  scratchFloat32[0] = value;
  copyOut(float32Bytes, bytes, at);
};

/** Writes `value` as a double at `at`. */
export const writeFloat64 = (bytes: Uint8Array, at: number, value: number): void => {
  scratchFloat64[0] = value;
  copyOut(float64Bytes, bytes, at);
};

/** Writes the low 16 bits of `value` at `at`. */
export const writeUint16 = (bytes: Uint8Array, at: number, value: number): void => {
  bytes[at] = value & 0xff;
  bytes[at + 1] = (value >>> 8) & 0xff;
};

/** Writes the low 32 bits of `value` at `at`. */
export const writeUint32 = (bytes: Uint8Array, at: number, value: number): void => {
  bytes[at] = value & 0xff;
  bytes[at + 1] = (value >>> 8) & 0xff;
  bytes[at + 2] = (value >>> 16) & 0xff;
  bytes[at + 3] = (value >>> 24) & 0xff;
};

/** Writes the low 64 bits of `value` (two's complement for negatives, as BigInt.asUintN). */
export const writeUint64 = (bytes: Uint8Array, at: number, value: bigint): void => {
  scratch64[0] = value;
  writeUint32(bytes, at, scratchHalves[LOW_HALF] ?? 0);
  writeUint32(bytes, at + 4, scratchHalves[HIGH_HALF] ?? 0);
};
