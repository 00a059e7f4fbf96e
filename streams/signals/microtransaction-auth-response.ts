/** MicroTxnAuthorizationResponse_t (152): the user answered a microtransaction authorization request. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { uint32Codec } from '../codecs/integer';
import { uint64Codec } from '../codecs/uint64';
import { flagFromNumber } from '../raw-member';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link MicrotransactionAuthResponse}: the single source of truth of its shape. */
export const microtransactionAuthResponseCodec = t.readonly(
  t.type(
    {
      /** The app ID of this microtransaction (`m_unAppID`). */
      appId: uint32Codec,
      /** The order ID provided for the microtransaction (`m_ulOrderID`). */
      orderId: uint64Codec('orderId'),
      /** Whether the user authorized the transaction (`m_bAuthorized`, a uint8 used as a flag). */
      authorized: booleanCodec,
    },
    'MicrotransactionAuthResponse',
  ),
  'MicrotransactionAuthResponse',
);
/**
 * The payload of MicroTxnAuthorizationResponse_t (152): the user answered a microtransaction authorization request.
 *
 * @interface
 */
export type MicrotransactionAuthResponse = t.TypeOf<typeof microtransactionAuthResponseCodec>;

/** The MicroTxnAuthorizationResponse_t signal: its struct, codec and member mapping. */
export const microtransactionAuthResponseSignal: SignalDefinition<MicrotransactionAuthResponse> = {
  struct: 'MicroTxnAuthorizationResponse_t',
  codec: microtransactionAuthResponseCodec,
  fromRaw: (raw) => ({ appId: raw.m_unAppID, orderId: raw.m_ulOrderID, authorized: flagFromNumber(raw.m_bAuthorized) }),
};
