/** AppProofOfPurchaseKeyResponse_t (1021): the answer to RequestAppProofOfPurchaseKey / RequestAllProofOfPurchaseKeys. */
import * as t from 'io-ts';
import { uint32Codec } from '../codecs/integer';
import { resultCodeCodec } from '../codecs/result-code';
import { textCodec } from '../codecs/text';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link AppProofOfPurchaseKeyResponse}: the single source of truth of its shape. */
export const appProofOfPurchaseKeyResponseCodec = t.readonly(
  t.type(
    {
      /** EResult: OK, or why there is no key (`m_eResult`). */
      result: resultCodeCodec,
      /** The app the key is for (`m_nAppID`). */
      appId: uint32Codec,
      /** The key's length in characters (`m_cchKeyLength`). */
      keyLength: uint32Codec,
      /** The key, cut at its NUL (`m_rgchKey`). */
      key: textCodec,
    },
    'AppProofOfPurchaseKeyResponse',
  ),
  'AppProofOfPurchaseKeyResponse',
);
/**
 * The payload of AppProofOfPurchaseKeyResponse_t (1021): a proof-of-purchase (CD) key for an app, or the EResult saying why there is none.
 *
 * @interface
 */
export type AppProofOfPurchaseKeyResponse = t.TypeOf<typeof appProofOfPurchaseKeyResponseCodec>;

/** The AppProofOfPurchaseKeyResponse_t signal: its struct, codec and member mapping. */
export const appProofOfPurchaseKeyResponseSignal: SignalDefinition<AppProofOfPurchaseKeyResponse> = {
  struct: 'AppProofOfPurchaseKeyResponse_t',
  codec: appProofOfPurchaseKeyResponseCodec,
  fromRaw: (raw) => ({ result: raw.m_eResult, appId: raw.m_nAppID, keyLength: raw.m_cchKeyLength, key: raw.m_rgchKey }),
};
