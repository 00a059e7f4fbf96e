/** MarketEligibilityResponse_t (166): call result of GetMarketEligibility. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { int32Codec, uint32Codec } from '../codecs/integer';
import { unsignedFromInt32 } from '../raw-member';
import type { SignalDefinition } from '../signal-definition';

export const marketEligibilityResponseCodec = t.readonly(
  t.type(
    {
      isAllowed: booleanCodec,
      /**
       * EMarketNotAllowedReasonFlags bits OR-ed together (0 when allowed). A set, not a member, so
       * it is not checked against the enum; bits a newer Steam adds are kept.
       */
      disallowReason: uint32Codec,
      /** RTime32: Unix seconds. */
      allowedAtTime: uint32Codec,
      steamGuardRequiredDays: int32Codec,
      newDeviceCooldown: int32Codec,
    },
    'MarketEligibilityResponse',
  ),
  'MarketEligibilityResponse',
);
export type MarketEligibilityResponse = t.TypeOf<typeof marketEligibilityResponseCodec>;

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
