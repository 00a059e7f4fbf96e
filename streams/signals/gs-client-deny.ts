/** GSClientDeny_t (202): the game server must refuse this client. */
import * as t from 'io-ts';
import { EDenyReason } from '../../native/enums';
import { enumMemberCodec } from '../codecs/enum-member';
import { textCodec } from '../codecs/text';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

export const gsClientDenyCodec = t.readonly(
  t.type(
    { steamId: steamIdCodec, denyReason: enumMemberCodec(EDenyReason, 'EDenyReason'), optionalText: textCodec },
    'GsClientDeny',
  ),
  'GsClientDeny',
);
export type GsClientDeny = t.TypeOf<typeof gsClientDenyCodec>;

export const gsClientDenySignal: SignalDefinition<GsClientDeny> = {
  struct: 'GSClientDeny_t',
  codec: gsClientDenyCodec,
  fromRaw: (raw) => ({ steamId: raw.m_SteamID, denyReason: raw.m_eDenyReason, optionalText: raw.m_rgchOptionalText }),
};
