/**
 * Values on the wire: what the SDK's streams emit, made safe for Electron's IPC (the structured
 * clone algorithm) and for a contextBridge copy, and turned back on the other side.
 *
 * - bigint (Steam IDs) is sent as decimal text in a tagged object and read back as a bigint, so
 *   it does not depend on how either copy algorithm treats BigInt;
 * - Uint8Array (tickets, voice) and Int16Array (decoded samples) go as they are, copied (a Node
 *   Buffer arrives as a plain Uint8Array);
 * - an Error (every SteamworksError) goes as its name, message, `_tag` and typed fields, and comes
 *   back as a BridgedError: an Error that narrows on `_tag` like the original, but is not an
 *   instance of the SDK's classes, which do not exist in the renderer;
 * - functions are dropped (an owned ticket's `cancel` cannot cross a process boundary; unsubscribe
 *   instead), getters are read once;
 * - a Map goes as its entries; any other object as its own enumerable properties.
 */

const TAG = '$steamworks-rx';

/** An Error that came over the bridge: its `_tag` and typed fields, with its name and message. */
export class BridgedError extends Error {
  /** The original's discriminant (`'AuthSessionRejected'`, …); `'Error'` for an error without one. */
  readonly _tag: string;

  constructor(name: string, message: string, fields: Readonly<Record<string, unknown>>) {
    super(message);
    this.name = name;
    this._tag = typeof fields['_tag'] === 'string' ? fields['_tag'] : 'Error';
    for (const [key, value] of Object.entries(fields)) {
      if (key !== '_tag' && key !== 'name' && key !== 'message') Object.defineProperty(this, key, { value, enumerable: true });
    }
  }
}

type Fn = (...args: never[]) => unknown;

/** The own data of `T`, function members dropped, each bridged. */
type BridgedFields<T> = { readonly [K in keyof T as T[K] extends Fn ? never : K extends 'stack' ? never : K]: Bridged<T[K]> };

/**
 * What a value of type `T` becomes once it crossed the bridge: the same shape, minus functions;
 * an error becomes a BridgedError with the original's `_tag` and fields.
 */
export type Bridged<T> = T extends bigint | string | number | boolean | null | undefined
  ? T
  : T extends Uint8Array
    ? Uint8Array
    : T extends Int16Array
      ? Int16Array
      : T extends Fn
        ? undefined
        : T extends ReadonlyMap<infer K, infer V>
          ? ReadonlyMap<Bridged<K>, Bridged<V>>
          : T extends readonly (infer U)[]
            ? readonly Bridged<U>[]
            : T extends Error
              ? BridgedError & BridgedFields<T>
              : BridgedFields<T>;

type Tagged = { readonly [TAG]: 'bigint'; readonly text: string } | { readonly [TAG]: 'error'; readonly name: string; readonly message: string; readonly fields: unknown } | { readonly [TAG]: 'map'; readonly entries: unknown };

const isPlainRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null;

const ownData = (value: object, encode: (item: unknown) => unknown, skip: ReadonlySet<string>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (skip.has(key)) continue;
    const item: unknown = (value as Record<string, unknown>)[key];
    if (typeof item !== 'function') out[key] = encode(item);
  }
  return out;
};

const NOTHING = new Set<string>();
const ERROR_SKIPPED = new Set(['stack']);

/**
 * `value` in a form both copy algorithms keep. Throws a TypeError for a cycle, a symbol, or a
 * binary view other than Uint8Array / Int16Array, rather than send something else silently.
 */
export const toWire = (value: unknown): unknown => {
  const seen = new Set<object>();
  const encode = (item: unknown): unknown => {
    if (typeof item === 'bigint') return { [TAG]: 'bigint', text: item.toString() };
    if (typeof item === 'function' || item === undefined) return undefined;
    if (typeof item === 'symbol') throw new TypeError('a symbol cannot cross the bridge');
    if (typeof item !== 'object' || item === null) return item;
    if (item instanceof Uint8Array) return new Uint8Array(item);
    if (item instanceof Int16Array) return new Int16Array(item);
    if (ArrayBuffer.isView(item)) throw new TypeError(`a ${item.constructor.name} cannot cross the bridge (send a Uint8Array)`);
    if (seen.has(item)) throw new TypeError('a value with a cycle cannot cross the bridge');
    seen.add(item);
    try {
      if (item instanceof Error) return { [TAG]: 'error', name: item.name, message: item.message, fields: ownData(item, encode, ERROR_SKIPPED) };
      if (item instanceof Map) return { [TAG]: 'map', entries: [...item.entries()].map(([key, entry]) => [encode(key), encode(entry)]) };
      if (Array.isArray(item)) return item.map(encode);
      return ownData(item, encode, NOTHING);
    } finally {
      seen.delete(item);
    }
  };
  return encode(value);
};

const tagOf = (value: Readonly<Record<string, unknown>>): Tagged[typeof TAG] | undefined => {
  const tag = value[TAG];
  return tag === 'bigint' || tag === 'error' || tag === 'map' ? tag : undefined;
};

/** Reads what toWire made (after any copy); anything not in wire form is read as plain data. */
export const fromWire = (value: unknown): unknown => {
  if (!isPlainRecord(value) || ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map(fromWire);
  switch (tagOf(value)) {
    case 'bigint':
      return BigInt(String(value['text']));
    case 'error': {
      const fields = fromWire(value['fields']);
      return new BridgedError(String(value['name']), String(value['message']), isPlainRecord(fields) ? fields : {});
    }
    case 'map': {
      const entries = value['entries'];
      return new Map(Array.isArray(entries) ? entries.map((entry: unknown) => (Array.isArray(entry) ? [fromWire(entry[0]), fromWire(entry[1])] : [undefined, undefined])) : []);
    }
    default:
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fromWire(item)]));
  }
};
