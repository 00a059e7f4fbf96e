/**
 * One simulated game process: its two pipes' endpoints and the queue of callbacks that became
 * due (delivered by scheduled actions) and wait for the next RunCallbacks.
 */
import type { InitFailure, Pipe, Platform, RawCallback } from '../native/steam-core';
import { Multicast } from '../native/multicast';
import { layoutsFor, type LayoutTable } from '../native/struct-layouts';
import { CallCounts } from './call-counts';
import type { ClientEndpoint } from './client-endpoint';
import type { Endpoint } from './endpoint';
import type { ServerEndpoint } from './server-endpoint';
import type { UserRecord } from './user-record';

export class ProcessRecord {
  client: ClientEndpoint | null = null;
  server: ServerEndpoint | null = null;
  // Multicasts, not Subjects: both emit once per message (see native/multicast.ts).
  readonly callbacks = new Multicast<RawCallback>();
  /** Fires when a message is queued or voice is being captured: the pump's cue to run a frame. */
  readonly wakeups = new Multicast<void>();
  readonly layouts: LayoutTable;
  /** Port calls by 'user.getAuthSessionTicket'-style name. */
  readonly counts = new CallCounts();
  /** Faults: the next inits fail with these until cleared. */
  readonly initFailures: Record<Pipe, InitFailure | null> = { client: null, server: null };
  disposed = false;
  private queue: RawCallback[] = [];

  constructor(
    readonly id: number,
    readonly user: UserRecord | null,
    readonly platform: Platform,
    readonly launchedThroughSteam: boolean,
    /** The game this process runs: what its tickets are for and what it expects of others'. */
    readonly appId: number,
  ) {
    this.layouts = layoutsFor(platform);
  }

  liveEndpoints(): Endpoint[] {
    const endpoints: Endpoint[] = [];
    if (this.client !== null && this.client.live) endpoints.push(this.client);
    if (this.server !== null && this.server.live) endpoints.push(this.server);
    return endpoints;
  }

  pipeLive(pipe: Pipe): boolean {
    return !this.disposed && (pipe === 'client' ? this.client !== null : this.server !== null);
  }

  enqueue(message: RawCallback): void {
    if (!this.pipeLive(message.pipe)) return;
    this.queue.push(message);
    this.wakeups.next();
  }

  /** How many messages are due but not yet pumped (without copying them). */
  queuedCount(): number {
    return this.queue.length;
  }

  /** Messages due but not yet pumped. */
  queued(): readonly RawCallback[] {
    return [...this.queue];
  }

  /** A shut-down pipe's undelivered messages are gone, as with Valve's library. */
  dropPipe(pipe: Pipe): void {
    this.queue = this.queue.filter((message) => message.pipe !== pipe);
  }

  /** Emits every due message of the live pipes, in arrival order. */
  drain(): void {
    if (this.disposed) return;
    const batch = this.queue;
    this.queue = [];
    // An index loop: this runs every frame, and an iterator would allocate per message when
    // the loop is not optimised.
    for (let index = 0; index < batch.length; index += 1) {
      const message = batch[index] as RawCallback;
      if (this.pipeLive(message.pipe)) this.callbacks.next(message);
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    // Nothing can be delivered any more, so endpoints simply go dead (the process-level dispose
    // shuts them down properly first, cancelling tickets for other processes).
    if (this.client !== null) {
      this.client.end();
      this.client.voice.reset();
      this.client = null;
    }
    if (this.server !== null) {
      this.server.end();
      this.server = null;
    }
    this.queue = [];
    this.callbacks.complete();
    this.wakeups.complete();
  }
}
