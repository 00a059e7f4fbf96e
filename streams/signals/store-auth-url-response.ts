/** StoreAuthURLResponse_t (165): call result of RequestStoreAuthURL. The URL carries a login token. */
import * as t from 'io-ts';
import { textCodec } from '../codecs/text';
import type { SignalDefinition } from '../signal-definition';

export const storeAuthUrlResponseCodec = t.readonly(t.type({ url: textCodec }, 'StoreAuthUrlResponse'), 'StoreAuthUrlResponse');
export type StoreAuthUrlResponse = t.TypeOf<typeof storeAuthUrlResponseCodec>;

export const storeAuthUrlResponseSignal: SignalDefinition<StoreAuthUrlResponse> = {
  struct: 'StoreAuthURLResponse_t',
  codec: storeAuthUrlResponseCodec,
  fromRaw: (raw) => ({ url: raw.m_szURL }),
};
