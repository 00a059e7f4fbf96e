/**
 * FriendsPort over Valve's flat ISteamFriends (SteamFriends017). The Friends slice binds its
 * functions once per library the first time one of them is called, and asks for the interface
 * pointer (SteamAPI_SteamFriends_v017) then, so a game that never uses client.friends binds nothing of it.
 */
import { cBufferSize, maximumInt32Size } from './buffer-size';
import { toUint64 } from './flat-api';
import type { FriendGamePlayed, FriendsPort } from './friends-port';
import type { AbiFunction } from './generated/abi-types';
import type { FriendsFlatApi } from './generated/friends';
import { liveInterface } from './lazy-interface';
import type { SessionLiveness } from './native-session-liveness';
import { readUint16, readUint32, readUint64 } from './scalar-bytes';
import { hostPlatform, layoutOf, layoutsFor } from './struct-layouts';

/** The flat functions of clan chat rooms and chat messages: out of scope, never bound (nor required of a library). */
export const friendsChatFunctions = [
  'SteamAPI_ISteamFriends_JoinClanChatRoom',
  'SteamAPI_ISteamFriends_LeaveClanChatRoom',
  'SteamAPI_ISteamFriends_GetClanChatMemberCount',
  'SteamAPI_ISteamFriends_GetChatMemberByIndex',
  'SteamAPI_ISteamFriends_SendClanChatMessage',
  'SteamAPI_ISteamFriends_GetClanChatMessage',
  'SteamAPI_ISteamFriends_IsClanChatAdmin',
  'SteamAPI_ISteamFriends_IsClanChatWindowOpenInSteam',
  'SteamAPI_ISteamFriends_OpenClanChatWindowInSteam',
  'SteamAPI_ISteamFriends_CloseClanChatWindowInSteam',
  'SteamAPI_ISteamFriends_SetListenForFriendsMessages',
  'SteamAPI_ISteamFriends_ReplyToFriendMessage',
  'SteamAPI_ISteamFriends_GetFriendMessage',
] as const;

/** The Friends functions the slice binds: all of SteamFriends017 but the chat ones. */
export type BoundFriendsApi = Omit<FriendsFlatApi, (typeof friendsChatFunctions)[number]>;

/** The declarations of {@link BoundFriendsApi}, from the generated list. */
export const boundFriendsFunctions = (all: readonly AbiFunction<keyof FriendsFlatApi>[]): readonly AbiFunction<keyof BoundFriendsApi>[] => {
  const chat: ReadonlySet<string> = new Set(friendsChatFunctions);
  return all.filter((declaration): declaration is AbiFunction<keyof BoundFriendsApi> => !chat.has(declaration.name));
};


/** FriendGameInfo_t's member offsets on this host (identical on linux64 and win64, looked up once). */
let gameInfoOffsets: { readonly size: number; readonly gameId: number; readonly ip: number; readonly gamePort: number; readonly queryPort: number; readonly lobby: number } | undefined;
const gameInfo = (): NonNullable<typeof gameInfoOffsets> => {
  if (gameInfoOffsets !== undefined) return gameInfoOffsets;
  const layout = layoutOf(layoutsFor(hostPlatform()), 'FriendGameInfo_t');
  const at = (name: string): number => {
    const field = layout.field[name];
    if (field === undefined) throw new Error(`steamworks-rx: FriendGameInfo_t has no ${name}`);
    return field.offset;
  };
  gameInfoOffsets = {
    size: layout.size,
    gameId: at('m_gameID'),
    ip: at('m_unGameIP'),
    gamePort: at('m_usGamePort'),
    queryPort: at('m_usQueryPort'),
    lobby: at('m_steamIDLobby'),
  };
  return gameInfoOffsets;
};

/**
 * A BigUint64Array's memory as C gets it, and how many uint64 it holds (from the engine's own
 * byteLength, never a property the caller could fake). koffi hands any typed array's memory to a
 * `void *` parameter; the generated declaration types those as Uint8Array.
 */
