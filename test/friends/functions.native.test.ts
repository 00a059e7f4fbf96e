/**
 * client.friends over the fake libsteam_api: every Friends function reaches C with its arguments
 * and the client's SteamFriends pointer, out-parameters and structs are read right, strings stop
 * at the first NUL (NULL is '' or null as documented), Steam ID arrays reach C whole, call results
 * decode, the interface binds only when first used, and the reactive forms read, wait and release.
 */
import type { Either } from 'fp-ts/Either';
import { EResult } from '../../native/enums';
import { BIG_STEAM_ID, OTHER_STEAM_ID, fake, leftOf, queueCallResult, queueCallback, rightOf, startClient, stopClient } from '../user/native-kit';
import { CommunityProfileItemProperty, CommunityProfileItemType, FriendFlags, OverlayToStoreFlag, OverlayToWebPageMode, PersonaChange } from '../../src';
import type { FriendsFlatApi } from '../../native/generated/friends';

afterEach(stopClient);

type Symbol = keyof FriendsFlatApi;
const friendsSelf = (): bigint => fake.interfacePointer('friends');
const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('client.friends through the fake library', () => {
  it('the SteamFriends pointer is asked for once, on the first Friends call, not at init', () => {
    const client = startClient();
    expect(fake.callCount('SteamAPI_SteamFriends_v017')).toBe(0);
    client.friends.getPersonaState();
    client.friends.getClanCount();
    expect(fake.callCount('SteamAPI_SteamFriends_v017')).toBe(1);
    expect(fake.arg('SteamAPI_ISteamFriends_GetClanCount', 0)).toBe(friendsSelf());
  });

  it('queries of one Steam ID pass the ID (above 2^53) and answer Steam’s value', () => {
    const client = startClient();
    const f = client.friends;
    const cases: ReadonlyArray<readonly [Symbol, (id: bigint) => unknown, number | bigint | boolean, unknown]> = [
      ['SteamAPI_ISteamFriends_GetFriendRelationship', (id) => f.getFriendRelationship(id), 3, 3],
      ['SteamAPI_ISteamFriends_GetFriendPersonaState', (id) => f.getFriendPersonaState(id), 4, 4],
      ['SteamAPI_ISteamFriends_GetFriendSteamLevel', (id) => f.getFriendSteamLevel(id), 250, 250],
      ['SteamAPI_ISteamFriends_GetSmallFriendAvatar', (id) => f.getSmallFriendAvatar(id), -1n, -1],
      ['SteamAPI_ISteamFriends_GetMediumFriendAvatar', (id) => f.getMediumFriendAvatar(id), 12, 12],
      ['SteamAPI_ISteamFriends_GetLargeFriendAvatar', (id) => f.getLargeFriendAvatar(id), 13, 13],
      ['SteamAPI_ISteamFriends_GetClanOwner', (id) => f.getClanOwner(id), OTHER_STEAM_ID, OTHER_STEAM_ID],
      ['SteamAPI_ISteamFriends_GetClanOfficerCount', (id) => f.getClanOfficerCount(id), 5, 5],
      ['SteamAPI_ISteamFriends_GetFriendCountFromSource', (id) => f.getFriendCountFromSource(id), 9, 9],
      ['SteamAPI_ISteamFriends_GetFriendRichPresenceKeyCount', (id) => f.getFriendRichPresenceKeyCount(id), 2, 2],
      ['SteamAPI_ISteamFriends_GetFriendCoplayTime', (id) => f.getFriendCoplayTime(id), 1_700_000_000, 1_700_000_000],
      ['SteamAPI_ISteamFriends_GetFriendCoplayGame', (id) => f.getFriendCoplayGame(id), 0xfffffffe, 0xfffffffe],
      ['SteamAPI_ISteamFriends_IsClanPublic', (id) => f.isClanPublic(id), true, true],
      ['SteamAPI_ISteamFriends_IsClanOfficialGameGroup', (id) => f.isClanOfficialGameGroup(id), true, true],
    ];
    for (const [symbol, call, scripted, expected] of cases) {
      fake.setReturn(symbol, scripted);
      expect([symbol, call(BIG_STEAM_ID)]).toEqual([symbol, expected]);
      expect(fake.arg(symbol, 0)).toBe(friendsSelf());
      expect(fake.arg(symbol, 1)).toBe(BIG_STEAM_ID);
    }
    // A Steam ID in text form is parsed first.
    f.getFriendSteamLevel(`${OTHER_STEAM_ID}`);
    expect(fake.arg('SteamAPI_ISteamFriends_GetFriendSteamLevel', 1)).toBe(OTHER_STEAM_ID);
  });

  it('queries without arguments and of an index', () => {
    const client = startClient();
    const f = client.friends;
    const plain: ReadonlyArray<readonly [Symbol, () => unknown, number]> = [
      ['SteamAPI_ISteamFriends_GetPersonaState', () => f.getPersonaState(), 1],
      ['SteamAPI_ISteamFriends_GetFriendsGroupCount', () => f.getFriendsGroupCount(), 3],
      ['SteamAPI_ISteamFriends_GetClanCount', () => f.getClanCount(), 4],
      ['SteamAPI_ISteamFriends_GetUserRestrictions', () => f.getUserRestrictions(), 0x22],
      ['SteamAPI_ISteamFriends_GetCoplayFriendCount', () => f.getCoplayFriendCount(), 6],
      ['SteamAPI_ISteamFriends_GetNumChatsWithUnreadPriorityMessages', () => f.getNumChatsWithUnreadPriorityMessages(), 2],
    ];
    for (const [symbol, call, value] of plain) {
      fake.setReturn(symbol, value);
      expect(call()).toBe(value);
    }
    fake.setReturn('SteamAPI_ISteamFriends_GetClanByIndex', BIG_STEAM_ID);
    expect(f.getClanByIndex(2)).toBe(BIG_STEAM_ID);
    expect(fake.arg('SteamAPI_ISteamFriends_GetClanByIndex', 1)).toBe(2n);
    fake.setReturn('SteamAPI_ISteamFriends_GetCoplayFriend', OTHER_STEAM_ID);
    expect(f.getCoplayFriend(1)).toBe(OTHER_STEAM_ID);
    fake.setReturn('SteamAPI_ISteamFriends_GetFriendsGroupIDByIndex', -1n);
    expect(f.getFriendsGroupIDByIndex(7)).toBe(-1);
    fake.setReturn('SteamAPI_ISteamFriends_GetFriendCount', 2);
    expect(f.getFriendCount(FriendFlags.Immediate | FriendFlags.Blocked)).toBe(2);
    expect(fake.arg('SteamAPI_ISteamFriends_GetFriendCount', 1)).toBe(5n);
    fake.setReturn('SteamAPI_ISteamFriends_GetFriendByIndex', BIG_STEAM_ID);
    expect(f.getFriendByIndex(1, FriendFlags.All)).toBe(BIG_STEAM_ID);
    expect([fake.arg('SteamAPI_ISteamFriends_GetFriendByIndex', 1), fake.arg('SteamAPI_ISteamFriends_GetFriendByIndex', 2)]).toEqual([1n, 0xffffn]);
    fake.setReturn('SteamAPI_ISteamFriends_HasFriend', true);
    expect(f.hasFriend(BIG_STEAM_ID, FriendFlags.Immediate)).toBe(true);
    expect(fake.arg('SteamAPI_ISteamFriends_HasFriend', 2)).toBe(4n);
    fake.setReturn('SteamAPI_ISteamFriends_GetFriendFromSourceByIndex', OTHER_STEAM_ID);
    expect(f.getFriendFromSourceByIndex(BIG_STEAM_ID, 3)).toBe(OTHER_STEAM_ID);
    expect(fake.arg('SteamAPI_ISteamFriends_GetFriendFromSourceByIndex', 2)).toBe(3n);
    fake.setReturn('SteamAPI_ISteamFriends_GetClanOfficerByIndex', OTHER_STEAM_ID);
    expect(f.getClanOfficerByIndex(BIG_STEAM_ID, 0)).toBe(OTHER_STEAM_ID);
    fake.setReturn('SteamAPI_ISteamFriends_IsUserInSource', true);
    expect(f.isUserInSource(BIG_STEAM_ID, OTHER_STEAM_ID)).toBe(true);
    expect([fake.arg('SteamAPI_ISteamFriends_IsUserInSource', 1), fake.arg('SteamAPI_ISteamFriends_IsUserInSource', 2)]).toEqual([BIG_STEAM_ID, OTHER_STEAM_ID]);
  });

  it('strings stop at the first NUL; NULL is "" (or null for a nickname and a group name)', () => {
    const client = startClient();
    const f = client.friends;
    expect(f.getPersonaName()).toBe('');
    expect(f.getPlayerNickname(BIG_STEAM_ID)).toBeNull();
    expect(f.getFriendsGroupName(3)).toBeNull();
    const strings: ReadonlyArray<readonly [Symbol, () => unknown]> = [
      ['SteamAPI_ISteamFriends_GetPersonaName', () => f.getPersonaName()],
      ['SteamAPI_ISteamFriends_GetFriendPersonaName', () => f.getFriendPersonaName(BIG_STEAM_ID)],
      ['SteamAPI_ISteamFriends_GetFriendPersonaNameHistory', () => f.getFriendPersonaNameHistory(BIG_STEAM_ID, 1)],
      ['SteamAPI_ISteamFriends_GetPlayerNickname', () => f.getPlayerNickname(BIG_STEAM_ID)],
      ['SteamAPI_ISteamFriends_GetFriendsGroupName', () => f.getFriendsGroupName(-3)],
      ['SteamAPI_ISteamFriends_GetClanName', () => f.getClanName(BIG_STEAM_ID)],
      ['SteamAPI_ISteamFriends_GetClanTag', () => f.getClanTag(BIG_STEAM_ID)],
      ['SteamAPI_ISteamFriends_GetFriendRichPresence', () => f.getFriendRichPresence(BIG_STEAM_ID, 'status')],
      ['SteamAPI_ISteamFriends_GetFriendRichPresenceKeyByIndex', () => f.getFriendRichPresenceKeyByIndex(BIG_STEAM_ID, 1)],
      ['SteamAPI_ISteamFriends_GetProfileItemPropertyString', () => f.getProfileItemPropertyString(BIG_STEAM_ID, CommunityProfileItemType.AvatarFrame, CommunityProfileItemProperty.Title)],
    ];
    for (const [symbol, call] of strings) {
      fake.setOutput(symbol, text('Gordon ✓\0junk'));
      expect([symbol, call()]).toEqual([symbol, 'Gordon ✓']);
      expect(fake.arg(symbol, 0)).toBe(friendsSelf());
    }
    expect(fake.signedArg('SteamAPI_ISteamFriends_GetFriendsGroupName', 1)).toBe(-3n);
    expect(fake.arg('SteamAPI_ISteamFriends_GetFriendPersonaNameHistory', 2)).toBe(1n);
    expect(fake.argString('SteamAPI_ISteamFriends_GetFriendRichPresence', 2)).toBe('status');
    expect([2, 3].map((at) => fake.arg('SteamAPI_ISteamFriends_GetProfileItemPropertyString', at))).toEqual([1n, 3n]);
    fake.setReturn('SteamAPI_ISteamFriends_GetProfileItemPropertyUint', 0xfffffff0);
    expect(f.getProfileItemPropertyUint(BIG_STEAM_ID, CommunityProfileItemType.ProfileBackground, CommunityProfileItemProperty.AppID)).toBe(0xfffffff0);
    fake.setReturn('SteamAPI_ISteamFriends_BHasEquippedProfileItem', true);
    expect(f.hasEquippedProfileItem(BIG_STEAM_ID, CommunityProfileItemType.MiniProfileBackground)).toBe(true);
    expect(fake.arg('SteamAPI_ISteamFriends_BHasEquippedProfileItem', 2)).toBe(4n);
  });

  it('getFriendGamePlayed reads FriendGameInfo_t, and null when the user plays nothing', () => {
    const client = startClient();
    expect(client.friends.getFriendGamePlayed(BIG_STEAM_ID)).toBeNull();
    const info = new Uint8Array(24);
    const view = new DataView(info.buffer);
    view.setBigUint64(0, 0x8000_0001_0000_01e0n, true);
    view.setUint32(8, 0x7f000001, true);
    view.setUint16(12, 27015, true);
    view.setUint16(14, 27016, true);
    view.setBigUint64(16, OTHER_STEAM_ID, true);
    fake.setOutput('SteamAPI_ISteamFriends_GetFriendGamePlayed', info);
    fake.setReturn('SteamAPI_ISteamFriends_GetFriendGamePlayed', true);
    expect(client.friends.getFriendGamePlayed(BIG_STEAM_ID)).toEqual({
      gameId: 0x8000_0001_0000_01e0n,
      appId: 480,
      gameIp: 0x7f000001,
      gamePort: 27015,
      queryPort: 27016,
      lobbySteamId: OTHER_STEAM_ID,
    });
    expect(fake.arg('SteamAPI_ISteamFriends_GetFriendGamePlayed', 1)).toBe(BIG_STEAM_ID);
    expect(fake.argIsNull('SteamAPI_ISteamFriends_GetFriendGamePlayed', 2)).toBe(false);
  });

  it('out-parameters and Steam ID arrays: clan activity counts, group members, clans to download', () => {
    const client = startClient();
    const f = client.friends;
    expect(leftOf(f.getClanActivityCounts(BIG_STEAM_ID))._tag).toBe('CallFailed');
    fake.setReturn('SteamAPI_ISteamFriends_GetClanActivityCounts', true);
    [10, 4, 2].forEach((value, index) => fake.setOutValue('SteamAPI_ISteamFriends_GetClanActivityCounts', index, value));
    expect(rightOf(f.getClanActivityCounts(BIG_STEAM_ID))).toEqual({ online: 10, inGame: 4, chatting: 2 });
    fake.setReturn('SteamAPI_ISteamFriends_GetFriendsGroupMembersCount', 3);
    [BIG_STEAM_ID, OTHER_STEAM_ID, BIG_STEAM_ID + 1n].forEach((id, index) => fake.setOutValue('SteamAPI_ISteamFriends_GetFriendsGroupMembersList', index, id));
    expect(f.getFriendsGroupMembersList(7)).toEqual([BIG_STEAM_ID, OTHER_STEAM_ID, BIG_STEAM_ID + 1n]);
    expect(fake.arg('SteamAPI_ISteamFriends_GetFriendsGroupMembersList', 1)).toBe(7n);
    // The count handed to C is the array's true length.
    expect(fake.arg('SteamAPI_ISteamFriends_GetFriendsGroupMembersList', 3)).toBe(3n);
    fake.setReturn('SteamAPI_ISteamFriends_GetFriendsGroupMembersCount', 0);
    expect(f.getFriendsGroupMembersList(7)).toEqual([]);
    expect(fake.callCount('SteamAPI_ISteamFriends_GetFriendsGroupMembersList')).toBe(1);

    fake.setReturn('SteamAPI_ISteamFriends_DownloadClanActivityCounts', 0x33n);
    f.downloadClanActivityCounts([BIG_STEAM_ID, `${OTHER_STEAM_ID}`]).subscribe();
    expect(fake.arg('SteamAPI_ISteamFriends_DownloadClanActivityCounts', 2)).toBe(2n);
    const bytes = fake.argBytes('SteamAPI_ISteamFriends_DownloadClanActivityCounts', 1) ?? new Uint8Array(0);
    expect([...new BigUint64Array(bytes.slice().buffer)]).toEqual([BIG_STEAM_ID, OTHER_STEAM_ID]);
  });

  it('setters and overlay calls reach C with their arguments', () => {
    const client = startClient();
    const f = client.friends;
    f.activateGameOverlay('friends');
    expect(fake.argString('SteamAPI_ISteamFriends_ActivateGameOverlay', 1)).toBe('friends');
    f.activateGameOverlayToUser('chat', BIG_STEAM_ID);
    expect([fake.argString('SteamAPI_ISteamFriends_ActivateGameOverlayToUser', 1), fake.arg('SteamAPI_ISteamFriends_ActivateGameOverlayToUser', 2)]).toEqual(['chat', BIG_STEAM_ID]);
    f.activateGameOverlayToWebPage('https://example.com');
    expect(fake.arg('SteamAPI_ISteamFriends_ActivateGameOverlayToWebPage', 2)).toBe(0n);
    f.activateGameOverlayToWebPage('https://example.com/x', OverlayToWebPageMode.Modal);
    expect([fake.argString('SteamAPI_ISteamFriends_ActivateGameOverlayToWebPage', 1), fake.arg('SteamAPI_ISteamFriends_ActivateGameOverlayToWebPage', 2)]).toEqual(['https://example.com/x', 1n]);
    f.activateGameOverlayToStore(0xfffffffe, OverlayToStoreFlag.AddToCartAndShow);
    expect([fake.arg('SteamAPI_ISteamFriends_ActivateGameOverlayToStore', 1), fake.arg('SteamAPI_ISteamFriends_ActivateGameOverlayToStore', 2)]).toEqual([0xfffffffen, 2n]);
    for (const [symbol, call] of [
      ['SteamAPI_ISteamFriends_SetPlayedWith', () => f.setPlayedWith(BIG_STEAM_ID)],
      ['SteamAPI_ISteamFriends_ActivateGameOverlayInviteDialog', () => f.activateGameOverlayInviteDialog(BIG_STEAM_ID)],
      ['SteamAPI_ISteamFriends_ActivateGameOverlayRemotePlayTogetherInviteDialog', () => f.activateGameOverlayRemotePlayTogetherInviteDialog(BIG_STEAM_ID)],
      ['SteamAPI_ISteamFriends_RequestFriendRichPresence', () => f.requestFriendRichPresence(BIG_STEAM_ID)],
    ] as const) {
      call();
      expect([symbol, fake.arg(symbol, 1)]).toEqual([symbol, BIG_STEAM_ID]);
    }
    f.setInGameVoiceSpeaking(BIG_STEAM_ID, true);
    expect(fake.arg('SteamAPI_ISteamFriends_SetInGameVoiceSpeaking', 2)).toBe(1n);
    f.activateGameOverlayInviteDialogConnectString('+connect 1.2.3.4');
    expect(fake.argString('SteamAPI_ISteamFriends_ActivateGameOverlayInviteDialogConnectString', 1)).toBe('+connect 1.2.3.4');
    f.clearRichPresence();
    expect(fake.callCount('SteamAPI_ISteamFriends_ClearRichPresence')).toBe(1);
    expect(f.setRichPresence('status', 'Menu')).toBe(false);
    fake.setReturn('SteamAPI_ISteamFriends_SetRichPresence', true);
    expect(f.setRichPresence('status', '')).toBe(true);
    expect([fake.argString('SteamAPI_ISteamFriends_SetRichPresence', 1), fake.argString('SteamAPI_ISteamFriends_SetRichPresence', 2)]).toEqual(['status', '']);
    fake.setReturn('SteamAPI_ISteamFriends_InviteUserToGame', true);
    expect(f.inviteUserToGame(BIG_STEAM_ID, '+join 7')).toBe(true);
    expect(fake.argString('SteamAPI_ISteamFriends_InviteUserToGame', 2)).toBe('+join 7');
    fake.setReturn('SteamAPI_ISteamFriends_RegisterProtocolInOverlayBrowser', true);
    expect(f.registerProtocolInOverlayBrowser('mygame')).toBe(true);
    expect(fake.argString('SteamAPI_ISteamFriends_RegisterProtocolInOverlayBrowser', 1)).toBe('mygame');
    fake.setReturn('SteamAPI_ISteamFriends_RequestUserInformation', true);
    expect(f.requestUserInformation(BIG_STEAM_ID, true)).toBe(true);
    expect(fake.arg('SteamAPI_ISteamFriends_RequestUserInformation', 2)).toBe(1n);
  });

  it('call results: each decodes its struct by handle; Steam saying no is a Left', () => {
    const client = startClient();
    const f = client.friends;
    const seen: Either<{ readonly _tag: string }, unknown>[] = [];
    const push = (value: Either<{ readonly _tag: string }, unknown>): void => {
      seen.push(value);
    };
    fake.setReturn('SteamAPI_ISteamFriends_SetPersonaName', 0x1_0000_0001n);
    f.setPersonaName('Alyx').subscribe(push);
    expect(fake.argString('SteamAPI_ISteamFriends_SetPersonaName', 1)).toBe('Alyx');
    queueCallResult(0x1_0000_0001n, 'SetPersonaNameResponse_t', { m_bSuccess: true, m_bLocalSuccess: true, m_result: EResult.OK });
    fake.setReturn('SteamAPI_ISteamFriends_SetPersonaName', 0x1_0000_0002n);
    f.setPersonaName('Bad').subscribe(push);
    queueCallResult(0x1_0000_0002n, 'SetPersonaNameResponse_t', { m_bSuccess: false, m_bLocalSuccess: false, m_result: EResult.LimitExceeded });
    fake.setReturn('SteamAPI_ISteamFriends_GetFollowerCount', 0x1_0000_0003n);
    f.getFollowerCount(BIG_STEAM_ID).subscribe(push);
    queueCallResult(0x1_0000_0003n, 'FriendsGetFollowerCount_t', { m_eResult: EResult.OK, m_steamID: BIG_STEAM_ID, m_nCount: 77 });
    fake.setReturn('SteamAPI_ISteamFriends_IsFollowing', 0x1_0000_0004n);
    f.isFollowing(BIG_STEAM_ID).subscribe(push);
    queueCallResult(0x1_0000_0004n, 'FriendsIsFollowing_t', { m_eResult: EResult.OK, m_steamID: BIG_STEAM_ID, m_bIsFollowing: true });
    fake.setReturn('SteamAPI_ISteamFriends_EnumerateFollowingList', 0x1_0000_0005n);
    f.enumerateFollowingList(50).subscribe(push);
    expect(fake.arg('SteamAPI_ISteamFriends_EnumerateFollowingList', 1)).toBe(50n);
    queueCallResult(0x1_0000_0005n, 'FriendsEnumerateFollowingList_t', { m_eResult: EResult.OK, m_rgSteamID: new Uint8Array(400), m_nResultsReturned: 0, m_nTotalResultCount: 50 });
    fake.setReturn('SteamAPI_ISteamFriends_RequestClanOfficerList', 0x1_0000_0006n);
    f.requestClanOfficerList(OTHER_STEAM_ID).subscribe(push);
    queueCallResult(0x1_0000_0006n, 'ClanOfficerListResponse_t', { m_steamIDClan: OTHER_STEAM_ID, m_cOfficers: 0, m_bSuccess: 0 });
    fake.setReturn('SteamAPI_ISteamFriends_DownloadClanActivityCounts', 0x1_0000_0007n);
    f.downloadClanActivityCounts([OTHER_STEAM_ID]).subscribe(push);
    queueCallResult(0x1_0000_0007n, 'DownloadClanActivityCountsResult_t', { m_bSuccess: true });
    fake.setReturn('SteamAPI_ISteamFriends_RequestEquippedProfileItems', 0x1_0000_0008n);
    f.requestEquippedProfileItems(BIG_STEAM_ID).subscribe(push);
    queueCallResult(0x1_0000_0008n, 'EquippedProfileItems_t', { m_eResult: EResult.Fail, m_steamID: BIG_STEAM_ID });
    client.runCallbacks();
    expect(seen).toHaveLength(8);
    expect(rightOf(seen[0] as Either<unknown, unknown>)).toEqual({ success: true, localSuccess: true, result: EResult.OK });
    expect(leftOf(seen[1] as Either<{ readonly _tag: string }, unknown>)).toMatchObject({ _tag: 'SteamResultError', result: EResult.LimitExceeded });
    expect(rightOf(seen[2] as Either<unknown, unknown>)).toEqual({ result: EResult.OK, steamId: BIG_STEAM_ID, count: 77 });
    expect(rightOf(seen[3] as Either<unknown, unknown>)).toMatchObject({ following: true });
    expect(rightOf(seen[4] as Either<unknown, unknown>)).toEqual({ result: EResult.OK, steamIds: [], totalResultCount: 50 });
    expect(leftOf(seen[5] as Either<{ readonly _tag: string }, unknown>)._tag).toBe('CallFailed');
    expect(rightOf(seen[6] as Either<unknown, unknown>)).toEqual({ success: true });
    expect(leftOf(seen[7] as Either<{ readonly _tag: string }, unknown>)._tag).toBe('SteamResultError');
    expect(client.pump.awaiting).toBe(0);
  });

  it('callbacks arrive on their streams; overlayActive$ drops repeats', () => {
    const client = startClient();
    const seen: unknown[] = [];
    client.friends.personaStateChange$.subscribe((event) => seen.push(['persona', event.steamId, event.changeFlags]));
    client.friends.gameLobbyJoinRequested$.subscribe((event) => seen.push(['lobby', event.lobbySteamId]));
    client.friends.gameRichPresenceJoinRequested$.subscribe((event) => seen.push(['join', event.connect]));
    client.friends.overlayActive$.subscribe((active) => seen.push(['overlay', active]));
    queueCallback('PersonaStateChange_t', { m_ulSteamID: BIG_STEAM_ID, m_nChangeFlags: PersonaChange.Name });
    queueCallback('GameLobbyJoinRequested_t', { m_steamIDLobby: OTHER_STEAM_ID, m_steamIDFriend: BIG_STEAM_ID });
    queueCallback('GameRichPresenceJoinRequested_t', { m_steamIDFriend: BIG_STEAM_ID, m_rgchConnect: '+connect x' });
    for (const active of [1, 1, 0]) queueCallback('GameOverlayActivated_t', { m_bActive: active, m_bUserInitiated: true, m_nAppID: 480, m_dwOverlayPID: 1 });
    client.runCallbacks();
    expect(seen).toEqual([['persona', BIG_STEAM_ID, 1], ['lobby', OTHER_STEAM_ID], ['join', '+connect x'], ['overlay', true], ['overlay', false]]);
  });
});

