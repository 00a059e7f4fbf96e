/** SteamShutdown_t (704): Steam is shutting down; save and quit soon; no members. */
import * as t from 'io-ts';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link SteamShutdown}: an empty object, since the struct has no members. */
export const steamShutdownCodec = t.readonly(t.type({}, 'SteamShutdown'), 'SteamShutdown');
/**
 * The payload of SteamShutdown_t (704): Steam is shutting down; save and quit soon; it has no members.
 *
 * @interface
 */
export type SteamShutdown = t.TypeOf<typeof steamShutdownCodec>;

/** The SteamShutdown_t signal: its struct, codec and member mapping. */
export const steamShutdownSignal: SignalDefinition<SteamShutdown> = {
  struct: 'SteamShutdown_t',
  codec: steamShutdownCodec,
  fromRaw: () => ({}),
};
