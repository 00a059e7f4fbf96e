/** AssociateWithClanResult_t (210): call result of AssociateWithClan. */
import * as t from 'io-ts';
import { resultCodeCodec } from '../codecs/result-code';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link AssociateWithClanResult}: the single source of truth of its shape. */
export const associateWithClanResultCodec = t.readonly(
  t.type(
    {
      /** The result of the AssociateWithClan call (`m_eResult`). */
      result: resultCodeCodec,
    },
    'AssociateWithClanResult',
  ),
  'AssociateWithClanResult',
);
/**
 * The payload of AssociateWithClanResult_t (210): the reply to the game server's AssociateWithClan.
 *
 * @interface
 */
export type AssociateWithClanResult = t.TypeOf<typeof associateWithClanResultCodec>;

/** The AssociateWithClanResult_t signal: its struct, codec and member mapping. */
export const associateWithClanResultSignal: SignalDefinition<AssociateWithClanResult> = {
  struct: 'AssociateWithClanResult_t',
  codec: associateWithClanResultCodec,
  fromRaw: (raw) => ({ result: raw.m_eResult }),
};
