/**
 * Coalesced StoreStats. Every stat set and achievement unlock made through the reactive forms in
 * one synchronous turn (one game frame, or the callbacks of one pump frame) is sent by ONE
 * StoreStats, at whichever comes first: the end of the pump frame it was made in or the next one
 * (`frames$`: a game pumping by hand stores once per runCallbacks), or a task the session's
 * scheduler runs right after the turn (on a TestScheduler: at the same virtual time). Steam answers each StoreStats with one
 * UserStatsStored_t, in call order, so the stores sent are kept in a queue and each
 * UserStatsStored_t settles the oldest. A StoreStats the game calls itself (the flat storeStats)
 * joins the same queue, so the count stays right.
 */
import type { Observable, SchedulerLike, Subscription } from 'rxjs';
import type { UserStatsStored } from '../../streams/signals/user-stats-stored';

/** One waiter of a store: told whether StoreStats was sent, then its UserStatsStored_t. */
export interface StoreWaiter {
  /** StoreStats returned false: no UserStatsStored_t will come for this store. */
  readonly refused: () => void;
  /** The UserStatsStored_t of the store this waiter joined. */
  readonly stored: (payload: UserStatsStored) => void;
}

/** The coalescing store of one client session. */
export interface StatsStore {
  /** Joins the store of this turn (scheduling it if it is the first); returns the leave. */
  readonly join: (waiter: StoreWaiter) => () => void;
  /** Records a StoreStats made outside the batch (true: one more UserStatsStored_t will come). */
  readonly storedDirectly: (sent: boolean) => void;
  /** How many stores are scheduled or awaiting their UserStatsStored_t (for tests and leaks). */
  readonly outstanding: () => number;
  /** Drops the scheduled task and the subscription (shutdown). */
  readonly dispose: () => void;
}

/** A store over `storeStats` whose answers come on `userStatsStored$`; `frames$` is the pump's end-of-frame signal. */
export const createStatsStore = (
  scheduler: SchedulerLike,
  frames$: Observable<void>,
  storeStats: () => boolean,
  userStatsStored$: Observable<UserStatsStored>,
): StatsStore => {
  /** The waiters of the store not yet sent; undefined when none is scheduled. */
  let gathering: Set<StoreWaiter> | undefined;
  let task: Subscription | undefined;
  let frameEnd: Subscription | undefined;
  /** Sent stores, oldest first, each with its waiters. */
  const sent: Set<StoreWaiter>[] = [];
  let answers: Subscription | undefined;

  const listen = (): void => {
    answers ??= userStatsStored$.subscribe((payload) => {
      const oldest = sent.shift();
      if (sent.length === 0 && gathering === undefined) stopListening();
      if (oldest !== undefined) for (const waiter of [...oldest]) waiter.stored(payload);
    });
  };
  const stopListening = (): void => {
    const closing = answers;
    answers = undefined;
    closing?.unsubscribe();
  };

  const cancelTriggers = (): void => {
    task?.unsubscribe();
    task = undefined;
    frameEnd?.unsubscribe();
    frameEnd = undefined;
  };

  const flush = (): void => {
    if (gathering === undefined) return;
    const waiters = gathering;
    gathering = undefined;
    cancelTriggers();
    if (storeStats()) {
      sent.push(waiters);
      listen();
    } else {
      // No UserStatsStored_t will come for it: stop listening unless an earlier store awaits one.
      if (sent.length === 0) stopListening();
      for (const waiter of [...waiters]) waiter.refused();
    }
  };

  return {
    join: (waiter) => {
      const first = gathering === undefined;
      gathering ??= new Set();
      const batch = gathering;
      // In the batch before anything can send it: a scheduler may run a zero-delay task at once.
      batch.add(waiter);
      if (first) {
        // Listen before the store goes out: its answer may come in the very next frame.
        listen();
        task = scheduler.schedule(flush, 0);
        // A frame that ends (even the one running now) sends it first; flush runs once either way.
        if (gathering !== undefined) frameEnd = frames$.subscribe(flush);
      }
      return () => {
        batch.delete(waiter);
        for (const waiting of sent) waiting.delete(waiter);
      };
    },
    storedDirectly: (wasSent) => {
      if (!wasSent) return;
      sent.push(new Set());
      listen();
    },
    outstanding: () => sent.length + (gathering === undefined ? 0 : 1),
    dispose: () => {
      cancelTriggers();
      gathering = undefined;
      sent.length = 0;
      stopListening();
    },
  };
};
