/** GSClientKick_t (203): the game server must disconnect this client. */
import * as t from 'io-ts';
import { EDenyReason } from '../../native/enums';
import { enumMemberCodec } from '../codecs/enum-member';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link GsClientKick}: the single source of truth of its shape. */
export const gsClientKickCodec = t.readonly(
  t.type(
    {
      /** The Steam ID of the client to kick (`m_SteamID`). */
      steamId: steamIdCodec,
      /** Why the client is to be kicked (`m_eDenyReason`). */
      denyReason: enumMemberCodec(EDenyReason, 'EDenyReason'),
    },
    'GsClientKick',
  ),
  'GsClientKick',
);
/**
 * The payload of GSClientKick_t (203): Steam requests that the game server kick this client.
 *
 * @interface
 */
export type GsClientKick = t.TypeOf<typeof gsClientKickCodec>;

/** The GSClientKick_t signal: its struct, codec and member mapping. */
export const gsClientKickSignal: SignalDefinition<GsClientKick> = {
  struct: 'GSClientKick_t',
  codec: gsClientKickCodec,
  fromRaw: (raw) => ({ steamId: raw.m_SteamID, denyReason: raw.m_eDenyReason }),
};
