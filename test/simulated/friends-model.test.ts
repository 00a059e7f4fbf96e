/**
 * The simulated ISteamFriends model through its port (below the public API): Steam's documented
 * rules for what a client knows, what it must ask for, which callbacks a change sends to whom and
 * with which EPersonaChange flags, rich presence limits, relationships and their flag filters,
 * avatars loading, clans, follows, the overlay and invites.
 */
import { TestScheduler } from 'rxjs/testing';
import { EResult } from '../../native/enums';
import { EFriendFlags, EFriendRelationship, EPersonaChange, EPersonaState } from '../../native/generated/friends';
import type { CallResultMessage, RawCallback } from '../../native/steam-core';
import { createSimulatedSteam, type SimulatedSteam, type SimulatedUserOptions } from '../../simulated';
import { applyRichPresence, MAX_RICH_PRESENCE_KEYS } from '../../simulated/friends-model';
import { decode, pump, record, unwrap } from './simulated-test-kit';

const newScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

/** A user with a running game: their ports and everything their core emits. */
const playerOf = (steam: SimulatedSteam, options: SimulatedUserOptions = {}, appId?: number) => {
  const steamId = steam.addUser(options);
  const core = steam.createProcess({ user: steamId, ...(appId === undefined ? {} : { appId }) });
  const session = unwrap(core.initClient());
  const seen = record(core);
  /** The decoded callbacks of one struct, in arrival order. */
  const got = (struct: string) =>
    seen.filter((message) => message.kind === 'callback' && message.callbackId === callbackId(struct)).map((message) => decode(core, struct, message.bytes));
  const callbackId = (struct: string): number => {
    const ids: Record<string, number> = {
      PersonaStateChange_t: 304,
      GameOverlayActivated_t: 331,
      GameServerChangeRequested_t: 332,
      GameLobbyJoinRequested_t: 333,
      AvatarImageLoaded_t: 334,
      FriendRichPresenceUpdate_t: 336,
      GameRichPresenceJoinRequested_t: 337,
      UnreadChatMessagesChanged_t: 348,
      OverlayBrowserProtocolNavigation_t: 349,
      EquippedProfileItemsChanged_t: 350,
    };
    return ids[struct] ?? -1;
  };
  const result = (apiCall: bigint, struct: string) => {
    const message = seen.find((candidate): candidate is CallResultMessage => candidate.kind === 'callResult' && candidate.apiCall === apiCall);
    if (message === undefined) throw new Error(`no call result ${apiCall}`);
    return decode(core, struct, message.bytes);
  };
  return { steamId, core, friends: session.friends, utils: session.utils, seen: seen as readonly RawCallback[], got, result };
};

const personaChanges = (player: ReturnType<typeof playerOf>) =>
  player.got('PersonaStateChange_t').map((change) => [change['m_ulSteamID'], change['m_nChangeFlags']]);

/** Runs `body` on virtual time with every core pumped each ms for 500 ms. */
const scenario = (body: (steam: SimulatedSteam, settle: () => void) => void): void => {
  const scheduler = newScheduler();
  scheduler.run(({ flush }) => {
    const steam = createSimulatedSteam({ scheduler, latencyMs: 20 });
    const cores: Array<{ runCallbacks(): void }> = [];
    const original = steam.createProcess.bind(steam);
    (steam as { createProcess: SimulatedSteam['createProcess'] }).createProcess = (options) => {
      const core = original(options);
      cores.push(core);
      return core;
    };
    body(steam, () => {
      pump(scheduler, cores as never, 100);
      flush();
    });
  });
};

