/** ClanOfficerListResponse_t (335): call result of RequestClanOfficerList. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { int32Codec } from '../codecs/integer';
import { steamIdCodec } from '../codecs/uint64';
import { flagFromNumber } from '../raw-member';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link ClanOfficerListResponse}: the single source of truth of its shape. */
export const clanOfficerListResponseCodec = t.readonly(
  t.type(
    {
      /** The clan (`m_steamIDClan`). */
      clanSteamId: steamIdCodec,
      /** How many officers it has (`m_cOfficers`). */
      officers: int32Codec,
      /** Whether the list arrived (`m_bSuccess`). */
      success: booleanCodec,
    },
    'ClanOfficerListResponse',
  ),
  'ClanOfficerListResponse',
);
/**
 * The payload of ClanOfficerListResponse_t (335): a clan's officer list arrived (call result of RequestClanOfficerList); read it with getClanOwner / getClanOfficerByIndex.
 *
 * @interface
 */
export type ClanOfficerListResponse = t.TypeOf<typeof clanOfficerListResponseCodec>;

/** The ClanOfficerListResponse_t signal: its struct, codec and member mapping. */
export const clanOfficerListResponseSignal: SignalDefinition<ClanOfficerListResponse> = {
  struct: 'ClanOfficerListResponse_t',
  codec: clanOfficerListResponseCodec,
  fromRaw: (raw) => ({ clanSteamId: raw.m_steamIDClan, officers: raw.m_cOfficers, success: flagFromNumber(raw.m_bSuccess) }),
};
