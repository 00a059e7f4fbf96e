/**
 * Review of the Friends reactive forms: the timeout path of avatar$ (marble), a session whose
 * call results wait for ever (callResultTimeoutMs: Infinity), and resources released when a read
 * fails at subscribe time.
 */
import { isLeft } from 'fp-ts/Either';
import { map } from 'rxjs';
import { createSimulatedSteam } from '../../simulated';
import { steamInit } from '../../src/init/steam-init';
import { newScheduler, rightOf, world } from '../user/simulated-kit';

describe('client.friends reactive forms (review)', () => {
  it('avatar$ answers Timeout when the avatar does not load in time, and releases the pump (marble)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam, player } = world(scheduler);
      const ann = steam.addUser({ name: 'Ann' });
      const { client } = player({ friends: [ann] });
      // Nobody pumps: AvatarImageLoaded_t (posted at 20) is never delivered.
      const tag$ = client.friends.avatar$(ann, 'large', 50).pipe(map((value) => (isLeft(value) ? value.left._tag : 'Right')));
      expectObservable(tag$).toBe('50ms (t|)', { t: 'Timeout' });
      scheduler.schedule(() => expect(client.pump.awaiting).toBe(1), 49);
      flush();
      expect(client.pump.awaiting).toBe(0);
    });
  });

  it('avatar$ of a session with callResultTimeoutMs Infinity waits for ever, not a Timeout at once', async () => {
    const steam = createSimulatedSteam();
    const ann = steam.addUser({ name: 'Ann' });
    const me = steam.addUser({ friends: [ann] });
    const client = rightOf(steamInit({ backend: 'simulated', steam, user: me, pump: 'manual', callResultTimeoutMs: Infinity }));
    try {
      const seen: string[] = [];
      const subscription = client.friends.avatar$(ann, 'large').subscribe((value) => seen.push(isLeft(value) ? value.left._tag : 'Right'));
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(seen).toEqual([]);
      expect(client.pump.awaiting).toBe(1);
      subscription.unsubscribe();
      expect(client.pump.awaiting).toBe(0);
    } finally {
      client.shutdown();
    }
  });
});
