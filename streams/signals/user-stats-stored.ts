/** UserStatsStored_t (1102): the result of StoreStats. */
import * as t from 'io-ts';
import { resultCodeCodec } from '../codecs/result-code';
import { uint64Codec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link UserStatsStored}: the single source of truth of its shape. */
export const userStatsStoredCodec = t.readonly(
  t.type(
    {
      /** The game whose stats were stored (`m_nGameID`). */
      gameId: uint64Codec('gameId'),
      /** OK, or why not (`m_eResult`; InvalidParam: some values broke a constraint and were reverted). */
      result: resultCodeCodec,
    },
    'UserStatsStored',
  ),
  'UserStatsStored',
);
/**
 * The payload of UserStatsStored_t (1102): the result of StoreStats.
 *
 * @interface
 */
export type UserStatsStored = t.TypeOf<typeof userStatsStoredCodec>;

/** The UserStatsStored_t signal: its struct, codec and member mapping. */
export const userStatsStoredSignal: SignalDefinition<UserStatsStored> = {
  struct: 'UserStatsStored_t',
  codec: userStatsStoredCodec,
  fromRaw: (raw) => ({ gameId: raw.m_nGameID, result: raw.m_eResult }),
};
