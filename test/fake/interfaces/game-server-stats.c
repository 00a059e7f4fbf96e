/*
 * ISteamGameServerStats (SteamGameServerStats001) in the fake library: every function records its
 * arguments and answers its scripted return; out-parameters are FakeSteam_SetOutValue index 0
 * (floats as bit patterns). build.js includes the interface files in name order, so this one comes
 * before user-stats.c, which reads gameServerStatsInterface for FakeSteam_StatsInterfacePointer.
 */

static char gameServerStatsInterface[16];

EXPORT void *SteamAPI_SteamGameServerStats_v001(void) { return accessor(__func__, serverLive, gameServerStatsInterface); }

STEAM_ID_QUERY(uint64_t, SteamAPI_ISteamGameServerStats_RequestUserStats)
STEAM_ID_QUERY(uint64_t, SteamAPI_ISteamGameServerStats_StoreUserStats)

STEAM_ID_NAMED_OUT(SteamAPI_ISteamGameServerStats_GetUserStatInt32, int32_t, AS_IS)
STEAM_ID_NAMED_OUT(SteamAPI_ISteamGameServerStats_GetUserStatFloat, float, float_from_bits)
STEAM_ID_NAMED_OUT(SteamAPI_ISteamGameServerStats_GetUserAchievement, bool, AS_IS)

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
