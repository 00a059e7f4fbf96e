/*
 * ISteamFriends (SteamFriends017) of the fake library: the functions the Friends slice binds
 * (every one but clan chat rooms and chat messages), compiled after fake_steam_api.c in one unit.
 *
 * Scripting: a query answers its record's return value; a string query answers its record's
 * output (a scripted NUL inside cuts the C string there), or NULL when no output is scripted;
 * out-parameters come from outValues; call results answer the scripted SteamAPICall_t.
 */

static char friendsInterface[16];

EXPORT void *SteamAPI_SteamFriends_v017(void) { return accessor(__func__, clientLive, friendsInterface); }

/* The address the accessor hands out while the client is live. */
EXPORT uint64_t FakeSteam_FriendsInterfacePointer(void) { return (uint64_t)(uintptr_t)friendsInterface; }

/* The string of a string query: its output, in storage that lives until the next call of that function. */
#define FRIENDS_TEXT_BYTES 2048
#define FRIENDS_TEXT(r) \
  static char text[FRIENDS_TEXT_BYTES]; \
  return string_result(r, text, sizeof text)

/* One Steam ID in, the scripted string out. */
#define STEAM_ID_TEXT(name) \
  EXPORT const char *name(void *self, uint64_t steamID) { \
    Record *r = enter(__func__); \
    arg_pointer(r, 0, self); \
    arg_value(r, 1, steamID); \
    FRIENDS_TEXT(r); \
  }
/* One Steam ID in, nothing out. */
#define STEAM_ID_METHOD(name) \
  EXPORT void name(void *self, uint64_t steamID) { \
    Record *r = enter(__func__); \
    arg_pointer(r, 0, self); \
    arg_value(r, 1, steamID); \
  }
/* One int in, the scripted value out. */
#define INDEX_QUERY(type, name) \
  EXPORT type name(void *self, int index) { \
    Record *r = enter(__func__); \
    arg_pointer(r, 0, self); \
    arg_value(r, 1, (uint64_t)(int64_t)index); \
    return (type)r->returnValue; \
  }
/* A Steam ID and an int in, the scripted value out. */
#define STEAM_ID_INDEX_QUERY(type, name) \
  EXPORT type name(void *self, uint64_t steamID, int index) { \
    Record *r = enter(__func__); \
    arg_pointer(r, 0, self); \
    arg_value(r, 1, steamID); \
    arg_value(r, 2, (uint64_t)(int64_t)index); \
    return (type)r->returnValue; \
  }
/* A Steam ID and an int in, the scripted string out. */
#define STEAM_ID_INDEX_TEXT(name) \
  EXPORT const char *name(void *self, uint64_t steamID, int index) { \
    Record *r = enter(__func__); \
    arg_pointer(r, 0, self); \
    arg_value(r, 1, steamID); \
    arg_value(r, 2, (uint64_t)(int64_t)index); \
    FRIENDS_TEXT(r); \
  }

EXPORT const char *SteamAPI_ISteamFriends_GetPersonaName(void *self) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  FRIENDS_TEXT(r);
}

STRING_QUERY(uint64_t, SteamAPI_ISteamFriends_SetPersonaName)
SCRIPTED_QUERY(int, SteamAPI_ISteamFriends_GetPersonaState)
INDEX_QUERY(int, SteamAPI_ISteamFriends_GetFriendCount)

EXPORT uint64_t SteamAPI_ISteamFriends_GetFriendByIndex(void *self, int iFriend, int iFriendFlags) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)iFriend);
  arg_value(r, 2, (uint64_t)(int64_t)iFriendFlags);
  return r->returnValue;
}

STEAM_ID_QUERY(int, SteamAPI_ISteamFriends_GetFriendRelationship)
STEAM_ID_QUERY(int, SteamAPI_ISteamFriends_GetFriendPersonaState)
STEAM_ID_TEXT(SteamAPI_ISteamFriends_GetFriendPersonaName)

/* The output is FriendGameInfo_t's bytes, written only when the return is scripted true. */
EXPORT bool SteamAPI_ISteamFriends_GetFriendGamePlayed(void *self, uint64_t steamIDFriend, void *pFriendGameInfo) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, steamIDFriend);
  arg_pointer(r, 2, pFriendGameInfo);
  if (r->returnValue == 0) return false;
  copy_output(r, pFriendGameInfo, 24);
  return true;
}

STEAM_ID_INDEX_TEXT(SteamAPI_ISteamFriends_GetFriendPersonaNameHistory)
STEAM_ID_QUERY(int, SteamAPI_ISteamFriends_GetFriendSteamLevel)
STEAM_ID_TEXT(SteamAPI_ISteamFriends_GetPlayerNickname)
SCRIPTED_QUERY(int, SteamAPI_ISteamFriends_GetFriendsGroupCount)
INDEX_QUERY(int16_t, SteamAPI_ISteamFriends_GetFriendsGroupIDByIndex)

