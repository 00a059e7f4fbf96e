/**
 * What every function of a client or server needs to know about its session: whether it is
 * still live, and a signal that fires once when it shuts down so open flows can release what
 * they hold while the library is still up.
 */
import { Observable, type SchedulerLike } from 'rxjs';
import type { Pump, PumpLease } from '../../native/pump';
import type { SteamCore } from '../../native/steam-core';

export interface SessionState {
  /**
   * True until shutdown begins: new calls and flows are accepted only while it holds. Read on
   * every call: a plain field, so the check costs nothing next to the FFI call.
   */
  live: boolean;
  /**
   * True until Steam's side is shut down: still true while the shutdown callbacks run, so open
   * flows can release their tickets, sessions and recordings; teardown checks this, not `live`.
   */
  steamAvailable: boolean;
  readonly name: 'SteamClient' | 'SteamServer';
  readonly shutdown$: Observable<void>;
  /**
   * Registers `onShutdown` to run once at shutdown (before the session is marked dead); returns
   * its removal. Adding and removing are O(1) (see ShutdownCallbacks), so a server holding
   * thousands of open flows pays nothing for them, where observers of a Subject are removed by
   * an array search.
   */
  readonly whenShutdown: (onShutdown: () => void) => () => void;
  readonly pump: Pump;
  readonly scheduler: SchedulerLike;
  readonly callResultTimeoutMs: number;
}

export interface SessionControl {
  readonly state: SessionState;
  /**
   * Marks the session dead (no new call or flow is accepted from here on, also from inside a
   * shutdown callback), then runs every shutdown callback (flows release tickets, sessions,
   * recording) while Steam is still up.
   */
  close(): void;
  /** Steam's side is down: teardown must no longer call it. */
  steamStopped(): void;
}

/** One registration in ShutdownCallbacks. */
interface Registration {
  readonly callback: () => void;
  previous: Registration | undefined;
  next: Registration | undefined;
  removed: boolean;
}

/**
 * The shutdown callbacks of a session, in registration order: a doubly-linked list, so adding
 * and removing are O(1) and allocate one node, where a Set reallocated its table whenever a
 * client's one open ticket came and went. Each add() is its own registration.
 */
class ShutdownCallbacks {
  private first: Registration | undefined;
  private last: Registration | undefined;

  /** Returns the removal (idempotent). */
  add(callback: () => void): () => void {
    const registration: Registration = { callback, previous: this.last, next: undefined, removed: false };
    if (this.last === undefined) this.first = registration;
    else this.last.next = registration;
    this.last = registration;
    return () => this.remove(registration);
  }

  /** Every callback, in order, emptying the list; a callback removed while they run is still called, as listed. */
  takeAll(): Array<() => void> {
    const callbacks: Array<() => void> = [];
    for (let registration = this.first; registration !== undefined; registration = registration.next) {
      registration.removed = true;
      callbacks.push(registration.callback);
    }
    this.first = undefined;
    this.last = undefined;
    return callbacks;
  }

  private remove(registration: Registration): void {
    if (registration.removed) return;
    registration.removed = true;
    const { previous, next } = registration;
    if (previous === undefined) {
      if (this.first === registration) this.first = next;
    } else previous.next = next;
    if (next === undefined) {
      if (this.last === registration) this.last = previous;
    } else next.previous = previous;
  }
}

export const openSession = (
  name: SessionState['name'],
  pump: Pump,
  scheduler: SchedulerLike,
  callResultTimeoutMs: number,
): SessionControl => {
  const onShutdown = new ShutdownCallbacks();
  let closed = false;
  const whenShutdown = (callback: () => void): (() => void) => onShutdown.add(callback);
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
  const state: SessionState = { live: true, steamAvailable: true, name, shutdown$, whenShutdown, pump, scheduler, callResultTimeoutMs };
  return {
    state,
    close: () => {
      if (!state.live) return;
      // Dead first: a completion handler that starts a flow while the callbacks run must meet
      // NotInitialized at once, not get a flow that nothing will ever end.
      state.live = false;
      closed = true;
      for (const callback of onShutdown.takeAll()) callback();
    },
    steamStopped: () => {
      state.steamAvailable = false;
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
