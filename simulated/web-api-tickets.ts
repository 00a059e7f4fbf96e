/**
 * GetAuthTicketForWebApi and the end of its tickets: a ticket is registered with the universe (the
 * back end vouches for it) and with its client (which cancels it, or takes it down on shutdown).
 */
import { EResult } from '../native/enums';
import type { ClientEndpoint } from './client-endpoint';
import { encodeWebApiTicket } from './web-api-ticket';

/** Issues a ticket: its handle now, GetTicketForWebApiResponse_t after the latency. */
export const requestWebApiTicket = (client: ClientEndpoint, identity: string | null): number => {
  const universe = client.universe;
  const handle = universe.nextHandle();
  const issuedAtMs = universe.now();
  const ticket = { handle, identity: identity ?? '', issuedAtMs, expiresAtMs: issuedAtMs + universe.webApiTicketLifetimeMs, holder: client };
  client.webApiTickets.add(ticket, issuedAtMs);
  universe.webApiTickets.add(ticket, issuedAtMs);
  client.postLater('GetTicketForWebApiResponse_t', () => {
    // A cancelled request has nothing left to deliver.
    if (client.webApiTickets.get(handle, universe.now()) === undefined) return null;
    if (!client.connected()) return { m_hAuthTicket: handle, m_eResult: EResult.NoConnection, m_cubTicket: 0, m_rgubTicket: new Uint8Array(0) };
    const bytes = encodeWebApiTicket(universe.secret, {
      issuerSteamId: client.user.steamId,
      appId: client.process.appId,
      issuedAtMs,
      ticketId: handle,
      identity: ticket.identity,
    });
    return { m_hAuthTicket: handle, m_eResult: EResult.OK, m_cubTicket: bytes.byteLength, m_rgubTicket: bytes };
  });
  return handle;
};

/** CancelAuthTicket for a web API ticket: false when the handle is none of this client's. */
export const cancelWebApiTicket = (client: ClientEndpoint, handle: number): boolean => {
  if (!client.webApiTickets.remove(handle)) return false;
  client.universe.webApiTickets.remove(handle);
  return true;
};

/** Shutdown: Steam cancels every ticket the client still holds. */
export const releaseWebApiTickets = (client: ClientEndpoint): void => {
  for (const ticket of client.webApiTickets.list(client.universe.now())) client.universe.webApiTickets.remove(ticket.handle);
  client.webApiTickets.clear();
};
