/**
 * A buffer whose `byteLength` lies (an own property or a subclass getter) must never make C read
 * or write past its real memory: every size a port passes to the fake library is recorded by it,
 * and must be the true length. Each lying view sits at the start of a larger ArrayBuffer filled
 * with a canary, so the memory it claims really exists (no undefined behaviour in the test even
 * before the fix) and anything C read or wrote beyond the view shows up.
 */
import { runInNewContext } from 'node:vm';
import { EVoiceResult } from '../../native/enums';
import { cBufferSize, trueByteLength } from '../../native/buffer-size';
import type { FlatSymbol } from '../../native/flat-api';
import type { GameServerPort, UserPort } from '../../native/steam-core';
import { freshFakeCore, liveClient, liveServer } from './fake-core';

const canary = 0x5e;
type Lie = 'own property' | 'subclass getter';

/** `real` bytes 1, 2, 3, ... at the start of a `claimed`-byte buffer of canaries; byteLength says `claimed`. */
const lyingView = (real: number, claimed: number, lie: Lie): Uint8Array => {
  const backing = new Uint8Array(claimed).fill(canary);
  for (let index = 0; index < real; index += 1) backing[index] = (index % 250) + 1;
  if (lie === 'subclass getter') {
    class Liar extends Uint8Array {
      override get byteLength(): number {
        return claimed;
      }
    }
    return new Liar(backing.buffer, 0, real);
  }
  const view = new Uint8Array(backing.buffer, 0, real);
  Object.defineProperty(view, 'byteLength', { value: claimed });
  return view;
};

/** The canaries past the view, untouched? */
const canaryIntact = (view: Uint8Array, real: number): boolean => new Uint8Array(view.buffer).subarray(real).every((value) => value === canary);

interface Ports {
  readonly user: UserPort;
  readonly server: GameServerPort;
}

interface InputCase {
  readonly name: string;
  readonly symbol: FlatSymbol;
  /** C parameter positions of the buffer and its size. */
  readonly bufferIndex: number;
  readonly sizeIndex: number;
  readonly call: (ports: Ports, view: Uint8Array) => unknown;
}

const steamId = 76561198265685624n;

const inputs: readonly InputCase[] = [
  { name: 'ISteamUser BeginAuthSession', symbol: 'SteamAPI_ISteamUser_BeginAuthSession', bufferIndex: 1, sizeIndex: 2, call: ({ user }, view) => user.beginAuthSession(view, steamId) },
  { name: 'ISteamGameServer BeginAuthSession', symbol: 'SteamAPI_ISteamGameServer_BeginAuthSession', bufferIndex: 1, sizeIndex: 2, call: ({ server }, view) => server.beginAuthSession(view, steamId) },
  { name: 'DecompressVoice (compressed)', symbol: 'SteamAPI_ISteamUser_DecompressVoice', bufferIndex: 1, sizeIndex: 2, call: ({ user }, view) => user.decompressVoice(view, new Uint8Array(64), 24000) },
  { name: 'HandleIncomingPacket', symbol: 'SteamAPI_ISteamGameServer_HandleIncomingPacket', bufferIndex: 1, sizeIndex: 2, call: ({ server }, view) => server.handleIncomingPacket(view, 0x0a000001, 27015) },
  { name: 'RequestEncryptedAppTicket', symbol: 'SteamAPI_ISteamUser_RequestEncryptedAppTicket', bufferIndex: 1, sizeIndex: 2, call: ({ user }, view) => user.requestEncryptedAppTicket(view) },
];

interface OutputCase {
  readonly name: string;
  readonly symbol: FlatSymbol;
  readonly sizeIndex: number;
  readonly call: (ports: Ports, view: Uint8Array) => unknown;
}

const outputs: readonly OutputCase[] = [
  { name: 'ISteamUser GetAuthSessionTicket', symbol: 'SteamAPI_ISteamUser_GetAuthSessionTicket', sizeIndex: 2, call: ({ user }, view) => user.getAuthSessionTicket(view, null) },
  { name: 'ISteamGameServer GetAuthSessionTicket', symbol: 'SteamAPI_ISteamGameServer_GetAuthSessionTicket', sizeIndex: 2, call: ({ server }, view) => server.getAuthSessionTicket(view, null) },
  { name: 'InitiateGameConnection', symbol: 'SteamAPI_ISteamUser_InitiateGameConnection_DEPRECATED', sizeIndex: 2, call: ({ user }, view) => user.initiateGameConnection(view, steamId, 1, 2, true) },
  { name: 'GetUserDataFolder', symbol: 'SteamAPI_ISteamUser_GetUserDataFolder', sizeIndex: 2, call: ({ user }, view) => user.getUserDataFolder(view) },
  { name: 'GetVoice', symbol: 'SteamAPI_ISteamUser_GetVoice', sizeIndex: 3, call: ({ user }, view) => user.getVoice(view) },
  { name: 'DecompressVoice (destination)', symbol: 'SteamAPI_ISteamUser_DecompressVoice', sizeIndex: 4, call: ({ user }, view) => user.decompressVoice(Uint8Array.of(1, 2, 3), view, 24000) },
  { name: 'GetEncryptedAppTicket', symbol: 'SteamAPI_ISteamUser_GetEncryptedAppTicket', sizeIndex: 2, call: ({ user }, view) => user.getEncryptedAppTicket(view) },
  { name: 'GetNextOutgoingPacket', symbol: 'SteamAPI_ISteamGameServer_GetNextOutgoingPacket', sizeIndex: 2, call: ({ server }, view) => server.getNextOutgoingPacket(view) },
];

