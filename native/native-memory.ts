/**
 * Copying bytes out of native memory cheaply. A koffi view or a fresh ArrayBuffer per callback costs
 * about a microsecond each; one bound memcpy into a reused scratch buffer, then slice(), gives the
 * caller its own small on-heap copy for a fraction of that.
 */
import koffi from 'koffi';

type CopyFromPointer = (destination: Uint8Array, source: bigint, size: number) => void;

/** The C runtime's memcpy, bound once; null where no C runtime can be loaded (then views are used). */
const bindMemcpy = (): CopyFromPointer | null => {
  const candidates = process.platform === 'win32' ? ['msvcrt.dll'] : process.platform === 'darwin' ? ['libSystem.B.dylib'] : ['libc.so.6', 'libc.so'];
  for (const name of candidates) {
    try {
      const memcpy = koffi.load(name).func('memcpy', 'void *', ['void *', 'void *', 'size_t']) as (destination: Uint8Array, source: bigint, size: number) => unknown;
      return (destination, source, size) => {
        memcpy(destination, source, size);
      };
    } catch {
      // Try the next name; without one, copies fall back to koffi views.
    }
  }
  return null;
};

// Bound on first use, not at import: only a native core copies out of native memory.
let memcpy: CopyFromPointer | null | undefined;

const INITIAL_SCRATCH_BYTES = 4096;

/** A copier with its own scratch buffer (grown on demand); the returned arrays are the caller's. */
export const createNativeCopier = (): ((pointer: bigint, size: number) => Uint8Array) => {
  if (memcpy === undefined) memcpy = bindMemcpy();
  const copyFromPointer = memcpy;
  let scratch = new Uint8Array(INITIAL_SCRATCH_BYTES);
  return (pointer, size) => {
    if (copyFromPointer === null) return new Uint8Array(koffi.view(pointer, size)).slice();
    if (size > scratch.byteLength) scratch = new Uint8Array(Math.max(size, scratch.byteLength * 2));
    copyFromPointer(scratch, pointer, size);
    return scratch.slice(0, size);
  };
};
