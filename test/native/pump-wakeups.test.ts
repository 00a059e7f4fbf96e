/**
 * The event-driven pump (cores that signal wakeups$, like the simulated Steam): frames of every
 * core woken at the same moment run in one scheduled action, in wake-up order.
 */
import { asyncScheduler, Subject, VirtualTimeScheduler, type SchedulerAction, type SchedulerLike, type Subscription } from 'rxjs';
import { leasePump } from '../../native/pump';
import { createSimulatedSteam } from '../../simulated';
import type { SteamCore } from '../../native/steam-core';

/** A scheduler that counts what is scheduled on it. */
const countingScheduler = () => {
  const inner = new VirtualTimeScheduler();
  let scheduled = 0;
  const scheduler: SchedulerLike = {
    now: () => inner.now(),
    schedule: <T>(work: (this: SchedulerAction<T>, state: T) => void, delay?: number, state?: T): Subscription => {
      scheduled += 1;
      return inner.schedule(work as (this: SchedulerAction<T | undefined>, state?: T) => void, delay, state);
    },
  };
  return { scheduler, inner, scheduled: () => scheduled };
};

/** A core whose wake-ups and frames the test drives; `runCallbacks` logs its name. */
const drivenCore = (name: string, log: string[], onFrame: () => void = () => undefined) => {
  const process = createSimulatedSteam().createProcess();
  const wakeups = new Subject<void>();
  const core: SteamCore = {
    ...process,
    wakeups$: wakeups,
    runCallbacks: () => {
      log.push(name);
      onFrame();
    },
  };
  return { core, wake: () => wakeups.next() };
};

describe('the event-driven pump', () => {
  it('runs the frames of cores woken at the same moment in one scheduled action, in wake-up order, once per burst', () => {
    const { scheduler, inner, scheduled } = countingScheduler();
    const log: string[] = [];
    const cores = ['a', 'b', 'c'].map((name) => drivenCore(name, log));
    const leases = cores.map(({ core }) => leasePump(core, { scheduler }));
    const [a, b, c] = cores;
    c?.wake();
    a?.wake();
    c?.wake();
    b?.wake();
    expect(log).toEqual([]);
    inner.flush();
    expect(log).toEqual(['c', 'a', 'b']);
    expect(scheduled()).toBe(1);
    for (const lease of leases) lease.release();
  });

  it('a pump released while its frame waits runs no frame', () => {
    const { scheduler, inner } = countingScheduler();
    const log: string[] = [];
    const [kept, released] = [drivenCore('kept', log), drivenCore('released', log)];
    const keptLease = leasePump(kept.core, { scheduler });
    const releasedLease = leasePump(released.core, { scheduler });
    released.wake();
    kept.wake();
    releasedLease.release();
    inner.flush();
    expect(log).toEqual(['kept']);
    keptLease.release();
  });

  it('a frame that throws does not cost the others theirs, even when the scheduler drops their action', () => {
    const { scheduler, inner } = countingScheduler();
    const log: string[] = [];
    const failing = drivenCore('failing', log, () => {
      throw new Error('subscriber bug');
    });
    const [second, third] = [drivenCore('second', log), drivenCore('third', log)];
    const leases = [failing, second, third].map(({ core }) => leasePump(core, { scheduler }));
    failing.wake();
    second.wake();
    third.wake();
    // rxjs's virtual time cancels every waiting action after one throws, so the frames of
    // 'second' and 'third' wait for the next wake-up of any core, which arms a run again.
    expect(() => inner.flush()).toThrow('subscriber bug');
    expect(log).toEqual(['failing']);
    second.wake();
    inner.flush();
    expect(log).toEqual(['failing', 'second', 'third']);
    // The failed core's next burst gets a frame again.
    failing.wake();
    expect(() => inner.flush()).toThrow('subscriber bug');
    expect(log).toEqual(['failing', 'second', 'third', 'failing']);
    for (const lease of leases) lease.release();
  });
});

describe('the event-driven pump on real time', () => {
  it('runs a woken core’s frame as a microtask after the wake-up, before any zero-delay timer (which Node delays by 1 ms)', async () => {
    const log: string[] = [];
    const { core, wake } = drivenCore('frame', log);
    const lease = leasePump(core, { scheduler: asyncScheduler });
    try {
      const timer = new Promise<void>((resolve) => setTimeout(() => {
        log.push('timer');
        resolve();
      }, 0));
      wake();
      // Never inside the wake-up's own call stack.
      expect(log).toEqual([]);
      await timer;
      expect(log).toEqual(['frame', 'timer']);
    } finally {
      lease.release();
    }
  });
});
