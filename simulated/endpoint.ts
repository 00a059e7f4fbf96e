/**
 * One side of a process that talks to Steam: its client (ISteamUser) or its game server
 * (ISteamGameServer). Both issue tickets, hold auth sessions, start API calls and receive
 * callbacks on their own pipe; the subclasses say who they are to Steam.
 */
import type { FieldValue } from '../native/struct-bytes';
import { writeStruct } from '../native/struct-bytes';
import { layoutOf } from '../native/struct-layouts';
import type { Pipe } from '../native/steam-core';
import { CallRecords, type CallRecord } from './call-records';
import type { ProcessRecord } from './process-record';
import type { Universe } from './universe';

/**
 * A session ticket as Steam's back end remembers it: all a session needs of the ticket it was
 * begun with. A cancelled ticket presented again gets a fresh copy of this from the universe's
 * index (see issued-ticket-index.ts), so nothing may rely on the object's identity.
 */
export interface TicketRecord {
  readonly ticketId: number;
  readonly handle: number;
  /** Whoever issued it, read live: validation and licence checks answer for them. */
  readonly issuer: AuthSubject;
  readonly issuerSteamId: bigint;
  readonly remoteSteamId: bigint | null;
  canceled: boolean;
  /** The first identity that began a session with it; anyone else gets AuthTicketInvalidAlreadyUsed. */
  usedBy: bigint | null;
  /**
   * When that first identity was a game server not yet logged on: which one. Every such server has
   * Steam ID 1 (k_steamIDNotInitYetGS), which tells them apart no more than it names them.
   */
  usedByServerNotLoggedOn: AuthSubject | null;
  /**
   * Sessions begun with it and not ended: who hears of a cancel, without scanning every process.
   * In the order begun; made on the first BeginAuthSession with the ticket (many tickets are
   * never presented, most once): a one-element array is far smaller than a Set.
   */
  sessions: AuthSession[] | null;
}

/** A ticket its issuer has not cancelled: what openTickets shows. */
export interface IssuedTicket extends TicketRecord {
  readonly issuedAtMs: number;
  readonly expiresAtMs: number;
  /** The ticket exactly as issued: BeginAuthSession recognises an identical copy without redoing the MAC. */
  readonly bytes: Uint8Array;
}

/**
 * Where an auth session's validation stands: `pending` until the first answer, then `validated`
 * (OK), `canceled` (AuthTicketCanceled) or `failed` (any other response).
 */
export type AuthSessionState = 'pending' | 'validated' | 'failed' | 'canceled';

/** A BeginAuthSession that returned OK and has not been ended. */
export interface AuthSession {
  readonly holder: Endpoint;
  readonly steamId: bigint;
  readonly ticket: TicketRecord;
  readonly beganAtMs: number;
  /** The validation outcome decided at BeginAuthSession that do not depend on timing. */
  readonly usedByAnother: boolean;
  ownerSteamId: bigint;
  state: AuthSessionState;
  /** The last EAuthSessionResponse sent for it. */
  response: number | null;
}

/** What validation needs to know about whoever issued a ticket, as of when it is read. */
export interface AuthSubject {
  readonly steamId: bigint;
  readonly connected: boolean;
  readonly ownsApp: boolean;
  readonly dlc: ReadonlySet<number>;
  readonly familySharingOwner: bigint | null;
  readonly vacBanned: boolean;
  readonly publisherBanned: boolean;
  readonly loggedInElsewhere: boolean;
}

export abstract class Endpoint {
  abstract readonly pipe: Pipe;
  live = true;
  /** Sessions this endpoint holds, by the Steam ID that sent the ticket. */
  readonly sessions = new Map<bigint, AuthSession>();
  /**
   * Session tickets this endpoint issued and has not cancelled, oldest first. An array, not a Map
   * by handle: an endpoint holds one or two, and a Map reallocates its table each time it empties.
   */
  readonly issuedTickets: IssuedTicket[] = [];
  /** API calls started here: pending ones, and the last few completed (call-records.ts). */
  readonly calls = new CallRecords();

  constructor(
    readonly universe: Universe,
    readonly process: ProcessRecord,
  ) {}

  /** The Steam ID this endpoint has right now (a server's changes when it logs on). */
  abstract steamId(): bigint;
  /** Back-end truth: connected to Steam (API calls fail with an I/O failure otherwise). */
  abstract connected(): boolean;
  /** Who this endpoint is to validation, read live; one object for its lifetime. */
  abstract authSubject(): AuthSubject;

  /**
   * Shut down or disposed: dead for good. Its subject stops reading through it, so the tickets
   * it issued (which Steam remembers) do not keep a dead endpoint in memory.
   */
  end(): void {
    this.live = false;
  }

  /** Queues a callback on this endpoint's pipe now (call from inside a scheduled action). */
  post(structName: string, values: Readonly<Record<string, FieldValue>>): void {
    if (!this.live) return;
    const layout = layoutOf(this.process.layouts, structName);
    this.process.enqueue({ kind: 'callback', pipe: this.pipe, callbackId: layout.callbackId ?? 0, bytes: writeStruct(layout, values) });
  }

  /** Queues a callback after the latency; `values` is evaluated then (null: nothing to send). */
  postLater(structName: string, values: () => Readonly<Record<string, FieldValue>> | null, delayMs?: number): void {
    this.universe.later(() => {
      if (!this.live) return;
      const computed = values();
      if (computed !== null) this.post(structName, computed);
    }, delayMs);
  }

  /**
   * Starts an asynchronous API call: returns its nonzero SteamAPICall_t; after the latency the
   * result is computed and queued. When Steam is unreachable then, the call fails with Steam's
   * I/O-failure flag and `onIoFailure` runs instead of `compute`. `compute` answering null fails
   * the call the same way (Steam refused it: a result struct has no field to say so).
   */
  startCall(
    structName: string,
    compute: () => Readonly<Record<string, FieldValue>> | null,
    onIoFailure: () => void = () => undefined,
  ): bigint {
    const layout = layoutOf(this.process.layouts, structName);
    const apiCall = this.universe.nextApiCall();
    const record: CallRecord = {
      apiCall,
      structName,
      callbackId: layout.callbackId ?? 0,
      startedAtMs: this.universe.now(),
      state: 'pending',
      ioFailure: false,
    };
    this.calls.add(record);
    this.universe.later(() => {
      if (!this.live) return;
      const unreachable = !this.connected();
      if (unreachable) onIoFailure();
      const values = unreachable ? null : compute();
      const ioFailure = values === null;
      const bytes = values === null ? new Uint8Array(layout.size) : writeStruct(layout, values);
      this.calls.complete(record, ioFailure);
      this.process.enqueue({ kind: 'callResult', pipe: this.pipe, callbackId: record.callbackId, apiCall, ioFailure, bytes });
    });
    return apiCall;
  }
}
