/**
 * A minimal PNG writer for RGBA pixels (8 bits per channel, no interlace), on node:zlib: what the
 * profile card needs to save an avatar, written out so the example has no image dependency.
 */
import { deflateSync } from 'node:zlib';

/** The CRC-32 table of the PNG specification (polynomial 0xEDB88320). */
const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

const crc32 = (bytes: Uint8Array): number => {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

/** One chunk: length, type, data, CRC of type and data. */
const chunk = (type: string, data: Uint8Array): Buffer => {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const framed = Buffer.alloc(12 + data.byteLength);
  framed.writeUInt32BE(data.byteLength, 0);
  typeAndData.copy(framed, 4);
  framed.writeUInt32BE(crc32(typeAndData), 8 + data.byteLength);
  return framed;
};

/** Encodes width × height RGBA pixels (rows top to bottom) as a PNG file. */
export const encodePng = (width: number, height: number, rgba: Uint8Array): Buffer => {
  if (rgba.byteLength !== width * height * 4) throw new RangeError(`a ${width}×${height} image needs ${width * height * 4} bytes, got ${rgba.byteLength}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  // Bit depth 8, colour type 6 (RGBA), compression 0, filter method 0, no interlace.
  header.set([8, 6, 0, 0, 0], 8);
  // Every row starts with its filter type: 0, none.
  const rows = Buffer.alloc(height * (1 + width * 4));
  for (let row = 0; row < height; row += 1) rows.set(rgba.subarray(row * width * 4, (row + 1) * width * 4), row * (1 + width * 4) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array(0)),
  ]);
};
