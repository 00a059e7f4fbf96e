/** GSGameplayStats_t (207): the reply to GetGameplayStats. */
import * as t from 'io-ts';
import { int32Codec, uint32Codec } from '../codecs/integer';
import { resultCodeCodec } from '../codecs/result-code';
import type { SignalDefinition } from '../signal-definition';

export const gsGameplayStatsCodec = t.readonly(
  t.type(
    { result: resultCodeCodec, rank: int32Codec, totalConnects: uint32Codec, totalMinutesPlayed: uint32Codec },
    'GsGameplayStats',
  ),
  'GsGameplayStats',
);
export type GsGameplayStats = t.TypeOf<typeof gsGameplayStatsCodec>;

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
