/** GlobalStatsReceived_t (1112): the call result of RequestGlobalStats (on the client pipe, 1112 is always this struct, never PS3TrophiesInstalled_t). */
import * as t from 'io-ts';
import { resultCodeCodec } from '../codecs/result-code';
import { uint64Codec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link GlobalStatsReceived}: the single source of truth of its shape. */
export const globalStatsReceivedCodec = t.readonly(
  t.type(
    {
      /** The game (`m_nGameID`). */
      gameId: uint64Codec('gameId'),
      /** OK, or why not (`m_eResult`). */
      result: resultCodeCodec,
    },
    'GlobalStatsReceived',
  ),
  'GlobalStatsReceived',
);
/**
 * The payload of GlobalStatsReceived_t (1112): the call result of RequestGlobalStats (on the client pipe, 1112 is always this struct, never PS3TrophiesInstalled_t).
 *
 * @interface
 */
export type GlobalStatsReceived = t.TypeOf<typeof globalStatsReceivedCodec>;

/** The GlobalStatsReceived_t signal: its struct, codec and member mapping. */
export const globalStatsReceivedSignal: SignalDefinition<GlobalStatsReceived> = {
  struct: 'GlobalStatsReceived_t',
  codec: globalStatsReceivedCodec,
  fromRaw: (raw) => ({ gameId: raw.m_nGameID, result: raw.m_eResult }),
};
