/**
 * client.stats and server.stats on the simulated Steam, through the public API on virtual time:
 * marble tests of coalesced stores (one StoreStats for a frame's unlocks and stats), of an unlock
 * and the callbacks after it in Steam's order, and of a leaderboard found, downloaded, uploaded to
 * and downloaded again with the rank changed; stats kept across a shutdown and a new init; a game
 * server writing a player's stats with an auth session.
 */
import { isRight } from 'fp-ts/Either';
import { filter, map, merge, of, switchMap, take, timer, type Observable } from 'rxjs';
import type { TestScheduler } from 'rxjs/testing';
import { EServerMode } from '../../native/enums';
import type { SimulatedSteam } from '../../simulated';
import type { SteamClient } from '../../src/client/steam-client';
import { serverInit } from '../../src/init/server-init';
import { steamInit } from '../../src/init/steam-init';
import { newScheduler, rightOf, world } from '../user/simulated-kit';
import { schema } from './stats-port-kit';

/** A player's client, pumped every 10 ms for `durationMs` of virtual time. */
const player = (scheduler: TestScheduler, steam: SimulatedSteam, steamId = steam.addUser(), durationMs = 600): { readonly steamId: bigint; readonly client: SteamClient } => {
  const process = steam.createProcess({ user: steamId });
  const client = rightOf(steamInit({ backend: 'core', core: process, pump: 'manual' }));
  timer(10, 10, scheduler)
    .pipe(take(durationMs / 10))
    .subscribe(() => client.live && client.runCallbacks());
  return { steamId, client };
};

/** `then` once the local user's stats are loaded. */
const whenReady = <A>(client: SteamClient, then: () => Observable<A>): Observable<A> =>
  client.stats.ready$.pipe(
    filter(isRight),
    take(1),
    switchMap(() => then()),
  );

const tag = <A>(value: { readonly _tag: string; readonly right?: A; readonly left?: { readonly _tag: string } }): string => (value._tag === 'Right' ? 'R' : (value.left?._tag ?? 'L'));

