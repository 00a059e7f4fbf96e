/** The ISteamNetworkingUtils signal decodes from linux64 and win64 bytes. */
import { isRight } from 'fp-ts/Either';
import type { Platform } from '../../native/steam-core';
import { writeStruct } from '../../native/struct-bytes';
import { layoutOf, layoutsFor } from '../../native/struct-layouts';
import { signalDecoders } from '../../streams/signal-decoders';

const origin = { pipe: 'client', kind: 'callback' } as const;

describe.each<Platform>(['linux64', 'win64'])('Networking Utils signals on %s', (platform) => {
  it('SteamRelayNetworkStatus_t (1281, 272 bytes) decodes its members; the debug text stops at its NUL', () => {
    const layout = layoutOf(layoutsFor(platform), 'SteamRelayNetworkStatus_t');
    expect(layout).toMatchObject({ size: 272, callbackId: 1281 });
    const bytes = writeStruct(layout, { m_eAvail: 100, m_bPingMeasurementInProgress: 7, m_eAvailNetworkConfig: 100, m_eAvailAnyRelay: -102, m_debugMsg: 'relays ok\0stale' });
    const decoded = signalDecoders(platform).relayNetworkStatus.decode(bytes, origin);
    expect(isRight(decoded) && decoded.right).toEqual({
      availability: 100,
      pingMeasurementInProgress: true,
      availabilityNetworkConfig: 100,
      availabilityAnyRelay: -102,
      debugMessage: 'relays ok',
    });
  });
});
