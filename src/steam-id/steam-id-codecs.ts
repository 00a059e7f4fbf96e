/**
 * The io-ts codecs of Steam IDs, built on first use: `require('steamworks-rx')` does not load
 * io-ts (a native client that never touches these codecs never loads it). Each export is the
 * io-ts `Type` itself, reached through a forwarding proxy that builds it (and requires io-ts) the
 * first time anything reads it; `instanceof t.Type` holds.
 */
import type * as t from 'io-ts';
import type * as values from './steam-id-codec-values';

/** An object made by `create` on first access; every operation is forwarded to it. */
const builtOnFirstUse = <T extends object>(create: () => T): T => {
  let built: T | undefined;
  const real = (): T => (built ??= create());
  // The target only satisfies the Proxy invariants; it never holds a property.
  return new Proxy(Object.create(null) as T, {
    get: (_target, key) => Reflect.get(real(), key),
    set: (_target, key, value) => Reflect.set(real(), key, value),
    has: (_target, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // Reported configurable: the empty target must not be said to own a fixed property.
      return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
    },
    defineProperty: (_target, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    deleteProperty: (_target, key) => Reflect.deleteProperty(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
};

const codecValues = (): typeof values => require('./steam-id-codec-values') as typeof values;

/** io-ts codec for a bigint Steam ID in 0..2^64-1. */
export const SteamId: t.Type<bigint, bigint, unknown> = builtOnFirstUse(() => codecValues().SteamId);
export type SteamId = t.TypeOf<typeof SteamId>;

/** io-ts codec reading Steam64, Steam2 or Steam3 text into a bigint; encodes back to Steam64 decimal text. */
export const SteamIdFromString: t.Type<bigint, string, unknown> = builtOnFirstUse(() => codecValues().SteamIdFromString);
