/** GSClientAchievementStatus_t (206): whether a client has unlocked an achievement. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { textCodec } from '../codecs/text';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link GsClientAchievementStatus}: the single source of truth of its shape. */
export const gsClientAchievementStatusCodec = t.readonly(
  t.type(
    {
      /** The Steam ID of the client (`m_SteamID`, a plain uint64). */
      steamId: steamIdCodec,
      /** The achievement's name (`m_pchAchievement`, char[128]). */
      achievement: textCodec,
      /** Whether the client has unlocked the achievement (`m_bUnlocked`). */
      unlocked: booleanCodec,
    },
    'GsClientAchievementStatus',
  ),
  'GsClientAchievementStatus',
);
/**
 * The payload of GSClientAchievementStatus_t (206): whether a client has unlocked an achievement.
 *
 * @interface
 */
export type GsClientAchievementStatus = t.TypeOf<typeof gsClientAchievementStatusCodec>;

/** The GSClientAchievementStatus_t signal: its struct, codec and member mapping. */
export const gsClientAchievementStatusSignal: SignalDefinition<GsClientAchievementStatus> = {
  struct: 'GSClientAchievementStatus_t',
  codec: gsClientAchievementStatusCodec,
  // m_SteamID is a plain uint64 here (not a CSteamID): same value, different alignment on Windows.
  fromRaw: (raw) => ({ steamId: raw.m_SteamID, achievement: raw.m_pchAchievement, unlocked: raw.m_bUnlocked }),
};