describe('client.stats on the simulated Steam', () => {
  it('coalesces a frame of unlocks and stat stores into ONE StoreStats, all settled together (marble)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam } = world(scheduler, { stats: schema });
      const { steamId, client } = player(scheduler, steam);
      const stores = whenReady(client, () =>
        merge(
          client.stats.unlockAchievement('FIRST_BLOOD').pipe(map((result) => `a${tag(result)}`)),
          client.stats.storeStatInt32('kills', 5).pipe(map((result) => `k${tag(result)}`)),
          client.stats.storeStatFloat('accuracy', 0.25).pipe(map((result) => `f${tag(result)}`)),
        ),
      );
      // Stats arrive at 20 (pumped at 20); the store goes out then; its answers at 40.
      expectObservable(stores).toBe('40ms (xyz|)', { x: 'kR', y: 'fR', z: 'aR' });
      flush();
      expect(steam.stats.storedStats(steamId)).toEqual({ stats: { kills: 5, accuracy: 0.25, speed: 0, rank: 0 }, achievements: { FIRST_BLOOD: 0 } });
    });
  });

  it('sends one StoreStats for the whole frame', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { steam } = world(scheduler, { stats: schema });
      const steamId = steam.addUser();
      const process = steam.createProcess({ user: steamId });
      const client = rightOf(steamInit({ backend: 'core', core: process, pump: 'manual' }));
      timer(10, 10, scheduler).pipe(take(30)).subscribe(() => client.runCallbacks());
      whenReady(client, () => merge(client.stats.unlockAchievement('FIRST_BLOOD'), client.stats.storeStatInt32('kills', 1), client.stats.storeStatInt32('kills', 2))).subscribe();
      flush();
      expect(steam.inspect.callCounts(process)['userStats.storeStats']).toBe(1);
      expect(steam.stats.storedStats(steamId)?.stats.kills).toBe(2);
    });
  });

  it('an unlock: the achievement changes at once, then UserStatsStored_t and UserAchievementStored_t in that order (marble)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam } = world(scheduler, { stats: schema });
      const { client } = player(scheduler, steam);
      const { stats } = client;
      const achieved = stats.achievement$('FIRST_BLOOD').pipe(map((state) => (state._tag === 'Right' ? (state.right.achieved ? 'T' : 'F') : 'L')));
      const callbacks = merge(stats.userStatsStored$.pipe(map(() => 's')), stats.userAchievementStored$.pipe(map((stored) => `u:${stored.achievementName}`)));
      scheduler.schedule(() => stats.unlockAchievement('FIRST_BLOOD').subscribe(), 100);
      expectObservable(achieved, '^ 300ms !').toBe('20ms F 79ms T');
      expectObservable(callbacks, '^ 300ms !').toBe('120ms (su)', { s: 's', u: 'u:FIRST_BLOOD' });
      flush();
    });
  });

  it('ready$ asks Steam again after a failure: offline gives a Left, back online a later subscriber gets a Right (marble)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam } = world(scheduler, { stats: schema });
      const steamId = steam.addUser();
      const process = steam.createProcess({ user: steamId });
      const client = rightOf(steamInit({ backend: 'core', core: process, pump: 'manual' }));
      timer(10, 10, scheduler).pipe(take(30)).subscribe(() => client.runCallbacks());
      steam.faults.disconnectUser(steamId);
      scheduler.schedule(() => steam.faults.reconnectUser(steamId), 50);
      const ready = client.stats.ready$.pipe(map(tag));
      // The first subscriber's request is answered offline (Fail); it keeps listening and sees the retry's answer.
      expectObservable(ready, '^ 300ms !').toBe('20ms f 99ms r', { f: 'SteamResultError', r: 'R' });
      // A subscriber after the failure asks again (sent at 100, answered at 120), now online.
      expectObservable(ready, '100ms ^ 200ms !').toBe('120ms r', { r: 'R' });
      // A subscriber after the success has it replayed at once.
      expectObservable(ready, '200ms ^ 100ms !').toBe('200ms r', { r: 'R' });
      flush();
      expect(steam.inspect.callCounts(process)['userStats.requestCurrentStats']).toBe(2);
    });
  });

  it('a store refused by the schema is a SteamResultError and the stat keeps its stored value', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { steam } = world(scheduler, { stats: schema });
      const { steamId, client } = player(scheduler, steam);
      const results: string[] = [];
      whenReady(client, () => client.stats.storeStatInt32('kills', 5000)).subscribe((result) => results.push(tag(result)));
      flush();
      expect(results).toEqual(['SteamResultError']);
      expect(rightOf(client.stats.getStatInt32('kills'))).toBe(0);
      expect(steam.stats.storedStats(steamId)?.stats.kills).toBe(0);
    });
  });

  it('stats outlive a shutdown and a new init of the same user', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { steam } = world(scheduler, { stats: schema });
      const first = player(scheduler, steam, undefined, 100);
      whenReady(first.client, () => first.client.stats.storeStatInt32('kills', 33)).subscribe();
      scheduler.schedule(() => first.client.shutdown(), 100);
      const seen: number[] = [];
      scheduler.schedule(() => {
        const again = player(scheduler, steam, first.steamId, 200);
        whenReady(again.client, () => of(rightOf(again.client.stats.getStatInt32('kills')))).subscribe((kills) => seen.push(kills));
      }, 150);
      flush();
      expect(seen).toEqual([33]);
    });
  });

  it('a leaderboard: find, download, upload, download again with the rank changed (marble)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam } = world(scheduler, { stats: schema });
      const rivals = [steam.addUser(), steam.addUser(), steam.addUser()];
      rivals.forEach((rival, index) => steam.stats.postScore('Fastest', rival, 1000 * (index + 1), [index], { sortMethod: 'ascending' }));
      const { steamId, client } = player(scheduler, steam);
      const { stats } = client;
      const top = (board: bigint): Observable<string> =>
        stats.entries$(board, { request: 'global', start: 1, end: 10 }).pipe(map((entries) => rightOf(entries).map((entry) => `${entry.globalRank}:${entry.steamId === steamId ? 'me' : entry.score}`).join(' ')));
      const flow = stats.leaderboard$('Fastest').pipe(
        switchMap((found) => {
          const board = rightOf(found);
          return merge(
            top(board.handle).pipe(map((text) => `before ${text}`)),
            timer(100, scheduler).pipe(
              switchMap(() => stats.uploadScore$(board, 1500, 'keepBest', [9, 9])),
              switchMap((uploaded) => {
                const { globalRankPrevious, globalRankNew, scoreChanged } = rightOf(uploaded);
                return merge([`uploaded ${globalRankPrevious}->${globalRankNew} ${scoreChanged}`], top(board.handle).pipe(map((text) => `after ${text}`)));
              }),
            ),
          );
        }),
      );
      // Found at 20, first download answered at 40; upload at 120 answered at 140, download at 160.
      expectObservable(flow).toBe('40ms a 99ms b 19ms (c|)', {
        a: 'before 1:1000 2:2000 3:3000',
        b: 'uploaded 0->2 true',
        c: 'after 1:1000 2:me 3:2000 4:3000',
      });
      flush();
      expect(steam.stats.leaderboard('Fastest')?.entries[1]).toMatchObject({ steamId, score: 1500, details: [9, 9] });
      expect(steam.stats.heldEntrySets(steamId)).toBe(0);
    });
  });

  it('keep-best keeps a better score; friends are those the test set', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { steam } = world(scheduler, { stats: schema });
      const friend = steam.addUser();
      steam.stats.postScore('Fastest', friend, 700, [], { sortMethod: 'ascending' });
      steam.stats.postScore('Fastest', steam.addUser(), 100, [], { sortMethod: 'ascending' });
      const { steamId, client } = player(scheduler, steam);
      steam.stats.setFriends(steamId, [friend]);
      const { stats } = client;
      const seen: string[] = [];
      stats
        .leaderboard$('Fastest')
        .pipe(
          switchMap((found) => {
            const board = rightOf(found);
            return stats.uploadScore$(board, 500, 'keepBest').pipe(switchMap(() => stats.uploadScore$(board, 900, 'keepBest')));
          }),
          map((uploaded) => `changed ${rightOf(uploaded).scoreChanged}`),
        )
        .subscribe((text) => seen.push(text));
      scheduler.schedule(() => {
        stats
          .entries$(1n, { request: 'friends' })
          .subscribe((entries) => seen.push(rightOf(entries).map((entry) => `${entry.globalRank}:${entry.steamId === steamId ? 'me' : 'friend'}`).join(' ')));
      }, 200);
      flush();
      expect(seen).toEqual(['changed false', '2:me 3:friend']);
    });
  });
  it("a friends range ranks the universe's friendships (steam.friends) by default; setFriends overrides them", () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { steam } = world(scheduler, { stats: schema });
      const friend = steam.addUser();
      const stranger = steam.addUser();
      const requested = steam.addUser();
      steam.stats.postScore('Fastest', friend, 700, [], { sortMethod: 'ascending' });
      steam.stats.postScore('Fastest', stranger, 100, [], { sortMethod: 'ascending' });
      steam.stats.postScore('Fastest', requested, 300, [], { sortMethod: 'ascending' });
      const { steamId, client } = player(scheduler, steam);
      const { stats } = client;
      const name = (id: bigint): string => (id === steamId ? 'me' : id === friend ? 'friend' : id === stranger ? 'stranger' : 'requested');
      const seen: string[] = [];
      const readFriends = (at: number): void => {
        scheduler.schedule(() => {
          stats
            .leaderboard$('Fastest')
            .pipe(switchMap((found) => stats.entries$(rightOf(found).handle, { request: 'friends' })))
            .subscribe((entries) => seen.push(rightOf(entries).map((entry) => `${entry.globalRank}:${name(entry.steamId)}`).join(' ')));
        }, at);
      };
      scheduler.schedule(() => {
        steam.friends.befriend(steamId, friend);
        // Only a friendship counts: a request not yet accepted does not.
        steam.friends.sendFriendRequest(steamId, requested);
        stats
          .leaderboard$('Fastest')
          .pipe(switchMap((found) => stats.uploadScore$(rightOf(found), 500, 'keepBest')))
          .subscribe();
      }, 30);
      readFriends(100);
      scheduler.schedule(() => steam.stats.setFriends(steamId, [stranger]), 200);
      readFriends(210);
      flush();
      expect(seen).toEqual(['3:me 4:friend', '1:stranger 3:me']);
    });
  });
});

