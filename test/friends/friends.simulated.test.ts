/**
 * client.friends on the simulated Steam, through the public API on virtual time: personas, friends
 * lists, nicknames, games, levels, avatars read through client.utils, rich presence, clans,
 * followers, invites and the overlay, and marble tests of the reactive forms (persona$ in the order
 * changes happen, persona$ of a stranger waiting for Steam, avatar$ waiting for AvatarImageLoaded_t,
 * friends$ following relationship changes, richPresence$, overlayActive$).
 */
import { isLeft, isRight, type Either } from 'fp-ts/Either';
import { map, switchMap, take, timer } from 'rxjs';
import type { TestScheduler } from 'rxjs/testing';
import type { SimulatedSteam, SimulatedUserOptions } from '../../simulated';
import type { SteamClient } from '../../src/client/steam-client';
import { FriendFlags, FriendRelationship, PersonaState } from '../../src';
import { steamInit } from '../../src/init/steam-init';
import { newScheduler, rightOf, world } from '../user/simulated-kit';

/** A signed-in player whose game is pumped every 10 ms for `durationMs`. */
const player = (
  scheduler: TestScheduler,
  steam: SimulatedSteam,
  options: SimulatedUserOptions = {},
  durationMs = 400,
): { readonly steamId: bigint; readonly client: SteamClient } => {
  const steamId = steam.addUser(options);
  const client = rightOf(steamInit({ backend: 'simulated', steam, user: steamId, pump: 'manual' }));
  timer(10, 10, scheduler)
    .pipe(take(durationMs / 10))
    .subscribe(() => client.live && client.runCallbacks());
  return { steamId, client };
};

const tagOf = <A>(value: Either<{ readonly _tag: string }, A>): string => (isLeft(value) ? value.left._tag : 'Right');

