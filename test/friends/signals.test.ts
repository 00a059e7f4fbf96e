/** The ISteamFriends signals decode from linux64 and win64 bytes (layouts from the generated ABI tables). */
import { isRight } from 'fp-ts/Either';
import { EResult } from '../../native/enums';
import type { Platform } from '../../native/steam-core';
import { writeStruct, type FieldValue } from '../../native/struct-bytes';
import { layoutOf, layoutsFor } from '../../native/struct-layouts';
import { signalDecoders } from '../../streams/signal-decoders';

const origin = { pipe: 'client', kind: 'callback' } as const;
const big = 0x0110_0001_ffff_fffen;
const other = 0x0170_0000_0000_0042n;

/** The measured sizes (steamworks-abi-1.60-more.json): only PersonaStateChange_t differs. */
const sizes: Readonly<Record<Platform, Readonly<Record<string, number>>>> = {
  linux64: { PersonaStateChange_t: 12 },
  win64: { PersonaStateChange_t: 16 },
};
const sameSizes: Readonly<Record<string, number>> = {
  GameOverlayActivated_t: 12,
  GameServerChangeRequested_t: 128,
  GameLobbyJoinRequested_t: 16,
  AvatarImageLoaded_t: 20,
  ClanOfficerListResponse_t: 16,
  FriendRichPresenceUpdate_t: 12,
  GameRichPresenceJoinRequested_t: 264,
  DownloadClanActivityCountsResult_t: 1,
  FriendsGetFollowerCount_t: 16,
  FriendsIsFollowing_t: 16,
  FriendsEnumerateFollowingList_t: 412,
  SetPersonaNameResponse_t: 8,
  UnreadChatMessagesChanged_t: 1,
  OverlayBrowserProtocolNavigation_t: 1024,
  EquippedProfileItemsChanged_t: 8,
  EquippedProfileItems_t: 20,
};
const sizeOf = (platform: Platform, struct: string): number | undefined => sizes[platform][struct] ?? sameSizes[struct];

/** 50 Steam IDs as FriendsEnumerateFollowingList_t's m_rgSteamID bytes, the first `count` set. */
const followed = (count: number): Uint8Array => {
  const ids = new BigUint64Array(50);
  for (let at = 0; at < count; at += 1) ids[at] = big + BigInt(at);
  return new Uint8Array(ids.buffer);
};

const cases: ReadonlyArray<readonly [keyof ReturnType<typeof signalDecoders>, string, Readonly<Record<string, FieldValue>>, unknown]> = [
  ['personaStateChange', 'PersonaStateChange_t', { m_ulSteamID: big, m_nChangeFlags: 0x0201 }, { steamId: big, changeFlags: 0x0201 }],
  [
    'gameOverlayActivated',
    'GameOverlayActivated_t',
    { m_bActive: 2, m_bUserInitiated: true, m_nAppID: 0xfffffffe, m_dwOverlayPID: 4242 },
    { active: true, userInitiated: true, appId: 0xfffffffe, overlayPid: 4242 },
  ],
  ['gameServerChangeRequested', 'GameServerChangeRequested_t', { m_rgchServer: '10.0.0.1:27015', m_rgchPassword: 'pw' }, { server: '10.0.0.1:27015', password: 'pw' }],
  ['gameLobbyJoinRequested', 'GameLobbyJoinRequested_t', { m_steamIDLobby: big, m_steamIDFriend: other }, { lobbySteamId: big, friendSteamId: other }],
  ['avatarImageLoaded', 'AvatarImageLoaded_t', { m_steamID: big, m_iImage: 7, m_iWide: 184, m_iTall: 184 }, { steamId: big, image: 7, width: 184, height: 184 }],
  ['clanOfficerListResponse', 'ClanOfficerListResponse_t', { m_steamIDClan: other, m_cOfficers: 3, m_bSuccess: 1 }, { clanSteamId: other, officers: 3, success: true }],
  ['friendRichPresenceUpdate', 'FriendRichPresenceUpdate_t', { m_steamIDFriend: big, m_nAppID: 480 }, { friendSteamId: big, appId: 480 }],
  ['gameRichPresenceJoinRequested', 'GameRichPresenceJoinRequested_t', { m_steamIDFriend: big, m_rgchConnect: '+connect 1.2.3.4' }, { friendSteamId: big, connect: '+connect 1.2.3.4' }],
  ['downloadClanActivityCountsResult', 'DownloadClanActivityCountsResult_t', { m_bSuccess: true }, { success: true }],
  ['friendsGetFollowerCount', 'FriendsGetFollowerCount_t', { m_eResult: EResult.OK, m_steamID: big, m_nCount: 12 }, { result: EResult.OK, steamId: big, count: 12 }],
  ['friendsIsFollowing', 'FriendsIsFollowing_t', { m_eResult: EResult.OK, m_steamID: big, m_bIsFollowing: true }, { result: EResult.OK, steamId: big, following: true }],
  [
    'friendsEnumerateFollowingList',
    'FriendsEnumerateFollowingList_t',
    { m_eResult: EResult.OK, m_rgSteamID: followed(3), m_nResultsReturned: 3, m_nTotalResultCount: 120 },
    { result: EResult.OK, steamIds: [big, big + 1n, big + 2n], totalResultCount: 120 },
  ],
  ['setPersonaNameResponse', 'SetPersonaNameResponse_t', { m_bSuccess: true, m_bLocalSuccess: false, m_result: EResult.Busy }, { success: true, localSuccess: false, result: EResult.Busy }],
  ['unreadChatMessagesChanged', 'UnreadChatMessagesChanged_t', {}, {}],
  ['overlayBrowserProtocolNavigation', 'OverlayBrowserProtocolNavigation_t', { rgchURI: 'mygame://join/42' }, { uri: 'mygame://join/42' }],
  ['equippedProfileItemsChanged', 'EquippedProfileItemsChanged_t', { m_steamID: big }, { steamId: big }],
  [
    'equippedProfileItems',
    'EquippedProfileItems_t',
    {
      m_eResult: EResult.OK,
      m_steamID: big,
      m_bHasAnimatedAvatar: true,
      m_bHasAvatarFrame: false,
      m_bHasProfileModifier: true,
      m_bHasProfileBackground: false,
      m_bHasMiniProfileBackground: true,
    },
    {
      result: EResult.OK,
      steamId: big,
      hasAnimatedAvatar: true,
      hasAvatarFrame: false,
      hasProfileModifier: true,
      hasProfileBackground: false,
      hasMiniProfileBackground: true,
    },
  ],
];

