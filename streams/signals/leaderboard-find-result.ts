/** LeaderboardFindResult_t (1104): the call result of FindLeaderboard / FindOrCreateLeaderboard. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { uint64Codec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link LeaderboardFindResult}: the single source of truth of its shape. */
export const leaderboardFindResultCodec = t.readonly(
  t.type(
    {
      /** The board's handle; 0 when not found (`m_hSteamLeaderboard`). */
      leaderboard: uint64Codec('SteamLeaderboard_t'),
      /** Whether the board was found (or made) (`m_bLeaderboardFound`). */
      found: booleanCodec,
    },
    'LeaderboardFindResult',
  ),
  'LeaderboardFindResult',
);
/**
 * The payload of LeaderboardFindResult_t (1104): the call result of FindLeaderboard / FindOrCreateLeaderboard.
 *
 * @interface
 */
export type LeaderboardFindResult = t.TypeOf<typeof leaderboardFindResultCodec>;

/** The LeaderboardFindResult_t signal: its struct, codec and member mapping. */
export const leaderboardFindResultSignal: SignalDefinition<LeaderboardFindResult> = {
  struct: 'LeaderboardFindResult_t',
  codec: leaderboardFindResultCodec,
  // uint8 flags: 0 and 1 become booleans, anything else stays a number so the codec refuses it.
  fromRaw: (raw) => ({ leaderboard: raw.m_hSteamLeaderboard, found: raw.m_bLeaderboardFound === 1 ? true : raw.m_bLeaderboardFound === 0 ? false : raw.m_bLeaderboardFound }),
};