const lies: readonly Lie[] = ['own property', 'subclass getter'];

const livePorts = (): Ports & { readonly fake: ReturnType<typeof freshFakeCore>['fake'] } => {
  const { core, fake } = freshFakeCore();
  return { user: liveClient(core).user, server: liveServer(core).server, fake };
};

describe('a faked byteLength never reaches C', () => {
  describe.each(lies)('input buffers (%s)', (lie) => {
    it.each(inputs.map((input) => [input.name, input] as const))('%s gets the true size and only the real bytes', (_name, input) => {
      const { fake, ...ports } = livePorts();
      const view = lyingView(16, 8192, lie);
      expect(view.byteLength).toBe(8192);
      input.call(ports, view);
      expect(fake.signedArg(input.symbol, input.sizeIndex)).toBe(16n);
      const seen = fake.argBytes(input.symbol, input.bufferIndex);
      expect(seen?.byteLength).toBe(16);
      expect(seen?.includes(canary)).toBe(false);
    });
  });

  it('DecompressVoice with 16 real bytes claiming 4 MiB sends 16', () => {
    const { fake, user } = livePorts();
    const view = lyingView(16, 4 * 1024 * 1024, 'own property');
    fake.setOutput('SteamAPI_ISteamUser_DecompressVoice', new Uint8Array(32).fill(7));
    expect(user.decompressVoice(view, new Uint8Array(64), 24000)).toEqual({ result: EVoiceResult.OK, bytesWritten: 32 });
    expect(fake.arg('SteamAPI_ISteamUser_DecompressVoice', 2)).toBe(16n);
  });

  describe.each(lies)('output buffers (%s)', (lie) => {
    it.each(outputs.map((output) => [output.name, output] as const))('%s is told the true size, and nothing past the view is written', (_name, output) => {
      const { fake, ...ports } = livePorts();
      // Steam has 100 bytes to give: more than the 16 real bytes, less than the 4096 claimed.
      fake.setOutput(output.symbol, new Uint8Array(100).fill(0x77));
      fake.setReturn(output.symbol, 1);
      const view = lyingView(16, 4096, lie);
      output.call(ports, view);
      expect(fake.signedArg(output.symbol, output.sizeIndex)).toBe(16n);
      expect(canaryIntact(view, 16)).toBe(true);
    });
  });

  it('a buffer that is not a typed array is refused before C is called', () => {
    const { fake, user } = livePorts();
    const fakeBuffer = { byteLength: 8192 } as unknown as Uint8Array;
    expect(() => user.beginAuthSession(fakeBuffer, steamId)).toThrow(TypeError);
    expect(fake.callCount('SteamAPI_ISteamUser_BeginAuthSession')).toBe(0);
  });
});

describe('trueByteLength / cBufferSize', () => {
  it('read the internal length, whatever the instance, its class or Uint8Array.prototype claim', () => {
    const view = lyingView(3, 99, 'own property');
    expect(trueByteLength(view)).toBe(3);
    expect(trueByteLength(lyingView(5, 99, 'subclass getter'))).toBe(5);
    expect(trueByteLength(new Uint16Array(4))).toBe(8);
    expect(trueByteLength(Buffer.from('abc'))).toBe(3);
    // A typed array from another realm (jest's sandbox vs Node's TextEncoder) reads the same.
    expect(trueByteLength(runInNewContext('new Uint8Array(6)') as Uint8Array)).toBe(6);
    const plain = new Uint8Array(7);
    const original = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype) as object, 'byteLength');
    Object.defineProperty(Object.getPrototypeOf(Uint8Array.prototype) as object, 'byteLength', { get: () => 1 << 30, configurable: true });
    try {
      expect(plain.byteLength).toBe(1 << 30);
      expect(trueByteLength(plain)).toBe(7);
    } finally {
      if (original !== undefined) Object.defineProperty(Object.getPrototypeOf(Uint8Array.prototype) as object, 'byteLength', original);
    }
    expect(plain.byteLength).toBe(7);
  });

  it('refuse what is not a typed array, and sizes the C parameter cannot hold', () => {
    expect(() => trueByteLength(new DataView(new ArrayBuffer(4)))).toThrow(TypeError);
    expect(() => trueByteLength(1234n as unknown as Uint8Array)).toThrow(TypeError);
    expect(cBufferSize(new Uint8Array(10), 10)).toBe(10);
    expect(() => cBufferSize(new Uint8Array(11), 10)).toThrow(RangeError);
  });
});
