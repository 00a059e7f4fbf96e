/**
 * Review of the Friends reactive forms: the timeout paths of avatar$ and persona$ (marble), a session whose
 * call results wait for ever (callResultTimeoutMs: Infinity), and resources released when a read
 * fails at subscribe time.
 */
import { isLeft, left } from 'fp-ts/Either';
import { EMPTY, map, queueScheduler, Subject, type Observable } from 'rxjs';
import type { Pump } from '../../native/pump';
import type { FriendsPort, RawCallback } from '../../native/steam-core';
import { createSimulatedSteam } from '../../simulated';
import { createFriendsStreams } from '../../streams/friends-streams';
import { CallFailed } from '../../src/errors';
import { friendsReactive } from '../../src/friends/friends-reactive';
import { FriendRelationship } from '../../src';
import { steamInit } from '../../src/init/steam-init';
import { openSession } from '../../src/session/session-state';
import { newScheduler, rightOf, world } from '../user/simulated-kit';

/** A port whose every call throws, as the native one does when SteamAPI_SteamFriends_v017 answers NULL. */
const brokenPort = new Proxy({} as FriendsPort, {
  get: () => () => {
    throw new Error('steamworks-rx: SteamAPI_SteamFriends_v017 returned NULL (interface version not served)');
  },
});

/** The reactive forms over `port`, with a counted pump and a callback source that says whether anyone listens. */
const reactiveOver = (port: FriendsPort) => {
  let held = 0;
  const pump: Pump = {
    mode: 'manual',
    intervalMs: 16,
    awaitIntervalMs: 1,
    get awaiting() {
      return held;
    },
    await: () => {
      held += 1;
      let released = false;
      return () => {
        if (!released) held -= 1;
        released = true;
      };
    },
    scheduler: queueScheduler,
    frames$: EMPTY,
    runCallbacks: () => undefined,
    running: true,
  };
  const callbacks = new Subject<RawCallback>();
  const session = openSession('SteamClient', pump, queueScheduler, 10_000);
  const streams = createFriendsStreams(callbacks as Observable<RawCallback>, 'linux64');
  const reactive = friendsReactive({ state: session.state, port, streams, readImage: () => left(new CallFailed('GetImageRGBA', 'none')) });
  return { reactive, session, callbacks, held: () => held };
};

describe('client.friends reactive forms (review)', () => {
  it('persona$, friends$ and richPresence$ release the callback subscription when the first read throws', () => {
    const { reactive, callbacks } = reactiveOver(brokenPort);
    for (const [name, make] of [
      ['persona$', (): Observable<unknown> => reactive.persona$(76561197960287930n)],
      ['friends$', (): Observable<unknown> => reactive.friends$(4)],
      ['richPresence$', (): Observable<unknown> => reactive.richPresence$(76561197960287930n)],
    ] as const) {
      const errors: unknown[] = [];
      make().subscribe({ error: (error: unknown) => errors.push(error) });
      expect([name, errors.length]).toEqual([name, 1]);
      // Nothing is left listening to Steam's callbacks for a subscriber that has already failed.
      expect(callbacks.observed).toBe(false);
    }
  });

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

  it('persona$ of a user Steam never answers for: what Steam has at the call-result timeout, and the pump let go (marble)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam } = world(scheduler);
      const stranger = steam.addUser({ name: 'Zed' });
      const client = rightOf(steamInit({ backend: 'simulated', steam, user: steam.addUser(), pump: 'manual', callResultTimeoutMs: 100 }));
      // Nobody pumps: Steam has the name from 20 ms, but its PersonaStateChange_t is never delivered.
      const name$ = client.friends.persona$(stranger).pipe(map((persona) => persona.name));
      expectObservable(name$, '^ 200ms !').toBe('100ms a', { a: 'Zed' });
      scheduler.schedule(() => expect(client.pump.awaiting).toBe(1), 99);
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

  it('persona$ of a friend who unfriends: the relationship ends, the name Steam already has stays (marble)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam, player, frames } = world(scheduler);
      const ann = steam.addUser({ name: 'Ann' });
      const { steamId, client } = player({ friends: [ann] });
      frames(300, 10);
      scheduler.schedule(() => steam.friends.unfriend(steamId, ann), 5);
      scheduler.schedule(() => steam.friends.setPersonaName(ann, 'Annie'), 55);
      const persona$ = client.friends.persona$(ann).pipe(map((persona) => `${persona.name}/${persona.relationship}`));
      // Unfriended at 5, told at 25, pumped at 30; Steam still knows her, so her rename at 55 reaches the game at 80.
      expectObservable(persona$, '^ 200ms !').toBe('a 29ms b 49ms c', {
        a: `Ann/${FriendRelationship.Friend}`,
        b: `Ann/${FriendRelationship.None}`,
        c: `Annie/${FriendRelationship.None}`,
      });
    });
  });
});
