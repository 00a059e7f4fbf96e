/** SteamServersDisconnected_t (103): the connection to the Steam back end was lost. */
import * as t from 'io-ts';
import { resultCodeCodec } from '../codecs/result-code';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link SteamServerDisconnected}: the single source of truth of its shape. */
export const steamServerDisconnectedCodec = t.readonly(
  t.type(
    {
      /** Why the connection was lost (`m_eResult`). */
      result: resultCodeCodec,
    },
    'SteamServerDisconnected',
  ),
  'SteamServerDisconnected',
);
/**
 * The payload of SteamServersDisconnected_t (103): the connection to the Steam back end was lost; real-time services are off until it is back.
 *
 * @interface
 */
export type SteamServerDisconnected = t.TypeOf<typeof steamServerDisconnectedCodec>;

/** The SteamServersDisconnected_t signal: its struct, codec and member mapping. */
export const steamServerDisconnectedSignal: SignalDefinition<SteamServerDisconnected> = {
  struct: 'SteamServersDisconnected_t',
  codec: steamServerDisconnectedCodec,
  fromRaw: (raw) => ({ result: raw.m_eResult }),
};
