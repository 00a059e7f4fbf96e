/** GSReputation_t (209): call result of GetServerReputation. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { uint16Codec, uint32Codec } from '../codecs/integer';
import { resultCodeCodec } from '../codecs/result-code';
import { uint64Codec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

export const gsReputationCodec = t.readonly(
  t.type(
    {
      result: resultCodeCodec,
      reputationScore: uint32Codec,
      banned: booleanCodec,
      /** Host-order IPv4 of the banned server, as Steam gives it. */
      bannedIp: uint32Codec,
      bannedPort: uint16Codec,
      bannedGameId: uint64Codec('bannedGameId'),
      /** RTime32: Unix seconds. */
      banExpires: uint32Codec,
    },
    'GsReputation',
  ),
  'GsReputation',
);
export type GsReputation = t.TypeOf<typeof gsReputationCodec>;

export const gsReputationSignal: SignalDefinition<GsReputation> = {
  struct: 'GSReputation_t',
  codec: gsReputationCodec,
  fromRaw: (raw) => ({
    result: raw.m_eResult,
    reputationScore: raw.m_unReputationScore,
    banned: raw.m_bBanned,
    bannedIp: raw.m_unBannedIP,
    bannedPort: raw.m_usBannedPort,
    bannedGameId: raw.m_ulBannedGameID,
    banExpires: raw.m_unBanExpires,
  }),
};
