/** GSClientDeny_t (202): the game server must refuse this client. */
import * as t from 'io-ts';
import { EDenyReason } from '../../native/enums';
import { enumMemberCodec } from '../codecs/enum-member';
import { textCodec } from '../codecs/text';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link GsClientDeny}: the single source of truth of its shape. */
export const gsClientDenyCodec = t.readonly(
  t.type(
    {
      /** The Steam ID of the denied client (`m_SteamID`). */
      steamId: steamIdCodec,
      /** Why the client was denied (`m_eDenyReason`). */
      denyReason: enumMemberCodec(EDenyReason, 'EDenyReason'),
      /** Optional text sent with the deny (`m_rgchOptionalText`, char[128]). */
      optionalText: textCodec,
    },
    'GsClientDeny',
  ),
  'GsClientDeny',
);
/**
 * The payload of GSClientDeny_t (202): the client has been denied a connection to this game server.
 *
 * @interface
 */
export type GsClientDeny = t.TypeOf<typeof gsClientDenyCodec>;

/** The GSClientDeny_t signal: its struct, codec and member mapping. */
export const gsClientDenySignal: SignalDefinition<GsClientDeny> = {
  struct: 'GSClientDeny_t',
  codec: gsClientDenyCodec,
  fromRaw: (raw) => ({ steamId: raw.m_SteamID, denyReason: raw.m_eDenyReason, optionalText: raw.m_rgchOptionalText }),
};
