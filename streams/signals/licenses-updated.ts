/** LicensesUpdated_t (125): the user's licenses changed; no members. */
import * as t from 'io-ts';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link LicensesUpdated}: an empty object, since the struct has no members. */
export const licensesUpdatedCodec = t.readonly(t.type({}, 'LicensesUpdated'), 'LicensesUpdated');
/**
 * The payload of LicensesUpdated_t (125): the user's licenses (owned packages) changed; it has no members.
 *
 * @interface
 */
export type LicensesUpdated = t.TypeOf<typeof licensesUpdatedCodec>;

/** The LicensesUpdated_t signal: its struct, codec and member mapping. */
export const licensesUpdatedSignal: SignalDefinition<LicensesUpdated> = {
  struct: 'LicensesUpdated_t',
  codec: licensesUpdatedCodec,
  fromRaw: () => ({}),
};
