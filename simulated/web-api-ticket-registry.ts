/**
 * The web API tickets Steam's back end will vouch for: each from its request until it is
 * cancelled, its holder shuts down, or it expires. Kept in issue order, which is also expiry order
 * (one lifetime for all), so expired tickets are dropped from the front and the registry holds
 * only live ones however many a long run issues.
 */
import type { ClientEndpoint } from './client-endpoint';

/**
 * How long a web API ticket stays valid: a day of scheduler time. Valve documents no lifetime for
 * GetAuthTicketForWebApi tickets; a day matches the simulated session tickets' default and is
 * long enough that only a test meaning to see expiry does (webApiTicketLifetimeMs changes it).
 */
export const WEB_API_TICKET_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** A live web API ticket. */
export interface WebApiTicketRecord {
  readonly handle: number;
  /** The service identity it was requested for ('' when none). */
  readonly identity: string;
  readonly issuedAtMs: number;
  readonly expiresAtMs: number;
  /** Who asked for it: its tickets die with it. */
  readonly holder: ClientEndpoint;
}

/** Live tickets by handle, oldest first; used for a universe's tickets and for one client's. */
export class WebApiTicketRegistry {
  private readonly live = new Map<number, WebApiTicketRecord>();

  /** Adds a ticket just issued (the newest), first dropping those expired by `nowMs`. */
  add(ticket: WebApiTicketRecord, nowMs: number): void {
    this.forgetExpired(nowMs);
    this.live.set(ticket.handle, ticket);
  }

  /** The live ticket with this handle, if it has not expired by `nowMs`. */
  get(handle: number, nowMs: number): WebApiTicketRecord | undefined {
    const ticket = this.live.get(handle);
    return ticket !== undefined && nowMs < ticket.expiresAtMs ? ticket : undefined;
  }

  /** Cancelled (or its holder gone): true when it was live. */
  remove(handle: number): boolean {
    return this.live.delete(handle);
  }

  /** The tickets not expired by `nowMs`, oldest first. */
  list(nowMs: number): WebApiTicketRecord[] {
    this.forgetExpired(nowMs);
    return [...this.live.values()];
  }

  /** Forgets every ticket (the universe is gone). */
  clear(): void {
    this.live.clear();
  }

  private forgetExpired(nowMs: number): void {
    for (const [handle, ticket] of this.live) {
      if (ticket.expiresAtMs > nowMs) return;
      this.live.delete(handle);
    }
  }
}
