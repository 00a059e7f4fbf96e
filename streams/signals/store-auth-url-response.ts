/** StoreAuthURLResponse_t (165): call result of RequestStoreAuthURL. The URL carries a login token. */
import * as t from 'io-ts';
import { textCodec } from '../codecs/text';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link StoreAuthUrlResponse}: the single source of truth of its shape. */
export const storeAuthUrlResponseCodec = t.readonly(
  t.type(
    {
      /** The authentication URL; it carries a login token, so treat it as a secret (`m_szURL`). */
      url: textCodec,
    },
    'StoreAuthUrlResponse',
  ),
  'StoreAuthUrlResponse',
);
/**
 * The payload of StoreAuthURLResponse_t (165): the authentication URL RequestStoreAuthURL asked for.
 *
 * @interface
 */
export type StoreAuthUrlResponse = t.TypeOf<typeof storeAuthUrlResponseCodec>;

/** The StoreAuthURLResponse_t signal: its struct, codec and member mapping. */
export const storeAuthUrlResponseSignal: SignalDefinition<StoreAuthUrlResponse> = {
  struct: 'StoreAuthURLResponse_t',
  codec: storeAuthUrlResponseCodec,
  fromRaw: (raw) => ({ url: raw.m_szURL }),
};
