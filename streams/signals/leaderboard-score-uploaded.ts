/** LeaderboardScoreUploaded_t (1106): the call result of UploadLeaderboardScore. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { int32Codec } from '../codecs/integer';
import { uint64Codec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link LeaderboardScoreUploaded}: the single source of truth of its shape. */
export const leaderboardScoreUploadedCodec = t.readonly(
  t.type(
    {
      /** Whether the upload succeeded (`m_bSuccess`). */
      success: booleanCodec,
      /** The board (`m_hSteamLeaderboard`). */
      leaderboard: uint64Codec('SteamLeaderboard_t'),
      /** The score that was sent (`m_nScore`). */
      score: int32Codec,
      /** Whether the board kept it (not when keep-best and no better) (`m_bScoreChanged`). */
      scoreChanged: booleanCodec,
      /** The user's new global rank (`m_nGlobalRankNew`). */
      globalRankNew: int32Codec,
      /** The user's rank before; 0 when they had none (`m_nGlobalRankPrevious`). */
      globalRankPrevious: int32Codec,
    },
    'LeaderboardScoreUploaded',
  ),
  'LeaderboardScoreUploaded',
);
/**
 * The payload of LeaderboardScoreUploaded_t (1106): the call result of UploadLeaderboardScore.
 *
 * @interface
 */
export type LeaderboardScoreUploaded = t.TypeOf<typeof leaderboardScoreUploadedCodec>;

/** The LeaderboardScoreUploaded_t signal: its struct, codec and member mapping. */
export const leaderboardScoreUploadedSignal: SignalDefinition<LeaderboardScoreUploaded> = {
  struct: 'LeaderboardScoreUploaded_t',
  codec: leaderboardScoreUploadedCodec,
  // uint8 flags: 0 and 1 become booleans, anything else stays a number so the codec refuses it.
  fromRaw: (raw) => ({ success: raw.m_bSuccess === 1 ? true : raw.m_bSuccess === 0 ? false : raw.m_bSuccess, leaderboard: raw.m_hSteamLeaderboard, score: raw.m_nScore, scoreChanged: raw.m_bScoreChanged === 1 ? true : raw.m_bScoreChanged === 0 ? false : raw.m_bScoreChanged, globalRankNew: raw.m_nGlobalRankNew, globalRankPrevious: raw.m_nGlobalRankPrevious }),
};
