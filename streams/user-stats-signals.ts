/** The signals of ISteamUserStats (the client pipe), by payload name. */
import { lazySignalTable } from './lazy-signal';
import type { userStatsReceivedSignal } from './signals/user-stats-received';
import type { userStatsStoredSignal } from './signals/user-stats-stored';
import type { userAchievementStoredSignal } from './signals/user-achievement-stored';
import type { leaderboardFindResultSignal } from './signals/leaderboard-find-result';
import type { leaderboardScoresDownloadedSignal } from './signals/leaderboard-scores-downloaded';
import type { leaderboardScoreUploadedSignal } from './signals/leaderboard-score-uploaded';
import type { numberOfCurrentPlayersSignal } from './signals/number-of-current-players';
import type { userStatsUnloadedSignal } from './signals/user-stats-unloaded';
import type { userAchievementIconFetchedSignal } from './signals/user-achievement-icon-fetched';
import type { globalAchievementPercentagesReadySignal } from './signals/global-achievement-percentages-ready';
import type { leaderboardUGCSetSignal } from './signals/leaderboard-ugc-set';
import type { globalStatsReceivedSignal } from './signals/global-stats-received';

/** Every ISteamUserStats signal, by payload name: the definitions createUserStatsStreams routes. */
export const userStatsSignals = lazySignalTable<{
  readonly userStatsReceived: typeof userStatsReceivedSignal;
  readonly userStatsStored: typeof userStatsStoredSignal;
  readonly userAchievementStored: typeof userAchievementStoredSignal;
  readonly leaderboardFindResult: typeof leaderboardFindResultSignal;
  readonly leaderboardScoresDownloaded: typeof leaderboardScoresDownloadedSignal;
  readonly leaderboardScoreUploaded: typeof leaderboardScoreUploadedSignal;
  readonly numberOfCurrentPlayers: typeof numberOfCurrentPlayersSignal;
  readonly userStatsUnloaded: typeof userStatsUnloadedSignal;
  readonly userAchievementIconFetched: typeof userAchievementIconFetchedSignal;
  readonly globalAchievementPercentagesReady: typeof globalAchievementPercentagesReadySignal;
  readonly leaderboardUGCSet: typeof leaderboardUGCSetSignal;
  readonly globalStatsReceived: typeof globalStatsReceivedSignal;
}>({
  userStatsReceived: { struct: 'UserStatsReceived_t', load: () => (require('./signals/user-stats-received') as typeof import('./signals/user-stats-received')).userStatsReceivedSignal },
  userStatsStored: { struct: 'UserStatsStored_t', load: () => (require('./signals/user-stats-stored') as typeof import('./signals/user-stats-stored')).userStatsStoredSignal },
  userAchievementStored: { struct: 'UserAchievementStored_t', load: () => (require('./signals/user-achievement-stored') as typeof import('./signals/user-achievement-stored')).userAchievementStoredSignal },
  leaderboardFindResult: { struct: 'LeaderboardFindResult_t', load: () => (require('./signals/leaderboard-find-result') as typeof import('./signals/leaderboard-find-result')).leaderboardFindResultSignal },
  leaderboardScoresDownloaded: { struct: 'LeaderboardScoresDownloaded_t', load: () => (require('./signals/leaderboard-scores-downloaded') as typeof import('./signals/leaderboard-scores-downloaded')).leaderboardScoresDownloadedSignal },
  leaderboardScoreUploaded: { struct: 'LeaderboardScoreUploaded_t', load: () => (require('./signals/leaderboard-score-uploaded') as typeof import('./signals/leaderboard-score-uploaded')).leaderboardScoreUploadedSignal },
  numberOfCurrentPlayers: { struct: 'NumberOfCurrentPlayers_t', load: () => (require('./signals/number-of-current-players') as typeof import('./signals/number-of-current-players')).numberOfCurrentPlayersSignal },
  userStatsUnloaded: { struct: 'UserStatsUnloaded_t', load: () => (require('./signals/user-stats-unloaded') as typeof import('./signals/user-stats-unloaded')).userStatsUnloadedSignal },
  userAchievementIconFetched: { struct: 'UserAchievementIconFetched_t', load: () => (require('./signals/user-achievement-icon-fetched') as typeof import('./signals/user-achievement-icon-fetched')).userAchievementIconFetchedSignal },
  globalAchievementPercentagesReady: { struct: 'GlobalAchievementPercentagesReady_t', load: () => (require('./signals/global-achievement-percentages-ready') as typeof import('./signals/global-achievement-percentages-ready')).globalAchievementPercentagesReadySignal },
  leaderboardUGCSet: { struct: 'LeaderboardUGCSet_t', load: () => (require('./signals/leaderboard-ugc-set') as typeof import('./signals/leaderboard-ugc-set')).leaderboardUGCSetSignal },
  globalStatsReceived: { struct: 'GlobalStatsReceived_t', load: () => (require('./signals/global-stats-received') as typeof import('./signals/global-stats-received')).globalStatsReceivedSignal },
});
