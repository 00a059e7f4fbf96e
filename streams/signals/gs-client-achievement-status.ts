/** GSClientAchievementStatus_t (206): whether a client has unlocked an achievement. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { textCodec } from '../codecs/text';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

export const gsClientAchievementStatusCodec = t.readonly(
  t.type({ steamId: steamIdCodec, achievement: textCodec, unlocked: booleanCodec }, 'GsClientAchievementStatus'),
  'GsClientAchievementStatus',
);
export type GsClientAchievementStatus = t.TypeOf<typeof gsClientAchievementStatusCodec>;

export const gsClientAchievementStatusSignal: SignalDefinition<GsClientAchievementStatus> = {
  struct: 'GSClientAchievementStatus_t',
  codec: gsClientAchievementStatusCodec,
  // m_SteamID is a plain uint64 here (not a CSteamID): same value, different alignment on Windows.
  fromRaw: (raw) => ({ steamId: raw.m_SteamID, achievement: raw.m_pchAchievement, unlocked: raw.m_bUnlocked }),
};
