/**
 * The API calls an endpoint started, as ISteamUtils answers about them: every pending call, and
 * only the most recent completed ones. Steam frees a call's handle once its result has been handed
 * out; the simulated pump hands results out through callbacks$, never through GetAPICallResult, so
 * no moment says "read". Keeping the last COMPLETED_CALLS_KEPT completed calls answers
 * IsAPICallCompleted / GetAPICallFailureReason for any result just delivered, while a run of a
 * million calls holds no more than that.
 */

/** How many completed calls an endpoint keeps answering for (older ones: InvalidHandle). */
export const COMPLETED_CALLS_KEPT = 256;

/** One API call as Steam tracks it. */
export interface CallRecord {
  readonly apiCall: bigint;
  readonly structName: string;
  readonly callbackId: number;
  readonly startedAtMs: number;
  state: 'pending' | 'completed';
  ioFailure: boolean;
}

/** An endpoint's API calls by handle: every pending one, and the last COMPLETED_CALLS_KEPT completed. */
export class CallRecords {
  private readonly records = new Map<bigint, CallRecord>();
  /** A ring of the last completed calls' handles; the slot written next holds the oldest. */
  private readonly completed: Array<bigint | undefined> = new Array<bigint | undefined>(COMPLETED_CALLS_KEPT);
  private nextSlot = 0;

  /** A call just started. */
  add(record: CallRecord): void {
    this.records.set(record.apiCall, record);
  }

  /** The call, pending or recently completed; undefined for a handle unknown or long finished. */
  get(apiCall: bigint): CallRecord | undefined {
    return this.records.get(apiCall);
  }

  /** Marks the call completed; the oldest completed call beyond the ring is forgotten. */
  complete(record: CallRecord, ioFailure: boolean): void {
    record.state = 'completed';
    record.ioFailure = ioFailure;
    const oldest = this.completed[this.nextSlot];
    if (oldest !== undefined) this.records.delete(oldest);
    this.completed[this.nextSlot] = record.apiCall;
    this.nextSlot = (this.nextSlot + 1) % COMPLETED_CALLS_KEPT;
  }

  /** Calls whose result has not been queued yet, in the order started. */
  pending(): CallRecord[] {
    return [...this.records.values()].filter((record) => record.state === 'pending');
  }

  /** Records held, pending and completed (for inspect.retained()). */
  size(): number {
    return this.records.size;
  }
}
