/** GSGameplayStats_t (207): the reply to GetGameplayStats. */
import * as t from 'io-ts';
import { int32Codec, uint32Codec } from '../codecs/integer';
import { resultCodeCodec } from '../codecs/result-code';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link GsGameplayStats}: the single source of truth of its shape. */
export const gsGameplayStatsCodec = t.readonly(
  t.type(
    {
      /** The result of the call (`m_eResult`). */
      result: resultCodeCodec,
      /** The overall rank of the server, 0-based (`m_nRank`). */
      rank: int32Codec,
      /** The total number of clients who have ever connected to the server (`m_unTotalConnects`). */
      totalConnects: uint32Codec,
      /** The total number of minutes ever played on the server (`m_unTotalMinutesPlayed`). */
      totalMinutesPlayed: uint32Codec,
    },
    'GsGameplayStats',
  ),
  'GsGameplayStats',
);
/**
 * The payload of GSGameplayStats_t (207): the game server's gameplay stats, in reply to GetGameplayStats.
 *
 * @interface
 */
export type GsGameplayStats = t.TypeOf<typeof gsGameplayStatsCodec>;

/** The GSGameplayStats_t signal: its struct, codec and member mapping. */
export const gsGameplayStatsSignal: SignalDefinition<GsGameplayStats> = {
  struct: 'GSGameplayStats_t',
  codec: gsGameplayStatsCodec,
  fromRaw: (raw) => ({
    result: raw.m_eResult,
    rank: raw.m_nRank,
    totalConnects: raw.m_unTotalConnects,
    totalMinutesPlayed: raw.m_unTotalMinutesPlayed,
  }),
};
