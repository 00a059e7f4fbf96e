/** GlobalAchievementPercentagesReady_t (1110): the call result of RequestGlobalAchievementPercentages. */
import * as t from 'io-ts';
import { resultCodeCodec } from '../codecs/result-code';
import { uint64Codec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link GlobalAchievementPercentagesReady}: the single source of truth of its shape. */
export const globalAchievementPercentagesReadyCodec = t.readonly(
  t.type(
    {
      /** The game (`m_nGameID`). */
      gameId: uint64Codec('gameId'),
      /** OK, or why not (`m_eResult`). */
      result: resultCodeCodec,
    },
    'GlobalAchievementPercentagesReady',
  ),
  'GlobalAchievementPercentagesReady',
);
/**
 * The payload of GlobalAchievementPercentagesReady_t (1110): the call result of RequestGlobalAchievementPercentages.
 *
 * @interface
 */
export type GlobalAchievementPercentagesReady = t.TypeOf<typeof globalAchievementPercentagesReadyCodec>;

/** The GlobalAchievementPercentagesReady_t signal: its struct, codec and member mapping. */
export const globalAchievementPercentagesReadySignal: SignalDefinition<GlobalAchievementPercentagesReady> = {
  struct: 'GlobalAchievementPercentagesReady_t',
  codec: globalAchievementPercentagesReadyCodec,
  fromRaw: (raw) => ({ gameId: raw.m_nGameID, result: raw.m_eResult }),
};
