/**
 * The ticket argument of cancelAuthTicket: an HAuthTicket number, or the ticket object it came
 * with (an AuthTicket's `id`, a WebApiTicket's `authTicket`), read without running a Proxy trap
 * or getter past the check.
 */
import { integerIn, UINT32_MAX } from '../validation/arguments';
import type { AuthTicket } from './auth-ticket';
import type { WebApiTicket } from './web-api-ticket';
import { plainBytesOf } from '../../native/typed-array-intrinsics';
import { readProperty } from '../validation/read-option';

/** What cancelAuthTicket takes: a ticket from getAuthSessionTicket / authTicket$ / a web API ticket, or its handle. */
export type TicketHandleInput = number | AuthTicket | WebApiTicket;

/** The HAuthTicket (1..2^32-1) of `value`, or a thrown InvalidArgument for `argument`. */
export const ticketHandle = (argument: string, value: unknown): number => {
  if (typeof value !== 'object' || value === null || plainBytesOf(value) !== undefined) return integerIn(argument, value, 1, UINT32_MAX);
  const id = readProperty(`${argument}.id`, value, 'id');
  if (id !== undefined) return integerIn(`${argument}.id`, id, 1, UINT32_MAX);
  return integerIn(`${argument}.authTicket`, readProperty(`${argument}.authTicket`, value, 'authTicket'), 1, UINT32_MAX);
};
