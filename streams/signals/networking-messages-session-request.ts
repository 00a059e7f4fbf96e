/** SteamNetworkingMessagesSessionRequest_t (1251): a peer sent the first message of a session. */
import * as t from 'io-ts';
import { decodeNetworkingIdentity, networkingIdentitySize } from '../../native/networking-identity';
import { networkingIdentityCodec } from '../codecs/networking';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link NetworkingMessagesSessionRequest}: the single source of truth of its shape. */
export const networkingMessagesSessionRequestCodec = t.readonly(
  t.type(
    {
      /** Who wants to talk (`m_identityRemote`). */
      identityRemote: networkingIdentityCodec,
    },
    'NetworkingMessagesSessionRequest',
  ),
  'NetworkingMessagesSessionRequest',
);
/**
 * The payload of SteamNetworkingMessagesSessionRequest_t (1251, pack(1), 136 bytes): a peer with
 * no session yet sent a message. Accept the session (AcceptSessionWithUser) to receive it; left
 * alone, the request lapses and the peer's session fails.
 *
 * @interface
 */
export type NetworkingMessagesSessionRequest = t.TypeOf<typeof networkingMessagesSessionRequestCodec>;

/** A SteamNetworkingIdentity nested in a callback struct, from its bytes; null when they are not a whole identity. */
export const nestedIdentity = (bytes: unknown): unknown =>
  bytes instanceof Uint8Array && bytes.byteLength >= networkingIdentitySize() ? decodeNetworkingIdentity(bytes) : null;

/** The SteamNetworkingMessagesSessionRequest_t signal: its struct, codec and member mapping. */
export const networkingMessagesSessionRequestSignal: SignalDefinition<NetworkingMessagesSessionRequest> = {
  struct: 'SteamNetworkingMessagesSessionRequest_t',
  codec: networkingMessagesSessionRequestCodec,
  fromRaw: (raw) => ({ identityRemote: nestedIdentity(raw.m_identityRemote) }),
};
