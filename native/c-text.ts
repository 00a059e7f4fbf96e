/** C strings (written into caller buffers, or char arrays inside structs), decoded for JavaScript; no koffi, so both cores use it. */
// Made on the first decode: Node's first TextDecoder costs ~0.15 ms, and a start decodes no text.
let utf8: InstanceType<typeof TextDecoder> | undefined;

/** A C string written into `buffer`: the bytes up to the first NUL (all of them when there is none). */
export const cText = (buffer: Uint8Array): string => {
  const end = buffer.indexOf(0);
  return (utf8 ??= new TextDecoder('utf-8', { fatal: false })).decode(end === -1 ? buffer : buffer.subarray(0, end));
};
