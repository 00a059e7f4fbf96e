/**
 * A signal table whose definitions load on first use: each entry names the C struct (enough to
 * route the signal by its callback id) and loads the signal module (its io-ts codec) only when the
 * definition is read. Requiring the package therefore loads no signal module and no codec.
 */
import type { PayloadOf, SignalDefinition } from './signal-definition';

/** A signal known by its struct name whose definition is required on first use. */
export interface LazySignal<P> {
  /** The struct name in native/struct-layouts.ts (the definition's `struct`). */
  readonly struct: string;
  /** The definition, required (and cached by require) on first call. */
  readonly load: () => SignalDefinition<P>;
}

/** The lazy entries of a table of definitions `T`, by the same keys. */
export type LazySignals<T> = { readonly [K in keyof T]: LazySignal<PayloadOf<T[K]>> };

const lazyEntries = new WeakMap<object, Readonly<Record<string, LazySignal<unknown>>>>();

/**
 * A table of definitions whose properties are enumerable getters that load their definition on
 * first read; lazySignalsOf gives back the entries, for routing without loading.
 */
export const lazySignalTable = <T extends object>(entries: LazySignals<T>): T => {
  const table = {} as T;
  for (const key of Object.keys(entries)) {
    const entry = (entries as Record<string, LazySignal<unknown> | undefined>)[key];
    if (entry !== undefined) Object.defineProperty(table, key, { enumerable: true, configurable: false, get: entry.load });
  }
  lazyEntries.set(table, entries as Record<string, LazySignal<unknown>>);
  return Object.freeze(table);
};

/** The lazy entries behind a table made by lazySignalTable. */
export const lazySignalsOf = <T>(table: T): LazySignals<T> => {
  const entries = lazyEntries.get(table as object);
  if (entries === undefined) throw new Error('steamworks-rx: not a lazy signal table');
  return entries as unknown as LazySignals<T>;
};
