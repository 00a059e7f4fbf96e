/**
 * The game's own back end, simulated: checks a Web API ticket the way ISteamUserAuth/
 * AuthenticateUserTicket would, and opens an encrypted app ticket the way
 * SteamEncryptedAppTicket would with the app's secret key.
 */
import { readEncryptedAppTicket } from './encrypted-app-ticket';
import { failed, succeeded, type Outcome } from './outcome';
import { copyOfBytes } from './untrusted-bytes';
import type { Universe } from './universe';
import { readWebApiTicket } from './web-api-ticket';

export type WebApiTicketRejection =
  | { readonly _tag: 'InvalidTicket'; readonly message: string }
  /** Cancelled by its holder, or its holder shut down (Steam cancels what a client held). */
  | { readonly _tag: 'TicketCanceled'; readonly message: string }
  /** Older than its lifetime (webApiTicketLifetimeMs). */
  | { readonly _tag: 'TicketExpired'; readonly message: string }
  | { readonly _tag: 'IdentityMismatch'; readonly message: string }
  | { readonly _tag: 'GameMismatch'; readonly message: string };

export interface WebApiTicketOwner {
  readonly steamId: bigint;
  /** The Family Sharing lender, or the user. */
  readonly ownerSteamId: bigint;
  readonly appId: number;
  readonly identity: string;
  readonly vacBanned: boolean;
  readonly publisherBanned: boolean;
}

export interface EncryptedAppTicketContents {
  readonly appId: number;
  readonly steamId: bigint;
  readonly issuedAtMs: number;
  /** The data given to RequestEncryptedAppTicket. */
  readonly userData: Uint8Array;
}

export interface SimulatedBackend {
  authenticateWebApiTicket(ticket: Uint8Array, identity?: string): Outcome<WebApiTicketRejection, WebApiTicketOwner>;
  decryptEncryptedAppTicket(ticket: Uint8Array): Outcome<{ readonly _tag: 'InvalidTicket'; readonly message: string }, EncryptedAppTicketContents>;
}

export const createSimulatedBackend = (universe: Universe): SimulatedBackend => ({
  authenticateWebApiTicket: (ticket, identity = '') => {
    const reading = readWebApiTicket(universe.secret, copyOfBytes(ticket));
    if (reading._tag === 'Invalid') return failed({ _tag: 'InvalidTicket', message: reading.message });
    const fields = reading.ticket;
    // A genuine MAC means this universe issued it; whether it is still live is the registry's.
    const now = universe.now();
    if (universe.webApiTickets.get(fields.ticketId, now) === undefined) {
      return now >= fields.issuedAtMs + universe.webApiTicketLifetimeMs
        ? failed({ _tag: 'TicketExpired', message: `the ticket expired at ${fields.issuedAtMs + universe.webApiTicketLifetimeMs} ms` })
        : failed({ _tag: 'TicketCanceled', message: 'the ticket was cancelled, or its holder shut down' });
    }
    if (fields.identity !== identity) {
      return failed({ _tag: 'IdentityMismatch', message: `ticket made for identity '${fields.identity}', checked as '${identity}'` });
    }
    if (fields.appId !== universe.appId) return failed({ _tag: 'GameMismatch', message: `ticket for app ${fields.appId}` });
    const user = universe.users.get(fields.issuerSteamId);
    return succeeded({
      steamId: fields.issuerSteamId,
      ownerSteamId: user?.familySharingOwner ?? fields.issuerSteamId,
      appId: fields.appId,
      identity: fields.identity,
      vacBanned: user?.vacBanned ?? false,
      publisherBanned: user?.publisherBanned ?? false,
    });
  },
  decryptEncryptedAppTicket: (ticket) => {
    const reading = readEncryptedAppTicket(universe.secret, copyOfBytes(ticket));
    return reading._tag === 'Invalid' ? failed({ _tag: 'InvalidTicket', message: reading.message }) : succeeded(reading.ticket);
  },
});
