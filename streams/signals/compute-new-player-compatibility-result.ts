/** ComputeNewPlayerCompatibilityResult_t (211): call result of ComputeNewPlayerCompatibility. */
import * as t from 'io-ts';
import { int32Codec } from '../codecs/integer';
import { resultCodeCodec } from '../codecs/result-code';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

export const computeNewPlayerCompatibilityResultCodec = t.readonly(
  t.type(
    {
      result: resultCodeCodec,
      playersThatDontLikeCandidate: int32Codec,
      playersThatCandidateDoesntLike: int32Codec,
      clanPlayersThatDontLikeCandidate: int32Codec,
      candidateSteamId: steamIdCodec,
    },
    'ComputeNewPlayerCompatibilityResult',
  ),
  'ComputeNewPlayerCompatibilityResult',
);
export type ComputeNewPlayerCompatibilityResult = t.TypeOf<typeof computeNewPlayerCompatibilityResultCodec>;

export const computeNewPlayerCompatibilityResultSignal: SignalDefinition<ComputeNewPlayerCompatibilityResult> = {
  struct: 'ComputeNewPlayerCompatibilityResult_t',
  codec: computeNewPlayerCompatibilityResultCodec,
  fromRaw: (raw) => ({
    result: raw.m_eResult,
    playersThatDontLikeCandidate: raw.m_cPlayersThatDontLikeCandidate,
    playersThatCandidateDoesntLike: raw.m_cPlayersThatCandidateDoesntLike,
    clanPlayersThatDontLikeCandidate: raw.m_cClanPlayersThatDontLikeCandidate,
    candidateSteamId: raw.m_SteamIDCandidate,
  }),
};
