/** MarketEligibilityResponse_t (166): call result of GetMarketEligibility. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { int32Codec, uint32Codec } from '../codecs/integer';
import { unsignedFromInt32 } from '../raw-member';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link MarketEligibilityResponse}: the single source of truth of its shape. */
export const marketEligibilityResponseCodec = t.readonly(
  t.type(
    {
      /** Whether the user is allowed to use Market features (`m_bAllowed`). */
      isAllowed: booleanCodec,
      /**
       * Why the user is not allowed, if not (`m_eNotAllowedReason`): EMarketNotAllowedReasonFlags
       * bits OR-ed together (0 when allowed). A set, not a member, so it is not checked against the
       * enum; bits a newer Steam adds are kept.
       */
      disallowReason: uint32Codec,
      /** When the user is allowed to use Market features, in Unix seconds (`m_rtAllowedAtTime`, an RTime32). */
      allowedAtTime: uint32Codec,
      /** The number of days any user must have had Steam Guard before they can use the Market (`m_cdaySteamGuardRequiredDays`). */
      steamGuardRequiredDays: int32Codec,
      /** The number of days after a device's first authorization before the user can use the Market on it (`m_cdayNewDeviceCooldown`). */
      newDeviceCooldown: int32Codec,
    },
    'MarketEligibilityResponse',
  ),
  'MarketEligibilityResponse',
);
/**
 * The payload of MarketEligibilityResponse_t (166): whether the user may use the Steam Market, in reply to GetMarketEligibility.
 *
 * @interface
 */
export type MarketEligibilityResponse = t.TypeOf<typeof marketEligibilityResponseCodec>;

/** The MarketEligibilityResponse_t signal: its struct, codec and member mapping. */
export const marketEligibilityResponseSignal: SignalDefinition<MarketEligibilityResponse> = {
  struct: 'MarketEligibilityResponse_t',
  codec: marketEligibilityResponseCodec,
  fromRaw: (raw) => ({
    isAllowed: raw.m_bAllowed,
    disallowReason: unsignedFromInt32(raw.m_eNotAllowedReason),
    allowedAtTime: raw.m_rtAllowedAtTime,
    steamGuardRequiredDays: raw.m_cdaySteamGuardRequiredDays,
    newDeviceCooldown: raw.m_cdayNewDeviceCooldown,
  }),
};
