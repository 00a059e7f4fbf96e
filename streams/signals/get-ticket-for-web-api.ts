/** GetTicketForWebApiResponse_t (168): the Web API ticket asked for with GetAuthTicketForWebApi. */
import * as t from 'io-ts';
import { byteArrayCodec } from '../codecs/byte-array';
import { integerCodec, uint32Codec } from '../codecs/integer';
import { resultCodeCodec } from '../codecs/result-code';
import type { SignalDefinition } from '../signal-definition';

/** GetTicketForWebApiResponse_t::k_nCubTicketMaxLength. */
export const webApiTicketMaximumLength = 2560;

/** The codec of {@link GetTicketForWebApi}: the single source of truth of its shape. */
export const getTicketForWebApiCodec = t.readonly(
  t.type(
    {
      /** The handle of the ticket that was created (`m_hAuthTicket`, an HAuthTicket). */
      authTicket: uint32Codec,
      /** The result of creating the ticket (`m_eResult`). */
      result: resultCodeCodec,
      /** The length in bytes of the ticket that was created (`m_cubTicket`). */
      ticketSize: integerCodec('ticketSize', 0, webApiTicketMaximumLength),
      /** The ticket's bytes only (`m_rgubTicket` trimmed to `m_cubTicket`), a copy. */
      ticketBuffer: byteArrayCodec('ticketBuffer', webApiTicketMaximumLength),
    },
    'GetTicketForWebApi',
  ),
  'GetTicketForWebApi',
);
/**
 * The payload of GetTicketForWebApiResponse_t (168): the Web API ticket GetAuthTicketForWebApi created, or the failure.
 *
 * @interface
 */
export type GetTicketForWebApi = t.TypeOf<typeof getTicketForWebApiCodec>;

const trimmedTicket = (ticket: unknown, size: unknown): Uint8Array =>
  ticket instanceof Uint8Array && typeof size === 'number' && Number.isInteger(size) && size >= 0 && size <= ticket.byteLength
    ? ticket.slice(0, size)
    : // An out-of-range size fails ticketSize; no bytes are kept for a payload that will be refused.
      new Uint8Array(0);

/** The GetTicketForWebApiResponse_t signal: its struct, codec and member mapping. */
export const getTicketForWebApiSignal: SignalDefinition<GetTicketForWebApi> = {
  struct: 'GetTicketForWebApiResponse_t',
  codec: getTicketForWebApiCodec,
  fromRaw: (raw) => ({
    authTicket: raw.m_hAuthTicket,
    result: raw.m_eResult,
    ticketSize: raw.m_cubTicket,
    ticketBuffer: trimmedTicket(raw.m_rgubTicket, raw.m_cubTicket),
  }),
};
