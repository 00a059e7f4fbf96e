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
import { sessionEnded, type SessionLiveness } from './native-session-liveness';
import type { Pipe } from './steam-core';

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

/** The names of Api's functions that answer an interface pointer (SteamAPI_SteamApps_v008, …). */
export type InterfaceAccessor<Api> = { [K in keyof Api]: Api[K] extends () => bigint | null ? K : never }[keyof Api] & string;

/** A slice's bound functions and the session's pointer to its interface. */
export interface LiveInterface<Api> {
  readonly api: Api;
  readonly self: bigint;
}

/**
 * A port's way to its slice: checks the session is live, binds the slice (lazyInterface), and on
 * the first call asks Steam for the interface pointer with `accessor` and keeps it. A NULL pointer
 * throws, naming the accessor (that interface version is not served).
 */
export const liveInterface = <Api extends object>(
  liveness: SessionLiveness,
  pipe: Pipe,
  bound: () => Api,
  accessor: InterfaceAccessor<Api>,
): (() => LiveInterface<Api>) => {
  let self: bigint | null = null;
  return () => {
    if (!liveness.alive) sessionEnded(pipe);
    const api = bound();
    if (self === null) {
      const pointer = (api[accessor] as unknown as () => bigint | null).call(api);
      if (pointer === null || pointer === 0n) throw new Error(`steamworks-rx: ${accessor} returned NULL (interface version not served)`);
      self = pointer;
    }
    return { api, self };
  };
};
