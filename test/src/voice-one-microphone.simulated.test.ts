import { isRight, type Either } from 'fp-ts/Either';
import { TestScheduler } from 'rxjs/testing';
import { steamInit } from '../../src';
import { createSimulatedSteam } from '../../src/testing';

const rightOf = <E, A>(value: Either<E, A>): A => {
  if (!isRight(value)) throw new Error('expected Right');
  return value.right;
};

describe('voice$: one microphone per client, shared', () => {
  it('a second concurrent subscriber shares the recording (no error): both get the same frames; recording ends with the last, and can start again', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler });
      const process = steam.createProcess({ user: steam.addUser() });
      const client = rightOf(steamInit({ backend: 'core', core: process }));
      const first: number[] = [];
      const second: number[] = [];
      const errors: unknown[] = [];
      const firstSubscription = client.voice$().subscribe({ next: (frame) => first.push(rightOf(frame).byteLength), error: (error: unknown) => errors.push(error) });
      const secondSubscription = client.voice$().subscribe({ next: (frame) => second.push(rightOf(frame).byteLength), error: (error: unknown) => errors.push(error) });
      scheduler.schedule(() => firstSubscription.unsubscribe(), 100);
      scheduler.schedule(() => secondSubscription.unsubscribe(), 200);
      const states: string[] = [];
      for (const at of [150, 500]) scheduler.schedule(() => states.push(steam.inspect.client(process)?.voice.state ?? 'none'), at);
      flush();
      expect(errors).toEqual([]);
      expect(first.length).toBeGreaterThan(0);
      // The first left at 100: until then both saw the same frames.
      expect(second.slice(0, first.length)).toEqual(first);
      expect(second.length).toBeGreaterThan(first.length);
      expect(states).toEqual(['recording', 'off']);
      expect(steam.inspect.callCounts(process)['user.startVoiceRecording']).toBe(1);
      expect(steam.inspect.callCounts(process)['user.stopVoiceRecording']).toBe(1);
      const third: number[] = [];
      const again = client.voice$().subscribe((frame) => third.push(rightOf(frame).byteLength));
      scheduler.schedule(() => again.unsubscribe(), 100);
      flush();
      expect(third.length).toBeGreaterThan(0);
      client.shutdown();
    });
  });
});
