/**
 * What every function of a client or server needs to know about its session: whether it is
 * still live, and a signal that fires once when it shuts down so open flows can release what
 * they hold while the library is still up.
 */
import { Observable, type SchedulerLike } from 'rxjs';
import type { Pump, PumpLease } from '../../native/pump';
import type { SteamCore } from '../../native/steam-core';

export interface SessionState {
  /** Read on every call: a plain field, so the check costs nothing next to the FFI call. */
  live: boolean;
  readonly name: 'SteamClient' | 'SteamServer';
  readonly shutdown$: Observable<void>;
  /**
   * Registers `onShutdown` to run once at shutdown (before the session is marked dead); returns
   * its removal. A Set, so a server holding thousands of open flows adds and removes in O(1),
   * where observers of a Subject are removed by an array search.
   */
  readonly whenShutdown: (onShutdown: () => void) => () => void;
  readonly pump: Pump;
  readonly scheduler: SchedulerLike;
  readonly callResultTimeoutMs: number;
}

export interface SessionControl {
  readonly state: SessionState;
  /** Runs every shutdown callback (flows release tickets, sessions, recording), then marks the session dead. */
  close(): void;
}

export const openSession = (
  name: SessionState['name'],
  pump: Pump,
  scheduler: SchedulerLike,
  callResultTimeoutMs: number,
): SessionControl => {
  const onShutdown = new Set<() => void>();
  let closed = false;
  const whenShutdown = (callback: () => void): (() => void) => {
    onShutdown.add(callback);
    return () => {
      onShutdown.delete(callback);
    };
  };
  // The same registry as an Observable, for rxjs compositions: emits once at shutdown, then
  // completes; subscribed after shutdown, it completes at once.
  const shutdown$ = new Observable<void>((subscriber) => {
    if (closed) {
      subscriber.complete();
      return undefined;
    }
    return whenShutdown(() => {
      subscriber.next();
      subscriber.complete();
    });
  });
  const state: SessionState = { live: true, name, shutdown$, whenShutdown, pump, scheduler, callResultTimeoutMs };
  return {
    state,
    close: () => {
      if (!state.live) return;
      closed = true;
      for (const callback of [...onShutdown]) callback();
      onShutdown.clear();
      state.live = false;
    },
  };
};

/** What an init hands to the client or server it builds: the core, Steam's session, and its lifecycle. */
export interface SessionParts<Session> {
  readonly core: SteamCore;
  readonly session: Session;
  readonly control: SessionControl;
  readonly lease: PumpLease;
  /** Releases what backend resolution created; runs after Steam's shutdown. */
  readonly disposeBackend: () => void;
}
