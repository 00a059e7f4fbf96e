/**
 * FriendsPort: ISteamFriends (SteamFriends017), flat, as the SDK uses it.
 *
 * Callbacks a user of this port must expect on the client pipe (struct names, k_iCallback):
 * - PersonaStateChange_t (304): a user's persona data changed or arrived (after
 *   RequestUserInformation, a relationship change, a name/avatar/game change …);
 * - GameOverlayActivated_t (331): the overlay opened or closed;
 * - GameServerChangeRequested_t (332): the user asked to join a server from the Steam UI;
 * - GameLobbyJoinRequested_t (333): the user accepted a lobby invite or joined a friend's lobby;
 * - AvatarImageLoaded_t (334): an avatar a Get*FriendAvatar call answered -1 for has loaded;
 * - FriendRichPresenceUpdate_t (336): a user's rich presence changed or arrived;
 * - GameRichPresenceJoinRequested_t (337): the user accepted a game invite (connect string);
 * - UnreadChatMessagesChanged_t (348): GetNumChatsWithUnreadPriorityMessages may have changed;
 * - OverlayBrowserProtocolNavigation_t (349): the overlay browser opened a registered protocol URI;
 * - EquippedProfileItemsChanged_t (350): a user's equipped profile items changed.
 * Call results (the handle a function returns comes back in a CallResultMessage with the struct):
 * - SetPersonaNameResponse_t (347) of setPersonaName;
 * - DownloadClanActivityCountsResult_t (341) of downloadClanActivityCounts;
 * - ClanOfficerListResponse_t (335) of requestClanOfficerList;
 * - FriendsGetFollowerCount_t (344) of getFollowerCount;
 * - FriendsIsFollowing_t (345) of isFollowing;
 * - FriendsEnumerateFollowingList_t (346) of enumerateFollowingList;
 * - EquippedProfileItems_t (351) of requestEquippedProfileItems (Steam also broadcasts it as a callback).
 * Avatars: an image handle from get{Small,Medium,Large}FriendAvatar is read through the session's
 * UtilsPort (getImageSize, getImageRGBA); 0 means no avatar, -1 means loading (AvatarImageLoaded_t follows).
 *
 * Clan chat rooms and chat messages (JoinClanChatRoom … GetFriendMessage and their callbacks
 * GameConnected*, JoinClanChatRoomCompletionResult_t) are out of scope and not in this port.
 */

/** FriendGameInfo_t as GetFriendGamePlayed fills it, with its return value. */
export interface FriendGamePlayed {
  /** GetFriendGamePlayed's return value: false when the user is not in a game (the rest is then zero). */
  readonly ok: boolean;
  /** m_gameID: the CGameID as a 64-bit value. */
  readonly gameId: bigint;
  /** m_unGameIP: the game server's IPv4 in host order (0 when none). */
  readonly gameIp: number;
  /** m_usGamePort. */
  readonly gamePort: number;
  /** m_usQueryPort. */
  readonly queryPort: number;
  /** m_steamIDLobby: the lobby the user is in (0n when none). */
  readonly lobbySteamId: bigint;
}

/** GetClanActivityCounts' out-parameters, with its return value. */
export interface ClanActivityCounts {
  /** GetClanActivityCounts' return value: false when Steam has no counts for the clan. */
  readonly ok: boolean;
  /** *pnOnline. */
  readonly online: number;
  /** *pnInGame. */
  readonly inGame: number;
  /** *pnChatting. */
  readonly chatting: number;
}

/**
 * ISteamFriends (SteamFriends017), flat: every function but clan chat rooms and chat messages.
 * Steam IDs are uint64 `bigint`s, strings are UTF-8 `string`s, arrays of Steam IDs are caller-owned
 * `BigUint64Array`s (the C count is their length). Call results return the SteamAPICall_t (0n when
 * the call could not start).
 */
