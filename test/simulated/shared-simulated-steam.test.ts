/**
 * sharedSimulatedSteam: the one default simulated Steam of a scheduler, which
 * steamInit({ backend: 'simulated' }) and serverInit without a `steam` join.
 */
import { asyncScheduler, queueScheduler } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { sharedSimulatedSteam } from '../../simulated';

const newScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

describe('sharedSimulatedSteam', () => {
  it('is the same simulated Steam for the same scheduler, made on first use, driven by that scheduler', () => {
    const scheduler = newScheduler();
    const first = sharedSimulatedSteam(scheduler);
    expect(sharedSimulatedSteam(scheduler)).toBe(first);
    expect(first.scheduler).toBe(scheduler);
    // Users added through one reference are there for every caller.
    const steamId = first.addUser();
    expect(sharedSimulatedSteam(scheduler).inspect.user(steamId)).not.toBeNull();
  });

  it('is another simulated Steam for another scheduler', () => {
    const one = newScheduler();
    const other = newScheduler();
    expect(sharedSimulatedSteam(one)).not.toBe(sharedSimulatedSteam(other));
    expect(sharedSimulatedSteam(queueScheduler)).not.toBe(sharedSimulatedSteam(one));
  });

  it('uses asyncScheduler when no scheduler is given', () => {
    const steam = sharedSimulatedSteam();
    expect(steam).toBe(sharedSimulatedSteam(asyncScheduler));
    expect(steam.scheduler).toBe(asyncScheduler);
  });

  it('makes a new one once the shared one has been disposed', () => {
    const scheduler = newScheduler();
    const first = sharedSimulatedSteam(scheduler);
    first.dispose();
    const second = sharedSimulatedSteam(scheduler);
    expect(second).not.toBe(first);
    expect(() => second.createProcess()).not.toThrow();
    expect(sharedSimulatedSteam(scheduler)).toBe(second);
  });
});
