/** SteamServersConnected_t (101): a connection to the Steam back end is up; no members. */
import * as t from 'io-ts';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link SteamServerConnected}: an empty object, since the struct has no members. */
export const steamServerConnectedCodec = t.readonly(t.type({}, 'SteamServerConnected'), 'SteamServerConnected');
/**
 * The payload of SteamServersConnected_t (101): a working connection to the Steam back end is up; it has no members.
 *
 * @interface
 */
export type SteamServerConnected = t.TypeOf<typeof steamServerConnectedCodec>;

/** The SteamServersConnected_t signal: its struct, codec and member mapping. */
export const steamServerConnectedSignal: SignalDefinition<SteamServerConnected> = {
  struct: 'SteamServersConnected_t',
  codec: steamServerConnectedCodec,
  fromRaw: () => ({}),
};
