/**
 * The UserStatsPort: ISteamUserStats (STEAMUSERSTATS_INTERFACE_VERSION012), flat, in JavaScript
 * types. Steam IDs, leaderboard handles (SteamLeaderboard_t), entry-set handles
 * (SteamLeaderboardEntries_t), UGC handles and SteamAPICall_t handles are `bigint`; a function
 * that starts a call result returns its SteamAPICall_t (0n when Steam could not start it), as
 * AppsPort.getFileDetails does. Out-parameters come back as values, `null` when the function
 * returned false (the out-values then mean nothing). Buffers the core writes into are
 * caller-owned, their C size argument being their length. Like every port, it does not validate:
 * the public API checks names, ranges and finiteness before calling here.
 *
 * Callbacks and call results a user of this port must expect (client pipe; ids from
 * native/generated/user-stats.ts):
 * - 1101 UserStatsReceived_t: callback after RequestCurrentStats (the local user's stats; also
 *   posted unasked when Steam reloads them), and the call result of RequestUserStats.
 * - 1102 UserStatsStored_t: callback after StoreStats (m_eResult; k_EResultInvalidParam means some
 *   stats were rejected and Steam re-sent them in a UserStatsReceived_t).
 * - 1103 UserAchievementStored_t: callback after StoreStats for each achievement unlocked, and
 *   after IndicateAchievementProgress (m_nCurProgress/m_nMaxProgress non-zero).
 * - 1104 LeaderboardFindResult_t: call result of FindLeaderboard / FindOrCreateLeaderboard.
 * - 1105 LeaderboardScoresDownloaded_t: call result of DownloadLeaderboardEntries(ForUsers).
 * - 1106 LeaderboardScoreUploaded_t: call result of UploadLeaderboardScore.
 * - 1107 NumberOfCurrentPlayers_t: call result of GetNumberOfCurrentPlayers.
 * - 1108 UserStatsUnloaded_t: callback when Steam unloads another user's stats (request them
 *   again). The same id is GSStatsUnloaded_t on the server pipe: tell them apart by the pipe.
 * - 1109 UserAchievementIconFetched_t: callback when an icon GetAchievementIcon answered 0 for is
 *   ready.
 * - 1110 GlobalAchievementPercentagesReady_t: call result of RequestGlobalAchievementPercentages.
 * - 1111 LeaderboardUGCSet_t: call result of AttachLeaderboardUGC.
 * - 1112 GlobalStatsReceived_t: call result of RequestGlobalStats. The same id is
 *   PS3TrophiesInstalled_t, which a PC client never receives: on the client pipe 1112 is
 *   GlobalStatsReceived_t.
 */

/** LeaderboardEntry_t as GetDownloadedLeaderboardEntry writes it. */
export interface LeaderboardEntryOut {
  /** m_steamIDUser: the user this entry belongs to. */
  readonly steamId: bigint;
  /** m_nGlobalRank: 1-based rank in the global board. */
  readonly globalRank: number;
  /** m_nScore. */
  readonly score: number;
  /** m_cDetails: how many details the entry has (only min(m_cDetails, details.length) were copied). */
  readonly detailCount: number;
  /** m_hUGC: the attached UGC handle (k_UGCHandleInvalid, 2^64-1, when none). */
  readonly ugc: bigint;
}

/** The out-values of Get(Next)MostAchievedAchievementInfo. */
export interface AchievedInfoOut {
  /** The iterator to pass to GetNextMostAchievedAchievementInfo; -1 when there is no (further) achievement. */
  readonly iterator: number;
  /** *pflPercent: the share of players who unlocked it, 0..100. */
  readonly percent: number;
  /** *pbAchieved: whether the local user has it. */
  readonly achieved: boolean;
}

/** The out-values of Get(User)AchievementAndUnlockTime. */
export interface AchievementOut {
  /** *pbAchieved. */
  readonly achieved: boolean;
  /** *punUnlockTime: Unix seconds, 0 while locked. */
  readonly unlockTime: number;
}

