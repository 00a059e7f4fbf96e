/** FriendsGetFollowerCount_t (344): call result of GetFollowerCount. */
import * as t from 'io-ts';
import { int32Codec } from '../codecs/integer';
import { resultCodeCodec } from '../codecs/result-code';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link FriendsGetFollowerCount}: the single source of truth of its shape. */
export const friendsGetFollowerCountCodec = t.readonly(
  t.type(
    {
      /** EResult: OK, or why there is no count (`m_eResult`). */
      result: resultCodeCodec,
      /** The user asked about (`m_steamID`). */
      steamId: steamIdCodec,
      /** Their follower count (`m_nCount`). */
      count: int32Codec,
    },
    'FriendsGetFollowerCount',
  ),
  'FriendsGetFollowerCount',
);
/**
 * The payload of FriendsGetFollowerCount_t (344): how many users follow a user (call result of GetFollowerCount).
 *
 * @interface
 */
export type FriendsGetFollowerCount = t.TypeOf<typeof friendsGetFollowerCountCodec>;

/** The FriendsGetFollowerCount_t signal: its struct, codec and member mapping. */
export const friendsGetFollowerCountSignal: SignalDefinition<FriendsGetFollowerCount> = {
  struct: 'FriendsGetFollowerCount_t',
  codec: friendsGetFollowerCountCodec,
  fromRaw: (raw) => ({ result: raw.m_eResult, steamId: raw.m_steamID, count: raw.m_nCount }),
};
