/** ClientGameServerDeny_t (113): Steam tells the client to leave a game server. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { uint16Codec, uint32Codec } from '../codecs/integer';
import { textCodec } from '../codecs/text';
import { flagFromNumber, ipv4Text } from '../raw-member';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link ClientGameServerDeny}: the single source of truth of its shape. */
export const clientGameServerDenyCodec = t.readonly(
  t.type(
    {
      /** The app ID this deny is for (`m_uAppID`). */
      appId: uint32Codec,
      /** The game server's IP address as a dotted quad, from the host-order `m_unGameServerIP`. */
      serverIp: textCodec,
      /** The game server's IP address as Steam gives it: a host-order uint32 (`m_unGameServerIP`). */
      serverIpNumber: uint32Codec,
      /** The game server's port, host order (`m_usGameServerPort`). */
      serverPort: uint16Codec,
      /** Whether the game server is VAC secure (`m_bSecure`, a uint16 used as a flag). */
      secure: booleanCodec,
      /** `m_uReason` (uint32) as Steam gives it; Valve does not document its values. */
      reason: uint32Codec,
    },
    'ClientGameServerDeny',
  ),
  'ClientGameServerDeny',
);
/**
 * The payload of ClientGameServerDeny_t (113): the client should disconnect from this game server at once.
 *
 * @interface
 */
export type ClientGameServerDeny = t.TypeOf<typeof clientGameServerDenyCodec>;

/** The ClientGameServerDeny_t signal: its struct, codec and member mapping. */
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
