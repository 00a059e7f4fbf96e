/** SteamNetAuthenticationStatus_t (1222): the availability of this session's networking certificate changed. */
import * as t from 'io-ts';
import { int32Codec } from '../codecs/integer';
import { textCodec } from '../codecs/text';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link NetAuthenticationStatus}: the single source of truth of its shape. */
export const netAuthenticationStatusCodec = t.readonly(
  t.type(
    {
      /** An ESteamNetworkingAvailability: 100 Current, 3 Attempting, -101 Failed, … (`m_eAvail`). */
      availability: int32Codec,
      /** Steam's text for people, e.g. why it failed (`m_debugMsg`). */
      debugMessage: textCodec,
    },
    'NetAuthenticationStatus',
  ),
  'NetAuthenticationStatus',
);
/**
 * The payload of SteamNetAuthenticationStatus_t (1222): after initAuthentication, and whenever
 * Steam's view of this session's certificate (needed for P2P and authenticated connections) changes.
 *
 * @interface
 */
export type NetAuthenticationStatus = t.TypeOf<typeof netAuthenticationStatusCodec>;

/** The SteamNetAuthenticationStatus_t signal: its struct, codec and member mapping. */
export const netAuthenticationStatusSignal: SignalDefinition<NetAuthenticationStatus> = {
  struct: 'SteamNetAuthenticationStatus_t',
  codec: netAuthenticationStatusCodec,
  fromRaw: (raw) => ({ availability: raw.m_eAvail, debugMessage: raw.m_debugMsg }),
};
