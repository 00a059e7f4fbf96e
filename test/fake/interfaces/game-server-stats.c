/*
 * ISteamGameServerStats (SteamGameServerStats001) in the fake library: every function records its
 * arguments and answers its scripted return; out-parameters are FakeSteam_SetOutValue index 0
 * (floats as bit patterns). build.js includes the interface files in name order, so this one comes
 * before user-stats.c, which reads gameServerStatsInterface for FakeSteam_StatsInterfacePointer.
 */

static char gameServerStatsInterface[16];

#define GS_AS_IS(value) (value)

EXPORT void *SteamAPI_SteamGameServerStats_v001(void) { return accessor(__func__, serverLive, gameServerStatsInterface); }

#define GS_USER_CALL(name) \
  EXPORT uint64_t name(void *self, uint64_t steamIDUser) { \
    Record *r = enter(__func__); \
    arg_pointer(r, 0, self); \
    arg_value(r, 1, steamIDUser); \
    return r->returnValue; \
  }
GS_USER_CALL(SteamAPI_ISteamGameServerStats_RequestUserStats)
GS_USER_CALL(SteamAPI_ISteamGameServerStats_StoreUserStats)

#define GS_NAMED_OUT(name, type, convert) \
  EXPORT bool name(void *self, uint64_t steamIDUser, const char *pchName, type *pData) { \
    Record *r = enter(__func__); \
    arg_pointer(r, 0, self); \
    arg_value(r, 1, steamIDUser); \
    arg_string(r, 2, pchName); \
    arg_pointer(r, 3, pData); \
    if (pData != NULL) *pData = (type)convert(r->outValues[0]); \
    return r->returnValue != 0; \
  }
GS_NAMED_OUT(SteamAPI_ISteamGameServerStats_GetUserStatInt32, int32_t, GS_AS_IS)
GS_NAMED_OUT(SteamAPI_ISteamGameServerStats_GetUserStatFloat, float, float_from_bits)
GS_NAMED_OUT(SteamAPI_ISteamGameServerStats_GetUserAchievement, bool, GS_AS_IS)

#define GS_NAMED(name) \
  EXPORT bool name(void *self, uint64_t steamIDUser, const char *pchName) { \
    Record *r = enter(__func__); \
    arg_pointer(r, 0, self); \
    arg_value(r, 1, steamIDUser); \
    arg_string(r, 2, pchName); \
    return r->returnValue != 0; \
  }
GS_NAMED(SteamAPI_ISteamGameServerStats_SetUserAchievement)
GS_NAMED(SteamAPI_ISteamGameServerStats_ClearUserAchievement)

EXPORT bool SteamAPI_ISteamGameServerStats_SetUserStatInt32(void *self, uint64_t steamIDUser, const char *pchName, int32_t nData) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, steamIDUser);
  arg_string(r, 2, pchName);
  arg_value(r, 3, (uint64_t)(int64_t)nData);
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamGameServerStats_SetUserStatFloat(void *self, uint64_t steamIDUser, const char *pchName, float fData) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, steamIDUser);
  arg_string(r, 2, pchName);
  arg_value(r, 3, bits_of_float(fData));
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamGameServerStats_UpdateUserAvgRateStat(void *self, uint64_t steamIDUser, const char *pchName, float flCountThisSession,
                                                                 double dSessionLength) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, steamIDUser);
  arg_string(r, 2, pchName);
  arg_value(r, 3, bits_of_float(flCountThisSession));
  arg_value(r, 4, bits_of_double(dSessionLength));
  return r->returnValue != 0;
}
