/** GSStatsReceived_t (1800): the call result of the game server's RequestUserStats. */
import * as t from 'io-ts';
import { resultCodeCodec } from '../codecs/result-code';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link GsStatsReceived}: the single source of truth of its shape. */
export const gsStatsReceivedCodec = t.readonly(
  t.type(
    {
      /** OK, or why not (`m_eResult`). */
      result: resultCodeCodec,
      /** The player (`m_steamIDUser`). */
      steamId: steamIdCodec,
    },
    'GsStatsReceived',
  ),
  'GsStatsReceived',
);
/**
 * The payload of GSStatsReceived_t (1800): the call result of the game server's RequestUserStats.
 *
 * @interface
 */
export type GsStatsReceived = t.TypeOf<typeof gsStatsReceivedCodec>;

/** The GSStatsReceived_t signal: its struct, codec and member mapping. */
export const gsStatsReceivedSignal: SignalDefinition<GsStatsReceived> = {
  struct: 'GSStatsReceived_t',
  codec: gsStatsReceivedCodec,
  fromRaw: (raw) => ({ result: raw.m_eResult, steamId: raw.m_steamIDUser }),
};
