/** SteamNetworkingMessagesSessionFailed_t (1252): a Messages session failed. */
import * as t from 'io-ts';
import { nestedConnectionInfo, netConnectionInfoCodec } from '../codecs/networking';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link NetworkingMessagesSessionFailed}: the single source of truth of its shape. */
export const networkingMessagesSessionFailedCodec = t.readonly(
  t.type(
    {
      /** The session's state as it failed (`m_info`): who, the end reason (ESteamNetConnectionEnd) and Steam's debug text. */
      info: netConnectionInfoCodec,
    },
    'NetworkingMessagesSessionFailed',
  ),
  'NetworkingMessagesSessionFailed',
);
/**
 * The payload of SteamNetworkingMessagesSessionFailed_t (1252, pack(1), 696 bytes): a session
 * could not be made or broke (the peer never accepted, timed out, or closed). Messages queued to
 * that peer are dropped.
 *
 * @interface
 */
export type NetworkingMessagesSessionFailed = t.TypeOf<typeof networkingMessagesSessionFailedCodec>;

/** The SteamNetworkingMessagesSessionFailed_t signal: its struct, codec and member mapping. */
export const networkingMessagesSessionFailedSignal: SignalDefinition<NetworkingMessagesSessionFailed> = {
  struct: 'SteamNetworkingMessagesSessionFailed_t',
  codec: networkingMessagesSessionFailedCodec,
  fromRaw: (raw) => ({ info: nestedConnectionInfo(raw.m_info) }),
};
