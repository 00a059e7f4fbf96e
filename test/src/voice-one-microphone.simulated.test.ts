import { isRight, type Either } from 'fp-ts/Either';
import { TestScheduler } from 'rxjs/testing';
import { steamInit } from '../../src';
import { createSimulatedSteam } from '../../src/testing';

const rightOf = <E, A>(value: Either<E, A>): A => {
  if (!isRight(value)) throw new Error('expected Right');
  return value.right;
};

describe('voice$: one microphone per client', () => {
  it('refuses a second concurrent recording with a CallFailed, and allows one after the first ends', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler });
      const client = rightOf(steamInit({ backend: 'simulated', steam, user: steam.addUser() }));
      const first = client.voice$().subscribe();
      const errors: string[] = [];
      client.voice$().subscribe({ error: (error: { _tag: string; message: string }) => errors.push(`${error._tag}: ${error.message}`) });
      expect(errors).toEqual([expect.stringMatching(/^CallFailed: .*another voice\$ subscription/)]);
      first.unsubscribe();
      flush();
      const frames: number[] = [];
      const second = client.voice$().subscribe((frame) => frames.push(frame.byteLength));
      scheduler.schedule(() => second.unsubscribe(), 100);
      flush();
      expect(frames.length).toBeGreaterThan(0);
      client.shutdown();
    });
  });
});
