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

/** Why the simulated back end refused a Web API ticket; `message` says it in words. */
export type WebApiTicketRejection =
  /** Not a Web API ticket of this simulated Steam: malformed, truncated, or its MAC does not match. */
  | {
      /** The kind of rejection. */
      readonly _tag: 'InvalidTicket';
      /** What was wrong, in words. */
      readonly message: string;
    }
  /** Cancelled by its holder, or its holder shut down (Steam cancels what a client held). */
  | {
      /** The kind of rejection. */
      readonly _tag: 'TicketCanceled';
      /** What was wrong, in words. */
      readonly message: string;
    }
  /** Older than its lifetime (webApiTicketLifetimeMs). */
  | {
      /** The kind of rejection. */
      readonly _tag: 'TicketExpired';
      /** What was wrong, in words. */
      readonly message: string;
    }
  /** Requested for another service identity than the one it was checked as. */
  | {
      /** The kind of rejection. */
      readonly _tag: 'IdentityMismatch';
      /** What was wrong, in words. */
      readonly message: string;
    }
  /** Made for another app than the simulated Steam's. */
  | {
      /** The kind of rejection. */
      readonly _tag: 'GameMismatch';
      /** What was wrong, in words. */
      readonly message: string;
    };

/** Who a Web API ticket the simulated back end accepted belongs to, as AuthenticateUserTicket answers. */
export interface WebApiTicketOwner {
  /** The Steam ID of the user the ticket was issued for. */
  readonly steamId: bigint;
  /** The Family Sharing lender, or the user. */
  readonly ownerSteamId: bigint;
  /** The app the ticket was made for. */
  readonly appId: number;
  /** The service identity the ticket was requested for ('' when none). */
  readonly identity: string;
  /** The user is VAC banned. */
  readonly vacBanned: boolean;
  /** The user is banned by the publisher. */
  readonly publisherBanned: boolean;
}

/** What an encrypted app ticket holds, once opened with the app's secret key. */
export interface EncryptedAppTicketContents {
  /** The app the ticket was requested in. */
  readonly appId: number;
  /** The Steam ID of the user who requested it. */
  readonly steamId: bigint;
  /** When it was issued, in scheduler milliseconds. */
  readonly issuedAtMs: number;
  /** The data given to RequestEncryptedAppTicket. */
  readonly userData: Uint8Array;
}

/** The game's own secure back end, simulated: the checks a game server or web service makes of tickets. */
export interface SimulatedBackend {
  /**
   * Checks a Web API ticket as ISteamUserAuth/AuthenticateUserTicket would, for the service
   * `identity` it must have been requested for (default '': none).
   */
  authenticateWebApiTicket(ticket: Uint8Array, identity?: string): Outcome<WebApiTicketRejection, WebApiTicketOwner>;
  /** Opens an encrypted app ticket as SteamEncryptedAppTicket would with the app's secret key. */
  decryptEncryptedAppTicket(ticket: Uint8Array): Outcome<
    {
      /** The ticket is not one of this simulated Steam's (malformed, or its MAC does not match). */
      readonly _tag: 'InvalidTicket';
      /** What was wrong, in words. */
      readonly message: string;
    },
    EncryptedAppTicketContents
  >;
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