const steamIdArray = (ids: BigUint64Array): { readonly memory: Uint8Array; readonly count: number } => ({
  memory: ids as unknown as Uint8Array,
  count: cBufferSize(ids, maximumInt32Size) / 8,
});

/** The FriendsPort of a live client session. */
export const createNativeFriendsPort = (liveness: SessionLiveness, friendsApi: () => BoundFriendsApi): FriendsPort => {
  // Out-parameters reused: calls are synchronous and never overlap.
  const online = new Int32Array(1);
  const inGame = new Int32Array(1);
  const chatting = new Int32Array(1);
  let gameInfoBytes: Uint8Array | undefined;
  /** The slice's functions and the client's SteamFriends pointer, checked live first. */
  const flat = liveInterface(liveness, 'client', friendsApi, 'SteamAPI_SteamFriends_v017');
  return {
    getPersonaName: () => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetPersonaName(friends) ?? '';
    },
    setPersonaName: (name) => {
      const { api, self: friends } = flat();
      return toUint64(api.SteamAPI_ISteamFriends_SetPersonaName(friends, name));
    },
    getPersonaState: () => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetPersonaState(friends);
    },
    getFriendCount: (friendFlags) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetFriendCount(friends, friendFlags);
    },
    getFriendByIndex: (index, friendFlags) => {
      const { api, self: friends } = flat();
      return toUint64(api.SteamAPI_ISteamFriends_GetFriendByIndex(friends, index, friendFlags));
    },
    getFriendRelationship: (steamId) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetFriendRelationship(friends, steamId);
    },
    getFriendPersonaState: (steamId) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetFriendPersonaState(friends, steamId);
    },
    getFriendPersonaName: (steamId) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetFriendPersonaName(friends, steamId) ?? '';
    },
    getFriendGamePlayed: (steamId): FriendGamePlayed => {
      const { api, self: friends } = flat();
      const offsets = gameInfo();
      gameInfoBytes ??= new Uint8Array(offsets.size);
      const bytes = gameInfoBytes;
      bytes.fill(0);
      const ok = api.SteamAPI_ISteamFriends_GetFriendGamePlayed(friends, steamId, bytes);
      // Steam leaves the struct alone when the user is not in a game: report zeros, not stale bytes.
      if (!ok) bytes.fill(0);
      return {
        ok,
        gameId: readUint64(bytes, offsets.gameId),
        gameIp: readUint32(bytes, offsets.ip),
        gamePort: readUint16(bytes, offsets.gamePort),
        queryPort: readUint16(bytes, offsets.queryPort),
        lobbySteamId: readUint64(bytes, offsets.lobby),
      };
    },
    getFriendPersonaNameHistory: (steamId, index) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetFriendPersonaNameHistory(friends, steamId, index) ?? '';
    },
    getFriendSteamLevel: (steamId) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetFriendSteamLevel(friends, steamId);
    },
    getPlayerNickname: (steamId) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetPlayerNickname(friends, steamId);
    },
    getFriendsGroupCount: () => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetFriendsGroupCount(friends);
    },
    getFriendsGroupIDByIndex: (index) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetFriendsGroupIDByIndex(friends, index);
    },
    getFriendsGroupName: (groupId) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetFriendsGroupName(friends, groupId);
    },
    getFriendsGroupMembersCount: (groupId) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetFriendsGroupMembersCount(friends, groupId);
    },
    getFriendsGroupMembersList: (groupId, members) => {
      const { api, self: friends } = flat();
      const { memory, count } = steamIdArray(members);
      api.SteamAPI_ISteamFriends_GetFriendsGroupMembersList(friends, groupId, memory, count);
    },
    hasFriend: (steamId, friendFlags) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_HasFriend(friends, steamId, friendFlags);
    },
    getClanCount: () => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetClanCount(friends);
    },
    getClanByIndex: (index) => {
      const { api, self: friends } = flat();
      return toUint64(api.SteamAPI_ISteamFriends_GetClanByIndex(friends, index));
    },
    getClanName: (clan) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetClanName(friends, clan) ?? '';
    },
    getClanTag: (clan) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetClanTag(friends, clan) ?? '';
    },
    getClanActivityCounts: (clan) => {
      const { api, self: friends } = flat();
      online[0] = 0;
      inGame[0] = 0;
      chatting[0] = 0;
      const ok = api.SteamAPI_ISteamFriends_GetClanActivityCounts(friends, clan, online, inGame, chatting);
      return { ok, online: online[0] ?? 0, inGame: inGame[0] ?? 0, chatting: chatting[0] ?? 0 };
    },
    downloadClanActivityCounts: (clans) => {
      const { api, self: friends } = flat();
      const { memory, count } = steamIdArray(clans);
      return toUint64(api.SteamAPI_ISteamFriends_DownloadClanActivityCounts(friends, memory, count));
    },
    getFriendCountFromSource: (source) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetFriendCountFromSource(friends, source);
    },
    getFriendFromSourceByIndex: (source, index) => {
      const { api, self: friends } = flat();
      return toUint64(api.SteamAPI_ISteamFriends_GetFriendFromSourceByIndex(friends, source, index));
    },
    isUserInSource: (user, source) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_IsUserInSource(friends, user, source);
    },
    setInGameVoiceSpeaking: (user, speaking) => {
      const { api, self: friends } = flat();
      api.SteamAPI_ISteamFriends_SetInGameVoiceSpeaking(friends, user, speaking);
    },
    activateGameOverlay: (dialog) => {
      const { api, self: friends } = flat();
      api.SteamAPI_ISteamFriends_ActivateGameOverlay(friends, dialog);
    },
    activateGameOverlayToUser: (dialog, steamId) => {
      const { api, self: friends } = flat();
      api.SteamAPI_ISteamFriends_ActivateGameOverlayToUser(friends, dialog, steamId);
    },
    activateGameOverlayToWebPage: (url, mode) => {
      const { api, self: friends } = flat();
      api.SteamAPI_ISteamFriends_ActivateGameOverlayToWebPage(friends, url, mode);
    },
    activateGameOverlayToStore: (appId, flag) => {
      const { api, self: friends } = flat();
      api.SteamAPI_ISteamFriends_ActivateGameOverlayToStore(friends, appId, flag);
    },
    setPlayedWith: (steamId) => {
      const { api, self: friends } = flat();
      api.SteamAPI_ISteamFriends_SetPlayedWith(friends, steamId);
    },
    activateGameOverlayInviteDialog: (lobby) => {
      const { api, self: friends } = flat();
      api.SteamAPI_ISteamFriends_ActivateGameOverlayInviteDialog(friends, lobby);
    },
    getSmallFriendAvatar: (steamId) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetSmallFriendAvatar(friends, steamId);
    },
    getMediumFriendAvatar: (steamId) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetMediumFriendAvatar(friends, steamId);
    },
    getLargeFriendAvatar: (steamId) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetLargeFriendAvatar(friends, steamId);
    },
    requestUserInformation: (steamId, requireNameOnly) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_RequestUserInformation(friends, steamId, requireNameOnly);
    },
    requestClanOfficerList: (clan) => {
      const { api, self: friends } = flat();
      return toUint64(api.SteamAPI_ISteamFriends_RequestClanOfficerList(friends, clan));
    },
    getClanOwner: (clan) => {
      const { api, self: friends } = flat();
      return toUint64(api.SteamAPI_ISteamFriends_GetClanOwner(friends, clan));
    },
    getClanOfficerCount: (clan) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetClanOfficerCount(friends, clan);
    },
    getClanOfficerByIndex: (clan, index) => {
      const { api, self: friends } = flat();
      return toUint64(api.SteamAPI_ISteamFriends_GetClanOfficerByIndex(friends, clan, index));
    },
    getUserRestrictions: () => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetUserRestrictions(friends);
    },
    setRichPresence: (key, value) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_SetRichPresence(friends, key, value);
    },
    clearRichPresence: () => {
      const { api, self: friends } = flat();
      api.SteamAPI_ISteamFriends_ClearRichPresence(friends);
    },
    getFriendRichPresence: (steamId, key) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetFriendRichPresence(friends, steamId, key) ?? '';
    },
    getFriendRichPresenceKeyCount: (steamId) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetFriendRichPresenceKeyCount(friends, steamId);
    },
    getFriendRichPresenceKeyByIndex: (steamId, index) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetFriendRichPresenceKeyByIndex(friends, steamId, index) ?? '';
    },
    requestFriendRichPresence: (steamId) => {
      const { api, self: friends } = flat();
      api.SteamAPI_ISteamFriends_RequestFriendRichPresence(friends, steamId);
    },
    inviteUserToGame: (steamId, connectString) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_InviteUserToGame(friends, steamId, connectString);
    },
    getCoplayFriendCount: () => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetCoplayFriendCount(friends);
    },
    getCoplayFriend: (index) => {
      const { api, self: friends } = flat();
      return toUint64(api.SteamAPI_ISteamFriends_GetCoplayFriend(friends, index));
    },
    getFriendCoplayTime: (steamId) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetFriendCoplayTime(friends, steamId);
    },
    getFriendCoplayGame: (steamId) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetFriendCoplayGame(friends, steamId);
    },
    getFollowerCount: (steamId) => {
      const { api, self: friends } = flat();
      return toUint64(api.SteamAPI_ISteamFriends_GetFollowerCount(friends, steamId));
    },
    isFollowing: (steamId) => {
      const { api, self: friends } = flat();
      return toUint64(api.SteamAPI_ISteamFriends_IsFollowing(friends, steamId));
    },
    enumerateFollowingList: (startIndex) => {
      const { api, self: friends } = flat();
      return toUint64(api.SteamAPI_ISteamFriends_EnumerateFollowingList(friends, startIndex));
    },
    isClanPublic: (clan) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_IsClanPublic(friends, clan);
    },
    isClanOfficialGameGroup: (clan) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_IsClanOfficialGameGroup(friends, clan);
    },
    getNumChatsWithUnreadPriorityMessages: () => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetNumChatsWithUnreadPriorityMessages(friends);
    },
    activateGameOverlayRemotePlayTogetherInviteDialog: (lobby) => {
      const { api, self: friends } = flat();
      api.SteamAPI_ISteamFriends_ActivateGameOverlayRemotePlayTogetherInviteDialog(friends, lobby);
    },
    registerProtocolInOverlayBrowser: (protocol) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_RegisterProtocolInOverlayBrowser(friends, protocol);
    },
    activateGameOverlayInviteDialogConnectString: (connectString) => {
      const { api, self: friends } = flat();
      api.SteamAPI_ISteamFriends_ActivateGameOverlayInviteDialogConnectString(friends, connectString);
    },
    requestEquippedProfileItems: (steamId) => {
      const { api, self: friends } = flat();
      return toUint64(api.SteamAPI_ISteamFriends_RequestEquippedProfileItems(friends, steamId));
    },
    hasEquippedProfileItem: (steamId, itemType) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_BHasEquippedProfileItem(friends, steamId, itemType);
    },
    getProfileItemPropertyString: (steamId, itemType, property) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetProfileItemPropertyString(friends, steamId, itemType, property) ?? '';
    },
    getProfileItemPropertyUint: (steamId, itemType, property) => {
      const { api, self: friends } = flat();
      return api.SteamAPI_ISteamFriends_GetProfileItemPropertyUint(friends, steamId, itemType, property);
    },
  };
};
