/**
 * Every session ticket a universe issued, by ticket ID, as Steam's back end remembers it: an open
 * ticket as its full record, a cancelled one as only what a copy presented again is answered
 * with (BeginAuthSession accepts it, validation answers AuthTicketCanceled for its issuer).
 *
 * A server test may run a million auth cycles, and every ticket is cancelled at the end of its
 * cycle: so a cancelled ticket is a row of columns (handle, issuer, identities), about 48 bytes,
 * not an object with a copy of its bytes and a sessions list (about 460). Its issuer is held as
 * its AuthSubject, which lets go of the endpoint when that dies.
 *
 * Ticket IDs count up from 1 and are never reused, so rows sit in fixed-size chunks addressed by
 * arithmetic: nothing rehashes or grows by copying, and a chunk whose tickets have all expired is
 * dropped whole. BeginAuthSession refuses an expired ticket before it looks its record up, so a
 * forgotten expired ticket is answered exactly as before.
 */
import type { AuthSubject, IssuedTicket, TicketRecord } from './endpoint';

const CHUNK_SIZE = 256;

/** Rows for ticket IDs firstTicketId .. firstTicketId + CHUNK_SIZE - 1. */
class TicketChunk {
  /** The record while the ticket is open; undefined once cancelled (and for an ID never issued). */
  readonly open: Array<IssuedTicket | undefined> = new Array<IssuedTicket | undefined>(CHUNK_SIZE);
  /** Set for every ticket issued: an empty row is an ID this universe never gave out. */
  readonly issuers: Array<AuthSubject | undefined> = new Array<AuthSubject | undefined>(CHUNK_SIZE);
  readonly handles: number[] = new Array<number>(CHUNK_SIZE);
  readonly issuerSteamIds: bigint[] = new Array<bigint>(CHUNK_SIZE);
  readonly remoteSteamIds: Array<bigint | null> = new Array<bigint | null>(CHUNK_SIZE);
  /** Written when the ticket is cancelled (it cannot change after that). */
  readonly usedBy: Array<bigint | null> = new Array<bigint | null>(CHUNK_SIZE);
  /** The latest expiry of any ticket in it: once that has passed, the whole chunk can go. */
  latestExpiryMs = -Infinity;
}

/** What the index holds, for tests of its memory. */
export interface TicketIndexSize {
  readonly chunks: number;
  readonly openTickets: number;
  readonly canceledTickets: number;
}

export class IssuedTicketIndex {
  /** Chunks in ID order; chunks[0] holds the IDs from chunk number firstChunk. */
  private readonly chunks: TicketChunk[] = [];
  private firstChunk = 0;

  /** Remembers a ticket just issued (its ID above every one remembered before). */
  remember(ticket: IssuedTicket, nowMs: number): void {
    const chunkNumber = Math.floor((ticket.ticketId - 1) / CHUNK_SIZE);
    if (chunkNumber >= this.firstChunk + this.chunks.length) this.startChunk(chunkNumber, nowMs);
    const chunk = this.chunkOf(ticket.ticketId);
    if (chunk === undefined) throw new Error(`steamworks-rx: ticket ID ${ticket.ticketId} issued out of order`);
    const row = rowOf(ticket.ticketId);
    chunk.open[row] = ticket;
    chunk.issuers[row] = ticket.issuer;
    chunk.handles[row] = ticket.handle;
    chunk.issuerSteamIds[row] = ticket.issuerSteamId;
    chunk.remoteSteamIds[row] = ticket.remoteSteamId;
    chunk.usedBy[row] = null;
    chunk.latestExpiryMs = Math.max(chunk.latestExpiryMs, ticket.expiresAtMs);
  }

  /** The open ticket with this ID, if any: the one whose bytes a presented copy can be compared with. */
  openTicket(ticketId: number): IssuedTicket | undefined {
    return this.chunkOf(ticketId)?.open[rowOf(ticketId)];
  }

  /**
   * The ticket with this ID, open or cancelled (any uint32 may come from ticket bytes). A cancelled
   * one is a new record each time, built from its row.
   */
  find(ticketId: number): TicketRecord | undefined {
    const chunk = this.chunkOf(ticketId);
    if (chunk === undefined) return undefined;
    const row = rowOf(ticketId);
    const open = chunk.open[row];
    if (open !== undefined) return open;
    const issuer = chunk.issuers[row];
    if (issuer === undefined) return undefined;
    return {
      ticketId,
      handle: chunk.handles[row] as number,
      issuer,
      issuerSteamId: chunk.issuerSteamIds[row] as bigint,
      remoteSteamId: chunk.remoteSteamIds[row] ?? null,
      canceled: true,
      usedBy: chunk.usedBy[row] ?? null,
      // Validation answers AuthTicketCanceled before it asks who used the ticket.
      usedByServerNotLoggedOn: null,
      sessions: null,
    };
  }

  /** The ticket was cancelled: only its row is kept (sessions on it still hold the full record). */
  canceled(ticket: IssuedTicket): void {
    const chunk = this.chunkOf(ticket.ticketId);
    if (chunk === undefined) return;
    const row = rowOf(ticket.ticketId);
    if (chunk.open[row] !== ticket) return;
    chunk.open[row] = undefined;
    chunk.usedBy[row] = ticket.usedBy;
  }

  size(): TicketIndexSize {
    let openTickets = 0;
    let canceledTickets = 0;
    for (const chunk of this.chunks) {
      for (let row = 0; row < CHUNK_SIZE; row += 1) {
        if (chunk.open[row] !== undefined) openTickets += 1;
        else if (chunk.issuers[row] !== undefined) canceledTickets += 1;
      }
    }
    return { chunks: this.chunks.length, openTickets, canceledTickets };
  }

  private chunkOf(ticketId: number): TicketChunk | undefined {
    if (!Number.isInteger(ticketId) || ticketId < 1) return undefined;
    return this.chunks[Math.floor((ticketId - 1) / CHUNK_SIZE) - this.firstChunk];
  }

  /**
   * Opens the chunk for `chunkNumber`. Every chunk before it is complete then, so any whose
   * tickets have all expired by now is dropped first: `nowMs` at or past a ticket's expiry is
   * exactly when BeginAuthSession answers ExpiredTicket.
   */
  private startChunk(chunkNumber: number, nowMs: number): void {
    while (this.chunks.length > 0 && (this.chunks[0] as TicketChunk).latestExpiryMs <= nowMs) {
      this.chunks.shift();
      this.firstChunk += 1;
    }
    if (this.chunks.length === 0) this.firstChunk = chunkNumber;
    while (this.firstChunk + this.chunks.length <= chunkNumber) this.chunks.push(new TicketChunk());
  }
}

const rowOf = (ticketId: number): number => (ticketId - 1) % CHUNK_SIZE;
