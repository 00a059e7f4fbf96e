/** SteamRelayNetworkStatus_t (1281): the relay network's availability changed. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { int32Codec } from '../codecs/integer';
import { textCodec } from '../codecs/text';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link RelayNetworkStatus}: the single source of truth of its shape. */
export const relayNetworkStatusCodec = t.readonly(
  t.type(
    {
      /** Summary ESteamNetworkingAvailability (`m_eAvail`): 100 Current means relayed connections can be made. */
      availability: int32Codec,
      /** Steam is measuring pings to the relays (`m_bPingMeasurementInProgress`). */
      pingMeasurementInProgress: booleanCodec,
      /** ESteamNetworkingAvailability of the network configuration (`m_eAvailNetworkConfig`). */
      availabilityNetworkConfig: int32Codec,
      /** ESteamNetworkingAvailability of any relay (`m_eAvailAnyRelay`). */
      availabilityAnyRelay: int32Codec,
      /** Steam's description, for people (`m_debugMsg`). */
      debugMessage: textCodec,
    },
    'RelayNetworkStatus',
  ),
  'RelayNetworkStatus',
);
/**
 * The payload of SteamRelayNetworkStatus_t (1281): the Steam Datagram Relay network's status,
 * posted after initRelayNetworkAccess and whenever it changes (also getRelayNetworkStatus's answer).
 *
 * @interface
 */
export type RelayNetworkStatus = t.TypeOf<typeof relayNetworkStatusCodec>;

/** The SteamRelayNetworkStatus_t signal: its struct, codec and member mapping. */
export const relayNetworkStatusSignal: SignalDefinition<RelayNetworkStatus> = {
  struct: 'SteamRelayNetworkStatus_t',
  codec: relayNetworkStatusCodec,
  fromRaw: (raw) => ({
    availability: raw.m_eAvail,
    // An int holding a bool: any nonzero value is true.
    pingMeasurementInProgress: typeof raw.m_bPingMeasurementInProgress === 'number' ? raw.m_bPingMeasurementInProgress !== 0 : raw.m_bPingMeasurementInProgress,
    availabilityNetworkConfig: raw.m_eAvailNetworkConfig,
    availabilityAnyRelay: raw.m_eAvailAnyRelay,
    debugMessage: raw.m_debugMsg,
  }),
};
