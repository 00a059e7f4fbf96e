/** Text written into a caller's C buffer, as Steam's Get…(char *pchBuffer, int cchBuffer) functions do. */

const utf8 = new TextEncoder();

/** Byte length of `text` in UTF-8: Steam's limits and lengths count bytes. */
export const byteLength = (text: string): number => utf8.encode(text).byteLength;

/** Writes `text` as UTF-8 and a NUL into `buffer`, cut to fit; returns the bytes written with the NUL (0 for an empty buffer). */
export const writeCut = (buffer: Uint8Array, text: string): number => {
  if (buffer.byteLength === 0) return 0;
  const encoded = utf8.encode(text).subarray(0, buffer.byteLength - 1);
  buffer.set(encoded);
  buffer[encoded.byteLength] = 0;
  return encoded.byteLength + 1;
};
