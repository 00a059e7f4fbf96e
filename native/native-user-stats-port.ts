/**
 * UserStatsPort over Valve's flat ISteamUserStats (STEAMUSERSTATS_INTERFACE_VERSION012). The slice
 * binds its functions once per library the first time one of them is called, and asks for the
 * interface pointer (SteamAPI_SteamUserStats_v012) then, so a game that never uses client.stats
 * binds nothing of it.
 */
import { cBufferSize, maximumInt32Size, maximumUint32Size } from './buffer-size';
import { toUint64 } from './flat-api';
import type { UserStatsFlatApi } from './generated/user-stats';
import { liveInterface } from './lazy-interface';
import type { SessionLiveness } from './native-session-liveness';
import type { Platform } from './steam-core';
import { readInt32, readUint64 } from './scalar-bytes';
import { layoutOf, layoutsFor, memberOf } from './struct-layouts';
import type { AchievedInfoOut, LeaderboardEntryOut, UserStatsPort } from './user-stats-port';


/** The UserStatsPort of a live client session; `platform` gives LeaderboardEntry_t's layout. */
export const createNativeUserStatsPort = (liveness: SessionLiveness, userStatsApi: () => UserStatsFlatApi, platform: Platform): UserStatsPort => {
  // Out-parameters reused: calls are synchronous and never overlap.
  const int32 = new Int32Array(1);
  const int32b = new Int32Array(1);
  const float32 = new Float32Array(1);
  const float32b = new Float32Array(1);
  const flag = new Uint8Array(1);
  const time = new Uint32Array(1);
  const int64 = new BigInt64Array(1);
  const float64 = new Float64Array(1);
  let entryBytes: Uint8Array | undefined;
  /** The slice's functions and the client's SteamUserStats pointer, checked live first. */
  const flat = liveInterface(liveness, 'client', userStatsApi, 'SteamAPI_SteamUserStats_v012');
  const achievedInfo = (iterator: number): AchievedInfoOut => ({ iterator, percent: float32[0] ?? 0, achieved: flag[0] !== 0 });
  return {
    requestCurrentStats: () => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamUserStats_RequestCurrentStats(stats);
    },
    getStatInt32: (name) => {
      const { api, self: stats } = flat();
      int32[0] = 0;
      return api.SteamAPI_ISteamUserStats_GetStatInt32(stats, name, int32) ? (int32[0] ?? 0) : null;
    },
    getStatFloat: (name) => {
      const { api, self: stats } = flat();
      float32[0] = 0;
      return api.SteamAPI_ISteamUserStats_GetStatFloat(stats, name, float32) ? (float32[0] ?? 0) : null;
    },
    setStatInt32: (name, value) => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamUserStats_SetStatInt32(stats, name, value);
    },
    setStatFloat: (name, value) => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamUserStats_SetStatFloat(stats, name, value);
    },
    updateAvgRateStat: (name, countThisSession, sessionLength) => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamUserStats_UpdateAvgRateStat(stats, name, countThisSession, sessionLength);
    },
    getAchievement: (name) => {
      const { api, self: stats } = flat();
      flag[0] = 0;
      return api.SteamAPI_ISteamUserStats_GetAchievement(stats, name, flag) ? flag[0] !== 0 : null;
    },
    setAchievement: (name) => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamUserStats_SetAchievement(stats, name);
    },
    clearAchievement: (name) => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamUserStats_ClearAchievement(stats, name);
    },
    getAchievementAndUnlockTime: (name) => {
      const { api, self: stats } = flat();
      flag[0] = 0;
      time[0] = 0;
      return api.SteamAPI_ISteamUserStats_GetAchievementAndUnlockTime(stats, name, flag, time) ? { achieved: flag[0] !== 0, unlockTime: time[0] ?? 0 } : null;
    },
    storeStats: () => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamUserStats_StoreStats(stats);
    },
    getAchievementIcon: (name) => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamUserStats_GetAchievementIcon(stats, name);
    },
    getAchievementDisplayAttribute: (name, key) => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamUserStats_GetAchievementDisplayAttribute(stats, name, key) ?? '';
    },
    indicateAchievementProgress: (name, currentProgress, maxProgress) => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamUserStats_IndicateAchievementProgress(stats, name, currentProgress, maxProgress);
    },
    getNumAchievements: () => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamUserStats_GetNumAchievements(stats);
    },
    getAchievementName: (index) => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamUserStats_GetAchievementName(stats, index) ?? '';
    },
    requestUserStats: (steamId) => {
      const { api, self: stats } = flat();
      return toUint64(api.SteamAPI_ISteamUserStats_RequestUserStats(stats, steamId));
    },
    getUserStatInt32: (steamId, name) => {
      const { api, self: stats } = flat();
      int32[0] = 0;
      return api.SteamAPI_ISteamUserStats_GetUserStatInt32(stats, steamId, name, int32) ? (int32[0] ?? 0) : null;
    },
    getUserStatFloat: (steamId, name) => {
      const { api, self: stats } = flat();
      float32[0] = 0;
      return api.SteamAPI_ISteamUserStats_GetUserStatFloat(stats, steamId, name, float32) ? (float32[0] ?? 0) : null;
    },
    getUserAchievement: (steamId, name) => {
      const { api, self: stats } = flat();
      flag[0] = 0;
      return api.SteamAPI_ISteamUserStats_GetUserAchievement(stats, steamId, name, flag) ? flag[0] !== 0 : null;
    },
    getUserAchievementAndUnlockTime: (steamId, name) => {
      const { api, self: stats } = flat();
      flag[0] = 0;
      time[0] = 0;
      return api.SteamAPI_ISteamUserStats_GetUserAchievementAndUnlockTime(stats, steamId, name, flag, time)
        ? { achieved: flag[0] !== 0, unlockTime: time[0] ?? 0 }
        : null;
    },
    resetAllStats: (achievementsToo) => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamUserStats_ResetAllStats(stats, achievementsToo);
    },
    findOrCreateLeaderboard: (name, sortMethod, displayType) => {
      const { api, self: stats } = flat();
      return toUint64(api.SteamAPI_ISteamUserStats_FindOrCreateLeaderboard(stats, name, sortMethod, displayType));
    },
    findLeaderboard: (name) => {
      const { api, self: stats } = flat();
      return toUint64(api.SteamAPI_ISteamUserStats_FindLeaderboard(stats, name));
    },
    getLeaderboardName: (leaderboard) => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamUserStats_GetLeaderboardName(stats, leaderboard) ?? '';
    },
    getLeaderboardEntryCount: (leaderboard) => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamUserStats_GetLeaderboardEntryCount(stats, leaderboard);
    },
    getLeaderboardSortMethod: (leaderboard) => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamUserStats_GetLeaderboardSortMethod(stats, leaderboard);
    },
    getLeaderboardDisplayType: (leaderboard) => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamUserStats_GetLeaderboardDisplayType(stats, leaderboard);
    },
    downloadLeaderboardEntries: (leaderboard, request, rangeStart, rangeEnd) => {
      const { api, self: stats } = flat();
      return toUint64(api.SteamAPI_ISteamUserStats_DownloadLeaderboardEntries(stats, leaderboard, request, rangeStart, rangeEnd));
    },
    downloadLeaderboardEntriesForUsers: (leaderboard, users) => {
      const { api, self: stats } = flat();
      // CSteamID[]: 8 bytes each, little-endian uint64 on every supported host.
      const ids = new BigUint64Array(users.length);
      users.forEach((user, index) => {
        ids[index] = user;
      });
      return toUint64(api.SteamAPI_ISteamUserStats_DownloadLeaderboardEntriesForUsers(stats, leaderboard, new Uint8Array(ids.buffer), users.length));
    },
    getDownloadedLeaderboardEntry: (entries, index, details): LeaderboardEntryOut | null => {
      const { api, self: stats } = flat();
      const layout = layoutOf(layoutsFor(platform), 'LeaderboardEntry_t');
      entryBytes ??= new Uint8Array(layout.size);
      entryBytes.fill(0);
      const detailsMax = cBufferSize(details, maximumInt32Size) / 4;
      if (!api.SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry(stats, entries, index, entryBytes, details, detailsMax)) return null;
      // A member the layout lacks is a programming error here, never a read of offset 0.
      const at = (member: string): number => memberOf(layout, member).offset;
      return {
        steamId: readUint64(entryBytes, at('m_steamIDUser')),
        globalRank: readInt32(entryBytes, at('m_nGlobalRank')),
        score: readInt32(entryBytes, at('m_nScore')),
        detailCount: readInt32(entryBytes, at('m_cDetails')),
        ugc: readUint64(entryBytes, at('m_hUGC')),
      };
    },
    uploadLeaderboardScore: (leaderboard, method, score, details) => {
      const { api, self: stats } = flat();
      const count = cBufferSize(details, maximumInt32Size) / 4;
      return toUint64(api.SteamAPI_ISteamUserStats_UploadLeaderboardScore(stats, leaderboard, method, score, count === 0 ? null : details, count));
    },
    attachLeaderboardUGC: (leaderboard, ugc) => {
      const { api, self: stats } = flat();
      return toUint64(api.SteamAPI_ISteamUserStats_AttachLeaderboardUGC(stats, leaderboard, ugc));
    },
    getNumberOfCurrentPlayers: () => {
      const { api, self: stats } = flat();
      return toUint64(api.SteamAPI_ISteamUserStats_GetNumberOfCurrentPlayers(stats));
    },
    requestGlobalAchievementPercentages: () => {
      const { api, self: stats } = flat();
      return toUint64(api.SteamAPI_ISteamUserStats_RequestGlobalAchievementPercentages(stats));
    },
    getMostAchievedAchievementInfo: (name) => {
      const { api, self: stats } = flat();
      float32[0] = 0;
      flag[0] = 0;
      return achievedInfo(api.SteamAPI_ISteamUserStats_GetMostAchievedAchievementInfo(stats, name, cBufferSize(name, maximumUint32Size), float32, flag));
    },
    getNextMostAchievedAchievementInfo: (previous, name) => {
      const { api, self: stats } = flat();
      float32[0] = 0;
      flag[0] = 0;
      return achievedInfo(api.SteamAPI_ISteamUserStats_GetNextMostAchievedAchievementInfo(stats, previous, name, cBufferSize(name, maximumUint32Size), float32, flag));
    },
    getAchievementAchievedPercent: (name) => {
      const { api, self: stats } = flat();
      float32[0] = 0;
      return api.SteamAPI_ISteamUserStats_GetAchievementAchievedPercent(stats, name, float32) ? (float32[0] ?? 0) : null;
    },
    requestGlobalStats: (historyDays) => {
      const { api, self: stats } = flat();
      return toUint64(api.SteamAPI_ISteamUserStats_RequestGlobalStats(stats, historyDays));
    },
    getGlobalStatInt64: (name) => {
      const { api, self: stats } = flat();
      int64[0] = 0n;
      return api.SteamAPI_ISteamUserStats_GetGlobalStatInt64(stats, name, int64) ? (int64[0] ?? 0n) : null;
    },
    getGlobalStatDouble: (name) => {
      const { api, self: stats } = flat();
      float64[0] = 0;
      return api.SteamAPI_ISteamUserStats_GetGlobalStatDouble(stats, name, float64) ? (float64[0] ?? 0) : null;
    },
    getGlobalStatHistoryInt64: (name, history) => {
      const { api, self: stats } = flat();
      // cubData counts BYTES (the ABI notes say so), not elements.
      return api.SteamAPI_ISteamUserStats_GetGlobalStatHistoryInt64(stats, name, history, cBufferSize(history, maximumUint32Size));
    },
    getGlobalStatHistoryDouble: (name, history) => {
      const { api, self: stats } = flat();
      return api.SteamAPI_ISteamUserStats_GetGlobalStatHistoryDouble(stats, name, history, cBufferSize(history, maximumUint32Size));
    },
    getAchievementProgressLimitsInt32: (name) => {
      const { api, self: stats } = flat();
      int32[0] = 0;
      int32b[0] = 0;
      return api.SteamAPI_ISteamUserStats_GetAchievementProgressLimitsInt32(stats, name, int32, int32b) ? { min: int32[0] ?? 0, max: int32b[0] ?? 0 } : null;
    },
    getAchievementProgressLimitsFloat: (name) => {
      const { api, self: stats } = flat();
      float32[0] = 0;
      float32b[0] = 0;
      return api.SteamAPI_ISteamUserStats_GetAchievementProgressLimitsFloat(stats, name, float32, float32b) ? { min: float32[0] ?? 0, max: float32b[0] ?? 0 } : null;
    },
  };
};