export interface FriendsPort {
  /** GetPersonaName: the current user's persona name ('' when Steam gave none). */
  getPersonaName(): string;
  /** SetPersonaName: SteamAPICall_t of SetPersonaNameResponse_t. */
  setPersonaName(name: string): bigint;
  /** GetPersonaState: the current user's EPersonaState. */
  getPersonaState(): number;
  /** GetFriendCount for an EFriendFlags mask (-1 when Steam cannot say). */
  getFriendCount(friendFlags: number): number;
  /** GetFriendByIndex: the Steam ID of the index-th user matching the EFriendFlags mask (0n when out of range). */
  getFriendByIndex(index: number, friendFlags: number): bigint;
  /** GetFriendRelationship: an EFriendRelationship. */
  getFriendRelationship(steamId: bigint): number;
  /** GetFriendPersonaState: an EPersonaState. */
  getFriendPersonaState(steamId: bigint): number;
  /** GetFriendPersonaName ('' when unknown; '[unknown]' is what Steam itself answers before the data arrives). */
  getFriendPersonaName(steamId: bigint): string;
  /** GetFriendGamePlayed with its FriendGameInfo_t. */
  getFriendGamePlayed(steamId: bigint): FriendGamePlayed;
  /** GetFriendPersonaNameHistory: the index-th former name ('' past the last). */
  getFriendPersonaNameHistory(steamId: bigint, index: number): string;
  /** GetFriendSteamLevel (0 when not yet known). */
  getFriendSteamLevel(steamId: bigint): number;
  /** GetPlayerNickname: the nickname the current user gave that player; null when Steam returned NULL (none). */
  getPlayerNickname(steamId: bigint): string | null;
  /** GetFriendsGroupCount. */
  getFriendsGroupCount(): number;
  /** GetFriendsGroupIDByIndex: a FriendsGroupID_t (int16; -1 when out of range). */
  getFriendsGroupIDByIndex(index: number): number;
  /** GetFriendsGroupName; null when Steam returned NULL (no such group). */
  getFriendsGroupName(groupId: number): string | null;
  /** GetFriendsGroupMembersCount. */
  getFriendsGroupMembersCount(groupId: number): number;
  /** GetFriendsGroupMembersList into `members` (nMembersCount = members.length). */
  getFriendsGroupMembersList(groupId: number, members: BigUint64Array): void;
  /** HasFriend with an EFriendFlags mask. */
  hasFriend(steamId: bigint, friendFlags: number): boolean;
  /** GetClanCount. */
  getClanCount(): number;
  /** GetClanByIndex: a clan's Steam ID (0n when out of range). */
  getClanByIndex(index: number): bigint;
  /** GetClanName ('' when unknown). */
  getClanName(clanSteamId: bigint): string;
  /** GetClanTag ('' when unknown). */
  getClanTag(clanSteamId: bigint): string;
  /** GetClanActivityCounts. */
  getClanActivityCounts(clanSteamId: bigint): ClanActivityCounts;
  /** DownloadClanActivityCounts for the clans in `clans` (cClansToRequest = clans.length): SteamAPICall_t of DownloadClanActivityCountsResult_t. */
  downloadClanActivityCounts(clans: BigUint64Array): bigint;
  /** GetFriendCountFromSource: users in a clan, chat or game server the current user shares. */
  getFriendCountFromSource(sourceSteamId: bigint): number;
  /** GetFriendFromSourceByIndex (0n when out of range). */
  getFriendFromSourceByIndex(sourceSteamId: bigint, index: number): bigint;
  /** IsUserInSource. */
  isUserInSource(userSteamId: bigint, sourceSteamId: bigint): boolean;
  /** SetInGameVoiceSpeaking. */
  setInGameVoiceSpeaking(userSteamId: bigint, speaking: boolean): void;
  /** ActivateGameOverlay with a dialog name ("friends", "community", "players", "settings", …). */
  activateGameOverlay(dialog: string): void;
  /** ActivateGameOverlayToUser with a dialog name ("steamid", "chat", "friendadd", …). */
  activateGameOverlayToUser(dialog: string, steamId: bigint): void;
  /** ActivateGameOverlayToWebPage with an EActivateGameOverlayToWebPageMode. */
  activateGameOverlayToWebPage(url: string, mode: number): void;
  /** ActivateGameOverlayToStore with an EOverlayToStoreFlag. */
  activateGameOverlayToStore(appId: number, flag: number): void;
  /** SetPlayedWith. */
  setPlayedWith(steamId: bigint): void;
  /** ActivateGameOverlayInviteDialog for a lobby. */
  activateGameOverlayInviteDialog(lobbySteamId: bigint): void;
  /** GetSmallFriendAvatar: an image handle (0 none, -1 loading). */
  getSmallFriendAvatar(steamId: bigint): number;
  /** GetMediumFriendAvatar: an image handle (0 none, -1 loading). */
  getMediumFriendAvatar(steamId: bigint): number;
  /** GetLargeFriendAvatar: an image handle (0 none, -1 loading). */
  getLargeFriendAvatar(steamId: bigint): number;
  /** RequestUserInformation: true when a PersonaStateChange_t will follow, false when Steam already has the data. */
  requestUserInformation(steamId: bigint, requireNameOnly: boolean): boolean;
  /** RequestClanOfficerList: SteamAPICall_t of ClanOfficerListResponse_t. */
  requestClanOfficerList(clanSteamId: bigint): bigint;
  /** GetClanOwner (0n until the officer list arrived). */
  getClanOwner(clanSteamId: bigint): bigint;
  /** GetClanOfficerCount. */
  getClanOfficerCount(clanSteamId: bigint): number;
  /** GetClanOfficerByIndex (0n when out of range). */
  getClanOfficerByIndex(clanSteamId: bigint, index: number): bigint;
  /** GetUserRestrictions: EUserRestriction flags. */
  getUserRestrictions(): number;
  /** SetRichPresence; an empty value deletes the key. */
  setRichPresence(key: string, value: string): boolean;
  /** ClearRichPresence. */
  clearRichPresence(): void;
  /** GetFriendRichPresence ('' when the key is not set). */
  getFriendRichPresence(steamId: bigint, key: string): string;
  /** GetFriendRichPresenceKeyCount. */
  getFriendRichPresenceKeyCount(steamId: bigint): number;
  /** GetFriendRichPresenceKeyByIndex ('' when out of range). */
  getFriendRichPresenceKeyByIndex(steamId: bigint, index: number): string;
  /** RequestFriendRichPresence; FriendRichPresenceUpdate_t follows. */
  requestFriendRichPresence(steamId: bigint): void;
  /** InviteUserToGame with a connect string. */
  inviteUserToGame(steamId: bigint, connectString: string): boolean;
  /** GetCoplayFriendCount. */
  getCoplayFriendCount(): number;
  /** GetCoplayFriend (0n when out of range). */
  getCoplayFriend(index: number): bigint;
  /** GetFriendCoplayTime: Unix seconds of the last time played together. */
  getFriendCoplayTime(steamId: bigint): number;
  /** GetFriendCoplayGame: the AppId_t played together. */
  getFriendCoplayGame(steamId: bigint): number;
  /** GetFollowerCount: SteamAPICall_t of FriendsGetFollowerCount_t. */
  getFollowerCount(steamId: bigint): bigint;
  /** IsFollowing: SteamAPICall_t of FriendsIsFollowing_t. */
  isFollowing(steamId: bigint): bigint;
  /** EnumerateFollowingList from a start index: SteamAPICall_t of FriendsEnumerateFollowingList_t. */
  enumerateFollowingList(startIndex: number): bigint;
  /** IsClanPublic. */
  isClanPublic(clanSteamId: bigint): boolean;
  /** IsClanOfficialGameGroup. */
  isClanOfficialGameGroup(clanSteamId: bigint): boolean;
  /** GetNumChatsWithUnreadPriorityMessages. */
  getNumChatsWithUnreadPriorityMessages(): number;
  /** ActivateGameOverlayRemotePlayTogetherInviteDialog for a lobby. */
  activateGameOverlayRemotePlayTogetherInviteDialog(lobbySteamId: bigint): void;
  /** RegisterProtocolInOverlayBrowser. */
  registerProtocolInOverlayBrowser(protocol: string): boolean;
  /** ActivateGameOverlayInviteDialogConnectString. */
  activateGameOverlayInviteDialogConnectString(connectString: string): void;
  /** RequestEquippedProfileItems: SteamAPICall_t of EquippedProfileItems_t. */
  requestEquippedProfileItems(steamId: bigint): bigint;
  /** BHasEquippedProfileItem with an ECommunityProfileItemType. */
  hasEquippedProfileItem(steamId: bigint, itemType: number): boolean;
  /** GetProfileItemPropertyString (ECommunityProfileItemType, ECommunityProfileItemProperty; '' when none). */
  getProfileItemPropertyString(steamId: bigint, itemType: number, property: number): string;
  /** GetProfileItemPropertyUint (ECommunityProfileItemType, ECommunityProfileItemProperty). */
  getProfileItemPropertyUint(steamId: bigint, itemType: number, property: number): number;
}