describe('the simulated ISteamFriends model', () => {
  it('rich presence limits are Steam\'s: 30 keys, key ≤ 64 bytes, value ≤ 256 bytes, empty value deletes', () => {
    const keys = new Map<string, string>();
    expect(applyRichPresence(keys, '', 'x')).toBe(false);
    expect(applyRichPresence(keys, 'k'.repeat(65), 'x')).toBe(false);
    expect(applyRichPresence(keys, 'k'.repeat(64), 'x')).toBe(true);
    expect(applyRichPresence(keys, 'status', 'v'.repeat(257))).toBe(false);
    expect(applyRichPresence(keys, 'status', 'v'.repeat(256))).toBe(true);
    for (let index = keys.size; index < MAX_RICH_PRESENCE_KEYS; index += 1) expect(applyRichPresence(keys, `key${index}`, 'x')).toBe(true);
    expect(applyRichPresence(keys, 'one-too-many', 'x')).toBe(false);
    expect(applyRichPresence(keys, 'status', 'replaced')).toBe(true);
    expect(applyRichPresence(keys, 'status', '')).toBe(true);
    expect(keys.has('status')).toBe(false);
    expect(applyRichPresence(keys, 'now-fits', 'x')).toBe(true);
  });

  it('RequestUserInformation: true and a PersonaStateChange_t for a stranger, false for a friend or once known', () => {
    scenario((steam, settle) => {
      const stranger = steam.addUser({ name: 'Stranger' });
      const friend = steam.addUser({ name: 'Friend' });
      const me = playerOf(steam, { friends: [friend] });
      expect(me.friends.getFriendPersonaName(stranger)).toBe('[unknown]');
      expect(me.friends.getFriendPersonaName(friend)).toBe('Friend');
      expect(me.friends.requestUserInformation(friend, false)).toBe(false);
      expect(me.friends.requestUserInformation(stranger, true)).toBe(true);
      expect(me.friends.getFriendCount(EFriendFlags.RequestingInfo)).toBe(1);
      settle();
      expect(personaChanges(me)).toEqual([[stranger, EPersonaChange.Name | EPersonaChange.NameFirstSet]]);
      expect(me.friends.getFriendPersonaName(stranger)).toBe('Stranger');
      expect(me.friends.requestUserInformation(stranger, true)).toBe(false);
      // The name alone does not carry the avatar: asking for everything asks again.
      expect(me.friends.getSmallFriendAvatar(stranger)).toBe(0);
      expect(me.friends.requestUserInformation(stranger, false)).toBe(true);
      settle();
      expect(personaChanges(me)[1]).toEqual([stranger, EPersonaChange.Status | EPersonaChange.Avatar | EPersonaChange.SteamLevel]);
      expect(me.friends.getSmallFriendAvatar(stranger)).toBeGreaterThan(0);
      expect(me.friends.requestUserInformation(stranger, false)).toBe(false);
      expect(me.friends.requestUserInformation(123n, false)).toBe(false);
    });
  });

  it('a large avatar answers -1 until AvatarImageLoaded_t; the image is readable through ISteamUtils at 128×128', () => {
    scenario((steam, settle) => {
      const friend = steam.addUser();
      const me = playerOf(steam, { friends: [friend] });
      const small = me.friends.getSmallFriendAvatar(friend);
      expect(me.utils.getImageSize(small)).toEqual({ ok: true, width: 32, height: 32 });
      expect(me.utils.getImageSize(me.friends.getMediumFriendAvatar(friend))).toEqual({ ok: true, width: 64, height: 64 });
      expect(me.friends.getLargeFriendAvatar(friend)).toBe(-1);
      expect(me.friends.getLargeFriendAvatar(friend)).toBe(-1);
      settle();
      const loaded = me.got('AvatarImageLoaded_t');
      expect(loaded).toHaveLength(1);
      const large = me.friends.getLargeFriendAvatar(friend);
      expect(loaded[0]).toEqual({ m_steamID: friend, m_iImage: large, m_iWide: 128, m_iTall: 128 });
      expect(me.utils.getImageSize(large)).toEqual({ ok: true, width: 128, height: 128 });
      const rgba = new Uint8Array(128 * 128 * 4);
      expect(me.utils.getImageRGBA(large, rgba)).toBe(true);
      expect(rgba[3]).toBe(255);
      // A new avatar: Avatar flag, and the large one loads again.
      steam.friends.setAvatar(friend, { width: 1, height: 1, rgba: Uint8Array.of(255, 0, 0, 255) });
      settle();
      expect(personaChanges(me).at(-1)).toEqual([friend, EPersonaChange.Avatar]);
      expect(me.friends.getLargeFriendAvatar(friend)).toBe(-1);
      settle();
      const red = new Uint8Array(128 * 128 * 4);
      expect(me.utils.getImageRGBA(me.friends.getLargeFriendAvatar(friend), red)).toBe(true);
      expect([...red.subarray(0, 4)]).toEqual([255, 0, 0, 255]);
      steam.friends.setAvatar(friend, null);
      expect(me.friends.getLargeFriendAvatar(friend)).toBe(0);
      expect(me.friends.getSmallFriendAvatar(friend)).toBe(0);
    });
  });

  it('persona changes reach whoever knows the user, with the flags of what changed', () => {
    scenario((steam, settle) => {
      const friend = steam.addUser({ name: 'Ann' });
      const me = playerOf(steam, { friends: [friend] });
      const bystander = playerOf(steam);
      steam.friends.setPersonaName(friend, 'Annie');
      steam.friends.setPersonaState(friend, EPersonaState.Away);
      steam.friends.setPersonaState(friend, EPersonaState.Offline);
      steam.friends.setPersonaState(friend, EPersonaState.Online);
      steam.friends.setSteamLevel(friend, 12);
      steam.friends.setGamePlayed(friend, { game: 570, gameIp: 0x0a000001, gamePort: 27015 });
      settle();
      expect(personaChanges(me)).toEqual([
        [friend, EPersonaChange.Name],
        [friend, EPersonaChange.Status],
        [friend, EPersonaChange.Status | EPersonaChange.GoneOffline],
        [friend, EPersonaChange.Status | EPersonaChange.ComeOnline],
        [friend, EPersonaChange.SteamLevel],
        [friend, EPersonaChange.GamePlayed | EPersonaChange.GameServer],
      ]);
      expect(personaChanges(bystander)).toEqual([]);
      expect(me.friends.getFriendPersonaNameHistory(friend, 0)).toBe('Annie');
      expect(me.friends.getFriendPersonaNameHistory(friend, 1)).toBe('Ann');
      expect(me.friends.getFriendPersonaNameHistory(friend, 2)).toBe('');
      expect(me.friends.getFriendSteamLevel(friend)).toBe(12);
      expect(me.friends.getFriendGamePlayed(friend)).toEqual({ ok: true, gameId: 570n, gameIp: 0x0a000001, gamePort: 27015, queryPort: 65535, lobbySteamId: 0n });
      // Invisible looks offline to others, and hides the game.
      steam.friends.setPersonaState(friend, EPersonaState.Invisible);
      settle();
      expect(me.friends.getFriendPersonaState(friend)).toBe(EPersonaState.Offline);
      expect(me.friends.getFriendGamePlayed(friend).ok).toBe(false);
      expect(personaChanges(me).at(-1)).toEqual([friend, EPersonaChange.Status | EPersonaChange.GoneOffline | EPersonaChange.GamePlayed | EPersonaChange.GameServer]);
    });
  });

  it('a friend starting and stopping the game is seen (GamePlayed), and their rich presence is cleared when it stops', () => {
    scenario((steam, settle) => {
      const me = playerOf(steam);
      const friendId = steam.addUser({ friends: [me.steamId] });
      const process = steam.createProcess({ user: friendId });
      const session = unwrap(process.initClient());
      expect(me.friends.getFriendGamePlayed(friendId)).toMatchObject({ ok: true, gameId: 480n });
      expect(session.friends.setRichPresence('status', 'In the menu')).toBe(true);
      settle();
      expect(me.friends.getFriendRichPresence(friendId, 'status')).toBe('In the menu');
      expect(me.friends.getFriendRichPresenceKeyCount(friendId)).toBe(1);
      expect(me.friends.getFriendRichPresenceKeyByIndex(friendId, 0)).toBe('status');
      process.shutdownClient();
      settle();
      expect(personaChanges(me)).toEqual([
        [friendId, EPersonaChange.GamePlayed],
        [friendId, EPersonaChange.RichPresence],
        [friendId, EPersonaChange.RichPresence],
        [friendId, EPersonaChange.GamePlayed],
      ]);
      expect(me.got('FriendRichPresenceUpdate_t')).toEqual([
        { m_steamIDFriend: friendId, m_nAppID: 480 },
        { m_steamIDFriend: friendId, m_nAppID: 480 },
      ]);
      expect(me.friends.getFriendRichPresence(friendId, 'status')).toBe('');
      expect(me.friends.getFriendGamePlayed(friendId).ok).toBe(false);
    });
  });

  it('a friend advertising a game server is seen in GetFriendGamePlayed (k_EPersonaChangeGameServer)', () => {
    scenario((steam, settle) => {
      const me = playerOf(steam);
      const friendId = steam.addUser({ friends: [me.steamId] });
      const session = unwrap(steam.createProcess({ user: friendId }).initClient());
      session.user.advertiseGame(90_000n, 0x0a000002, 27016);
      settle();
      expect(personaChanges(me)).toEqual([
        [friendId, EPersonaChange.GamePlayed],
        [friendId, EPersonaChange.GameServer],
      ]);
      expect(me.friends.getFriendGamePlayed(friendId)).toMatchObject({ ok: true, gameId: 480n, gameIp: 0x0a000002, gamePort: 27016 });
    });
  });

  it('rich presence of a non-friend or of another game is seen only after RequestFriendRichPresence', () => {
    scenario((steam, settle) => {
      const other = steam.addUser({ richPresence: { status: 'Fishing' } });
      const me = playerOf(steam);
      expect(me.friends.getFriendRichPresence(other, 'status')).toBe('');
      me.friends.requestFriendRichPresence(other);
      settle();
      expect(me.got('FriendRichPresenceUpdate_t')).toEqual([{ m_steamIDFriend: other, m_nAppID: 480 }]);
      expect(me.friends.getFriendRichPresence(other, 'status')).toBe('Fishing');
      // Own rich presence is readable through the friend functions with one's own ID.
      expect(me.friends.setRichPresence('k'.repeat(65), 'x')).toBe(false);
      expect(me.friends.setRichPresence('score', '3')).toBe(true);
      expect(me.friends.getFriendRichPresence(me.steamId, 'score')).toBe('3');
    });
  });

  it('relationships and the EFriendFlags filters of GetFriendCount / GetFriendByIndex / HasFriend', () => {
    scenario((steam, settle) => {
      const me = playerOf(steam);
      const [ann, bob, cat, dan, eve] = ['Ann', 'Bob', 'Cat', 'Dan', 'Eve'].map((name) => steam.addUser({ name }));
      if (ann === undefined || bob === undefined || cat === undefined || dan === undefined || eve === undefined) throw new Error('five users');
      steam.friends.befriend(me.steamId, ann);
      steam.friends.sendFriendRequest(bob, me.steamId);
      steam.friends.sendFriendRequest(me.steamId, cat);
      steam.friends.block(me.steamId, dan);
      steam.friends.befriend(me.steamId, eve);
      steam.friends.block(me.steamId, eve);
      settle();
      const rel = (id: bigint): number => me.friends.getFriendRelationship(id);
      expect([rel(ann), rel(bob), rel(cat), rel(dan), rel(eve)]).toEqual([
        EFriendRelationship.Friend,
        EFriendRelationship.RequestRecipient,
        EFriendRelationship.RequestInitiator,
        EFriendRelationship.Ignored,
        EFriendRelationship.IgnoredFriend,
      ]);
      const list = (flags: number): bigint[] =>
        Array.from({ length: me.friends.getFriendCount(flags) }, (_, index) => me.friends.getFriendByIndex(index, flags));
      expect(list(EFriendFlags.Immediate)).toEqual([ann]);
      expect(list(EFriendFlags.FriendshipRequested)).toEqual([bob]);
      expect(list(EFriendFlags.RequestingFriendship)).toEqual([cat]);
      expect(list(EFriendFlags.Ignored)).toEqual([dan]);
      expect(list(EFriendFlags.IgnoredFriend)).toEqual([eve]);
      expect(list(EFriendFlags.All)).toEqual([ann, bob, cat, dan, eve]);
      expect(me.friends.getFriendByIndex(5, EFriendFlags.All)).toBe(0n);
      expect(me.friends.hasFriend(ann, EFriendFlags.Immediate)).toBe(true);
      expect(me.friends.hasFriend(bob, EFriendFlags.Immediate)).toBe(false);
      expect(personaChanges(me).map(([, flags]) => flags)).toEqual([
        EPersonaChange.RelationshipChanged | EPersonaChange.Name | EPersonaChange.NameFirstSet,
        EPersonaChange.RelationshipChanged | EPersonaChange.Name | EPersonaChange.NameFirstSet,
        EPersonaChange.RelationshipChanged | EPersonaChange.Name | EPersonaChange.NameFirstSet,
        EPersonaChange.RelationshipChanged | EPersonaChange.Name | EPersonaChange.NameFirstSet,
        EPersonaChange.RelationshipChanged | EPersonaChange.Name | EPersonaChange.NameFirstSet,
        EPersonaChange.RelationshipChanged,
      ]);
      steam.friends.acceptFriendRequest(me.steamId, bob);
      steam.friends.ignoreFriendRequest(cat, me.steamId);
      expect(() => steam.friends.acceptFriendRequest(me.steamId, cat)).toThrow(/has not asked/);
      steam.friends.unblock(me.steamId, eve);
      steam.friends.unfriend(me.steamId, ann);
      expect(list(EFriendFlags.Immediate)).toEqual([bob, eve]);
      expect(rel(cat)).toBe(EFriendRelationship.None);
      expect(rel(ann)).toBe(EFriendRelationship.None);
    });
  });

  it('nicknames, Steam levels of strangers, coplay, follows', () => {
    scenario((steam, settle) => {
      const friend = steam.addUser({ steamLevel: 30 });
      const stranger = steam.addUser({ steamLevel: 7 });
      const me = playerOf(steam, { friends: [friend], following: [friend] });
      steam.addUser({ following: [friend] });
      expect(me.friends.getPlayerNickname(friend)).toBeNull();
      steam.friends.setNickname(me.steamId, friend, 'Buddy');
      expect(me.friends.getPlayerNickname(friend)).toBe('Buddy');
      expect(me.friends.getFriendSteamLevel(friend)).toBe(30);
      expect(me.friends.getFriendSteamLevel(stranger)).toBe(0);
      me.friends.setPlayedWith(stranger);
      const followers = me.friends.getFollowerCount(friend);
      const following = me.friends.isFollowing(friend);
      const list = me.friends.enumerateFollowingList(0);
      settle();
      expect(personaChanges(me)).toEqual([
        [friend, EPersonaChange.Nickname],
        [stranger, EPersonaChange.SteamLevel],
      ]);
      expect(me.friends.getFriendSteamLevel(stranger)).toBe(7);
      expect(me.friends.getCoplayFriendCount()).toBe(1);
      expect(me.friends.getCoplayFriend(0)).toBe(stranger);
      expect(me.friends.getFriendCoplayGame(stranger)).toBe(480);
      expect(me.result(followers, 'FriendsGetFollowerCount_t')).toEqual({ m_eResult: EResult.OK, m_steamID: friend, m_nCount: 2 });
      expect(me.result(following, 'FriendsIsFollowing_t')).toEqual({ m_eResult: EResult.OK, m_steamID: friend, m_bIsFollowing: true });
      const page = me.result(list, 'FriendsEnumerateFollowingList_t');
      expect([page['m_eResult'], page['m_nResultsReturned'], page['m_nTotalResultCount']]).toEqual([EResult.OK, 1, 1]);
      expect(new DataView((page['m_rgSteamID'] as Uint8Array).buffer).getBigUint64(0, true)).toBe(friend);
    });
  });

  it('clans: names and counts of one\'s own, officer lists on request, others after DownloadClanActivityCounts', () => {
    scenario((steam, settle) => {
      const owner = steam.addUser();
      const clan = steam.friends.addClan({ name: 'Space Wizards', tag: 'SW', owner, chatting: 2 });
      const foreign = steam.friends.addClan({ name: 'Elsewhere', tag: 'EW', public: false });
      steam.friends.joinClan(owner, clan);
      const officer = steam.addUser({ groups: [{ groupSteamId: clan, officer: true }] });
      const me = playerOf(steam, { groups: [{ groupSteamId: clan }] });
      expect(me.friends.getClanCount()).toBe(1);
      expect(me.friends.getClanByIndex(0)).toBe(clan);
      expect([me.friends.getClanName(clan), me.friends.getClanTag(clan)]).toEqual(['Space Wizards', 'SW']);
      // Online: the three members; in game: only me (the others run no game).
      expect(me.friends.getClanActivityCounts(clan)).toEqual({ ok: true, online: 3, inGame: 1, chatting: 2 });
      expect(me.friends.getClanActivityCounts(foreign)).toEqual({ ok: false, online: 0, inGame: 0, chatting: 0 });
      expect(me.friends.getClanName(foreign)).toBe('');
      expect(me.friends.getClanOfficerCount(clan)).toBe(0);
      expect(me.friends.getFriendCountFromSource(clan)).toBe(3);
      expect(me.friends.isUserInSource(officer, clan)).toBe(true);
      expect(me.friends.getFriendCount(EFriendFlags.ClanMember)).toBe(2);
      const officers = me.friends.requestClanOfficerList(clan);
      const download = me.friends.downloadClanActivityCounts(BigUint64Array.of(foreign));
      settle();
      expect(me.result(officers, 'ClanOfficerListResponse_t')).toEqual({ m_steamIDClan: clan, m_cOfficers: 2, m_bSuccess: 1 });
      expect([me.friends.getClanOwner(clan), me.friends.getClanOfficerByIndex(clan, 0), me.friends.getClanOfficerByIndex(clan, 1)]).toEqual([owner, owner, officer]);
      expect(me.result(download, 'DownloadClanActivityCountsResult_t')).toEqual({ m_bSuccess: true });
      expect(me.friends.getClanActivityCounts(foreign)).toEqual({ ok: true, online: 0, inGame: 0, chatting: 0 });
      expect([me.friends.isClanPublic(clan), me.friends.isClanPublic(foreign)]).toEqual([true, false]);
    });
  });

  it('overlay: activation calls are recorded and open it (not user-initiated); the test opens and closes it as the user', () => {
    scenario((steam, settle) => {
      const me = playerOf(steam);
      me.friends.activateGameOverlay('friends');
      me.friends.activateGameOverlayToStore(1001, 1);
      steam.friends.closeOverlay(me.steamId);
      steam.friends.openOverlay(me.steamId);
      expect(() => steam.friends.openOverlay(me.steamId)).toThrow(/overlay/);
      settle();
      expect(steam.friends.overlayActivations(me.steamId).map((call) => [call.kind, call.target, call.appId, call.mode])).toEqual([
        ['dialog', 'friends', 0, 0],
        ['store', '', 1001, 1],
      ]);
      expect(me.got('GameOverlayActivated_t').map((event) => [event['m_bActive'], event['m_bUserInitiated']])).toEqual([
        [1, false],
        [0, true],
        [1, true],
      ]);
      const disabled = steam.addUser();
      const core = steam.createProcess({ user: disabled, overlayEnabled: false });
      unwrap(core.initClient());
      expect(() => steam.friends.openOverlay(disabled)).toThrow(/overlay/);
    });
  });

  it('invites: InviteUserToGame to a friend, accepted as GameRichPresenceJoinRequested_t; joining a friend by their connect string', () => {
    scenario((steam, settle) => {
      const host = playerOf(steam);
      const guest = playerOf(steam, { friends: [host.steamId] });
      const stranger = steam.addUser();
      expect(host.friends.inviteUserToGame(stranger, '+connect 1')).toBe(false);
      expect(host.friends.inviteUserToGame(guest.steamId, 'x'.repeat(256))).toBe(false);
      expect(host.friends.inviteUserToGame(guest.steamId, '+connect 10.0.0.1')).toBe(true);
      expect(steam.friends.pendingInvites(guest.steamId)).toEqual([{ from: host.steamId, connectString: '+connect 10.0.0.1', appId: 480 }]);
      steam.friends.acceptInvite(guest.steamId);
      expect(() => steam.friends.acceptInvite(guest.steamId)).toThrow(/no pending/);
      expect(host.friends.setRichPresence('connect', '+lobby 7')).toBe(true);
      steam.friends.joinFriendGame(guest.steamId, host.steamId);
      steam.friends.requestServerChange(guest.steamId, '10.0.0.2:27015', 'pw');
      steam.friends.requestLobbyJoin(guest.steamId, host.steamId, 42n);
      settle();
      expect(guest.got('GameRichPresenceJoinRequested_t')).toEqual([
        { m_steamIDFriend: host.steamId, m_rgchConnect: '+connect 10.0.0.1' },
        { m_steamIDFriend: host.steamId, m_rgchConnect: '+lobby 7' },
      ]);
      expect(guest.got('GameServerChangeRequested_t')).toEqual([{ m_rgchServer: '10.0.0.2:27015', m_rgchPassword: 'pw' }]);
      expect(guest.got('GameLobbyJoinRequested_t')).toEqual([{ m_steamIDLobby: 42n, m_steamIDFriend: host.steamId }]);
    });
  });

  it('SetPersonaName: the call result, then the name change to the user\'s game and their friends; invalid names refused', () => {
    scenario((steam, settle) => {
      const me = playerOf(steam, { name: 'Old' });
      const friend = playerOf(steam, { friends: [me.steamId] });
      const renamed = me.friends.setPersonaName('New');
      const empty = me.friends.setPersonaName('');
      settle();
      expect(me.result(renamed, 'SetPersonaNameResponse_t')).toEqual({ m_bSuccess: true, m_bLocalSuccess: true, m_result: EResult.OK });
      expect(me.result(empty, 'SetPersonaNameResponse_t')).toEqual({ m_bSuccess: false, m_bLocalSuccess: false, m_result: EResult.InvalidParam });
      const order = me.seen.map((message) =>
        message.kind === 'callResult' ? `result ${message.apiCall}` : message.callbackId === 304 ? `change ${decode(me.core, 'PersonaStateChange_t', message.bytes)['m_ulSteamID']}` : '',
      );
      expect(order.indexOf(`result ${renamed}`)).toBeGreaterThanOrEqual(0);
      expect(order.indexOf(`result ${renamed}`)).toBeLessThan(order.indexOf(`change ${me.steamId}`));
      expect(me.friends.getPersonaName()).toBe('New');
      expect(personaChanges(friend)).toEqual([[me.steamId, EPersonaChange.Name]]);
      expect(friend.friends.getFriendPersonaName(me.steamId)).toBe('New');
    });
  });

  it('equipped profile items, unread chats, overlay browser protocols, voice speaking; nothing after shutdown', () => {
    scenario((steam, settle) => {
      const friend = steam.addUser({ profileItems: [{ type: 1, strings: { 3: 'Golden frame' }, numbers: { 5: 480 } }] });
      const me = playerOf(steam, { friends: [friend], userRestrictions: 4 });
      expect(me.friends.hasEquippedProfileItem(friend, 1)).toBe(false);
      const items = me.friends.requestEquippedProfileItems(friend);
      expect(me.friends.registerProtocolInOverlayBrowser('mygame')).toBe(true);
      me.friends.setInGameVoiceSpeaking(friend, true);
      steam.friends.setUnreadPriorityChats(me.steamId, 3);
      steam.friends.navigateOverlayBrowser(me.steamId, 'mygame://open');
      expect(() => steam.friends.navigateOverlayBrowser(me.steamId, 'other://x')).toThrow(/protocol/);
      settle();
      expect(me.result(items, 'EquippedProfileItems_t')).toMatchObject({ m_eResult: EResult.OK, m_bHasAvatarFrame: true, m_bHasAnimatedAvatar: false });
      expect(me.friends.hasEquippedProfileItem(friend, 1)).toBe(true);
      expect(me.friends.getProfileItemPropertyString(friend, 1, 3)).toBe('Golden frame');
      expect(me.friends.getProfileItemPropertyUint(friend, 1, 5)).toBe(480);
      expect(me.friends.getNumChatsWithUnreadPriorityMessages()).toBe(3);
      expect(me.got('UnreadChatMessagesChanged_t')).toHaveLength(1);
      expect(me.got('OverlayBrowserProtocolNavigation_t')).toEqual([{ rgchURI: 'mygame://open' }]);
      expect(steam.friends.inGameVoiceSpeaking(me.steamId)).toEqual([friend]);
      expect(me.friends.getUserRestrictions()).toBe(4);
      steam.friends.equipProfileItems(friend, []);
      settle();
      expect(me.got('EquippedProfileItemsChanged_t')).toEqual([{ m_steamID: friend }]);
      expect(me.friends.hasEquippedProfileItem(friend, 1)).toBe(false);
      me.core.shutdownClient();
      expect([me.friends.getPersonaName(), me.friends.getFriendCount(EFriendFlags.All), me.friends.setPersonaName('x'), me.friends.getLargeFriendAvatar(friend)]).toEqual(['', -1, 0n, 0]);
    });
  });
});
