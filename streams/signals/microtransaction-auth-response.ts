/** MicroTxnAuthorizationResponse_t (152): the user answered a microtransaction authorization request. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { uint32Codec } from '../codecs/integer';
import { uint64Codec } from '../codecs/uint64';
import { flagFromNumber } from '../raw-member';
import type { SignalDefinition } from '../signal-definition';

export const microtransactionAuthResponseCodec = t.readonly(
  t.type(
    {
      appId: uint32Codec,
      orderId: uint64Codec('orderId'),
      /** m_bAuthorized is a uint8 used as a flag. */
      authorized: booleanCodec,
    },
    'MicrotransactionAuthResponse',
  ),
  'MicrotransactionAuthResponse',
);
export type MicrotransactionAuthResponse = t.TypeOf<typeof microtransactionAuthResponseCodec>;

export const microtransactionAuthResponseSignal: SignalDefinition<MicrotransactionAuthResponse> = {
  struct: 'MicroTxnAuthorizationResponse_t',
  codec: microtransactionAuthResponseCodec,
  fromRaw: (raw) => ({ appId: raw.m_unAppID, orderId: raw.m_ulOrderID, authorized: flagFromNumber(raw.m_bAuthorized) }),
};
