import { EMPTY, queueScheduler } from 'rxjs';
import type { Pump } from '../../native/pump';
import { openSession } from '../../src/session/session-state';

const idlePump: Pump = {
  mode: 'manual',
  intervalMs: 16,
  awaitIntervalMs: 1,
  awaiting: 0,
  await: () => () => undefined,
  scheduler: queueScheduler,
  frames$: EMPTY,
  runCallbacks: () => undefined,
  running: true,
};

const session = () => openSession('SteamClient', idlePump, queueScheduler, 10_000);

describe('session state: shutdown callbacks', () => {
  it('runs every registered callback once at close, in registration order: the session already dead, Steam still available', () => {
    const { state, close, steamStopped } = session();
    const log: string[] = [];
    state.whenShutdown(() => log.push(`first live=${state.live} steamAvailable=${state.steamAvailable}`));
    const removeSecond = state.whenShutdown(() => log.push('second'));
    state.whenShutdown(() => log.push('third'));
    removeSecond();
    removeSecond();
    expect([state.live, state.steamAvailable]).toEqual([true, true]);
    close();
    close();
    expect(log).toEqual(['first live=false steamAvailable=true', 'third']);
    expect([state.live, state.steamAvailable]).toEqual([false, true]);
    steamStopped();
    expect(state.steamAvailable).toBe(false);
  });

  it('a callback registered while the callbacks run (by a completion handler) is never run: close has already taken the list', () => {
    const { state, close } = session();
    const log: string[] = [];
    state.whenShutdown(() => {
      log.push('first');
      state.whenShutdown(() => log.push('registered during close'));
    });
    close();
    close();
    expect(log).toEqual(['first']);
  });

  it('keeps each registration apart: the same callback twice runs twice, and removing one leaves the other', () => {
    const { state, close } = session();
    let runs = 0;
    const callback = (): void => {
      runs += 1;
    };
    state.whenShutdown(callback);
    const removeOne = state.whenShutdown(callback);
    state.whenShutdown(callback);
    removeOne();
    close();
    expect(runs).toBe(2);
  });

  it('removes from the front, the middle and the end in any order, many times over', () => {
    const { state, close } = session();
    const log: number[] = [];
    const removals = Array.from({ length: 10 }, (_, index) => state.whenShutdown(() => log.push(index)));
    for (const index of [0, 9, 4, 5, 1, 8]) removals[index]?.();
    for (let round = 0; round < 1000; round += 1) state.whenShutdown(() => log.push(-1))();
    close();
    expect(log).toEqual([2, 3, 6, 7]);
  });

  it('calls what was listed at close even if a callback removes a later one meanwhile (flows tear each other down)', () => {
    const { state, close } = session();
    const log: string[] = [];
    let removeLater = (): void => undefined;
    state.whenShutdown(() => {
      log.push('first');
      removeLater();
    });
    removeLater = state.whenShutdown(() => log.push('later'));
    close();
    expect(log).toEqual(['first', 'later']);
    // Removing after close is harmless.
    removeLater();
  });

  it('shutdown$ emits once and completes at close; subscribed after close, it completes at once', () => {
    const { state, close } = session();
    const events: string[] = [];
    state.shutdown$.subscribe({ next: () => events.push('next'), complete: () => events.push('complete') });
    const unsubscribed = state.shutdown$.subscribe(() => events.push('unsubscribed next'));
    unsubscribed.unsubscribe();
    close();
    state.shutdown$.subscribe({ next: () => events.push('late next'), complete: () => events.push('late complete') });
    expect(events).toEqual(['next', 'complete', 'late complete']);
  });
});
