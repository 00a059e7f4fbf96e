/** GSPolicyResponse_t (115): whether the game server is VAC secure. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { flagFromNumber } from '../raw-member';
import type { SignalDefinition } from '../signal-definition';

export const gsPolicyResponseCodec = t.readonly(t.type({ secure: booleanCodec }, 'GsPolicyResponse'), 'GsPolicyResponse');
export type GsPolicyResponse = t.TypeOf<typeof gsPolicyResponseCodec>;

export const gsPolicyResponseSignal: SignalDefinition<GsPolicyResponse> = {
  struct: 'GSPolicyResponse_t',
  codec: gsPolicyResponseCodec,
  // m_bSecure is a uint8 used as a flag.
  fromRaw: (raw) => ({ secure: flagFromNumber(raw.m_bSecure) }),
};
