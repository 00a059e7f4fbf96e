/**
 * handleIncomingPacket against a hostile caller, through the fake libsteam_api, which records the
 * size C received and the bytes it read: a Uint8Array whose byteLength is faked (an own property,
 * a subclass getter) hands C its true size and bytes; a Proxy of one, or a detached buffer, is
 * refused with an InvalidArgument before C is called.
 */
import { InvalidArgument } from '../../src/errors';
import { thrownBy, untyped } from './misuse-kit';
import { fake, startServer, stopServer } from './server-native-kit';

afterEach(stopServer);

const HANDLE = 'SteamAPI_ISteamGameServer_HandleIncomingPacket';

const packet = (length: number): Uint8Array => Uint8Array.from({ length }, (_, index) => (index * 29 + 3) & 0xff);

/** What C received: the cbData argument and the bytes it read through pData. */
const received = () => ({ size: fake.arg(HANDLE, 2), bytes: fake.argBytes(HANDLE, 1) });

describe('handleIncomingPacket with a faked byteLength', () => {
  it('an own byteLength property claiming 8192 bytes: C gets the true 16 bytes and size 16', () => {
    const server = startServer();
    const data = packet(16);
    Object.defineProperty(data, 'byteLength', { value: 8192 });
    expect(data.byteLength).toBe(8192);
    server.handleIncomingPacket(data, '10.0.0.5', 27005);
    expect(received()).toEqual({ size: 16n, bytes: packet(16) });
  });

  it('a byteLength claiming more than a datagram can hold does not make the call refuse a 16-byte packet', () => {
    const server = startServer();
    const data = packet(16);
    Object.defineProperty(data, 'byteLength', { get: () => 1 << 20 });
    server.handleIncomingPacket(data, '10.0.0.5', 27005);
    expect(received().size).toBe(16n);
  });

  it('a byteLength claiming fewer bytes (or none) still sends the true ones', () => {
    const server = startServer();
    const data = packet(40);
    Object.defineProperty(data, 'byteLength', { value: 0 });
    server.handleIncomingPacket(data, '10.0.0.5', 27005);
    expect(received()).toEqual({ size: 40n, bytes: packet(40) });
  });

  it('a subclass whose byteLength getter lies: C gets the true size', () => {
    class Lying extends Uint8Array {
      override get byteLength(): number {
        return 4096;
      }
    }
    const server = startServer();
    const data = new Lying(packet(24));
    expect(data.byteLength).toBe(4096);
    server.handleIncomingPacket(data, '10.0.0.5', 27005);
    expect(received()).toEqual({ size: 24n, bytes: packet(24) });
  });

  it('a view into a larger buffer sends only its own bytes', () => {
    const server = startServer();
    const backing = packet(64);
    const view = backing.subarray(8, 20);
    Object.defineProperty(view, 'byteLength', { value: 64 });
    server.handleIncomingPacket(view, '10.0.0.5', 27005);
    expect(received()).toEqual({ size: 12n, bytes: packet(64).subarray(8, 20) });
  });
});

describe('handleIncomingPacket with bytes that are not plain bytes', () => {
  it('a Proxy of a Uint8Array throws InvalidArgument data; C is never called', () => {
    const server = startServer();
    const proxy = new Proxy(packet(16), { get: (target, key) => (key === 'byteLength' ? 8192 : Reflect.get(target, key)) });
    expect(thrownBy(InvalidArgument, () => untyped(server).handleIncomingPacket(proxy, '10.0.0.5', 27005))).toMatchObject({ argument: 'data' });
    expect(fake.callCount(HANDLE)).toBe(0);
  });

  it('a view of a detached buffer is empty: InvalidArgument data, C is never called', () => {
    const server = startServer();
    const buffer = new ArrayBuffer(16);
    const data = new Uint8Array(buffer);
    data.set(packet(16));
    structuredClone(buffer, { transfer: [buffer] });
    expect(buffer.byteLength).toBe(0);
    expect(thrownBy(InvalidArgument, () => server.handleIncomingPacket(data, '10.0.0.5', 27005))).toMatchObject({ argument: 'data', reason: 'is empty' });
    expect(fake.callCount(HANDLE)).toBe(0);
  });

  it('an object shaped like bytes (byteLength, buffer) throws InvalidArgument data', () => {
    const server = startServer();
    const lookalike = { byteLength: 16, buffer: new ArrayBuffer(16), byteOffset: 0, length: 16 };
    expect(thrownBy(InvalidArgument, () => untyped(server).handleIncomingPacket(lookalike, '10.0.0.5', 27005))).toMatchObject({ argument: 'data' });
    expect(fake.callCount(HANDLE)).toBe(0);
  });
});
