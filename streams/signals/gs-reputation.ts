/** GSReputation_t (209): call result of GetServerReputation. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { uint16Codec, uint32Codec } from '../codecs/integer';
import { resultCodeCodec } from '../codecs/result-code';
import { uint64Codec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link GsReputation}: the single source of truth of its shape. */
export const gsReputationCodec = t.readonly(
  t.type(
    {
      /** The result of the GetServerReputation call (`m_eResult`). */
      result: resultCodeCodec,
      /** The reputation score of the game server (`m_unReputationScore`). */
      reputationScore: uint32Codec,
      /** Whether the server is banned from the Steam master servers (`m_bBanned`); if not, the banned* members are 0. */
      banned: booleanCodec,
      /** The banned server's IPv4 address, host order (`m_unBannedIP`); bans are by IP, so it may be a server on another port. */
      bannedIp: uint32Codec,
      /** The banned server's port (`m_usBannedPort`). */
      bannedPort: uint16Codec,
      /** The game ID the banned server is serving (`m_ulBannedGameID`). */
      bannedGameId: uint64Codec('bannedGameId'),
      /** When the ban expires, in Unix seconds (`m_unBanExpires`). */
      banExpires: uint32Codec,
    },
    'GsReputation',
  ),
  'GsReputation',
);
/**
 * The payload of GSReputation_t (209): the game server's reputation and any master-server ban, in reply to GetServerReputation.
 *
 * @interface
 */
export type GsReputation = t.TypeOf<typeof gsReputationCodec>;

/** The GSReputation_t signal: its struct, codec and member mapping. */
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
