/** IPCountry_t (701): the computer's country (by IP) changed; read it with getIPCountry; no members. */
import * as t from 'io-ts';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link IpCountry}: an empty object, since the struct has no members. */
export const ipCountryCodec = t.readonly(t.type({}, 'IpCountry'), 'IpCountry');
/**
 * The payload of IPCountry_t (701): the computer's country (by IP) changed; read it with getIPCountry; it has no members.
 *
 * @interface
 */
export type IpCountry = t.TypeOf<typeof ipCountryCodec>;

/** The IPCountry_t signal: its struct, codec and member mapping. */
export const ipCountrySignal: SignalDefinition<IpCountry> = {
  struct: 'IPCountry_t',
  codec: ipCountryCodec,
  fromRaw: () => ({}),
};
