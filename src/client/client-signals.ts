/**
 * The client's signals as typed streams: Steam's callbacks on the client pipe, decoded. Each
 * completes when the client shuts down, and at once when subscribed after it (the native core
 * outlives a session: unscoped, a shut-down client's subscribers would hear the next session).
 * They are hot: a subscriber sees what arrives after it subscribed.
 */
import type { Observable } from 'rxjs';
import type { RawCallback } from '../../native/steam-core';
import type { UserStreams } from '../../streams';

/** Steam's callbacks to the client, one typed stream per signal, and the raw callbacks beneath them. */
export interface ClientSignals extends UserStreams {
  /**
   * Every raw callback and call result of this core (both pipes), as the pump drains them:
   * bytes, callback id and pipe, for signals this SDK does not decode yet.
   */
  readonly callbacks$: Observable<RawCallback>;
}
