/**
 * The GameServerStatsPort: ISteamGameServerStats (SteamGameServerStats001), flat, in JavaScript
 * types: a game server reads and writes the stats and achievements of the players on it. Steam IDs
 * and SteamAPICall_t handles are `bigint`; a function that starts a call result returns its
 * SteamAPICall_t (0n when Steam could not start it). Out-parameters come back as values, `null`
 * when the function returned false. Like every port, it does not validate arguments.
 *
 * Callbacks and call results a user of this port must expect (server pipe; ids from
 * native/generated/game-server-stats.ts):
 * - 1800 GSStatsReceived_t: call result of RequestUserStats.
 * - 1801 GSStatsStored_t: call result of StoreUserStats.
 * - 1108 GSStatsUnloaded_t: callback when Steam unloads a player's stats (request them again). The
 *   same id is UserStatsUnloaded_t on the client pipe: tell them apart by the pipe.
 */

/** ISteamGameServerStats (SteamGameServerStats001), flat. */
export interface GameServerStatsPort {
  /** RequestUserStats: SteamAPICall_t of GSStatsReceived_t. */
  requestUserStats(steamId: bigint): bigint;
  /** GetUserStatInt32: the player's stat, null when Steam returned false. */
  getUserStatInt32(steamId: bigint, name: string): number | null;
  /** GetUserStatFloat: the player's stat, null when Steam returned false. */
  getUserStatFloat(steamId: bigint, name: string): number | null;
  /** GetUserAchievement: the player's *pbAchieved, null when Steam returned false. */
  getUserAchievement(steamId: bigint, name: string): boolean | null;
  /** SetUserStatInt32 (kept until StoreUserStats). */
  setUserStatInt32(steamId: bigint, name: string, value: number): boolean;
  /** SetUserStatFloat (kept until StoreUserStats). */
  setUserStatFloat(steamId: bigint, name: string, value: number): boolean;
  /** UpdateUserAvgRateStat (flCountThisSession, dSessionLength in seconds). */
  updateUserAvgRateStat(steamId: bigint, name: string, countThisSession: number, sessionLength: number): boolean;
  /** SetUserAchievement (kept until StoreUserStats). */
  setUserAchievement(steamId: bigint, name: string): boolean;
  /** ClearUserAchievement (kept until StoreUserStats). */
  clearUserAchievement(steamId: bigint, name: string): boolean;
  /** StoreUserStats: SteamAPICall_t of GSStatsStored_t. */
  storeUserStats(steamId: bigint): bigint;
}
