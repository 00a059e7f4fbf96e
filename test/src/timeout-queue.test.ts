import { asyncScheduler, VirtualTimeScheduler } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { timeoutQueue, TimeoutQueue } from '../../src/session/timeout-queue';

/** A waiter that records the virtual time it expired at, and can act when it does. */
const waiter = (scheduler: { now(): number }, log: string[], name: string, onExpire: () => void = () => undefined) => ({
  expire: () => {
    log.push(`${name}@${scheduler.now()}`);
    onExpire();
  },
});

describe('TimeoutQueue', () => {
  it('expires each waiter at its own deadline, in order, with one scheduled action at a time', () => {
    const scheduler = new VirtualTimeScheduler();
    const queue = new TimeoutQueue(scheduler, 100);
    const log: string[] = [];
    queue.add(waiter(scheduler, log, 'a'));
    scheduler.schedule(() => queue.add(waiter(scheduler, log, 'b')), 30);
    scheduler.schedule(() => queue.add(waiter(scheduler, log, 'c')), 30);
    scheduler.schedule(() => {
      // One action for the queue, however many wait: here a, b and c.
      expect(scheduler.actions.length).toBe(1);
    }, 50);
    scheduler.flush();
    expect(log).toEqual(['a@100', 'b@130', 'c@130']);
    expect(queue.size).toBe(0);
  });

  it('a waiter deleted before its deadline never expires; the last one leaving cancels the action', () => {
    const scheduler = new VirtualTimeScheduler();
    const queue = new TimeoutQueue(scheduler, 100);
    const log: string[] = [];
    const early = waiter(scheduler, log, 'early');
    const kept = waiter(scheduler, log, 'kept');
    queue.add(early);
    scheduler.schedule(() => queue.add(kept), 10);
    scheduler.schedule(() => queue.delete(early), 20);
    scheduler.flush();
    expect(log).toEqual(['kept@110']);

    const alone = waiter(scheduler, log, 'alone');
    queue.add(alone);
    queue.delete(alone);
    queue.delete(alone);
    // Nothing is scheduled any more: virtual time does not move on to the old deadline.
    expect(scheduler.actions.filter((action) => !action.closed)).toHaveLength(0);
    const before = scheduler.now();
    scheduler.flush();
    expect(scheduler.now()).toBe(before);
    expect(log).toEqual(['kept@110']);
  });

  it('lets an expiring waiter add and delete waiters, and arms once for what is left', () => {
    const scheduler = new VirtualTimeScheduler();
    const queue = new TimeoutQueue(scheduler, 100);
    const log: string[] = [];
    const doomed = waiter(scheduler, log, 'doomed');
    queue.add(
      waiter(scheduler, log, 'first', () => {
        queue.delete(doomed);
        queue.add(waiter(scheduler, log, 'added'));
      }),
    );
    queue.add(doomed);
    scheduler.flush();
    expect(log).toEqual(['first@100', 'added@200']);
    expect(queue.size).toBe(0);
  });

  it('times ticket-length waits in marble time, shared by every flow on the scheduler with that duration', () => {
    const testScheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    testScheduler.run(({ flush }) => {
      const queue = timeoutQueue(testScheduler, 10_000);
      expect(timeoutQueue(testScheduler, 10_000)).toBe(queue);
      expect(timeoutQueue(testScheduler, 5_000)).not.toBe(queue);
      expect(timeoutQueue(asyncScheduler, 10_000)).not.toBe(queue);
      const log: string[] = [];
      queue.add(waiter(testScheduler, log, 'ticket'));
      flush();
      expect(log).toEqual(['ticket@10000']);
    });
  });
});

describe('TimeoutQueue on unusual schedulers', () => {
  it('keeps timing out after the scheduler dropped its action (virtual time cancels all after an error)', () => {
    const scheduler = new VirtualTimeScheduler();
    const queue = new TimeoutQueue(scheduler, 100);
    const log: string[] = [];
    queue.add(
      waiter(scheduler, log, 'throws', () => {
        throw new Error('bug in a flow');
      }),
    );
    scheduler.schedule(() => queue.add(waiter(scheduler, log, 'next')), 50);
    expect(() => scheduler.flush()).toThrow('bug in a flow');
    // The scheduler dropped the action armed for 'next'; a new waiter arms again.
    queue.add(waiter(scheduler, log, 'later'));
    scheduler.flush();
    expect(log).toEqual(['throws@100', 'next@150', 'later@200']);
  });
});
