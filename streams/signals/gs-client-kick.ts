/** GSClientKick_t (203): the game server must disconnect this client. */
import * as t from 'io-ts';
import { EDenyReason } from '../../native/enums';
import { enumMemberCodec } from '../codecs/enum-member';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

export const gsClientKickCodec = t.readonly(
  t.type({ steamId: steamIdCodec, denyReason: enumMemberCodec(EDenyReason, 'EDenyReason') }, 'GsClientKick'),
  'GsClientKick',
);
export type GsClientKick = t.TypeOf<typeof gsClientKickCodec>;

export const gsClientKickSignal: SignalDefinition<GsClientKick> = {
  struct: 'GSClientKick_t',
  codec: gsClientKickCodec,
  fromRaw: (raw) => ({ steamId: raw.m_SteamID, denyReason: raw.m_eDenyReason }),
};
