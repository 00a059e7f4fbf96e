/*
 * ISteamUserStats (STEAMUSERSTATS_INTERFACE_VERSION012) in the fake library. Every function
 * records its arguments; results are scripted per function (FakeSteam_SetReturn), out-parameters
 * through FakeSteam_SetOutValue (floats and doubles as their bit patterns), written strings and
 * LeaderboardEntry_t through FakeSteam_SetOutput (the entry's bytes as the test built them, in
 * either packing), and the details GetDownloadedLeaderboardEntry writes through
 * FakeSteam_SetLeaderboardDetails. Included after fake_steam_api.c (build.js).
 */

static char userStatsInterface[16];

#define MAX_FAKE_DETAILS 256
static int32_t fakeDetails[MAX_FAKE_DETAILS];
static int fakeDetailCount;

ON_RESET(reset_user_stats) {
  memset(fakeDetails, 0, sizeof fakeDetails);
  fakeDetailCount = 0;
}

/* 0 ISteamUserStats, 1 ISteamGameServerStats (game-server-stats.c, included before this file). */
EXPORT uint64_t FakeSteam_StatsInterfacePointer(int which) {
  return which == 0 ? (uint64_t)(uintptr_t)userStatsInterface : which == 1 ? (uint64_t)(uintptr_t)gameServerStatsInterface : 0;
}

/* The details GetDownloadedLeaderboardEntry copies (as many as cDetailsMax allows). */
EXPORT void FakeSteam_SetLeaderboardDetails(const int32_t *details, int count) {
  fakeDetailCount = count < 0 ? 0 : count > MAX_FAKE_DETAILS ? MAX_FAKE_DETAILS : count;
  if (details != NULL && fakeDetailCount > 0) memcpy(fakeDetails, details, (size_t)fakeDetailCount * sizeof(int32_t));
}

EXPORT void *SteamAPI_SteamUserStats_v012(void) { return accessor(__func__, clientLive, userStatsInterface); }

SCRIPTED_QUERY(bool, SteamAPI_ISteamUserStats_RequestCurrentStats)
SCRIPTED_QUERY(bool, SteamAPI_ISteamUserStats_StoreStats)
SCRIPTED_QUERY(uint32_t, SteamAPI_ISteamUserStats_GetNumAchievements)
SCRIPTED_QUERY(uint64_t, SteamAPI_ISteamUserStats_GetNumberOfCurrentPlayers)
SCRIPTED_QUERY(uint64_t, SteamAPI_ISteamUserStats_RequestGlobalAchievementPercentages)

/* Methods of a name: record it and answer the scripted return. */
STRING_QUERY(bool, SteamAPI_ISteamUserStats_SetAchievement)
STRING_QUERY(bool, SteamAPI_ISteamUserStats_ClearAchievement)
STRING_QUERY(int32_t, SteamAPI_ISteamUserStats_GetAchievementIcon)
STRING_QUERY(uint64_t, SteamAPI_ISteamUserStats_FindLeaderboard)

/* Getters of a name with one out-parameter: the scripted out value 0 is written (even on false, as a careless library might). */
#define NAMED_OUT(name, type, convert) \
  EXPORT bool name(void *self, const char *pchName, type *pData) { \
    Record *r = enter(__func__); \
    arg_pointer(r, 0, self); \
    arg_string(r, 1, pchName); \
    arg_pointer(r, 2, pData); \
    if (pData != NULL) *pData = (type)convert(r->outValues[0]); \
    return r->returnValue != 0; \
  }
NAMED_OUT(SteamAPI_ISteamUserStats_GetStatInt32, int32_t, AS_IS)
NAMED_OUT(SteamAPI_ISteamUserStats_GetStatFloat, float, float_from_bits)
NAMED_OUT(SteamAPI_ISteamUserStats_GetAchievement, bool, AS_IS)
NAMED_OUT(SteamAPI_ISteamUserStats_GetAchievementAchievedPercent, float, float_from_bits)
NAMED_OUT(SteamAPI_ISteamUserStats_GetGlobalStatInt64, int64_t, AS_IS)
NAMED_OUT(SteamAPI_ISteamUserStats_GetGlobalStatDouble, double, double_from_bits)

