/**
 * The simulated ports against hostile bytes and strings from an untyped caller: lengths are read
 * with the intrinsic getter (a faked byteLength is ignored), input bytes are copied at call time
 * without calling the caller's methods, a detached buffer is no bytes, and a string Steam could not
 * take fails the call. Nothing throws a raw RangeError, TypeError or URIError.
 */
import { TestScheduler } from 'rxjs/testing';
import { EBeginAuthSessionResult, ESteamAPICallFailure, EVoiceResult } from '../../native/enums';
import { createSimulatedSteam, SESSION_TICKET_SIZE } from '../../simulated';
import type { CallResultMessage } from '../../native/steam-core';
import { record, unwrap } from './simulated-test-kit';

const newScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

/** Claims 8192 bytes through an own property, holds `realLength`. */
const ownPropertyLiar = (realLength: number): Uint8Array => {
  const bytes = new Uint8Array(realLength);
  Object.defineProperty(bytes, 'byteLength', { value: 8192 });
  Object.defineProperty(bytes, 'length', { value: 8192 });
  return bytes;
};

/** A subclass that claims 8192 bytes and whose methods throw if the core calls them. */
class LyingBytes extends Uint8Array {
  override get byteLength(): number {
    return 8192;
  }
  override get length(): number {
    return 8192;
  }
}
// Methods the core must not call, replaced outside the class so the type stays a Uint8Array's.
for (const name of ['set', 'slice', 'subarray', 'fill', 'copyWithin', 'at']) {
  Object.defineProperty(LyingBytes.prototype, name, {
    value: () => {
      throw new Error(`the core called the caller’s ${name}`);
    },
  });
}

const detached = (length: number): Uint8Array => {
  const buffer = new ArrayBuffer(length);
  const view = new Uint8Array(buffer);
  structuredClone(buffer, { transfer: [buffer] });
  expect(buffer.byteLength).toBe(0);
  return view;
};

/** Every kind of hostile buffer, each really `realLength` bytes (or none, once detached). */
const hostileBuffers = (realLength: number): Array<[string, Uint8Array]> => [
  ['own byteLength property', ownPropertyLiar(realLength)],
  ['subclass getter', new LyingBytes(realLength)],
  ['detached buffer', detached(Math.max(realLength, 1))],
];

const player = (scheduler: TestScheduler) => {
  const steam = createSimulatedSteam({ scheduler });
  const steamId = steam.addUser();
  const core = steam.createProcess({ user: steamId });
  const session = unwrap(core.initClient());
  return { steam, steamId, core, ...session };
};

describe('hostile buffers on the user port', () => {
  it.each(hostileBuffers(8))('%s: output buffers too small in truth are answered as too small', (_name, buffer) => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { user, steam } = player(scheduler);
      expect(user.getAuthSessionTicket(buffer, null)).toEqual({ handle: 0, size: 0 });
      expect(user.initiateGameConnection(buffer, 90071992547409921n, 0x7f000001, 27015, true)).toBe(0);
      expect(user.getUserDataFolder(buffer)).toBe(false);
      expect(steam.inspect.openTickets()).toEqual([]);
    });
  });

  it.each(hostileBuffers(8))('%s: voice reads and decompression into it do not throw', (_name, buffer) => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { user } = player(scheduler);
      user.startVoiceRecording();
      let read = { result: -1, bytesWritten: -1 };
      scheduler.schedule(() => (read = user.getVoice(buffer)), 100);
      scheduler.schedule(() => user.stopVoiceRecording(), 100);
      flush();
      expect(read).toEqual({ result: EVoiceResult.BufferTooSmall, bytesWritten: 0 });
      expect(() => user.decompressVoice(buffer, new Uint8Array(64), 24000)).not.toThrow();
      const compressed = new Uint8Array(4096);
      user.startVoiceRecording();
      expect(() => user.decompressVoice(compressed, buffer, 24000)).not.toThrow();
    });
  });

  it.each(hostileBuffers(8))('%s: as a ticket to BeginAuthSession it is InvalidTicket', (_name, ticket) => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { user, steamId } = player(scheduler);
      expect(user.beginAuthSession(ticket, steamId)).toBe(EBeginAuthSessionResult.InvalidTicket);
    });
  });

  it.each(hostileBuffers(4))('%s: RequestEncryptedAppTicket takes the bytes it really holds', (name, data) => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { user, steam } = player(scheduler);
      expect(user.requestEncryptedAppTicket(data)).not.toBe(0n);
      flush();
      const ticket = new Uint8Array(1024);
      const { ok, size } = user.getEncryptedAppTicket(ticket);
      expect(ok).toBe(true);
      const opened = steam.backend.decryptEncryptedAppTicket(ticket.slice(0, size));
      expect(opened._tag === 'Right' && opened.right.userData.byteLength).toBe(name === 'detached buffer' ? 0 : 4);
    });
  });

  it('input bytes are copied at call time: changing them afterwards changes nothing', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { user, steam } = player(scheduler);
      const data = Uint8Array.of(1, 2, 3);
      user.requestEncryptedAppTicket(data);
      data.fill(9);
      flush();
      const ticket = new Uint8Array(1024);
      const { size } = user.getEncryptedAppTicket(ticket);
      const opened = steam.backend.decryptEncryptedAppTicket(ticket.slice(0, size));
      expect(opened._tag === 'Right' && opened.right.userData).toEqual(Uint8Array.of(1, 2, 3));
    });
  });

  it('writes into the caller’s own memory, at the view’s offset, without calling its methods', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { user, steamId, steam } = player(scheduler);
      const backing = new ArrayBuffer(200);
      const view = new LyingBytes(backing, 10, 100);
      const { handle, size } = user.getAuthSessionTicket(view, null);
      expect(handle).not.toBe(0);
      expect(size).toBe(SESSION_TICKET_SIZE);
      const written = new Uint8Array(backing, 10, size).slice();
      expect(new Uint8Array(backing, 0, 10).every((byte) => byte === 0)).toBe(true);
      const bob = unwrap(steam.createProcess({ user: steam.addUser() }).initClient()).user;
      expect(bob.beginAuthSession(written, steamId)).toBe(EBeginAuthSessionResult.OK);
    });
  });

  it('a ticket in a lying subclass is read for the bytes it really holds', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { user, steamId, steam } = player(scheduler);
      const buffer = new Uint8Array(SESSION_TICKET_SIZE);
      user.getAuthSessionTicket(buffer, null);
      const bob = unwrap(steam.createProcess({ user: steam.addUser() }).initClient()).user;
      const lying = new LyingBytes(SESSION_TICKET_SIZE);
      new Uint8Array(lying.buffer).set(buffer, 0);
      expect(bob.beginAuthSession(lying, steamId)).toBe(EBeginAuthSessionResult.OK);
    });
  });

  it('values that are not byte arrays at all count as no bytes', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { user, steamId } = player(scheduler);
      const fake = { byteLength: 8192, length: 8192, buffer: new ArrayBuffer(8192) } as unknown as Uint8Array;
      const proxy = new Proxy(new Uint8Array(8192), {}) as Uint8Array;
      for (const value of [fake, proxy, new DataView(new ArrayBuffer(64)) as unknown as Uint8Array]) {
        expect(user.getAuthSessionTicket(value, null)).toEqual({ handle: 0, size: 0 });
        expect(user.beginAuthSession(value, steamId)).toBe(EBeginAuthSessionResult.InvalidTicket);
      }
    });
  });
});