EXPORT const char *SteamAPI_ISteamFriends_GetFriendsGroupName(void *self, int16_t friendsGroupID) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)friendsGroupID);
  FRIENDS_TEXT(r);
}

EXPORT int SteamAPI_ISteamFriends_GetFriendsGroupMembersCount(void *self, int16_t friendsGroupID) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)friendsGroupID);
  return (int)r->returnValue;
}

/* Writes min(nMembersCount, 4) members from outValues. */
EXPORT void SteamAPI_ISteamFriends_GetFriendsGroupMembersList(void *self, int16_t friendsGroupID, uint64_t *pOutSteamIDMembers, int nMembersCount) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)friendsGroupID);
  arg_pointer(r, 2, pOutSteamIDMembers);
  arg_value(r, 3, (uint64_t)(int64_t)nMembersCount);
  if (pOutSteamIDMembers == NULL) return;
  for (int i = 0; i < nMembersCount && i < MAX_OUT_VALUES; i++) pOutSteamIDMembers[i] = r->outValues[i];
}

EXPORT bool SteamAPI_ISteamFriends_HasFriend(void *self, uint64_t steamIDFriend, int iFriendFlags) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, steamIDFriend);
  arg_value(r, 2, (uint64_t)(int64_t)iFriendFlags);
  return r->returnValue != 0;
}

SCRIPTED_QUERY(int, SteamAPI_ISteamFriends_GetClanCount)
INDEX_QUERY(uint64_t, SteamAPI_ISteamFriends_GetClanByIndex)
STEAM_ID_TEXT(SteamAPI_ISteamFriends_GetClanName)
STEAM_ID_TEXT(SteamAPI_ISteamFriends_GetClanTag)

/* outValues[0..2] are *pnOnline, *pnInGame, *pnChatting. */
EXPORT bool SteamAPI_ISteamFriends_GetClanActivityCounts(void *self, uint64_t steamIDClan, int *pnOnline, int *pnInGame, int *pnChatting) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, steamIDClan);
  arg_pointer(r, 2, pnOnline);
  arg_pointer(r, 3, pnInGame);
  arg_pointer(r, 4, pnChatting);
  if (pnOnline != NULL) *pnOnline = (int)r->outValues[0];
  if (pnInGame != NULL) *pnInGame = (int)r->outValues[1];
  if (pnChatting != NULL) *pnChatting = (int)r->outValues[2];
  return r->returnValue != 0;
}

/* Records the clan IDs as bytes (cClansToRequest * 8). */
EXPORT uint64_t SteamAPI_ISteamFriends_DownloadClanActivityCounts(void *self, void *psteamIDClans, int cClansToRequest) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_bytes(r, 1, psteamIDClans, cClansToRequest > 0 ? cClansToRequest * 8 : 0);
  arg_value(r, 2, (uint64_t)(int64_t)cClansToRequest);
  return r->returnValue;
}

STEAM_ID_QUERY(int, SteamAPI_ISteamFriends_GetFriendCountFromSource)
STEAM_ID_INDEX_QUERY(uint64_t, SteamAPI_ISteamFriends_GetFriendFromSourceByIndex)

EXPORT bool SteamAPI_ISteamFriends_IsUserInSource(void *self, uint64_t steamIDUser, uint64_t steamIDSource) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, steamIDUser);
  arg_value(r, 2, steamIDSource);
  return r->returnValue != 0;
}

EXPORT void SteamAPI_ISteamFriends_SetInGameVoiceSpeaking(void *self, uint64_t steamIDUser, bool bSpeaking) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, steamIDUser);
  arg_value(r, 2, bSpeaking ? 1 : 0);
}

STRING_SETTER(SteamAPI_ISteamFriends_ActivateGameOverlay, pchDialog)

EXPORT void SteamAPI_ISteamFriends_ActivateGameOverlayToUser(void *self, const char *pchDialog, uint64_t steamID) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_string(r, 1, pchDialog);
  arg_value(r, 2, steamID);
}

EXPORT void SteamAPI_ISteamFriends_ActivateGameOverlayToWebPage(void *self, const char *pchURL, int eMode) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_string(r, 1, pchURL);
  arg_value(r, 2, (uint64_t)(int64_t)eMode);
}

EXPORT void SteamAPI_ISteamFriends_ActivateGameOverlayToStore(void *self, uint32_t nAppID, int eFlag) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, nAppID);
  arg_value(r, 2, (uint64_t)(int64_t)eFlag);
}

STEAM_ID_METHOD(SteamAPI_ISteamFriends_SetPlayedWith)
STEAM_ID_METHOD(SteamAPI_ISteamFriends_ActivateGameOverlayInviteDialog)
STEAM_ID_QUERY(int, SteamAPI_ISteamFriends_GetSmallFriendAvatar)
STEAM_ID_QUERY(int, SteamAPI_ISteamFriends_GetMediumFriendAvatar)
STEAM_ID_QUERY(int, SteamAPI_ISteamFriends_GetLargeFriendAvatar)

