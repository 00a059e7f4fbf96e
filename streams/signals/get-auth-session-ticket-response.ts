/** GetAuthSessionTicketResponse_t (163): a ticket from GetAuthSessionTicket is ready (or failed). */
import * as t from 'io-ts';
import { uint32Codec } from '../codecs/integer';
import { resultCodeCodec } from '../codecs/result-code';
import type { SignalDefinition } from '../signal-definition';

export const getAuthSessionTicketResponseCodec = t.readonly(
  t.type({ authTicket: uint32Codec, result: resultCodeCodec }, 'GetAuthSessionTicketResponse'),
  'GetAuthSessionTicketResponse',
);
export type GetAuthSessionTicketResponse = t.TypeOf<typeof getAuthSessionTicketResponseCodec>;

export const getAuthSessionTicketResponseSignal: SignalDefinition<GetAuthSessionTicketResponse> = {
  struct: 'GetAuthSessionTicketResponse_t',
  codec: getAuthSessionTicketResponseCodec,
  fromRaw: (raw) => ({ authTicket: raw.m_hAuthTicket, result: raw.m_eResult }),
};
