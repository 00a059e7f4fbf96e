/** SteamServersDisconnected_t (103): the connection to the Steam back end was lost. */
import * as t from 'io-ts';
import { resultCodeCodec } from '../codecs/result-code';
import type { SignalDefinition } from '../signal-definition';

export const steamServerDisconnectedCodec = t.readonly(
  t.type({ result: resultCodeCodec }, 'SteamServerDisconnected'),
  'SteamServerDisconnected',
);
export type SteamServerDisconnected = t.TypeOf<typeof steamServerDisconnectedCodec>;

export const steamServerDisconnectedSignal: SignalDefinition<SteamServerDisconnected> = {
  struct: 'SteamServersDisconnected_t',
  codec: steamServerDisconnectedCodec,
  fromRaw: (raw) => ({ result: raw.m_eResult }),
};
