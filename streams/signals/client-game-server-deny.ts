/** ClientGameServerDeny_t (113): Steam tells the client to leave a game server. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { uint16Codec, uint32Codec } from '../codecs/integer';
import { textCodec } from '../codecs/text';
import { flagFromNumber, ipv4Text } from '../raw-member';
import type { SignalDefinition } from '../signal-definition';

export const clientGameServerDenyCodec = t.readonly(
  t.type(
    {
      appId: uint32Codec,
      /** Dotted quad of the host-order address. */
      serverIp: textCodec,
      /** The same address as Steam gives it: a host-order uint32. */
      serverIpNumber: uint32Codec,
      serverPort: uint16Codec,
      /** m_bSecure is a uint16 used as a flag. */
      secure: booleanCodec,
      reason: uint32Codec,
    },
    'ClientGameServerDeny',
  ),
  'ClientGameServerDeny',
);
export type ClientGameServerDeny = t.TypeOf<typeof clientGameServerDenyCodec>;

export const clientGameServerDenySignal: SignalDefinition<ClientGameServerDeny> = {
  struct: 'ClientGameServerDeny_t',
  codec: clientGameServerDenyCodec,
  fromRaw: (raw) => ({
    appId: raw.m_uAppID,
    serverIp: ipv4Text(raw.m_unGameServerIP),
    serverIpNumber: raw.m_unGameServerIP,
    serverPort: raw.m_usGameServerPort,
    secure: flagFromNumber(raw.m_bSecure),
    reason: raw.m_uReason,
  }),
};