describe('client.friends on the simulated Steam', () => {
  it('own persona, the friends list, nicknames, levels, games and avatars as plain values', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { steam } = world(scheduler);
      const ann = steam.addUser({ name: 'Ann', steamLevel: 25, gamePlayed: { game: 570, gameIp: 0x0a000001, gamePort: 27015 } });
      const bob = steam.addUser({ name: 'Bob', personaState: PersonaState.Away, avatar: null });
      const me = player(scheduler, steam, { name: 'Me', friends: [ann, bob], nicknames: new Map([[ann, 'Annie']]) });
      const { friends, utils } = me.client;
      expect(friends.getPersonaName()).toBe('Me');
      expect(friends.getPersonaState()).toBe(PersonaState.Online);
      expect(friends.getFriendCount(FriendFlags.Immediate)).toBe(2);
      expect([friends.getFriendByIndex(0, FriendFlags.Immediate), friends.getFriendByIndex(1, FriendFlags.Immediate)]).toEqual([ann, bob]);
      expect(friends.getFriendRelationship(ann)).toBe(FriendRelationship.Friend);
      expect([friends.getFriendPersonaName(ann), friends.getFriendPersonaState(bob)]).toEqual(['Ann', PersonaState.Away]);
      expect(friends.getPlayerNickname(ann)).toBe('Annie');
      expect(friends.getPlayerNickname(bob)).toBeNull();
      expect(friends.getFriendSteamLevel(ann)).toBe(25);
      expect(friends.getFriendGamePlayed(ann)).toEqual({ gameId: 570n, appId: 570, gameIp: 0x0a000001, gamePort: 27015, queryPort: 65535, lobbySteamId: null });
      expect(friends.getFriendGamePlayed(bob)).toBeNull();
      const medium = friends.getMediumFriendAvatar(ann);
      expect(medium).toBeGreaterThan(0);
      const image = rightOf(utils.getImageRGBA(medium));
      expect([image.width, image.height, image.rgba.byteLength]).toEqual([64, 64, 64 * 64 * 4]);
      expect(friends.getMediumFriendAvatar(bob)).toBe(0);
      flush();
    });
  });

  it('persona$ of a friend: the persona now, then each change in the order it happened (marble)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam } = world(scheduler);
      const ann = steam.addUser({ name: 'Ann', steamLevel: 3 });
      const { client } = player(scheduler, steam, { friends: [ann] });
      scheduler.schedule(() => steam.friends.setPersonaName(ann, 'Annie'), 5);
      scheduler.schedule(() => steam.friends.setPersonaState(ann, PersonaState.Away), 55);
      scheduler.schedule(() => steam.friends.setSteamLevel(ann, 4), 56);
      // No visible change: no value.
      scheduler.schedule(() => steam.friends.setPersonaName(ann, 'Annie'), 105);
      scheduler.schedule(() => steam.friends.setPersonaState(ann, PersonaState.Offline), 155);
      const persona$ = client.friends.persona$(ann).pipe(map((persona) => `${persona.name}/${persona.state}/${persona.steamLevel}`));
      // Changed at 5, 55 and 56, 155; posted 20 ms later; pumped by the frames at 30, 80 and 180. The
      // two changes pumped in one frame are read together: one value with both.
      expectObservable(persona$, '^ 300ms !').toBe('a 29ms b 49ms c 99ms d', {
        a: `Ann/${PersonaState.Online}/3`,
        b: `Annie/${PersonaState.Online}/3`,
        c: `Annie/${PersonaState.Away}/4`,
        d: `Annie/${PersonaState.Offline}/4`,
      });
    });
  });

  it('persona$ of a stranger waits for Steam to send them (RequestUserInformation), then follows them (marble)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam } = world(scheduler);
      const stranger = steam.addUser({ name: 'Stranger' });
      const { client } = player(scheduler, steam);
      expect(client.friends.getFriendPersonaName(stranger)).toBe('[unknown]');
      const persona$ = timer(5, scheduler).pipe(
        switchMap(() => client.friends.persona$(stranger)),
        map((persona) => persona.name),
      );
      scheduler.schedule(() => steam.friends.setPersonaName(stranger, 'Known'), 55);
      // Asked at 5, answered at 25, pumped at 30; the rename at 55 reaches this client too, since it knows them now.
      expectObservable(persona$, '^ 200ms !').toBe('30ms a 49ms b', { a: 'Stranger', b: 'Known' });
      flush();
      expect(client.friends.requestUserInformation(stranger, false)).toBe(false);
    });
  });

  it('avatar$ of a large avatar waits for AvatarImageLoaded_t, then gives the pixels; small ones at once (marble)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam } = world(scheduler);
      const red = { width: 2, height: 2, rgba: new Uint8Array(16).fill(255).map((value, index) => (index % 4 === 1 || index % 4 === 2 ? 0 : value)) };
      const ann = steam.addUser({ avatar: red });
      const bob = steam.addUser({ avatar: null });
      const { client } = player(scheduler, steam, { friends: [ann, bob] });
      const described = (size: 'small' | 'large', who: bigint) =>
        timer(5, scheduler).pipe(
          switchMap(() => client.friends.avatar$(who, size)),
          map((value) => (isRight(value) ? `${value.right.width}x${value.right.height}:${[...value.right.rgba.subarray(0, 4)].join(',')}` : value.left._tag)),
        );
      // GetLargeFriendAvatar answered -1 at 5; AvatarImageLoaded_t posted at 25, pumped at 30.
      expectObservable(described('large', ann), '^ 200ms !').toBe('30ms (a|)', { a: '128x128:255,0,0,255' });
      expectObservable(described('small', ann), '^ 200ms !').toBe('5ms (a|)', { a: '32x32:255,0,0,255' });
      expectObservable(described('large', bob), '^ 200ms !').toBe('5ms (n|)', { n: 'NoAvatar' });
    });
  });

  it('avatar$ while the avatar changes: the load in flight is dropped and the new image loads; a removed one is NoAvatar (marble)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam } = world(scheduler);
      const ann = steam.addUser();
      const bob = steam.addUser();
      const { client } = player(scheduler, steam, { friends: [ann, bob] });
      scheduler.schedule(() => steam.friends.setAvatar(ann, { width: 1, height: 1, rgba: Uint8Array.of(0, 0, 255, 255) }), 10);
      scheduler.schedule(() => steam.friends.setAvatar(bob, null), 10);
      const pixel = (who: bigint) =>
        client.friends.avatar$(who, 'large').pipe(map((value) => (isRight(value) ? [...value.right.rgba.subarray(0, 4)].join(',') : value.left._tag)));
      // Asked at 0 (-1, loading); the change at 10 drops that load; its PersonaStateChange_t (pumped
      // at 30) makes avatar$ ask again: -1, AvatarImageLoaded_t posted at 50, pumped at 50.
      expectObservable(pixel(ann), '^ 300ms !').toBe('50ms (a|)', { a: '0,0,255,255' });
      // Removed at 10: at 30 the persona says there is none.
      expectObservable(pixel(bob), '^ 300ms !').toBe('30ms (n|)', { n: 'NoAvatar' });
    });
  });

  it('friends$ follows relationship changes: befriend, request, accept, unfriend (marble)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam } = world(scheduler);
      const ann = steam.addUser();
      const bob = steam.addUser();
      const { steamId, client } = player(scheduler, steam);
      scheduler.schedule(() => steam.friends.befriend(steamId, ann), 5);
      // A request changes a relationship but not the list of friends: no value.
      scheduler.schedule(() => steam.friends.sendFriendRequest(bob, steamId), 55);
      scheduler.schedule(() => steam.friends.acceptFriendRequest(steamId, bob), 105);
      scheduler.schedule(() => steam.friends.unfriend(steamId, ann), 155);
      expectObservable(client.friends.friends$(FriendFlags.Immediate), '^ 300ms !').toBe('a 29ms b 99ms c 49ms d', {
        a: [],
        b: [ann],
        c: [ann, bob],
        d: [bob],
      });
      expectObservable(client.friends.friends$(FriendFlags.FriendshipRequested), '^ 300ms !').toBe('a 79ms b 49ms c', { a: [], b: [bob], c: [] });
    });
  });

  it('richPresence$ of a friend in the same game: what their game sets and clears, and empty when it stops (marble)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam } = world(scheduler);
      const me = player(scheduler, steam);
      const friend = player(scheduler, steam, { friends: [me.steamId] });
      scheduler.schedule(() => friend.client.friends.setRichPresence('status', 'In the menu'), 35);
      scheduler.schedule(() => friend.client.friends.setRichPresence('score', '3'), 85);
      // The same value again: Steam has nothing new to send.
      scheduler.schedule(() => friend.client.friends.setRichPresence('score', '3'), 95);
      scheduler.schedule(() => friend.client.shutdown(), 135);
      // Set at 35, 85, cleared by the shutdown at 135; each posted 20 ms later and pumped at 60, 110, 160.
      expectObservable(me.client.friends.richPresence$(friend.steamId), '^ 300ms !').toBe('a 59ms b 49ms c 49ms d', {
        a: {},
        b: { status: 'In the menu' },
        c: { status: 'In the menu', score: '3' },
        d: {},
      });
    });
  });

  it('richPresence$ of a stranger asks Steam for it, then follows the test\'s changes (marble)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam } = world(scheduler);
      const stranger = steam.addUser({ richPresence: { status: 'Fishing' } });
      const { client } = player(scheduler, steam);
      scheduler.schedule(() => steam.friends.setRichPresence(stranger, 'status', 'Sailing'), 55);
      // Nothing is seen until FriendRichPresenceUpdate_t answers the request (asked at 0, posted and pumped at 20).
      const presence$ = client.friends.richPresence$(stranger).pipe(map((presence) => presence['status'] ?? '-'));
      expectObservable(presence$, '^ 300ms !').toBe('a 19ms b 59ms c', { a: '-', b: 'Fishing', c: 'Sailing' });
    });
  });

  it('overlayActive$: the game opens the overlay, the user closes and reopens it (marble); activations are recorded', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam } = world(scheduler);
      const { steamId, client } = player(scheduler, steam);
      scheduler.schedule(() => client.friends.activateGameOverlayToWebPage('https://example.com/help'), 5);
      // Already open: a second activation opens nothing.
      scheduler.schedule(() => client.friends.activateGameOverlay('friends'), 15);
      scheduler.schedule(() => steam.friends.closeOverlay(steamId), 55);
      scheduler.schedule(() => steam.friends.openOverlay(steamId), 105);
      expectObservable(client.friends.overlayActive$, '^ 300ms !').toBe('30ms a 49ms b 49ms a', { a: true, b: false });
      const activated: boolean[] = [];
      client.friends.gameOverlayActivated$.subscribe((event) => activated.push(event.userInitiated));
      flush();
      expect(activated).toEqual([false, true, true]);
      expect(steam.friends.overlayActivations(steamId).map((call) => `${call.kind}:${call.target}@${call.atMs}`)).toEqual([
        'webPage:https://example.com/help@5',
        'dialog:friends@15',
      ]);
    });
  });

  it('setPersonaName as a call result; followers, officer lists and clan counts as call results', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { steam } = world(scheduler);
      const owner = steam.addUser();
      const clan = steam.friends.addClan({ name: 'Space Wizards', tag: 'SW', owner });
      steam.friends.joinClan(owner, clan);
      const me = player(scheduler, steam, { name: 'Old', groups: [{ groupSteamId: clan }], following: [owner] });
      const { friends } = me.client;
      const answers: string[] = [];
      friends.setPersonaName('New').subscribe((value) => answers.push(`name:${tagOf(value)}`));
      friends.getFollowerCount(owner).subscribe((value) => answers.push(`followers:${isRight(value) ? value.right.count : value.left._tag}`));
      friends.isFollowing(owner).subscribe((value) => answers.push(`following:${isRight(value) && value.right.following}`));
      friends.requestClanOfficerList(clan).subscribe((value) => answers.push(`officers:${isRight(value) ? value.right.officers : value.left._tag}`));
      flush();
      expect(answers.sort()).toEqual(['followers:1', 'following:true', 'name:Right', 'officers:1']);
      expect(friends.getPersonaName()).toBe('New');
      expect(friends.getFriendPersonaNameHistory(me.steamId, 1)).toBe('Old');
      expect([friends.getClanName(clan), friends.getClanTag(clan), friends.getClanOwner(clan)]).toEqual(['Space Wizards', 'SW', owner]);
      expect(rightOf(friends.getClanActivityCounts(clan))).toEqual({ online: 2, inGame: 1, chatting: 0 });
    });
  });

  it('an invite to a friend arrives as gameRichPresenceJoinRequested$ when they accept it (marble)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam } = world(scheduler);
      const host = player(scheduler, steam);
      const guest = player(scheduler, steam, { friends: [host.steamId] });
      scheduler.schedule(() => expect(host.client.friends.inviteUserToGame(guest.steamId, '+connect 10.0.0.1:27015')).toBe(true), 5);
      scheduler.schedule(() => steam.friends.acceptInvite(guest.steamId), 45);
      const joins$ = guest.client.friends.gameRichPresenceJoinRequested$.pipe(map((join) => `${join.friendSteamId === host.steamId}:${join.connect}`));
      expectObservable(joins$, '^ 300ms !').toBe('70ms a', { a: 'true:+connect 10.0.0.1:27015' });
    });
  });
});