describe('server.stats on the simulated Steam', () => {
  it('writes a player stats with an auth session, and stores them for the player to see', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { steam } = world(scheduler, { stats: schema });
      const server = rightOf(serverInit('0.0.0.0', 27015, 27016, EServerMode.AuthenticationAndSecure, '1.0.0.0', { backend: 'simulated', steam, pump: 'manual' }));
      server.logOnAnonymous();
      timer(10, 10, scheduler).pipe(take(60)).subscribe(() => server.runCallbacks());
      const { steamId, client } = player(scheduler, steam);
      const seen: string[] = [];
      scheduler.schedule(() => {
        const ticket = rightOf(client.getAuthSessionTicket());
        seen.push(`set before session ${server.stats.setUserStatInt32(steamId, 'rank', 1)}`);
        server.beginAuthSession(ticket.buffer, ticket.size, steamId);
        server.stats
          .requestUserStats(steamId)
          .pipe(
            switchMap((received) => {
              rightOf(received);
              seen.push(`set ${server.stats.setUserStatInt32(steamId, 'rank', 7)} ${server.stats.setUserAchievement(steamId, 'CHAMPION')}`);
              return server.stats.storeUserStats(steamId);
            }),
          )
          .subscribe((stored) => seen.push(`stored ${rightOf(stored).result}`));
      }, 30);
      scheduler.schedule(() => client.stats.ready$.pipe(take(1)).subscribe(() => seen.push(`player sees ${rightOf(client.stats.getStatInt32('rank'))} ${rightOf(client.stats.getAchievement('CHAMPION'))}`)), 200);
      flush();
      expect(seen).toEqual(['set before session false', 'set true true', 'stored 1', 'player sees 7 true']);
    });
  });
});
