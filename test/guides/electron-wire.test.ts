/**
 * examples/electron-bridge/wire.ts: what the SDK emits survives the structured clone that
 * Electron's IPC applies (here Node's structuredClone, the same algorithm), and comes back typed.
 */
import { AuthSessionRejected, InvalidArgument, left, right } from '../../src';
import { BridgedError, fromWire, toWire } from '../../examples/electron-bridge/wire';

const across = (value: unknown): unknown => fromWire(structuredClone(toWire(value)));

describe('the bridge wire format', () => {
  it('sends bigints as tagged decimal text and reads them back as bigints', () => {
    const steamId = 76561197960266728n;
    expect(toWire(steamId)).toEqual({ '$steamworks-rx': 'bigint', text: '76561197960266728' });
    expect(across({ steamId, ids: [1n, 2n ** 64n - 1n] })).toEqual({ steamId, ids: [1n, 2n ** 64n - 1n] });
    // Also across JSON, which knows no bigint at all: the text form does not depend on the copier.
    expect(fromWire(JSON.parse(JSON.stringify(toWire(steamId))))).toBe(steamId);
  });

  it('copies bytes and samples; a Node Buffer arrives as a plain Uint8Array', () => {
    const buffer = Buffer.from([1, 2, 3]);
    const crossed = across({ ticket: buffer, samples: new Int16Array([-1, 7]) }) as { ticket: Uint8Array; samples: Int16Array };
    expect(Object.getPrototypeOf(crossed.ticket)).toBe(Uint8Array.prototype);
    expect([...crossed.ticket]).toEqual([1, 2, 3]);
    expect(crossed.samples).toEqual(new Int16Array([-1, 7]));
  });

  it('turns a SteamworksError inside an Either into a BridgedError with its tag and typed fields', () => {
    const rejected = new AuthSessionRejected(6, 'The ticket has been canceled by the issuer.', 76561197960266728n, 76561197960266729n);
    const crossed = across(left(rejected)) as { _tag: string; left: BridgedError & Record<string, unknown> };
    expect(crossed._tag).toBe('Left');
    expect(crossed.left).toBeInstanceOf(BridgedError);
    expect(crossed.left).toBeInstanceOf(Error);
    expect(crossed.left).toMatchObject({ _tag: 'AuthSessionRejected', name: rejected.name, message: rejected.message, response: 6, steamId: 76561197960266728n, ownerSteamId: 76561197960266729n });
    expect(String(crossed.left)).toBe(String(rejected));
    expect(across(new InvalidArgument('steamId', 'not a Steam ID'))).toMatchObject({ _tag: 'InvalidArgument', argument: 'steamId', reason: 'not a Steam ID' });
    expect((across(new TypeError('plain')) as BridgedError)._tag).toBe('Error');
  });

  it('drops functions and reads getters, so an owned ticket crosses as data without its cancel()', () => {
    let cancelled = false;
    const owned = { id: 3, buffer: new Uint8Array([9]), size: 1, cancel: () => undefined, get cancelled() { return cancelled; } };
    cancelled = false;
    expect(() => structuredClone(owned)).toThrow();
    expect(across(right(owned))).toEqual({ _tag: 'Right', right: { id: 3, buffer: new Uint8Array([9]), size: 1, cancelled: false } });
  });

  it('sends a Map as its entries, and leaves strings, numbers, booleans, null and undefined alone', () => {
    expect(across(new Map([[1n, { name: 'alice' }]]))).toEqual(new Map([[1n, { name: 'alice' }]]));
    expect(across(['a', 1.5, true, null, undefined])).toEqual(['a', 1.5, true, null, undefined]);
  });

  it('refuses what it cannot send faithfully: cycles, symbols, other binary views', () => {
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(() => toWire(cyclic)).toThrow('a value with a cycle cannot cross the bridge');
    expect(() => toWire(Symbol('x'))).toThrow('a symbol cannot cross the bridge');
    expect(() => toWire(new DataView(new ArrayBuffer(2)))).toThrow('a DataView cannot cross the bridge');
    // The same object twice is not a cycle.
    const shared = { n: 1 };
    expect(across([shared, shared])).toEqual([{ n: 1 }, { n: 1 }]);
  });

  it('reads a hostile object as plain data: no prototype is set from a __proto__ key', () => {
    const crossed = fromWire(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(crossed)).toBe(Object.prototype);
  });
});
