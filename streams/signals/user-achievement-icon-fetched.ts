/** UserAchievementIconFetched_t (1109): an achievement icon GetAchievementIcon had not ready is now ready. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { int32Codec } from '../codecs/integer';
import { textCodec } from '../codecs/text';
import { uint64Codec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link UserAchievementIconFetched}: the single source of truth of its shape. */
export const userAchievementIconFetchedCodec = t.readonly(
  t.type(
    {
      /** The game (`m_nGameID`, a CGameID). */
      gameId: uint64Codec('gameId'),
      /** The achievement (`m_rgchAchievementName`, char[128]). */
      achievementName: textCodec,
      /** Whether this is the unlocked icon (`m_bAchieved`). */
      achieved: booleanCodec,
      /** The image handle for ISteamUtils (`m_nIconHandle`; 0 when there is none). */
      iconHandle: int32Codec,
    },
    'UserAchievementIconFetched',
  ),
  'UserAchievementIconFetched',
);
/**
 * The payload of UserAchievementIconFetched_t (1109): an achievement icon GetAchievementIcon had not ready is now ready.
 *
 * @interface
 */
export type UserAchievementIconFetched = t.TypeOf<typeof userAchievementIconFetchedCodec>;

/** The UserAchievementIconFetched_t signal: its struct, codec and member mapping. */
export const userAchievementIconFetchedSignal: SignalDefinition<UserAchievementIconFetched> = {
  struct: 'UserAchievementIconFetched_t',
  codec: userAchievementIconFetchedCodec,
  fromRaw: (raw) => ({ gameId: raw.m_nGameID, achievementName: raw.m_rgchAchievementName, achieved: raw.m_bAchieved, iconHandle: raw.m_nIconHandle }),
};
