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

/**
 * Adds to `target` one enumerable member per builder, built on its first read and from then on a
 * plain data property (writable and configurable, as an object literal's): the functions and
 * signals of a client or server value, a native session's User and Utils ports, a library's flat
 * functions. A read after the first costs one property load, as any method's, and a test can
 * still replace one or spy on it (`jest.spyOn`), before or after its first read.
 */
export const withLazyMembers = <T extends object, B extends PropertyBuilders>(target: T, builders: B): T & BuiltProperties<B> => {
  const settle = (name: string, value: unknown): void => {
    Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
  };
  for (const name of Object.keys(builders)) {
    const build = builders[name] as () => object;
    Object.defineProperty(target, name, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = build();
        settle(name, value);
        return value;
      },
      set: (value: unknown) => settle(name, value),
    });
  }
  return target as T & BuiltProperties<B>;
};
