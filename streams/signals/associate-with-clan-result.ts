/** AssociateWithClanResult_t (210): call result of AssociateWithClan. */
import * as t from 'io-ts';
import { resultCodeCodec } from '../codecs/result-code';
import type { SignalDefinition } from '../signal-definition';

export const associateWithClanResultCodec = t.readonly(
  t.type({ result: resultCodeCodec }, 'AssociateWithClanResult'),
  'AssociateWithClanResult',
);
export type AssociateWithClanResult = t.TypeOf<typeof associateWithClanResultCodec>;

export const associateWithClanResultSignal: SignalDefinition<AssociateWithClanResult> = {
  struct: 'AssociateWithClanResult_t',
  codec: associateWithClanResultCodec,
  fromRaw: (raw) => ({ result: raw.m_eResult }),
};
