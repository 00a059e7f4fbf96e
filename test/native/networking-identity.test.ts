import { encodeSteamIdIdentity, networkingIdentitySize } from '../../native/networking-identity';

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
