import { config, type Subscription } from 'rxjs';
import { Multicast } from '../../native/multicast';

describe('Multicast', () => {
  it('delivers each value to every subscriber in subscription order, and only while subscribed', () => {
    const multicast = new Multicast<number>();
    const seen: string[] = [];
    expect(multicast.observed).toBe(false);
    const first = multicast.observable$.subscribe((value) => seen.push(`first:${value}`));
    multicast.observable$.subscribe((value) => seen.push(`second:${value}`));
    expect(multicast.observed).toBe(true);
    multicast.next(1);
    first.unsubscribe();
    multicast.next(2);
    expect(seen).toEqual(['first:1', 'second:1', 'second:2']);
  });

  it('goes on over the list an emission started with: a subscriber added meanwhile waits for the next value, one removed hears nothing more', () => {
    const multicast = new Multicast<number>();
    const seen: string[] = [];
    let late: Subscription | undefined;
    let second: Subscription | undefined;
    multicast.observable$.subscribe((value) => {
      seen.push(`first:${value}`);
      late ??= multicast.observable$.subscribe((lateValue) => seen.push(`late:${lateValue}`));
      second?.unsubscribe();
    });
    second = multicast.observable$.subscribe((value) => seen.push(`second:${value}`));
    multicast.next(1);
    multicast.next(2);
    expect(seen).toEqual(['first:1', 'first:2', 'late:2']);
  });

  it('ends every subscriber once; a later subscriber ends at once the same way; values after the end go nowhere', () => {
    const completed = new Multicast<number>();
    const events: string[] = [];
    completed.observable$.subscribe({ next: (value) => events.push(`next:${value}`), complete: () => events.push('complete') });
    completed.complete();
    completed.complete();
    completed.error(new Error('after the end'));
    completed.next(3);
    completed.observable$.subscribe({ complete: () => events.push('late complete') });
    expect(events).toEqual(['complete', 'late complete']);
    expect(completed.ended).toBe(true);
    expect(completed.observed).toBe(false);

    const failed = new Multicast<number>();
    const failure = new Error('pipe gone');
    const errors: unknown[] = [];
    failed.observable$.subscribe({ error: (error: unknown) => errors.push(error) });
    failed.error(failure);
    failed.observable$.subscribe({ error: (error: unknown) => errors.push(error) });
    expect(errors).toEqual([failure, failure]);
  });

  it('reports a subscriber that throws through rxjs and still delivers to the others', () => {
    const reported: unknown[] = [];
    const previous = config.onUnhandledError;
    config.onUnhandledError = (error) => reported.push(error);
    jest.useFakeTimers();
    try {
      const multicast = new Multicast<number>();
      const seen: number[] = [];
      multicast.observable$.subscribe(() => {
        throw new Error('game code bug');
      });
      multicast.observable$.subscribe((value) => seen.push(value));
      multicast.next(7);
      jest.runAllTimers();
      expect(seen).toEqual([7]);
      expect(reported).toEqual([new Error('game code bug')]);
    } finally {
      jest.useRealTimers();
      config.onUnhandledError = previous;
    }
  });
});