describe('hostile buffers on the game server port and the back end', () => {
  it.each(hostileBuffers(8))('%s: tickets, packets and the back end do not throw', (_name, buffer) => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { steam, steamId } = player(scheduler);
      const { server } = unwrap(steam.createProcess().initServer({ ip: 0, gamePort: 27015, queryPort: 27016, serverMode: 3, versionString: '1' }));
      expect(server.getAuthSessionTicket(buffer, null)).toEqual({ handle: 0, size: 0 });
      expect(server.beginAuthSession(buffer, steamId)).toBe(EBeginAuthSessionResult.InvalidTicket);
      expect(server.handleIncomingPacket(buffer, 0x7f000001, 27005)).toBe(false);
      expect(server.getNextOutgoingPacket(buffer)).toEqual({ size: 0, ip: 0, port: 0 });
      expect(steam.backend.authenticateWebApiTicket(buffer)._tag).toBe('Left');
      expect(steam.backend.decryptEncryptedAppTicket(buffer)._tag).toBe('Left');
    });
  });

  it('a queued reply too big for what the buffer really holds stays queued', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { steam } = player(scheduler);
      const { server } = unwrap(steam.createProcess().initServer({ ip: 0, gamePort: 27015, queryPort: 27016, serverMode: 3, versionString: '1' }));
      const packet = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x54, ...new TextEncoder().encode('Source Engine Query\0')]);
      expect(server.handleIncomingPacket(packet, 0x7f000001, 27005)).toBe(true);
      expect(server.getNextOutgoingPacket(ownPropertyLiar(8))).toEqual({ size: 0, ip: 0, port: 0 });
      expect(server.getNextOutgoingPacket(new Uint8Array(1400)).size).toBeGreaterThan(0);
    });
  });
});

describe('strings Steam could not take', () => {
  it('RequestStoreAuthURL with a lone surrogate fails the call instead of throwing', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { core, user, utils } = player(scheduler);
      const seen = record(core);
      let call = 0n;
      expect(() => (call = user.requestStoreAuthURL('https://example.com/Player\uD800One'))).not.toThrow();
      expect(call).not.toBe(0n);
      flush();
      core.runCallbacks();
      const result = seen.find((message): message is CallResultMessage => message.kind === 'callResult' && message.apiCall === call);
      expect(result?.ioFailure).toBe(true);
      expect(utils.isAPICallCompleted(call)).toEqual({ completed: true, failed: true });
      expect(utils.getAPICallFailureReason(call)).toBe(ESteamAPICallFailure.NetworkFailure);
      // A well-formed string still gets its URL.
      expect(user.requestStoreAuthURL('https://example.com/Player\uD83D\uDE00One')).not.toBe(0n);
    });
  });

  it('a lone surrogate in a web API identity does not throw', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { user } = player(scheduler);
      expect(() => user.getAuthTicketForWebApi('svc\uDC00')).not.toThrow();
      expect(() => flush()).not.toThrow();
    });
  });
});