EXPORT bool SteamAPI_ISteamUserStats_SetStatInt32(void *self, const char *pchName, int32_t nData) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_string(r, 1, pchName);
  arg_value(r, 2, (uint64_t)(int64_t)nData);
  return r->returnValue != 0;
}

/* Float arguments are recorded as their bit patterns. */
EXPORT bool SteamAPI_ISteamUserStats_SetStatFloat(void *self, const char *pchName, float fData) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_string(r, 1, pchName);
  arg_value(r, 2, bits_of_float(fData));
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamUserStats_UpdateAvgRateStat(void *self, const char *pchName, float flCountThisSession, double dSessionLength) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_string(r, 1, pchName);
  arg_value(r, 2, bits_of_float(flCountThisSession));
  arg_value(r, 3, bits_of_double(dSessionLength));
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamUserStats_GetAchievementAndUnlockTime(void *self, const char *pchName, bool *pbAchieved, uint32_t *punUnlockTime) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_string(r, 1, pchName);
  arg_pointer(r, 2, pbAchieved);
  arg_pointer(r, 3, punUnlockTime);
  if (pbAchieved != NULL) *pbAchieved = r->outValues[0] != 0;
  if (punUnlockTime != NULL) *punUnlockTime = (uint32_t)r->outValues[1];
  return r->returnValue != 0;
}

/* The output is the attribute's text; no output answers NULL. */
EXPORT const char *SteamAPI_ISteamUserStats_GetAchievementDisplayAttribute(void *self, const char *pchName, const char *pchKey) {
  static char attribute[1024];
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_string(r, 1, pchName);
  arg_string(r, 2, pchKey);
  return string_result(r, attribute, sizeof attribute);
}

EXPORT bool SteamAPI_ISteamUserStats_IndicateAchievementProgress(void *self, const char *pchName, uint32_t nCurProgress, uint32_t nMaxProgress) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_string(r, 1, pchName);
  arg_value(r, 2, nCurProgress);
  arg_value(r, 3, nMaxProgress);
  return r->returnValue != 0;
}

EXPORT const char *SteamAPI_ISteamUserStats_GetAchievementName(void *self, uint32_t iAchievement) {
  static char name[256];
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, iAchievement);
  return string_result(r, name, sizeof name);
}

STEAM_ID_QUERY(uint64_t, SteamAPI_ISteamUserStats_RequestUserStats)

STEAM_ID_NAMED_OUT(SteamAPI_ISteamUserStats_GetUserStatInt32, int32_t, AS_IS)
STEAM_ID_NAMED_OUT(SteamAPI_ISteamUserStats_GetUserStatFloat, float, float_from_bits)
STEAM_ID_NAMED_OUT(SteamAPI_ISteamUserStats_GetUserAchievement, bool, AS_IS)

EXPORT bool SteamAPI_ISteamUserStats_GetUserAchievementAndUnlockTime(void *self, uint64_t steamIDUser, const char *pchName, bool *pbAchieved,
                                                                     uint32_t *punUnlockTime) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, steamIDUser);
  arg_string(r, 2, pchName);
  arg_pointer(r, 3, pbAchieved);
  arg_pointer(r, 4, punUnlockTime);
  if (pbAchieved != NULL) *pbAchieved = r->outValues[0] != 0;
  if (punUnlockTime != NULL) *punUnlockTime = (uint32_t)r->outValues[1];
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamUserStats_ResetAllStats(void *self, bool bAchievementsToo) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, bAchievementsToo ? 1 : 0);
  return r->returnValue != 0;
}

