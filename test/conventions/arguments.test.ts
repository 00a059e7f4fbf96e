/**
 * The argument checks every public function shares: they throw an InvalidArgument naming the
 * argument, never a raw error, whatever the value is made of (Proxies, revoked Proxies, faked
 * byteLength, throwing getters, detached buffers, lone surrogates).
 */
import { InvalidArgument } from '../../src/errors';
import { bytes, cString, integerIn, timeoutOption } from '../../src/validation/arguments';
import { describeValue } from '../../src/validation/describe-value';
import { plainBytesOf } from '../../native/typed-array-intrinsics';
import { steamIdArgument } from '../../src/validation/steam-id-argument';

const thrown = (call: () => unknown): unknown => {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};

const revokedProxy = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

class Lying extends Uint8Array {
  override get byteLength(): number {
    return 8192;
  }
}

describe('bytes()', () => {
  it('takes the size from the memory, not from a faked byteLength property', () => {
    const faked = new Uint8Array(16);
    Object.defineProperty(faked, 'byteLength', { value: 8192 });
    expect(faked.byteLength).toBe(8192);
    const checked = bytes('authTicket', faked, 8192);
    expect(checked.byteLength).toBe(16);
    expect(Object.getPrototypeOf(checked)).toBe(Uint8Array.prototype);
  });

  it('takes the size from the memory, not from a subclass getter', () => {
    const checked = bytes('authTicket', new Lying(16), 8192);
    expect(checked.byteLength).toBe(16);
    expect(checked).not.toBeInstanceOf(Lying);
  });

  it('copies: changing the caller’s buffer afterwards changes nothing', () => {
    const caller = Uint8Array.of(1, 2, 3);
    const checked = bytes('data', caller, 10);
    caller[0] = 99;
    expect([...checked]).toEqual([1, 2, 3]);
  });

  it('copies only the view, not the whole buffer behind it', () => {
    const backing = Uint8Array.from({ length: 32 }, (_, index) => index);
    const checked = bytes('data', backing.subarray(4, 8), 10);
    expect([...checked]).toEqual([4, 5, 6, 7]);
    expect(checked.buffer.byteLength).toBe(4);
  });

  it.each([
    ['a Proxy of a Uint8Array', () => new Proxy(new Uint8Array(4), {})],
    ['a revoked Proxy', revokedProxy],
    ['a Proxy whose getPrototypeOf trap throws', () => new Proxy({}, { getPrototypeOf: () => { throw new Error('trap'); } })],
    ['an ArrayBuffer', () => new ArrayBuffer(4)],
    ['a Uint16Array', () => new Uint16Array(4)],
    ['a plain array', () => [1, 2, 3]],
    ['an object that claims to be one', () => ({ byteLength: 4, buffer: new ArrayBuffer(4), [Symbol.toStringTag]: 'Uint8Array' })],
  ])('refuses %s with an InvalidArgument naming the argument', (_name, make) => {
    const error = thrown(() => bytes('authTicket', make(), 8192));
    expect(error).toBeInstanceOf(InvalidArgument);
    expect((error as InvalidArgument).argument).toBe('authTicket');
  });

  it('a detached buffer is empty, not a crash', () => {
    const detachable = new ArrayBuffer(8);
    const view = new Uint8Array(detachable);
    structuredClone(detachable, { transfer: [detachable] });
    expect(thrown(() => bytes('secret', view, 1024))).toMatchObject({ _tag: 'InvalidArgument', reason: 'is empty' });
    expect(bytes('secret', view, 1024, 0).byteLength).toBe(0);
  });

  it('a resizable buffer is copied at its length at call time', () => {
    // ES2024's resizable ArrayBuffer (Node 20 has it; this project's lib is ES2022).
    const Resizable = ArrayBuffer as unknown as new (length: number, options: { maxByteLength: number }) => ArrayBuffer & { resize(length: number): void };
    const resizable = new Resizable(4, { maxByteLength: 1 << 20 });
    const tracking = new Uint8Array(resizable);
    const checked = bytes('secret', tracking, 1024, 0);
    resizable.resize(1 << 20);
    expect(checked.byteLength).toBe(4);
  });
});

describe('plainBytesOf()', () => {
  it('answers undefined, never throws, for anything that is not a Uint8Array', () => {
    for (const value of [null, undefined, 1, 'x', {}, [], revokedProxy(), new Proxy(new Uint8Array(2), {}), new DataView(new ArrayBuffer(2))]) {
      expect(plainBytesOf(value)).toBeUndefined();
    }
    expect(plainBytesOf(Buffer.from([1, 2]))?.byteLength).toBe(2);
  });
});

describe('describeValue()', () => {
  it('names hostile values without running their code', () => {
    const getterBomb = { get byteLength(): number { throw new Error('boom'); } };
    expect(describeValue(revokedProxy())).toBe('a revoked Proxy');
    expect(describeValue(new Proxy(new Uint8Array(3), {}))).toBe('an object');
    expect(describeValue(getterBomb)).toBe('an object');
    expect(describeValue(Symbol('s'))).toBe('a symbol');
    expect(describeValue(new Uint8Array(3))).toBe('3 bytes');
  });
});

describe('cString()', () => {
  it.each([
    ['a lone high surrogate', 'Player\uD800One'],
    ['a lone low surrogate', 'Player\uDC00One'],
    ['a NUL', 'Player\0One'],
  ])('refuses %s', (_name, value) => {
    expect(thrown(() => cString('name', value))).toBeInstanceOf(InvalidArgument);
  });

  it('keeps surrogate pairs (characters outside the BMP)', () => {
    expect(cString('name', 'Player 🎮 One')).toBe('Player 🎮 One');
  });
});

describe('timeoutOption()', () => {
  it('turns a throwing getter into an InvalidArgument naming options.timeoutMs', () => {
    const options = { get timeoutMs(): number { throw new TypeError('boom'); } };
    expect(thrown(() => timeoutOption(options, 10))).toMatchObject({ _tag: 'InvalidArgument', argument: 'options.timeoutMs' });
  });

  it('turns a revoked Proxy into an InvalidArgument', () => {
    expect(thrown(() => timeoutOption(revokedProxy(), 10))).toBeInstanceOf(InvalidArgument);
  });

  it.each([2 ** 32, Number.NaN, -1, Infinity, '10'])('refuses %p, which Node timers would turn into 1 ms or a RangeError', (value) => {
    expect(thrown(() => timeoutOption({ timeoutMs: value }, 10))).toMatchObject({ _tag: 'InvalidArgument', argument: 'options.timeoutMs' });
  });
});

describe('steamIdArgument() and integerIn()', () => {
  it('refuse a revoked Proxy with an InvalidArgument', () => {
    expect(thrown(() => steamIdArgument('steamId', revokedProxy()))).toBeInstanceOf(InvalidArgument);
    expect(thrown(() => integerIn('count', revokedProxy(), 0, 10))).toBeInstanceOf(InvalidArgument);
  });
});
