/** LeaderboardUGCSet_t (1111): the call result of AttachLeaderboardUGC. */
import * as t from 'io-ts';
import { resultCodeCodec } from '../codecs/result-code';
import { uint64Codec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link LeaderboardUGCSet}: the single source of truth of its shape. */
export const leaderboardUGCSetCodec = t.readonly(
  t.type(
    {
      /** OK, or why not (`m_eResult`; Timeout, or InvalidParam without an entry on the board). */
      result: resultCodeCodec,
      /** The board (`m_hSteamLeaderboard`). */
      leaderboard: uint64Codec('SteamLeaderboard_t'),
    },
    'LeaderboardUGCSet',
  ),
  'LeaderboardUGCSet',
);
/**
 * The payload of LeaderboardUGCSet_t (1111): the call result of AttachLeaderboardUGC.
 *
 * @interface
 */
export type LeaderboardUGCSet = t.TypeOf<typeof leaderboardUGCSetCodec>;

/** The LeaderboardUGCSet_t signal: its struct, codec and member mapping. */
export const leaderboardUGCSetSignal: SignalDefinition<LeaderboardUGCSet> = {
  struct: 'LeaderboardUGCSet_t',
  codec: leaderboardUGCSetCodec,
  fromRaw: (raw) => ({ result: raw.m_eResult, leaderboard: raw.m_hSteamLeaderboard }),
};
