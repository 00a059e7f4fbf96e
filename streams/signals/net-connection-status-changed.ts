/** SteamNetConnectionStatusChangedCallback_t (1221): a Sockets connection changed state. */
import * as t from 'io-ts';
import { int32Codec, uint32Codec } from '../codecs/integer';
import { nestedConnectionInfo, netConnectionInfoCodec } from '../codecs/networking';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link NetConnectionStatusChanged}: the single source of truth of its shape. */
export const netConnectionStatusChangedCodec = t.readonly(
  t.type(
    {
      /** The connection (`m_hConn`, an HSteamNetConnection). */
      connection: uint32Codec,
      /** Its full state now (`m_info`): who, where, the new state and, once closed, Steam's end reason and debug text. */
      info: netConnectionInfoCodec,
      /** The ESteamNetworkingConnectionState it left (`m_eOldState`). */
      oldState: int32Codec,
    },
    'NetConnectionStatusChanged',
  ),
  'NetConnectionStatusChanged',
);
/**
 * The payload of SteamNetConnectionStatusChangedCallback_t (1221): a connection opened, accepted
 * or arriving on a listen socket changed state (Connecting, FindingRoute, Connected, ClosedByPeer,
 * ProblemDetectedLocally). None follows the application's own closeConnection.
 *
 * @interface
 */
export type NetConnectionStatusChanged = t.TypeOf<typeof netConnectionStatusChangedCodec>;

/** The SteamNetConnectionStatusChangedCallback_t signal: its struct, codec and member mapping. */
export const netConnectionStatusChangedSignal: SignalDefinition<NetConnectionStatusChanged> = {
  struct: 'SteamNetConnectionStatusChangedCallback_t',
  codec: netConnectionStatusChangedCodec,
  fromRaw: (raw) => ({ connection: raw.m_hConn, info: nestedConnectionInfo(raw.m_info), oldState: raw.m_eOldState }),
};
