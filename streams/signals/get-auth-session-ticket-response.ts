/** GetAuthSessionTicketResponse_t (163): a ticket from GetAuthSessionTicket is ready (or failed). */
import * as t from 'io-ts';
import { uint32Codec } from '../codecs/integer';
import { resultCodeCodec } from '../codecs/result-code';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link GetAuthSessionTicketResponse}: the single source of truth of its shape. */
export const getAuthSessionTicketResponseCodec = t.readonly(
  t.type(
    {
      /** The handle of the ticket that was created (`m_hAuthTicket`, an HAuthTicket). */
      authTicket: uint32Codec,
      /** The result of creating the ticket (`m_eResult`). */
      result: resultCodeCodec,
    },
    'GetAuthSessionTicketResponse',
  ),
  'GetAuthSessionTicketResponse',
);
/**
 * The payload of GetAuthSessionTicketResponse_t (163): the ticket GetAuthSessionTicket created is ready, or failed.
 *
 * @interface
 */
export type GetAuthSessionTicketResponse = t.TypeOf<typeof getAuthSessionTicketResponseCodec>;

/** The GetAuthSessionTicketResponse_t signal: its struct, codec and member mapping. */
export const getAuthSessionTicketResponseSignal: SignalDefinition<GetAuthSessionTicketResponse> = {
  struct: 'GetAuthSessionTicketResponse_t',
  codec: getAuthSessionTicketResponseCodec,
  fromRaw: (raw) => ({ authTicket: raw.m_hAuthTicket, result: raw.m_eResult }),
};
