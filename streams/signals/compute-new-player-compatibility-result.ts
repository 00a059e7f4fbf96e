/** ComputeNewPlayerCompatibilityResult_t (211): call result of ComputeNewPlayerCompatibility. */
import * as t from 'io-ts';
import { int32Codec } from '../codecs/integer';
import { resultCodeCodec } from '../codecs/result-code';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link ComputeNewPlayerCompatibilityResult}: the single source of truth of its shape. */
export const computeNewPlayerCompatibilityResultCodec = t.readonly(
  t.type(
    {
      /** The result of the ComputeNewPlayerCompatibility call (`m_eResult`). */
      result: resultCodeCodec,
      /** How many current players don't like the candidate (`m_cPlayersThatDontLikeCandidate`, int). */
      playersThatDontLikeCandidate: int32Codec,
      /** How many current players the candidate doesn't like (`m_cPlayersThatCandidateDoesntLike`, int). */
      playersThatCandidateDoesntLike: int32Codec,
      /** How many clan players don't like the candidate (`m_cClanPlayersThatDontLikeCandidate`, int). */
      clanPlayersThatDontLikeCandidate: int32Codec,
      /** The Steam ID of the new player the compatibility was computed for (`m_SteamIDCandidate`). */
      candidateSteamId: steamIdCodec,
    },
    'ComputeNewPlayerCompatibilityResult',
  ),
  'ComputeNewPlayerCompatibilityResult',
);
/**
 * The payload of ComputeNewPlayerCompatibilityResult_t (211): whether current players and a new player want to play together.
 *
 * @interface
 */
export type ComputeNewPlayerCompatibilityResult = t.TypeOf<typeof computeNewPlayerCompatibilityResultCodec>;

/** The ComputeNewPlayerCompatibilityResult_t signal: its struct, codec and member mapping. */
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