EXPORT uint64_t SteamAPI_ISteamUserStats_FindOrCreateLeaderboard(void *self, const char *pchLeaderboardName, int32_t eLeaderboardSortMethod,
                                                                 int32_t eLeaderboardDisplayType) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_string(r, 1, pchLeaderboardName);
  arg_value(r, 2, (uint64_t)(int64_t)eLeaderboardSortMethod);
  arg_value(r, 3, (uint64_t)(int64_t)eLeaderboardDisplayType);
  return r->returnValue;
}

EXPORT const char *SteamAPI_ISteamUserStats_GetLeaderboardName(void *self, uint64_t hSteamLeaderboard) {
  static char name[256];
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hSteamLeaderboard);
  return string_result(r, name, sizeof name);
}

#define BOARD_QUERY(name) \
  EXPORT int32_t name(void *self, uint64_t hSteamLeaderboard) { \
    Record *r = enter(__func__); \
    arg_pointer(r, 0, self); \
    arg_value(r, 1, hSteamLeaderboard); \
    return (int32_t)r->returnValue; \
  }
BOARD_QUERY(SteamAPI_ISteamUserStats_GetLeaderboardEntryCount)
BOARD_QUERY(SteamAPI_ISteamUserStats_GetLeaderboardSortMethod)
BOARD_QUERY(SteamAPI_ISteamUserStats_GetLeaderboardDisplayType)

EXPORT uint64_t SteamAPI_ISteamUserStats_DownloadLeaderboardEntries(void *self, uint64_t hSteamLeaderboard, int32_t eLeaderboardDataRequest,
                                                                    int32_t nRangeStart, int32_t nRangeEnd) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hSteamLeaderboard);
  arg_value(r, 2, (uint64_t)(int64_t)eLeaderboardDataRequest);
  arg_value(r, 3, (uint64_t)(int64_t)nRangeStart);
  arg_value(r, 4, (uint64_t)(int64_t)nRangeEnd);
  return r->returnValue;
}

/* prgUsers is recorded as cUsers CSteamIDs (8 bytes each). */
EXPORT uint64_t SteamAPI_ISteamUserStats_DownloadLeaderboardEntriesForUsers(void *self, uint64_t hSteamLeaderboard, void *prgUsers, int32_t cUsers) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hSteamLeaderboard);
  arg_bytes(r, 2, prgUsers, cUsers > 0 && cUsers <= 1000 ? cUsers * 8 : 0);
  arg_value(r, 3, (uint64_t)(int64_t)cUsers);
  return r->returnValue;
}

/* The output is LeaderboardEntry_t's bytes (at most 32: the win64 size); the details are
   FakeSteam_SetLeaderboardDetails', cut to cDetailsMax. */
EXPORT bool SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry(void *self, uint64_t hSteamLeaderboardEntries, int32_t index, void *pLeaderboardEntry,
                                                                   int32_t *pDetails, int32_t cDetailsMax) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hSteamLeaderboardEntries);
  arg_value(r, 2, (uint64_t)(int64_t)index);
  arg_pointer(r, 3, pLeaderboardEntry);
  arg_pointer(r, 4, pDetails);
  arg_value(r, 5, (uint64_t)(int64_t)cDetailsMax);
  if (r->returnValue == 0) return false;
  if (pLeaderboardEntry != NULL && r->output != NULL) memcpy(pLeaderboardEntry, r->output, (size_t)(r->outputLength < 32 ? r->outputLength : 32));
  if (pDetails != NULL && cDetailsMax > 0) {
    int count = fakeDetailCount < cDetailsMax ? fakeDetailCount : cDetailsMax;
    memcpy(pDetails, fakeDetails, (size_t)count * sizeof(int32_t));
  }
  return true;
}

