/** GSClientGroupStatus_t (208): the reply to RequestUserGroupStatus. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

export const gsClientGroupStatusCodec = t.readonly(
  t.type(
    { userSteamId: steamIdCodec, groupSteamId: steamIdCodec, member: booleanCodec, officer: booleanCodec },
    'GsClientGroupStatus',
  ),
  'GsClientGroupStatus',
);
export type GsClientGroupStatus = t.TypeOf<typeof gsClientGroupStatusCodec>;

export const gsClientGroupStatusSignal: SignalDefinition<GsClientGroupStatus> = {
  struct: 'GSClientGroupStatus_t',
  codec: gsClientGroupStatusCodec,
  fromRaw: (raw) => ({
    userSteamId: raw.m_SteamIDUser,
    groupSteamId: raw.m_SteamIDGroup,
    member: raw.m_bMember,
    officer: raw.m_bOfficer,
  }),
};
