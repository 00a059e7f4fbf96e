/**
 * Properties built on first read: the interface ports of a native session and the interface
 * namespaces of a client or server value (`client.friends`, `server.stats`, …). A game that never
 * touches an interface never loads its modules (the bundle gives each lazily required module a
 * file of its own), so start-up does not grow with every interface the SDK adds.
 */

/** How to build each property, by its name. */
export type PropertyBuilders = Readonly<Record<string, () => object>>;

/** The properties built by `builders`. */
export type BuiltProperties<B extends PropertyBuilders> = { readonly [K in keyof B]: ReturnType<B[K]> };

/**
 * Adds to `target` one enumerable, read-only property per builder: the first read builds the
 * value and every later read returns that same object.
 */
export const withLazyProperties = <T extends object, B extends PropertyBuilders>(target: T, builders: B): T & BuiltProperties<B> => {
  for (const name of Object.keys(builders)) {
    const build = builders[name] as () => object;
    let built: object | undefined;
    Object.defineProperty(target, name, {
      enumerable: true,
      configurable: false,
      get: () => (built ??= build()),
    });
  }
  return target as T & BuiltProperties<B>;
};