/** The out-values of GetAchievementProgressLimits*. */
export interface ProgressLimitsOut {
  /** *pnMinProgress / *pfMinProgress. */
  readonly min: number;
  /** *pnMaxProgress / *pfMaxProgress. */
  readonly max: number;
}

/** ISteamUserStats (STEAMUSERSTATS_INTERFACE_VERSION012), flat. */
export interface UserStatsPort {
  /** RequestCurrentStats: asks for the local user's stats; the answer is UserStatsReceived_t. */
  requestCurrentStats(): boolean;
  /** GetStatInt32: the stat's value, null when Steam returned false. */
  getStatInt32(name: string): number | null;
  /** GetStatFloat: the stat's value, null when Steam returned false. */
  getStatFloat(name: string): number | null;
  /** SetStatInt32 (kept locally until StoreStats). */
  setStatInt32(name: string, value: number): boolean;
  /** SetStatFloat (kept locally until StoreStats). */
  setStatFloat(name: string, value: number): boolean;
  /** UpdateAvgRateStat (flCountThisSession, dSessionLength in seconds). */
  updateAvgRateStat(name: string, countThisSession: number, sessionLength: number): boolean;
  /** GetAchievement: *pbAchieved, null when Steam returned false. */
  getAchievement(name: string): boolean | null;
  /** SetAchievement (kept locally until StoreStats). */
  setAchievement(name: string): boolean;
  /** ClearAchievement (kept locally until StoreStats). */
  clearAchievement(name: string): boolean;
  /** GetAchievementAndUnlockTime: *pbAchieved and *punUnlockTime (Unix seconds), null when Steam returned false. */
  getAchievementAndUnlockTime(name: string): AchievementOut | null;
  /** StoreStats: sends the changed stats and achievements; answers are UserStatsStored_t / UserAchievementStored_t. */
  storeStats(): boolean;
  /** GetAchievementIcon: an image handle for ISteamUtils; 0 when none or not yet fetched (then UserAchievementIconFetched_t). */
  getAchievementIcon(name: string): number;
  /** GetAchievementDisplayAttribute ('name', 'desc' or 'hidden'); '' when Steam gave none. */
  getAchievementDisplayAttribute(name: string, key: string): string;
  /** IndicateAchievementProgress: shows a progress notification (answer: UserAchievementStored_t). */
  indicateAchievementProgress(name: string, currentProgress: number, maxProgress: number): boolean;
  /** GetNumAchievements. */
  getNumAchievements(): number;
  /** GetAchievementName: the API name at that index; '' when Steam gave none (index out of range). */
  getAchievementName(index: number): string;
  /** RequestUserStats: SteamAPICall_t of UserStatsReceived_t. */
  requestUserStats(steamId: bigint): bigint;
  /** GetUserStatInt32: another user's stat, null when Steam returned false. */
  getUserStatInt32(steamId: bigint, name: string): number | null;
  /** GetUserStatFloat: another user's stat, null when Steam returned false. */
  getUserStatFloat(steamId: bigint, name: string): number | null;
  /** GetUserAchievement: another user's *pbAchieved, null when Steam returned false. */
  getUserAchievement(steamId: bigint, name: string): boolean | null;
  /** GetUserAchievementAndUnlockTime: another user's *pbAchieved and *punUnlockTime, null when Steam returned false. */
  getUserAchievementAndUnlockTime(steamId: bigint, name: string): AchievementOut | null;
  /** ResetAllStats (bAchievementsToo); the reset is sent at once. */
  resetAllStats(achievementsToo: boolean): boolean;
  /** FindOrCreateLeaderboard (ELeaderboardSortMethod, ELeaderboardDisplayType): SteamAPICall_t of LeaderboardFindResult_t. */
  findOrCreateLeaderboard(name: string, sortMethod: number, displayType: number): bigint;
  /** FindLeaderboard: SteamAPICall_t of LeaderboardFindResult_t. */
  findLeaderboard(name: string): bigint;
  /** GetLeaderboardName; '' when Steam gave none. */
  getLeaderboardName(leaderboard: bigint): string;
  /** GetLeaderboardEntryCount. */
  getLeaderboardEntryCount(leaderboard: bigint): number;
  /** GetLeaderboardSortMethod: an ELeaderboardSortMethod. */
  getLeaderboardSortMethod(leaderboard: bigint): number;
  /** GetLeaderboardDisplayType: an ELeaderboardDisplayType. */
  getLeaderboardDisplayType(leaderboard: bigint): number;
  /** DownloadLeaderboardEntries (ELeaderboardDataRequest, range): SteamAPICall_t of LeaderboardScoresDownloaded_t. */
  downloadLeaderboardEntries(leaderboard: bigint, request: number, rangeStart: number, rangeEnd: number): bigint;
  /** DownloadLeaderboardEntriesForUsers (prgUsers, cUsers = users.length): SteamAPICall_t of LeaderboardScoresDownloaded_t. */
  downloadLeaderboardEntriesForUsers(leaderboard: bigint, users: readonly bigint[]): bigint;
  /** GetDownloadedLeaderboardEntry: LeaderboardEntry_t, the details into `details` (cDetailsMax = details.length); null when Steam returned false. */
  getDownloadedLeaderboardEntry(entries: bigint, index: number, details: Int32Array): LeaderboardEntryOut | null;
  /** UploadLeaderboardScore (ELeaderboardUploadScoreMethod; cScoreDetailsCount = details.length): SteamAPICall_t of LeaderboardScoreUploaded_t. */
  uploadLeaderboardScore(leaderboard: bigint, method: number, score: number, details: Int32Array): bigint;
  /** AttachLeaderboardUGC: SteamAPICall_t of LeaderboardUGCSet_t. */
  attachLeaderboardUGC(leaderboard: bigint, ugc: bigint): bigint;
  /** GetNumberOfCurrentPlayers: SteamAPICall_t of NumberOfCurrentPlayers_t. */
  getNumberOfCurrentPlayers(): bigint;
  /** RequestGlobalAchievementPercentages: SteamAPICall_t of GlobalAchievementPercentagesReady_t. */
  requestGlobalAchievementPercentages(): bigint;
  /** GetMostAchievedAchievementInfo, the NUL-terminated name into `name` (unNameBufLen = name.length). */
  getMostAchievedAchievementInfo(name: Uint8Array): AchievedInfoOut;
  /** GetNextMostAchievedAchievementInfo after `previous`, the NUL-terminated name into `name`. */
  getNextMostAchievedAchievementInfo(previous: number, name: Uint8Array): AchievedInfoOut;
  /** GetAchievementAchievedPercent: 0..100, null when Steam returned false. */
  getAchievementAchievedPercent(name: string): number | null;
  /** RequestGlobalStats (nHistoryDays, at most 60): SteamAPICall_t of GlobalStatsReceived_t. */
  requestGlobalStats(historyDays: number): bigint;
  /** GetGlobalStatInt64, null when Steam returned false. */
  getGlobalStatInt64(name: string): bigint | null;
  /** GetGlobalStatDouble, null when Steam returned false. */
  getGlobalStatDouble(name: string): number | null;
  /** GetGlobalStatHistoryInt64 into `history` (cubData = history.byteLength, in BYTES): how many days it wrote (0 on failure). */
  getGlobalStatHistoryInt64(name: string, history: BigInt64Array): number;
  /** GetGlobalStatHistoryDouble into `history` (cubData = history.byteLength, in BYTES): how many days it wrote (0 on failure). */
  getGlobalStatHistoryDouble(name: string, history: Float64Array): number;
  /** GetAchievementProgressLimitsInt32: { min, max }, null when Steam returned false. */
  getAchievementProgressLimitsInt32(name: string): ProgressLimitsOut | null;
  /** GetAchievementProgressLimitsFloat: { min, max }, null when Steam returned false. */
  getAchievementProgressLimitsFloat(name: string): ProgressLimitsOut | null;
}
