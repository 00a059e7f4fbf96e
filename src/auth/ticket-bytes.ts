/**
 * The ticket argument of beginAuthSession and authSession$: bytes as received, or the spec's
 * dictionary (`{ buffer, size }`, what getAuthSessionTicket returns). Read without running the
 * caller's code past the check: a Proxy, a throwing getter or a throwing prototype trap is an
 * InvalidArgument, never a TypeError. The bytes returned are a copy, taken now.
 */
import { bytes, integerIn } from '../validation/arguments';
import { plainBytesOf } from '../../native/typed-array-intrinsics';
import { readProperty } from '../validation/read-option';

/** Steam's tickets are a few hundred bytes; 8 KiB is the most the SDK accepts anywhere. */
export const AUTH_TICKET_MAX_BYTES = 8192;

/** The spec's ticket dictionary, as getAuthSessionTicket returns it or as read off the network. */
export interface TicketDictionary {
  /** The bytes holding the ticket (a receive buffer may be longer than the ticket). */
  readonly buffer: Uint8Array;
  /** How many bytes of `buffer` are the ticket; all of them when absent. */
  readonly size?: number;
}

/** A ticket: its bytes as given, or the spec's dictionary (its `size` may cut a longer buffer). */
export type TicketInput = Uint8Array | TicketDictionary;

/**
 * The ticket's bytes, cut to `explicitSize` when given, else to the dictionary's own `size`.
 * The size must describe the bytes given: it never reaches past them.
 */
export const ticketBytes = (ticket: unknown, explicitSize?: unknown): Uint8Array => {
  let candidate: unknown = ticket;
  let dictionarySize: unknown;
  // Bytes are recognised through the intrinsic getters (no `instanceof`, which runs a Proxy's trap).
  if (plainBytesOf(ticket) === undefined && typeof ticket === 'object' && ticket !== null) {
    candidate = readProperty('authTicket.buffer', ticket, 'buffer');
    dictionarySize = readProperty('authTicket.size', ticket, 'size');
  }
  const given = bytes('authTicket', candidate, AUTH_TICKET_MAX_BYTES);
  const size = explicitSize !== undefined ? explicitSize : dictionarySize;
  if (size === undefined) return given;
  const checked = integerIn('ticketSize', size, 1, given.byteLength);
  return checked === given.byteLength ? given : given.subarray(0, checked);
};

