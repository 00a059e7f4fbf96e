/**
 * One typed stream per ISteamUserStats signal of the client pipe. A call result appears on its stream as
 * well as in the callResult() of whoever made the call. The router of this pipe routes by callback
 * id, so 1108 is UserStatsUnloaded_t here and never the other pipe's struct. See
 * signal-router.ts for sharing, decode-once and error rules.
 */
import type { Observable } from 'rxjs';
import type { Platform, RawCallback } from '../native/steam-core';
import { userStatsSignals } from './user-stats-signals';
import type { DecodeError } from './decode-error';
import { createSignalTableStreams } from './signal-router';
import type { GlobalAchievementPercentagesReady } from './signals/global-achievement-percentages-ready';
import type { GlobalStatsReceived } from './signals/global-stats-received';
import type { LeaderboardFindResult } from './signals/leaderboard-find-result';
import type { LeaderboardScoreUploaded } from './signals/leaderboard-score-uploaded';
import type { LeaderboardScoresDownloaded } from './signals/leaderboard-scores-downloaded';
import type { LeaderboardUGCSet } from './signals/leaderboard-ugc-set';
import type { NumberOfCurrentPlayers } from './signals/number-of-current-players';
import type { UserAchievementIconFetched } from './signals/user-achievement-icon-fetched';
import type { UserAchievementStored } from './signals/user-achievement-stored';
import type { UserStatsReceived } from './signals/user-stats-received';
import type { UserStatsStored } from './signals/user-stats-stored';
import type { UserStatsUnloaded } from './signals/user-stats-unloaded';

/** The typed streams of ISteamUserStats, one per signal, and their decode errors. */
export interface UserStatsStreams {
  /** UserStatsReceived_t (1101): a user's stats arrived (RequestCurrentStats, a reload, or RequestUserStats' call result). */
  readonly userStatsReceived$: Observable<UserStatsReceived>;
  /** UserStatsStored_t (1102): the result of StoreStats. */
  readonly userStatsStored$: Observable<UserStatsStored>;
  /** UserAchievementStored_t (1103): an achievement stored as unlocked, or progress shown. */
  readonly userAchievementStored$: Observable<UserAchievementStored>;
  /** LeaderboardFindResult_t (1104): results of FindLeaderboard / FindOrCreateLeaderboard. */
  readonly leaderboardFindResult$: Observable<LeaderboardFindResult>;
  /** LeaderboardScoresDownloaded_t (1105): results of DownloadLeaderboardEntries(ForUsers). */
  readonly leaderboardScoresDownloaded$: Observable<LeaderboardScoresDownloaded>;
  /** LeaderboardScoreUploaded_t (1106): results of UploadLeaderboardScore. */
  readonly leaderboardScoreUploaded$: Observable<LeaderboardScoreUploaded>;
  /** NumberOfCurrentPlayers_t (1107): results of GetNumberOfCurrentPlayers. */
  readonly numberOfCurrentPlayers$: Observable<NumberOfCurrentPlayers>;
  /** UserStatsUnloaded_t (1108): another user's stats were unloaded (client pipe only: 1108 on the server pipe is GSStatsUnloaded_t). */
  readonly userStatsUnloaded$: Observable<UserStatsUnloaded>;
  /** UserAchievementIconFetched_t (1109): an achievement icon is ready. */
  readonly userAchievementIconFetched$: Observable<UserAchievementIconFetched>;
  /** GlobalAchievementPercentagesReady_t (1110): results of RequestGlobalAchievementPercentages. */
  readonly globalAchievementPercentagesReady$: Observable<GlobalAchievementPercentagesReady>;
  /** LeaderboardUGCSet_t (1111): results of AttachLeaderboardUGC. */
  readonly leaderboardUGCSet$: Observable<LeaderboardUGCSet>;
  /** GlobalStatsReceived_t (1112): results of RequestGlobalStats (1112 on the client pipe; PS3TrophiesInstalled_t never comes to a PC). */
  readonly globalStatsReceived$: Observable<GlobalStatsReceived>;
  /** Messages of the signals above whose bytes did not decode. */
  readonly decodeErrors$: Observable<DecodeError>;
}

/** The client pipe's user-stats streams on `platform`'s struct layouts, from the core's single source. */
export const createUserStatsStreams = (callbacks$: Observable<RawCallback>, platform: Platform): UserStatsStreams =>
  createSignalTableStreams(callbacks$, 'client', platform, userStatsSignals);
