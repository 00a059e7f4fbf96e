/** UserAchievementStored_t (1103): an achievement was stored as unlocked, or progress towards it was shown. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { uint32Codec } from '../codecs/integer';
import { textCodec } from '../codecs/text';
import { uint64Codec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link UserAchievementStored}: the single source of truth of its shape. */
export const userAchievementStoredCodec = t.readonly(
  t.type(
    {
      /** The game (`m_nGameID`). */
      gameId: uint64Codec('gameId'),
      /** Whether it is a group achievement (`m_bGroupAchievement`). */
      groupAchievement: booleanCodec,
      /** The achievement's API name (`m_rgchAchievementName`, char[128]). */
      achievementName: textCodec,
      /** Progress shown; 0 with maxProgress 0 when it was unlocked (`m_nCurProgress`). */
      currentProgress: uint32Codec,
      /** The progress that unlocks it; 0 when it was unlocked (`m_nMaxProgress`). */
      maxProgress: uint32Codec,
    },
    'UserAchievementStored',
  ),
  'UserAchievementStored',
);
/**
 * The payload of UserAchievementStored_t (1103): an achievement was stored as unlocked, or progress towards it was shown.
 *
 * @interface
 */
export type UserAchievementStored = t.TypeOf<typeof userAchievementStoredCodec>;

/** The UserAchievementStored_t signal: its struct, codec and member mapping. */
export const userAchievementStoredSignal: SignalDefinition<UserAchievementStored> = {
  struct: 'UserAchievementStored_t',
  codec: userAchievementStoredCodec,
  fromRaw: (raw) => ({ gameId: raw.m_nGameID, groupAchievement: raw.m_bGroupAchievement, achievementName: raw.m_rgchAchievementName, currentProgress: raw.m_nCurProgress, maxProgress: raw.m_nMaxProgress }),
};