/* pScoreDetails is recorded as cScoreDetailsCount int32s. */
EXPORT uint64_t SteamAPI_ISteamUserStats_UploadLeaderboardScore(void *self, uint64_t hSteamLeaderboard, int32_t eLeaderboardUploadScoreMethod, int32_t nScore,
                                                                const int32_t *pScoreDetails, int32_t cScoreDetailsCount) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hSteamLeaderboard);
  arg_value(r, 2, (uint64_t)(int64_t)eLeaderboardUploadScoreMethod);
  arg_value(r, 3, (uint64_t)(int64_t)nScore);
  arg_bytes(r, 4, pScoreDetails, cScoreDetailsCount > 0 && cScoreDetailsCount <= MAX_FAKE_DETAILS ? cScoreDetailsCount * 4 : 0);
  arg_value(r, 5, (uint64_t)(int64_t)cScoreDetailsCount);
  return r->returnValue;
}

EXPORT uint64_t SteamAPI_ISteamUserStats_AttachLeaderboardUGC(void *self, uint64_t hSteamLeaderboard, uint64_t hUGC) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hSteamLeaderboard);
  arg_value(r, 2, hUGC);
  return r->returnValue;
}

/* Out values: 0 the percent's float bits, 1 achieved; the output is the name. */
EXPORT int32_t SteamAPI_ISteamUserStats_GetMostAchievedAchievementInfo(void *self, char *pchName, uint32_t unNameBufLen, float *pflPercent, bool *pbAchieved) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_pointer(r, 1, pchName);
  arg_value(r, 2, unNameBufLen);
  write_text(r, pchName, (int)unNameBufLen);
  if (pflPercent != NULL) *pflPercent = float_from_bits(r->outValues[0]);
  if (pbAchieved != NULL) *pbAchieved = r->outValues[1] != 0;
  return (int32_t)r->returnValue;
}

EXPORT int32_t SteamAPI_ISteamUserStats_GetNextMostAchievedAchievementInfo(void *self, int32_t iIteratorPrevious, char *pchName, uint32_t unNameBufLen,
                                                                           float *pflPercent, bool *pbAchieved) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)iIteratorPrevious);
  arg_pointer(r, 2, pchName);
  arg_value(r, 3, unNameBufLen);
  write_text(r, pchName, (int)unNameBufLen);
  if (pflPercent != NULL) *pflPercent = float_from_bits(r->outValues[0]);
  if (pbAchieved != NULL) *pbAchieved = r->outValues[1] != 0;
  return (int32_t)r->returnValue;
}

EXPORT uint64_t SteamAPI_ISteamUserStats_RequestGlobalStats(void *self, int32_t nHistoryDays) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)nHistoryDays);
  return r->returnValue;
}

/* The output is the history's bytes, copied up to cubData (a size in BYTES); returns the scripted count. */
#define HISTORY(name, type) \
  EXPORT int32_t name(void *self, const char *pchStatName, type *pData, uint32_t cubData) { \
    Record *r = enter(__func__); \
    arg_pointer(r, 0, self); \
    arg_string(r, 1, pchStatName); \
    arg_pointer(r, 2, pData); \
    arg_value(r, 3, cubData); \
    if (pData != NULL && r->output != NULL) memcpy(pData, r->output, (size_t)(r->outputLength < (int)cubData ? r->outputLength : (int)cubData)); \
    return (int32_t)r->returnValue; \
  }
HISTORY(SteamAPI_ISteamUserStats_GetGlobalStatHistoryInt64, int64_t)
HISTORY(SteamAPI_ISteamUserStats_GetGlobalStatHistoryDouble, double)

#define LIMITS(name, type, convert) \
  EXPORT bool name(void *self, const char *pchName, type *pMin, type *pMax) { \
    Record *r = enter(__func__); \
    arg_pointer(r, 0, self); \
    arg_string(r, 1, pchName); \
    arg_pointer(r, 2, pMin); \
    arg_pointer(r, 3, pMax); \
    if (pMin != NULL) *pMin = (type)convert(r->outValues[0]); \
    if (pMax != NULL) *pMax = (type)convert(r->outValues[1]); \
    return r->returnValue != 0; \
  }
LIMITS(SteamAPI_ISteamUserStats_GetAchievementProgressLimitsInt32, int32_t, AS_IS)
LIMITS(SteamAPI_ISteamUserStats_GetAchievementProgressLimitsFloat, float, float_from_bits)
