/** FriendsIsFollowing_t (345): call result of IsFollowing. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { resultCodeCodec } from '../codecs/result-code';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link FriendsIsFollowing}: the single source of truth of its shape. */
export const friendsIsFollowingCodec = t.readonly(
  t.type(
    {
      /** EResult: OK, or why there is no answer (`m_eResult`). */
      result: resultCodeCodec,
      /** The user asked about (`m_steamID`). */
      steamId: steamIdCodec,
      /** Whether the current user follows them (`m_bIsFollowing`). */
      following: booleanCodec,
    },
    'FriendsIsFollowing',
  ),
  'FriendsIsFollowing',
);
/**
 * The payload of FriendsIsFollowing_t (345): whether the current user follows a user (call result of IsFollowing).
 *
 * @interface
 */
export type FriendsIsFollowing = t.TypeOf<typeof friendsIsFollowingCodec>;

/** The FriendsIsFollowing_t signal: its struct, codec and member mapping. */
export const friendsIsFollowingSignal: SignalDefinition<FriendsIsFollowing> = {
  struct: 'FriendsIsFollowing_t',
  codec: friendsIsFollowingCodec,
  fromRaw: (raw) => ({ result: raw.m_eResult, steamId: raw.m_steamID, following: raw.m_bIsFollowing }),
};
