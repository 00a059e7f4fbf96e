/** SteamNetworkingIdentity and SteamNetworkingIPAddr encoding: round trips, limits, and Valve's own helpers as the reference. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import koffi from 'koffi';
import {
  encodeSteamIdIdentity,
  networkingIdentitySize,
  decodeNetworkingIdentity,
  decodeNetworkingIpAddress,
  encodeNetworkingIdentity,
  encodeNetworkingIpAddress,
  networkingIpAddressSize,
  type NetworkingIdentity,
} from '../../native/networking-identity';

describe('SteamNetworkingIdentity encoding', () => {
  it('null is a NULL pointer', () => {
    expect(encodeSteamIdIdentity(null)).toBeNull();
  });

  it('a Steam ID identity: type 16, size 8, the id at offset 8, the rest zero', () => {
    const bytes = encodeSteamIdIdentity(76561198265685624n);
    expect(networkingIdentitySize()).toBe(136);
    expect(bytes?.byteLength).toBe(136);
    const expected = new Uint8Array(136);
    expected.set([16, 0, 0, 0, 8, 0, 0, 0]);
    expected.set([0x78, 0x56, 0x34, 0x12, 0x01, 0x00, 0x10, 0x01], 8);
    expect(bytes).toEqual(expected);
  });
});

describe('identity and address values round-trip through their bytes', () => {
  const identities: readonly NetworkingIdentity[] = [
    { steamId: 2n ** 64n - 1n },
    { ip: { ipv4: 0xffffffff, port: 65535 } },
    { ip: { ipv6: Uint8Array.from({ length: 16 }, (_, index) => index + 1), port: 1 } },
    { genericString: 'ü-31-bytes-of-text-xxxxxxxxxxx' },
    { genericBytes: new Uint8Array(32).fill(0xee) },
    { otherType: 17, bytes: new TextEncoder().encode('xbox\0') },
  ];
  it.each(identities.map((identity, index) => [index, identity] as const))('identity %i', (_index, identity) => {
    expect(decodeNetworkingIdentity(encodeNetworkingIdentity(identity))).toEqual(identity);
  });

  it('an address is 18 bytes; IPv4 is stored IPv4-mapped and read back as ipv4', () => {
    expect(networkingIpAddressSize()).toBe(18);
    const bytes = encodeNetworkingIpAddress({ ipv4: 0x0a000001, port: 0x1234 });
    expect(Array.from(bytes)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 10, 0, 0, 1, 0x34, 0x12]);
    expect(decodeNetworkingIpAddress(bytes)).toEqual({ ipv4: 0x0a000001, port: 0x1234 });
  });

  it('Valve-refused generic values throw a RangeError instead of writing a struct Steam would reject', () => {
    expect(() => encodeNetworkingIdentity({ genericString: 'x'.repeat(32) })).toThrow(RangeError);
    expect(() => encodeNetworkingIdentity({ genericBytes: new Uint8Array(0) })).toThrow(RangeError);
  });
});

const realLibrary = path.join(__dirname, '..', '..', 'node_modules', 'steamworks.js', 'dist', 'linux64', 'libsteam_api.so');
const describeReal = process.platform === 'linux' && process.arch === 'x64' && existsSync(realLibrary) ? describe : describe.skip;

// Valve's flat helpers only touch the struct they are given (no init needed), so they are the
// reference encoder: our bytes must equal theirs, and theirs must decode to the same value.
describeReal("identities and addresses match Valve's own helpers (libsteam_api 1.60)", () => {
  const library = koffi.load(realLibrary);
  const setSteamId64 = library.func('SteamAPI_SteamNetworkingIdentity_SetSteamID64', 'void', ['void *', 'uint64_t']);
  const setGenericString = library.func('SteamAPI_SteamNetworkingIdentity_SetGenericString', 'bool', ['void *', 'const char *']);
  const setGenericBytes = library.func('SteamAPI_SteamNetworkingIdentity_SetGenericBytes', 'bool', ['void *', 'void *', 'uint32_t']);
  const setIPv4Addr = library.func('SteamAPI_SteamNetworkingIdentity_SetIPv4Addr', 'void', ['void *', 'uint32_t', 'uint16_t']);
  const setIPv6 = library.func('SteamAPI_SteamNetworkingIPAddr_SetIPv6', 'void', ['void *', 'void *', 'uint16_t']);
  const setIPv4 = library.func('SteamAPI_SteamNetworkingIPAddr_SetIPv4', 'void', ['void *', 'uint32_t', 'uint16_t']);
  const valve = (write: (bytes: Uint8Array) => unknown, size = 136): Uint8Array => {
    const bytes = new Uint8Array(size);
    write(bytes);
    return bytes;
  };

  it('a Steam ID', () => {
    const theirs = valve((bytes) => setSteamId64(bytes, 76561198265685624n));
    expect(encodeNetworkingIdentity({ steamId: 76561198265685624n })).toEqual(theirs);
    expect(decodeNetworkingIdentity(theirs)).toEqual({ steamId: 76561198265685624n });
  });

  it('a generic string (the longest Valve accepts) and generic bytes', () => {
    const text = 'y'.repeat(31);
    const theirs = valve((bytes) => expect(setGenericString(bytes, text)).toBe(true));
    expect(encodeNetworkingIdentity({ genericString: text })).toEqual(theirs);
    expect(decodeNetworkingIdentity(theirs)).toEqual({ genericString: text });
    expect(setGenericString(new Uint8Array(136), 'y'.repeat(32))).toBe(false);
    const data = Uint8Array.from({ length: 32 }, (_, index) => index);
    const theirBytes = valve((bytes) => expect(setGenericBytes(bytes, data, data.length)).toBe(true));
    expect(encodeNetworkingIdentity({ genericBytes: data })).toEqual(theirBytes);
    expect(decodeNetworkingIdentity(theirBytes)).toEqual({ genericBytes: data });
  });

  it('an IPv4 identity, and IPv4 and IPv6 addresses', () => {
    const theirs = valve((bytes) => setIPv4Addr(bytes, 0x7f000001, 27015));
    expect(encodeNetworkingIdentity({ ip: { ipv4: 0x7f000001, port: 27015 } })).toEqual(theirs);
    expect(decodeNetworkingIdentity(theirs)).toEqual({ ip: { ipv4: 0x7f000001, port: 27015 } });
    expect(encodeNetworkingIpAddress({ ipv4: 0xc0a80102, port: 443 })).toEqual(valve((bytes) => setIPv4(bytes, 0xc0a80102, 443), 18));
    const ipv6 = Uint8Array.from([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    const theirAddress = valve((bytes) => setIPv6(bytes, ipv6, 8080), 18);
    expect(encodeNetworkingIpAddress({ ipv6, port: 8080 })).toEqual(theirAddress);
    expect(decodeNetworkingIpAddress(theirAddress)).toEqual({ ipv6, port: 8080 });
  });
});