EXPORT bool SteamAPI_ISteamFriends_RequestUserInformation(void *self, uint64_t steamIDUser, bool bRequireNameOnly) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, steamIDUser);
  arg_value(r, 2, bRequireNameOnly ? 1 : 0);
  return r->returnValue != 0;
}

STEAM_ID_QUERY(uint64_t, SteamAPI_ISteamFriends_RequestClanOfficerList)
STEAM_ID_QUERY(uint64_t, SteamAPI_ISteamFriends_GetClanOwner)
STEAM_ID_QUERY(int, SteamAPI_ISteamFriends_GetClanOfficerCount)
STEAM_ID_INDEX_QUERY(uint64_t, SteamAPI_ISteamFriends_GetClanOfficerByIndex)
SCRIPTED_QUERY(uint32_t, SteamAPI_ISteamFriends_GetUserRestrictions)

EXPORT bool SteamAPI_ISteamFriends_SetRichPresence(void *self, const char *pchKey, const char *pchValue) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_string(r, 1, pchKey);
  arg_string(r, 2, pchValue);
  return r->returnValue != 0;
}

VOID_METHOD(SteamAPI_ISteamFriends_ClearRichPresence)

EXPORT const char *SteamAPI_ISteamFriends_GetFriendRichPresence(void *self, uint64_t steamIDFriend, const char *pchKey) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, steamIDFriend);
  arg_string(r, 2, pchKey);
  FRIENDS_TEXT(r);
}

STEAM_ID_QUERY(int, SteamAPI_ISteamFriends_GetFriendRichPresenceKeyCount)
STEAM_ID_INDEX_TEXT(SteamAPI_ISteamFriends_GetFriendRichPresenceKeyByIndex)
STEAM_ID_METHOD(SteamAPI_ISteamFriends_RequestFriendRichPresence)

EXPORT bool SteamAPI_ISteamFriends_InviteUserToGame(void *self, uint64_t steamIDFriend, const char *pchConnectString) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, steamIDFriend);
  arg_string(r, 2, pchConnectString);
  return r->returnValue != 0;
}

SCRIPTED_QUERY(int, SteamAPI_ISteamFriends_GetCoplayFriendCount)
INDEX_QUERY(uint64_t, SteamAPI_ISteamFriends_GetCoplayFriend)
STEAM_ID_QUERY(int, SteamAPI_ISteamFriends_GetFriendCoplayTime)
STEAM_ID_QUERY(uint32_t, SteamAPI_ISteamFriends_GetFriendCoplayGame)
STEAM_ID_QUERY(uint64_t, SteamAPI_ISteamFriends_GetFollowerCount)
STEAM_ID_QUERY(uint64_t, SteamAPI_ISteamFriends_IsFollowing)

EXPORT uint64_t SteamAPI_ISteamFriends_EnumerateFollowingList(void *self, uint32_t unStartIndex) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, unStartIndex);
  return r->returnValue;
}

STEAM_ID_QUERY(bool, SteamAPI_ISteamFriends_IsClanPublic)
STEAM_ID_QUERY(bool, SteamAPI_ISteamFriends_IsClanOfficialGameGroup)
SCRIPTED_QUERY(int, SteamAPI_ISteamFriends_GetNumChatsWithUnreadPriorityMessages)
STEAM_ID_METHOD(SteamAPI_ISteamFriends_ActivateGameOverlayRemotePlayTogetherInviteDialog)
STRING_QUERY(bool, SteamAPI_ISteamFriends_RegisterProtocolInOverlayBrowser)
STRING_SETTER(SteamAPI_ISteamFriends_ActivateGameOverlayInviteDialogConnectString, pchConnectString)
STEAM_ID_QUERY(uint64_t, SteamAPI_ISteamFriends_RequestEquippedProfileItems)
STEAM_ID_INDEX_QUERY(bool, SteamAPI_ISteamFriends_BHasEquippedProfileItem)

EXPORT const char *SteamAPI_ISteamFriends_GetProfileItemPropertyString(void *self, uint64_t steamID, int itemType, int prop) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, steamID);
  arg_value(r, 2, (uint64_t)(int64_t)itemType);
  arg_value(r, 3, (uint64_t)(int64_t)prop);
  FRIENDS_TEXT(r);
}

EXPORT uint32_t SteamAPI_ISteamFriends_GetProfileItemPropertyUint(void *self, uint64_t steamID, int itemType, int prop) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, steamID);
  arg_value(r, 2, (uint64_t)(int64_t)itemType);
  arg_value(r, 3, (uint64_t)(int64_t)prop);
  return (uint32_t)r->returnValue;
}
