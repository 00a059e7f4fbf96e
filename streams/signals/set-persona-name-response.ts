/** SetPersonaNameResponse_t (347): call result of SetPersonaName. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { resultCodeCodec } from '../codecs/result-code';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link SetPersonaNameResponse}: the single source of truth of its shape. */
export const setPersonaNameResponseCodec = t.readonly(
  t.type(
    {
      /** Whether the name changed on Steam's servers (`m_bSuccess`). */
      success: booleanCodec,
      /** Whether it changed locally (`m_bLocalSuccess`). */
      localSuccess: booleanCodec,
      /** EResult: OK, or why the change failed (`m_result`). */
      result: resultCodeCodec,
    },
    'SetPersonaNameResponse',
  ),
  'SetPersonaNameResponse',
);
/**
 * The payload of SetPersonaNameResponse_t (347): the answer to a persona name change (call result of SetPersonaName).
 *
 * @interface
 */
export type SetPersonaNameResponse = t.TypeOf<typeof setPersonaNameResponseCodec>;

/** The SetPersonaNameResponse_t signal: its struct, codec and member mapping. */
export const setPersonaNameResponseSignal: SignalDefinition<SetPersonaNameResponse> = {
  struct: 'SetPersonaNameResponse_t',
  codec: setPersonaNameResponseCodec,
  fromRaw: (raw) => ({ success: raw.m_bSuccess, localSuccess: raw.m_bLocalSuccess, result: raw.m_result }),
};
