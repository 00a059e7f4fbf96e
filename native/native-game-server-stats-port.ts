/**
 * GameServerStatsPort over Valve's flat ISteamGameServerStats (SteamGameServerStats001), bound
 * once per library on the first call, with the SteamGameServerStats pointer asked for then: a
 * server that never uses server.stats binds nothing of it.
 */
import { toUint64 } from './flat-api';
import type { GameServerStatsPort } from './game-server-stats-port';
import type { GameServerStatsFlatApi } from './generated/game-server-stats';
import { liveInterface } from './lazy-interface';
import type { SessionLiveness } from './native-session-liveness';


/** The GameServerStatsPort of a live game-server session. */
export const createNativeGameServerStatsPort = (liveness: SessionLiveness, statsApi: () => GameServerStatsFlatApi): GameServerStatsPort => {
  // Out-parameters reused: calls are synchronous and never overlap.
  const int32 = new Int32Array(1);
  const float32 = new Float32Array(1);
  const flag = new Uint8Array(1);
  /** The slice's functions and the server's SteamGameServerStats pointer, checked live first. */
  const flat = liveInterface(liveness, 'server', statsApi, 'SteamAPI_SteamGameServerStats_v001');
  return {
    requestUserStats: (steamId) => {
      const { api, self: stats } = flat();
      return toUint64(api.SteamAPI_ISteamGameServerStats_RequestUserStats(stats, steamId));
    },
    getUserStatInt32: (steamId, name) => {
      const { api, self: stats } = flat();
      int32[0] = 0;
      return api.SteamAPI_ISteamGameServerStats_GetUserStatInt32(stats, steamId, name, int32) ? (int32[0] ?? 0) : null;
    },
    getUserStatFloat: (steamId, name) => {
      const { api, self: stats } = flat();
      float32[0] = 0;
      return api.SteamAPI_ISteamGameServerStats_GetUserStatFloat(stats, steamId, name, float32) ? (float32[0] ?? 0) : null;
    },
    getUserAchievement: (steamId, name) => {
      const { api, self: stats } = flat();
      flag[0] = 0;
      return api.SteamAPI_ISteamGameServerStats_GetUserAchievement(stats, steamId, name, flag) ? flag[0] !== 0 : null;
    },
    setUserStatInt32: (steamId, name, value) => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamGameServerStats_SetUserStatInt32(stats, steamId, name, value);
    },
    setUserStatFloat: (steamId, name, value) => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamGameServerStats_SetUserStatFloat(stats, steamId, name, value);
    },
    updateUserAvgRateStat: (steamId, name, countThisSession, sessionLength) => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamGameServerStats_UpdateUserAvgRateStat(stats, steamId, name, countThisSession, sessionLength);
    },
    setUserAchievement: (steamId, name) => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamGameServerStats_SetUserAchievement(stats, steamId, name);
    },
    clearUserAchievement: (steamId, name) => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamGameServerStats_ClearUserAchievement(stats, steamId, name);
    },
    storeUserStats: (steamId) => {
      const { api, self: stats } = flat();
      return toUint64(api.SteamAPI_ISteamGameServerStats_StoreUserStats(stats, steamId));
    },
  };
};
