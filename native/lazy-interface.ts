/**
 * An interface's flat functions, bound from the loaded library the first time a slice needs them
 * and kept: each slice (Utils, Apps, …) binds its own generated declarations once per library
 * with bindFlatFunctions, not at load, so a program pays only for the interfaces it uses. The
 * declarations come from a function, called on that first use too, so a slice's generated module
 * need not be required before then.
 */
import type { LibraryHandle } from 'koffi';
import type { AbiFunction } from './generated/abi-types';
import { bindFlatFunctions } from './flat-api';

/** Binds on first call, then answers the same bound functions; a library lacking any throws, naming them. */
export const lazyInterface = <Api extends object>(
  library: LibraryHandle | null,
  declarations: () => readonly AbiFunction<Extract<keyof Api, string>>[],
  interfaceName: string,
): (() => Api) => {
  let bound: Api | undefined;
  return () => {
    if (bound !== undefined) return bound;
    if (library === null) throw new Error(`steamworks-rx: ${interfaceName} cannot be bound: this core has no library handle`);
    const result = bindFlatFunctions<Api>(library, declarations());
    if (result._tag === 'Left') throw new Error(`steamworks-rx: the Steam library lacks ${interfaceName} functions: ${result.left.missing.join(', ')}`);
    bound = result.right;
    return bound;
  };
};
