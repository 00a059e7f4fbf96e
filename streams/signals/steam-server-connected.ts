/** SteamServersConnected_t (101): a connection to the Steam back end is up; no members. */
import * as t from 'io-ts';
import type { SignalDefinition } from '../signal-definition';

export const steamServerConnectedCodec = t.readonly(t.type({}, 'SteamServerConnected'), 'SteamServerConnected');
export type SteamServerConnected = t.TypeOf<typeof steamServerConnectedCodec>;

export const steamServerConnectedSignal: SignalDefinition<SteamServerConnected> = {
  struct: 'SteamServersConnected_t',
  codec: steamServerConnectedCodec,
  fromRaw: () => ({}),
};