describe.each<Platform>(['linux64', 'win64'])('Friends signals on %s', (platform) => {
  it.each(cases)('%s (%s) decodes its members', (name, struct, members, payload) => {
    const bytes = writeStruct(layoutOf(layoutsFor(platform), struct), members);
    expect(bytes.byteLength).toBe(sizeOf(platform, struct));
    const decoded = signalDecoders(platform)[name].decode(bytes, origin);
    expect(isRight(decoded) ? decoded.right : decoded.left).toEqual(payload);
  });

  it('PersonaStateChange_t: the flags sit at 8 after the 64-bit ID; win64 pads the struct to 16', () => {
    const bytes = new Uint8Array(sizeOf(platform, 'PersonaStateChange_t') ?? 0);
    bytes.set([0x42, 0, 0, 0, 0, 0, 0x10, 0x01], 0);
    bytes.set([0x40, 0x00, 0x00, 0x00], 8);
    const decoded = signalDecoders(platform).personaStateChange.decode(bytes, origin);
    expect(isRight(decoded) && decoded.right).toEqual({ steamId: 0x0110_0000_0000_0042n, changeFlags: 0x40 });
    expect(signalDecoders(platform).personaStateChange.decode(new Uint8Array(11), origin)._tag).toBe('Left');
  });

  it('FriendsEnumerateFollowingList_t: the page has exactly m_nResultsReturned IDs; a count beyond 0..50 is a decode error', () => {
    const layout = layoutOf(layoutsFor(platform), 'FriendsEnumerateFollowingList_t');
    const decoder = signalDecoders(platform).friendsEnumerateFollowingList;
    const page = (returned: number) => writeStruct(layout, { m_eResult: EResult.OK, m_rgSteamID: followed(50), m_nResultsReturned: returned, m_nTotalResultCount: 50 });
    const full = decoder.decode(page(50), origin);
    expect(isRight(full) && full.right.steamIds).toHaveLength(50);
    const none = decoder.decode(page(0), origin);
    expect(isRight(none) && none.right.steamIds).toEqual([]);
    expect(decoder.decode(page(51), origin)._tag).toBe('Left');
    expect(decoder.decode(page(-1), origin)._tag).toBe('Left');
  });

  it('text members stop at their NUL; an unterminated one is read to its end, never past', () => {
    const layout = layoutOf(layoutsFor(platform), 'GameRichPresenceJoinRequested_t');
    const bytes = writeStruct(layout, { m_steamIDFriend: big, m_rgchConnect: '' });
    bytes.set(new TextEncoder().encode('+connect\0secret'), 8);
    const decoded = signalDecoders(platform).gameRichPresenceJoinRequested.decode(bytes, origin);
    expect(isRight(decoded) && decoded.right.connect).toBe('+connect');
    bytes.fill(0x41, 8);
    const unterminated = signalDecoders(platform).gameRichPresenceJoinRequested.decode(bytes, origin);
    expect(isRight(unterminated) && unterminated.right.connect).toBe('A'.repeat(256));
  });
});
