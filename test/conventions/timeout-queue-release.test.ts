/**
 * Timeout queues are released when empty: a game computing its timeouts from a deadline uses a new
 * duration for nearly every flow, and 100k distinct durations used to keep 100k queues for ever.
 */
import { TestScheduler } from 'rxjs/testing';
import { timeoutQueue, timeoutQueueCount } from '../../src/session/timeout-queue';

const scheduler = (): TestScheduler => new TestScheduler(() => undefined);

describe('timeout queue registry', () => {
  it('drops a queue whose last waiter left', () => {
    const clock = scheduler();
    const waiters = Array.from({ length: 1000 }, () => ({ expire: jest.fn() }));
    waiters.forEach((waiter, index) => timeoutQueue(clock, 1000 + index).add(waiter));
    expect(timeoutQueueCount(clock)).toBe(1000);
    waiters.forEach((waiter, index) => timeoutQueue(clock, 1000 + index).delete(waiter));
    expect(timeoutQueueCount(clock)).toBe(0);
  });

  it('drops a queue whose waiters all expired, after they expired', () => {
    const clock = scheduler();
    const waiter = { expire: jest.fn() };
    timeoutQueue(clock, 5).add(waiter);
    clock.flush();
    expect(waiter.expire).toHaveBeenCalledTimes(1);
    expect(timeoutQueueCount(clock)).toBe(0);
  });

  it('keeps a queue that still has waiters, and one a waiter joins while another expires', () => {
    const clock = scheduler();
    const late = { expire: jest.fn() };
    const first = { expire: jest.fn(() => timeoutQueue(clock, 5).add(late)) };
    timeoutQueue(clock, 5).add(first);
    clock.flush();
    expect(first.expire).toHaveBeenCalledTimes(1);
    expect(late.expire).toHaveBeenCalledTimes(1);
    expect(timeoutQueueCount(clock)).toBe(0);
  });

  it('a new queue for a duration after the old one was dropped works as the first did', () => {
    const clock = scheduler();
    const one = { expire: jest.fn() };
    timeoutQueue(clock, 7).add(one);
    timeoutQueue(clock, 7).delete(one);
    const two = { expire: jest.fn() };
    timeoutQueue(clock, 7).add(two);
    clock.flush();
    expect(one.expire).not.toHaveBeenCalled();
    expect(two.expire).toHaveBeenCalledTimes(1);
  });
});
