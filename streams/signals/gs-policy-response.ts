/** GSPolicyResponse_t (115): whether the game server is VAC secure. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { flagFromNumber } from '../raw-member';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link GsPolicyResponse}: the single source of truth of its shape. */
export const gsPolicyResponseCodec = t.readonly(
  t.type(
    {
      /** Whether the game server should display itself as secure (VAC protected) to users (`m_bSecure`, a uint8 used as a flag). */
      secure: booleanCodec,
    },
    'GsPolicyResponse',
  ),
  'GsPolicyResponse',
);
/**
 * The payload of GSPolicyResponse_t (115): whether the game server should display itself as VAC secure.
 *
 * @interface
 */
export type GsPolicyResponse = t.TypeOf<typeof gsPolicyResponseCodec>;

/** The GSPolicyResponse_t signal: its struct, codec and member mapping. */
export const gsPolicyResponseSignal: SignalDefinition<GsPolicyResponse> = {
  struct: 'GSPolicyResponse_t',
  codec: gsPolicyResponseCodec,
  // m_bSecure is a uint8 used as a flag.
  fromRaw: (raw) => ({ secure: flagFromNumber(raw.m_bSecure) }),
};
