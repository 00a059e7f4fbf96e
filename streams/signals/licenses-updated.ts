/** LicensesUpdated_t (125): the user's licenses changed; no members. */
import * as t from 'io-ts';
import type { SignalDefinition } from '../signal-definition';

export const licensesUpdatedCodec = t.readonly(t.type({}, 'LicensesUpdated'), 'LicensesUpdated');
export type LicensesUpdated = t.TypeOf<typeof licensesUpdatedCodec>;

export const licensesUpdatedSignal: SignalDefinition<LicensesUpdated> = {
  struct: 'LicensesUpdated_t',
  codec: licensesUpdatedCodec,
  fromRaw: () => ({}),
};
