/**
 * The ISteamNetworkingSockets signals decode from linux64 and win64 bytes (layouts from the
 * generated ABI tables): SteamNetConnectionStatusChangedCallback_t nests SteamNetConnectionInfo_t
 * (at 4 on linux64, 8 on win64), which nests SteamNetworkingIdentity and SteamNetworkingIPAddr.
 */
import { isRight } from 'fp-ts/Either';
import { networkingTypesStructs } from '../../native/generated/networking-types';
import { encodeNetworkingIdentity, encodeNetworkingIpAddress } from '../../native/networking-identity';
import type { Platform } from '../../native/steam-core';
import { writeStruct } from '../../native/struct-bytes';
import { abiLayoutsFor, layoutOf, layoutsFor } from '../../native/struct-layouts';
import { signalDecoders } from '../../streams/signal-decoders';

const origin = { pipe: 'client', kind: 'callback' } as const;
const steamId = 76561198265685624n;

const info = (platform: Platform, members: { identity: Uint8Array; state: number; endReason: number; endDebug: string }): Uint8Array =>
  writeStruct(layoutOf(layoutsFor(platform), 'SteamNetConnectionInfo_t'), {
    m_identityRemote: members.identity,
    m_nUserData: -2n,
    m_hListenSocket: 0xfffffff1,
    m_addrRemote: encodeNetworkingIpAddress({ ipv4: 0xc0a80102, port: 27015 }),
    m_idPOPRemote: 7,
    m_idPOPRelay: 8,
    m_eState: members.state,
    m_eEndReason: members.endReason,
    m_szEndDebug: members.endDebug,
    m_szConnectionDescription: 'desc',
    m_nFlags: 4,
  });

describe('the nested SteamNetConnectionInfo_t', () => {
  it('has the same member offsets on linux64 and win64 (one reading serves both)', () => {
    const linux = abiLayoutsFor(networkingTypesStructs, 'linux64')('SteamNetConnectionInfo_t');
    const windows = abiLayoutsFor(networkingTypesStructs, 'win64')('SteamNetConnectionInfo_t');
    expect(linux.fields.map((field) => [field.name, field.offset])).toEqual(windows.fields.map((field) => [field.name, field.offset]));
    expect([linux.size, windows.size, linux.align, windows.align]).toEqual([696, 696, 4, 8]);
  });
});

describe.each<Platform>(['linux64', 'win64'])('Sockets signals on %s', (platform) => {
  const statusLayout = layoutOf(layoutsFor(platform), 'SteamNetConnectionStatusChangedCallback_t');

  it('SteamNetConnectionStatusChangedCallback_t (1221): the connection, the whole nested info, the old state', () => {
    const bytes = writeStruct(statusLayout, {
      m_hConn: 0xfffffffe,
      m_info: info(platform, { identity: encodeNetworkingIdentity({ steamId }), state: 4, endReason: 1001, endDebug: 'host left' }),
      m_eOldState: 3,
    });
    expect(bytes.byteLength).toBe(platform === 'linux64' ? 704 : 712);
    expect(statusLayout.callbackId).toBe(1221);
    expect(statusLayout.field.m_info?.offset).toBe(platform === 'linux64' ? 4 : 8);
    const decoded = signalDecoders(platform).netConnectionStatusChanged.decode(bytes, origin);
    expect(isRight(decoded) ? decoded.right : decoded.left).toEqual({
      connection: 0xfffffffe,
      info: {
        identityRemote: { steamId },
        userData: -2n,
        listenSocket: 0xfffffff1,
        addressRemote: { ipv4: 0xc0a80102, port: 27015 },
        popRemote: 7,
        popRelay: 8,
        state: 4,
        endReason: 1001,
        endDebug: 'host left',
        connectionDescription: 'desc',
        flags: 4,
      },
      oldState: 3,
    });
  });

  it('the info starts where the platform puts it: a state written at its raw offset is read back', () => {
    const bytes = new Uint8Array(statusLayout.size);
    const infoAt = statusLayout.field.m_info?.offset ?? 0;
    // m_eState sits at 176 inside the info on both platforms.
    bytes[infoAt + 176] = 3;
    bytes[statusLayout.field.m_eOldState?.offset ?? 0] = 1;
    const decoded = signalDecoders(platform).netConnectionStatusChanged.decode(bytes, origin);
    expect(isRight(decoded) && [decoded.right.info.state, decoded.right.oldState, decoded.right.info.identityRemote]).toEqual([3, 1, { otherType: 0, bytes: new Uint8Array(0) }]);
  });

  it('identities of every kind and an IPv6 address come through the nested info', () => {
    const ipv6 = Uint8Array.from({ length: 16 }, (_, index) => index + 1);
    for (const identity of [{ genericString: 'server-1' }, { genericBytes: Uint8Array.of(1, 2) }, { ip: { ipv6, port: 1 } }] as const) {
      const bytes = writeStruct(statusLayout, { m_hConn: 1, m_info: info(platform, { identity: encodeNetworkingIdentity(identity), state: 1, endReason: 0, endDebug: '' }), m_eOldState: 0 });
      const decoded = signalDecoders(platform).netConnectionStatusChanged.decode(bytes, origin);
      expect(isRight(decoded) && decoded.right.info.identityRemote).toEqual(identity);
    }
  });

  it('SteamNetAuthenticationStatus_t (1222): the availability and the debug text', () => {
    const layout = layoutOf(layoutsFor(platform), 'SteamNetAuthenticationStatus_t');
    expect([layout.callbackId, layout.size]).toEqual([1222, 260]);
    const bytes = writeStruct(layout, { m_eAvail: -101, m_debugMsg: 'no certificate' });
    const decoded = signalDecoders(platform).netAuthenticationStatus.decode(bytes, origin);
    expect(isRight(decoded) ? decoded.right : decoded.left).toEqual({ availability: -101, debugMessage: 'no certificate' });
  });

  it('short buffers are decode errors', () => {
    expect(signalDecoders(platform).netConnectionStatusChanged.decode(new Uint8Array(statusLayout.size - 1), origin)._tag).toBe('Left');
    expect(signalDecoders(platform).netAuthenticationStatus.decode(new Uint8Array(259), origin)._tag).toBe('Left');
  });
});