describe('the reactive forms through the fake library', () => {
  it('persona$ waits for the requested user (holding the pump), then emits on changes only', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamFriends_RequestUserInformation', true);
    fake.setOutput('SteamAPI_ISteamFriends_GetFriendPersonaName', 'Alyx');
    const names: string[] = [];
    const subscription = client.friends.persona$(BIG_STEAM_ID).subscribe((persona) => names.push(persona.name));
    expect(fake.arg('SteamAPI_ISteamFriends_RequestUserInformation', 1)).toBe(BIG_STEAM_ID);
    expect(names).toEqual([]);
    expect(client.pump.awaiting).toBe(1);
    queueCallback('PersonaStateChange_t', { m_ulSteamID: BIG_STEAM_ID, m_nChangeFlags: PersonaChange.Name });
    queueCallback('PersonaStateChange_t', { m_ulSteamID: OTHER_STEAM_ID, m_nChangeFlags: PersonaChange.Name });
    queueCallback('PersonaStateChange_t', { m_ulSteamID: BIG_STEAM_ID, m_nChangeFlags: PersonaChange.Status });
    client.runCallbacks();
    expect(names).toEqual(['Alyx']);
    expect(client.pump.awaiting).toBe(0);
    fake.setOutput('SteamAPI_ISteamFriends_GetFriendPersonaName', 'Alyx V');
    queueCallback('PersonaStateChange_t', { m_ulSteamID: BIG_STEAM_ID, m_nChangeFlags: PersonaChange.Name });
    client.runCallbacks();
    expect(names).toEqual(['Alyx', 'Alyx V']);
    subscription.unsubscribe();
  });

  it('persona$ of a known user emits at once; unsubscribing while waiting releases the pump', () => {
    const client = startClient();
    const seen: unknown[] = [];
    client.friends.persona$(BIG_STEAM_ID).subscribe((persona) => seen.push(persona)).unsubscribe();
    expect(seen).toHaveLength(1);
    fake.setReturn('SteamAPI_ISteamFriends_RequestUserInformation', true);
    const waiting = client.friends.persona$(OTHER_STEAM_ID).subscribe();
    expect(client.pump.awaiting).toBe(1);
    waiting.unsubscribe();
    expect(client.pump.awaiting).toBe(0);
  });

  it('friends$ re-reads on relationship changes and emits only a changed list', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamFriends_GetFriendCount', 1);
    fake.setReturn('SteamAPI_ISteamFriends_GetFriendByIndex', BIG_STEAM_ID);
    const lists: (readonly bigint[])[] = [];
    client.friends.friends$(FriendFlags.Immediate).subscribe((list) => lists.push(list));
    queueCallback('PersonaStateChange_t', { m_ulSteamID: OTHER_STEAM_ID, m_nChangeFlags: PersonaChange.RelationshipChanged });
    client.runCallbacks();
    fake.setReturn('SteamAPI_ISteamFriends_GetFriendCount', 0);
    queueCallback('PersonaStateChange_t', { m_ulSteamID: BIG_STEAM_ID, m_nChangeFlags: PersonaChange.Name });
    client.runCallbacks();
    queueCallback('PersonaStateChange_t', { m_ulSteamID: BIG_STEAM_ID, m_nChangeFlags: PersonaChange.RelationshipChanged });
    client.runCallbacks();
    expect(lists).toEqual([[BIG_STEAM_ID], []]);
  });

  it('avatar$ reads a loaded image at once, waits for AvatarImageLoaded_t while loading, and is NoAvatar for 0', () => {
    const client = startClient();
    const pixels = Uint8Array.from({ length: 2 * 2 * 4 }, (_, index) => index);
    fake.setReturn('SteamAPI_ISteamUtils_GetImageSize', true);
    fake.setOutValue('SteamAPI_ISteamUtils_GetImageSize', 0, 2);
    fake.setOutValue('SteamAPI_ISteamUtils_GetImageSize', 1, 2);
    fake.setReturn('SteamAPI_ISteamUtils_GetImageRGBA', true);
    fake.setOutput('SteamAPI_ISteamUtils_GetImageRGBA', pixels);
    const seen: Either<{ readonly _tag: string }, unknown>[] = [];
    fake.setReturn('SteamAPI_ISteamFriends_GetMediumFriendAvatar', 9);
    client.friends.avatar$(BIG_STEAM_ID, 'medium').subscribe((value) => seen.push(value));
    expect(rightOf(seen[0] as Either<unknown, unknown>)).toEqual({ width: 2, height: 2, rgba: pixels });
    expect(fake.arg('SteamAPI_ISteamUtils_GetImageRGBA', 1)).toBe(9n);

    fake.setReturn('SteamAPI_ISteamFriends_GetLargeFriendAvatar', -1n);
    client.friends.avatar$(BIG_STEAM_ID, 'large').subscribe((value) => seen.push(value));
    expect(seen).toHaveLength(1);
    expect(client.pump.awaiting).toBe(1);
    queueCallback('AvatarImageLoaded_t', { m_steamID: OTHER_STEAM_ID, m_iImage: 3, m_iWide: 184, m_iTall: 184 });
    client.runCallbacks();
    expect(seen).toHaveLength(1);
    fake.setReturn('SteamAPI_ISteamFriends_GetLargeFriendAvatar', 11);
    queueCallback('AvatarImageLoaded_t', { m_steamID: BIG_STEAM_ID, m_iImage: 11, m_iWide: 184, m_iTall: 184 });
    client.runCallbacks();
    expect(seen).toHaveLength(2);
    expect(fake.arg('SteamAPI_ISteamUtils_GetImageRGBA', 1)).toBe(11n);
    expect(client.pump.awaiting).toBe(0);

    client.friends.avatar$(BIG_STEAM_ID, 'small').subscribe((value) => seen.push(value));
    expect(leftOf(seen[2] as Either<{ readonly _tag: string }, unknown>)._tag).toBe('NoAvatar');
  });

  it('avatar$ of a user Steam is still fetching waits past a persona change that is not the answer, then reads the image or says NoAvatar', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamUtils_GetImageSize', true);
    fake.setOutValue('SteamAPI_ISteamUtils_GetImageSize', 0, 1);
    fake.setOutValue('SteamAPI_ISteamUtils_GetImageSize', 1, 1);
    fake.setReturn('SteamAPI_ISteamUtils_GetImageRGBA', true);
    fake.setOutput('SteamAPI_ISteamUtils_GetImageRGBA', new Uint8Array([1, 2, 3, 4]));
    const seen: Either<{ readonly _tag: string }, unknown>[] = [];
    fake.setReturn('SteamAPI_ISteamFriends_GetLargeFriendAvatar', 0);
    fake.setReturn('SteamAPI_ISteamFriends_RequestUserInformation', true);
    client.friends.avatar$(BIG_STEAM_ID, 'large').subscribe((value) => seen.push(value));
    // A name-only change comes first: Steam still says it is fetching (RequestUserInformation true).
    queueCallback('PersonaStateChange_t', { m_ulSteamID: BIG_STEAM_ID, m_nChangeFlags: PersonaChange.Name });
    client.runCallbacks();
    expect(seen).toEqual([]);
    expect(client.pump.awaiting).toBe(1);
    // The answer: Steam knows the user now, and the avatar is there.
    fake.setReturn('SteamAPI_ISteamFriends_RequestUserInformation', false);
    fake.setReturn('SteamAPI_ISteamFriends_GetLargeFriendAvatar', 12);
    queueCallback('PersonaStateChange_t', { m_ulSteamID: BIG_STEAM_ID, m_nChangeFlags: PersonaChange.Avatar });
    client.runCallbacks();
    expect(rightOf(seen[0] as Either<unknown, unknown>)).toEqual({ width: 1, height: 1, rgba: new Uint8Array([1, 2, 3, 4]) });
    expect(client.pump.awaiting).toBe(0);
    // Known now and still no avatar: NoAvatar on the persona's arrival.
    fake.setReturn('SteamAPI_ISteamFriends_GetSmallFriendAvatar', 0);
    fake.setReturn('SteamAPI_ISteamFriends_RequestUserInformation', true);
    client.friends.avatar$(BIG_STEAM_ID, 'small').subscribe((value) => seen.push(value));
    fake.setReturn('SteamAPI_ISteamFriends_RequestUserInformation', false);
    queueCallback('PersonaStateChange_t', { m_ulSteamID: BIG_STEAM_ID, m_nChangeFlags: PersonaChange.Name });
    client.runCallbacks();
    expect(leftOf(seen[1] as Either<{ readonly _tag: string }, unknown>)._tag).toBe('NoAvatar');
    expect(client.pump.awaiting).toBe(0);
  });
});
