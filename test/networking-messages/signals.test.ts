/** The ISteamNetworkingMessages signals decode from linux64 and win64 bytes (pack(1) structs, nested identity and connection info). */
import { isLeft, isRight } from 'fp-ts/Either';
import { encodeNetworkingIdentity, type NetworkingIdentity } from '../../native/networking-identity';
import type { Platform } from '../../native/steam-core';
import { writeStruct } from '../../native/struct-bytes';
import { layoutOf, layoutsFor } from '../../native/struct-layouts';
import { signalDecoders } from '../../streams/signal-decoders';

const origin = { pipe: 'client', kind: 'callback' } as const;
const identities: readonly NetworkingIdentity[] = [
  { steamId: 76561198265685624n },
  { ip: { ipv4: 0xc0a80001, port: 27015 } },
  { genericString: 'player-1' },
  { genericBytes: new Uint8Array([1, 2, 3, 4]) },
];

describe.each<Platform>(['linux64', 'win64'])('Messages signals on %s', (platform) => {
  const table = layoutsFor(platform);

  it('both callback structs are pack(1) with the measured sizes and ids', () => {
    expect(layoutOf(table, 'SteamNetworkingMessagesSessionRequest_t')).toMatchObject({ size: 136, align: 1, callbackId: 1251 });
    expect(layoutOf(table, 'SteamNetworkingMessagesSessionFailed_t')).toMatchObject({ size: 696, align: 1, callbackId: 1252 });
  });

  it.each(identities.map((identity) => [JSON.stringify(identity, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value)), identity] as const))(
    'SteamNetworkingMessagesSessionRequest_t decodes the identity %s',
    (_label, identity) => {
      const bytes = writeStruct(layoutOf(table, 'SteamNetworkingMessagesSessionRequest_t'), { m_identityRemote: encodeNetworkingIdentity(identity) });
      const decoded = signalDecoders(platform).networkingMessagesSessionRequest.decode(bytes, origin);
      expect(isRight(decoded) && decoded.right).toEqual({ identityRemote: identity });
    },
  );

  it('SteamNetworkingMessagesSessionFailed_t decodes the nested SteamNetConnectionInfo_t', () => {
    const infoLayout = layoutOf(table, 'SteamNetConnectionInfo_t');
    const info = writeStruct(infoLayout, {
      m_identityRemote: encodeNetworkingIdentity({ steamId: 76561197960287930n }),
      m_nUserData: -1n,
      m_eState: 5,
      m_eEndReason: 4001,
      m_szEndDebug: 'timed out',
      m_szConnectionDescription: 'session with 76561197960287930',
      m_nFlags: 2,
    });
    const bytes = writeStruct(layoutOf(table, 'SteamNetworkingMessagesSessionFailed_t'), { m_info: info });
    const decoded = signalDecoders(platform).networkingMessagesSessionFailed.decode(bytes, origin);
    expect(isRight(decoded) && decoded.right).toEqual({
      info: {
        identityRemote: { steamId: 76561197960287930n },
        userData: -1n,
        listenSocket: 0,
        addressRemote: { ipv6: new Uint8Array(16), port: 0 },
        popRemote: 0,
        popRelay: 0,
        state: 5,
        endReason: 4001,
        endDebug: 'timed out',
        connectionDescription: 'session with 76561197960287930',
        flags: 2,
      },
    });
  });

  it('a short payload and an identity whose size lies are decode errors, not values', () => {
    expect(isLeft(signalDecoders(platform).networkingMessagesSessionRequest.decode(new Uint8Array(100), origin))).toBe(true);
    const lying = encodeNetworkingIdentity({ steamId: 1n });
    lying[4] = 200; // m_cbSize past the union: the identity reads as otherType, never as a Steam ID of stale bytes
    const bytes = writeStruct(layoutOf(table, 'SteamNetworkingMessagesSessionRequest_t'), { m_identityRemote: lying });
    const decoded = signalDecoders(platform).networkingMessagesSessionRequest.decode(bytes, origin);
    expect(isRight(decoded) && decoded.right.identityRemote).toEqual({ otherType: 16, bytes: lying.slice(8, 136) });
  });
});
