/** LeaderboardScoresDownloaded_t (1105): the call result of DownloadLeaderboardEntries(ForUsers). */
import * as t from 'io-ts';
import { int32Codec } from '../codecs/integer';
import { uint64Codec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link LeaderboardScoresDownloaded}: the single source of truth of its shape. */
export const leaderboardScoresDownloadedCodec = t.readonly(
  t.type(
    {
      /** The board (`m_hSteamLeaderboard`). */
      leaderboard: uint64Codec('SteamLeaderboard_t'),
      /** The downloaded set, read with GetDownloadedLeaderboardEntry (`m_hSteamLeaderboardEntries`). */
      entries: uint64Codec('SteamLeaderboardEntries_t'),
      /** How many entries it holds (`m_cEntryCount`). */
      entryCount: int32Codec,
    },
    'LeaderboardScoresDownloaded',
  ),
  'LeaderboardScoresDownloaded',
);
/**
 * The payload of LeaderboardScoresDownloaded_t (1105): the call result of DownloadLeaderboardEntries(ForUsers).
 *
 * @interface
 */
export type LeaderboardScoresDownloaded = t.TypeOf<typeof leaderboardScoresDownloadedCodec>;

/** The LeaderboardScoresDownloaded_t signal: its struct, codec and member mapping. */
export const leaderboardScoresDownloadedSignal: SignalDefinition<LeaderboardScoresDownloaded> = {
  struct: 'LeaderboardScoresDownloaded_t',
  codec: leaderboardScoresDownloadedCodec,
  fromRaw: (raw) => ({ leaderboard: raw.m_hSteamLeaderboard, entries: raw.m_hSteamLeaderboardEntries, entryCount: raw.m_cEntryCount }),
};
