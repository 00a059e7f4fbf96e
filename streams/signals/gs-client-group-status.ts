/** GSClientGroupStatus_t (208): the reply to RequestUserGroupStatus. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link GsClientGroupStatus}: the single source of truth of its shape. */
export const gsClientGroupStatusCodec = t.readonly(
  t.type(
    {
      /** The Steam ID of the user whose group status was asked for (`m_SteamIDUser`). */
      userSteamId: steamIdCodec,
      /** The Steam ID of the group (`m_SteamIDGroup`). */
      groupSteamId: steamIdCodec,
      /** Whether the user is a member of the group (`m_bMember`). */
      member: booleanCodec,
      /** Whether the user is an officer of the group (`m_bOfficer`). */
      officer: booleanCodec,
    },
    'GsClientGroupStatus',
  ),
  'GsClientGroupStatus',
);
/**
 * The payload of GSClientGroupStatus_t (208): a user's membership of a Steam group, in reply to RequestUserGroupStatus.
 *
 * @interface
 */
export type GsClientGroupStatus = t.TypeOf<typeof gsClientGroupStatusCodec>;

/** The GSClientGroupStatus_t signal: its struct, codec and member mapping. */
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
