/** UserStatsReceived_t (1101): a user's stats and achievements arrived (RequestCurrentStats, or the call result of RequestUserStats). */
import * as t from 'io-ts';
import { resultCodeCodec } from '../codecs/result-code';
import { steamIdCodec, uint64Codec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link UserStatsReceived}: the single source of truth of its shape. */
export const userStatsReceivedCodec = t.readonly(
  t.type(
    {
      /** The game the stats are of (`m_nGameID`). */
      gameId: uint64Codec('gameId'),
      /** OK, or why the stats could not be had (`m_eResult`; Fail: the user has none yet). */
      result: resultCodeCodec,
      /** The user whose stats these are (`m_steamIDUser`). */
      steamId: steamIdCodec,
    },
    'UserStatsReceived',
  ),
  'UserStatsReceived',
);
/**
 * The payload of UserStatsReceived_t (1101): a user's stats and achievements arrived (RequestCurrentStats, or the call result of RequestUserStats).
 *
 * @interface
 */
export type UserStatsReceived = t.TypeOf<typeof userStatsReceivedCodec>;

/** The UserStatsReceived_t signal: its struct, codec and member mapping. */
export const userStatsReceivedSignal: SignalDefinition<UserStatsReceived> = {
  struct: 'UserStatsReceived_t',
  codec: userStatsReceivedCodec,
  fromRaw: (raw) => ({ gameId: raw.m_nGameID, result: raw.m_eResult, steamId: raw.m_steamIDUser }),
};
