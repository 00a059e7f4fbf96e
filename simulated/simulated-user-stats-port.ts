/**
 * ISteamUserStats for the client pipe of a simulated process, over the universe's stats back end
 * (user-stats-backend.ts). Every answer comes after the simulated Steam's latency, on virtual
 * time, in the order Steam documents it:
 * - RequestCurrentStats → UserStatsReceived_t; until then every stat and achievement read or
 *   write answers false (Steam's docs: "RequestCurrentStats has completed and successfully
 *   returned its callback" is a condition of each);
 * - StoreStats → UserStatsStored_t, then (when StoreStats rejected a value) UserStatsReceived_t
 *   with the values Steam kept, then one UserAchievementStored_t per achievement it unlocked. The
 *   docs say both follow a store without giving their order: stored-then-unlocked is the choice;
 * - every other asynchronous function is a call result of its own struct.
 * After shutdown every query is a zero and every call 0n.
 */
import { EResult } from '../native/generated/core';
import { ELeaderboardDataRequest } from '../native/generated/user-stats';
import type { AchievedInfoOut, UserStatsPort } from '../native/steam-core';
import { byteLength, writeCut } from './c-string';
import type { ClientEndpoint } from './client-endpoint';
import {
  LEADERBOARD_DETAILS_MAX,
  LEADERBOARD_NAME_MAX_BYTES,
  LEADERBOARD_USERS_MAX,
  SORT_ASCENDING,
  SORT_DESCENDING,
  UPLOAD_FORCE_UPDATE,
  UPLOAD_KEEP_BEST,
  type RankedEntry,
} from './leaderboard-model';
import { userStatsBackendOf, type ClientStats } from './user-stats-backend';
import { asStatValue, isInt32, rateOf, restorePending, resync, writeAchievement, writeAvgRate, writeStat, type SimulatedStat, type StatValues } from './user-stats-model';

/** Steam keeps at most 60 days of global stat history (RequestGlobalStats' nHistoryDays). */
const HISTORY_DAYS_MAX = 60;

export const createSimulatedUserStatsPort = (endpoint: ClientEndpoint): UserStatsPort => {
  const { universe } = endpoint;
  const backend = userStatsBackendOf(universe);
  const { store, leaderboards } = backend;
  const appId = endpoint.process.appId;
  const gameId = BigInt(appId);
  const self = endpoint.user.steamId;
  const state: ClientStats = backend.clientStats(endpoint);
  const live = (): boolean => endpoint.live;
  const schema = (): ReturnType<typeof store.schemaOf> => store.schemaOf(appId);
  /** The loaded view, null before UserStatsReceived_t or after shutdown. */
  const view = (): StatValues | null => (live() ? state.view : null);
  const stat = (name: string): SimulatedStat | undefined => schema().stats.get(name);
  const clientMaySet = (setBy: string | undefined): boolean => setBy === undefined || setBy === 'client';

  const loadCurrent = (): void => {
    const loaded = store.of(appId, self).copy();
    // Changes not yet stored stay on top of what Steam sent.
    for (const [name, value] of state.pending.stats) loaded.values.set(name, value);
    for (const [name, rate] of state.pending.rates) {
      loaded.rates.set(name, rate);
      const definition = stat(name);
      if (definition !== undefined) loaded.values.set(name, asStatValue(definition, rateOf(rate)));
    }
    for (const [name, unlocked] of state.pending.achievements) {
      if (unlocked) loaded.unlocked.set(name, loaded.unlocked.get(name) ?? store.unixSeconds());
      else loaded.unlocked.delete(name);
    }
    state.view = loaded;
  };

  const readStat = (values: StatValues | undefined | null, name: string, kind: 'int' | 'float'): number | null => {
    const definition = stat(name);
    if (values == null || definition === undefined) return null;
    if ((kind === 'int') !== (definition.type === 'int')) return null;
    return values.valueOf(definition);
  };

  const setStat = (name: string, value: number, kind: 'int' | 'float'): boolean => {
    const values = view();
    const definition = stat(name);
    if (values === null || definition === undefined || !clientMaySet(definition.setBy)) return false;
    return writeStat(values, state.pending, definition, value, kind);
  };

  const otherValues = (steamId: bigint): StatValues | null => {
    if (!live()) return null;
    return state.others.get(steamId) ?? (steamId === self ? state.view : null);
  };

  const achievementOf = (values: StatValues | null, name: string): { readonly achieved: boolean; readonly unlockTime: number } | null => {
    if (values === null || !schema().achievementsByName.has(name)) return null;
    const time = values.unlocked.get(name);
    return { achieved: time !== undefined, unlockTime: time ?? 0 };
  };

  /** LeaderboardScoresDownloaded_t for `entries` (null: the board is unknown to this app). */
  const download = (leaderboard: bigint, pick: () => RankedEntry[] | null): bigint => {
    if (!live()) return 0n;
    return endpoint.startCall('LeaderboardScoresDownloaded_t', () => {
      const entries = pick();
      if (entries === null) return null;
      const handle = backend.nextEntriesHandle();
      // An empty set has nothing to read, so nothing is held for it.
      if (entries.length > 0) state.downloads.set(handle, { entries, read: new Set() });
      return { m_hSteamLeaderboard: leaderboard, m_hSteamLeaderboardEntries: handle, m_cEntryCount: entries.length };
    });
  };

  const achievedInfo = (index: number, name: Uint8Array): AchievedInfoOut => {
    const ranked = live() && state.percentages !== null ? [...state.percentages] : [];
    const found = index >= 0 ? ranked[index] : undefined;
    if (found === undefined) return { iterator: -1, percent: 0, achieved: false };
    writeCut(name, found[0]);
    return { iterator: index, percent: found[1], achieved: state.view?.unlocked.has(found[0]) === true };
  };

  const globalHistory = (name: string, kind: 'int' | 'float'): readonly number[] | null => {
    const definition = stat(name);
    const history = live() ? state.globalStats?.history.get(name) : undefined;
    if (history === undefined || definition === undefined || (kind === 'int') !== (definition.type === 'int')) return null;
    return history;
  };

  return {
    requestCurrentStats: () => {
      if (!live()) return false;
      endpoint.postLater('UserStatsReceived_t', () => {
        // Chosen: offline, Steam has no stats to give (the real client may serve a cached copy).
        if (!endpoint.connected()) return { m_nGameID: gameId, m_eResult: EResult.Fail, m_steamIDUser: self };
        loadCurrent();
        return { m_nGameID: gameId, m_eResult: EResult.OK, m_steamIDUser: self };
      });
      return true;
    },
    getStatInt32: (name) => readStat(view(), name, 'int'),
    getStatFloat: (name) => readStat(view(), name, 'float'),
    setStatInt32: (name, value) => setStat(name, value, 'int'),
    setStatFloat: (name, value) => setStat(name, value, 'float'),
    updateAvgRateStat: (name, countThisSession, sessionLength) => {
      const values = view();
      const definition = stat(name);
      if (values === null || definition === undefined || !clientMaySet(definition.setBy)) return false;
      return writeAvgRate(values, state.pending, definition, countThisSession, sessionLength);
    },
    getAchievement: (name) => achievementOf(view(), name)?.achieved ?? null,
    setAchievement: (name) => {
      const values = view();
      const achievement = schema().achievementsByName.get(name);
      if (values === null || achievement === undefined || !clientMaySet(achievement.setBy)) return false;
      writeAchievement(values, state.pending, name, true, store.unixSeconds());
      return true;
    },
    clearAchievement: (name) => {
      const values = view();
      const achievement = schema().achievementsByName.get(name);
      if (values === null || achievement === undefined || !clientMaySet(achievement.setBy)) return false;
      writeAchievement(values, state.pending, name, false, store.unixSeconds());
      return true;
    },
    getAchievementAndUnlockTime: (name) => achievementOf(view(), name),
    storeStats: () => {
      const values = view();
      // Steam's docs: StoreStats answers false unless the stats were received and the game has stats.
      if (values === null || !schema().hasStats) return false;
      const changes = state.pending.take();
      universe.later(() => {
        if (!endpoint.live) return;
        if (!endpoint.connected()) {
          // "If this fails then nothing is sent to the server": the changes wait for the next store.
          restorePending(state.pending, changes);
          endpoint.post('UserStatsStored_t', { m_nGameID: gameId, m_eResult: EResult.Fail });
          return;
        }
        const outcome = store.store(appId, self, changes);
        const current = state.view;
        if (current !== null) resync(current, store.of(appId, self), state.pending, outcome.rejected.keys(), outcome.unlocked);
        const rejected = outcome.rejected.size > 0;
        endpoint.post('UserStatsStored_t', { m_nGameID: gameId, m_eResult: rejected ? EResult.InvalidParam : EResult.OK });
        // Steam's docs: on k_EResultInvalidParam "the server sends back updated values".
        if (rejected) endpoint.post('UserStatsReceived_t', { m_nGameID: gameId, m_eResult: EResult.OK, m_steamIDUser: self });
        for (const name of outcome.unlocked) {
          endpoint.post('UserAchievementStored_t', { m_nGameID: gameId, m_bGroupAchievement: false, m_rgchAchievementName: name, m_nCurProgress: 0, m_nMaxProgress: 0 });
        }
      });
      return true;
    },
    getAchievementIcon: (name) => {
      const values = view();
      const achievement = schema().achievementsByName.get(name);
      if (values === null || achievement === undefined) return 0;
      const achieved = values.unlocked.has(name);
      const handle = achieved ? achievement.iconHandle : achievement.iconLockedHandle;
      if (handle === 0 || state.icons.has(handle)) return handle;
      // Steam's docs: 0 while the icon is fetched; UserAchievementIconFetched_t says when it is there.
      state.icons.add(handle);
      endpoint.postLater('UserAchievementIconFetched_t', () => ({ m_nGameID: gameId, m_rgchAchievementName: name, m_bAchieved: achieved, m_nIconHandle: handle }));
      return 0;
    },
    getAchievementDisplayAttribute: (name, key) => {
      const achievement = view() === null ? undefined : schema().achievementsByName.get(name);
      if (achievement === undefined) return '';
      if (key === 'name') return achievement.displayName ?? achievement.name;
      if (key === 'desc') return achievement.description ?? '';
      if (key === 'hidden') return achievement.hidden === true ? '1' : '0';
      return '';
    },
    indicateAchievementProgress: (name, currentProgress, maxProgress) => {
      const values = view();
      if (values === null || !schema().achievementsByName.has(name) || values.unlocked.has(name)) return false;
      // Chosen: a progress of 0 of 0 would read as "unlocked" in UserAchievementStored_t, so it is refused.
      if (maxProgress === 0) return false;
      endpoint.postLater('UserAchievementStored_t', () => ({
        m_nGameID: gameId,
        m_bGroupAchievement: false,
        m_rgchAchievementName: name,
        m_nCurProgress: currentProgress,
        m_nMaxProgress: maxProgress,
      }));
      return true;
    },
    // The schema comes with the stats: before UserStatsReceived_t Steam knows no achievement.
    getNumAchievements: () => (view() === null ? 0 : schema().achievements.length),
    getAchievementName: (index) => (view() === null ? '' : (schema().achievements[index]?.name ?? '')),
    requestUserStats: (steamId) => {
      if (!live()) return 0n;
      return endpoint.startCall('UserStatsReceived_t', () => {
        const stored = store.find(appId, steamId);
        // Steam's docs (UserStatsReceived_t): k_EResultFail when "the user has no stats" for the game.
        if (stored === undefined) return { m_nGameID: gameId, m_eResult: EResult.Fail, m_steamIDUser: steamId };
        state.others.set(steamId, stored.copy());
        return { m_nGameID: gameId, m_eResult: EResult.OK, m_steamIDUser: steamId };
      });
    },
    getUserStatInt32: (steamId, name) => readStat(otherValues(steamId), name, 'int'),
    getUserStatFloat: (steamId, name) => readStat(otherValues(steamId), name, 'float'),
    getUserAchievement: (steamId, name) => achievementOf(otherValues(steamId), name)?.achieved ?? null,
    getUserAchievementAndUnlockTime: (steamId, name) => achievementOf(otherValues(steamId), name),
    resetAllStats: (achievementsToo) => {
      if (view() === null) return false;
      store.reset(appId, self, achievementsToo);
      const stored = store.of(appId, self);
      const current = state.view as StatValues;
      // The reset wins over local changes to what it reset.
      current.values.clear();
      current.rates.clear();
      state.pending.stats.clear();
      state.pending.rates.clear();
      if (achievementsToo) {
        current.unlocked.clear();
        state.pending.achievements.clear();
      }
      for (const [name, value] of stored.values) current.values.set(name, value);
      // Steam's docs: ResetAllStats "automatically calls StoreStats".
      endpoint.postLater('UserStatsStored_t', () => ({ m_nGameID: gameId, m_eResult: EResult.OK }));
      return true;
    },
    findOrCreateLeaderboard: (name, sortMethod, displayType) => {
      if (!live()) return 0n;
      return endpoint.startCall('LeaderboardFindResult_t', () => {
        const existing = leaderboards.find(appId, name);
        if (existing !== undefined) return { m_hSteamLeaderboard: existing.handle, m_bLeaderboardFound: 1 };
        // Chosen: Steam cannot make a board without a name, a sort method and a display type.
        const valid =
          name.length > 0 &&
          byteLength(name) <= LEADERBOARD_NAME_MAX_BYTES &&
          (sortMethod === SORT_ASCENDING || sortMethod === SORT_DESCENDING) &&
          displayType >= 1 &&
          displayType <= 3;
        if (!valid) return { m_hSteamLeaderboard: 0n, m_bLeaderboardFound: 0 };
        return { m_hSteamLeaderboard: leaderboards.findOrCreate(appId, name, sortMethod, displayType).handle, m_bLeaderboardFound: 1 };
      });
    },
    findLeaderboard: (name) => {
      if (!live()) return 0n;
      return endpoint.startCall('LeaderboardFindResult_t', () => {
        const found = leaderboards.find(appId, name);
        return { m_hSteamLeaderboard: found?.handle ?? 0n, m_bLeaderboardFound: found === undefined ? 0 : 1 };
      });
    },
    getLeaderboardName: (leaderboard) => (live() ? (leaderboards.byHandleFor(appId, leaderboard)?.name ?? '') : ''),
    getLeaderboardEntryCount: (leaderboard) => (live() ? (leaderboards.byHandleFor(appId, leaderboard)?.size ?? 0) : 0),
    getLeaderboardSortMethod: (leaderboard) => (live() ? (leaderboards.byHandleFor(appId, leaderboard)?.sortMethod ?? 0) : 0),
    getLeaderboardDisplayType: (leaderboard) => (live() ? (leaderboards.byHandleFor(appId, leaderboard)?.displayType ?? 0) : 0),
    downloadLeaderboardEntries: (leaderboard, request, rangeStart, rangeEnd) =>
      download(leaderboard, () => {
        const board = leaderboards.byHandleFor(appId, leaderboard);
        if (board === undefined) return null;
        if (request === ELeaderboardDataRequest.Global) return board.global(rangeStart, rangeEnd);
        if (request === ELeaderboardDataRequest.GlobalAroundUser) return board.aroundUser(self, rangeStart, rangeEnd);
        if (request === ELeaderboardDataRequest.Friends) return board.friends(self, store.friendGraph.friendsOf(self));
        // k_ELeaderboardDataRequestUsers belongs to DownloadLeaderboardEntriesForUsers.
        return null;
      }),
    downloadLeaderboardEntriesForUsers: (leaderboard, users) => {
      // Chosen: over Steam's limit of 100 users no call is started (k_uAPICallInvalid).
      if (users.length > LEADERBOARD_USERS_MAX) return 0n;
      const asked = [...users];
      return download(leaderboard, () => leaderboards.byHandleFor(appId, leaderboard)?.forUsers(asked) ?? null);
    },
    getDownloadedLeaderboardEntry: (entries, index, details) => {
      const held = live() ? state.downloads.get(entries) : undefined;
      const entry = held?.entries[index];
      if (held === undefined || entry === undefined) return null;
      details.set(entry.details.subarray(0, Math.min(details.length, entry.details.length)));
      held.read.add(index);
      // Steam's docs: once every entry was read, the data is freed and the handle is invalid.
      if (held.read.size === held.entries.length) state.downloads.delete(entries);
      return { steamId: entry.steamId, globalRank: entry.globalRank, score: entry.score, detailCount: entry.details.length, ugc: entry.ugc };
    },
    uploadLeaderboardScore: (leaderboard, method, score, details) => {
      if (!live()) return 0n;
      // Copied now: the caller may reuse its buffer before Steam reads it.
      const sent = details.slice();
      return endpoint.startCall('LeaderboardScoreUploaded_t', () => {
        const board = leaderboards.byHandleFor(appId, leaderboard);
        const valid = board !== undefined && (method === UPLOAD_KEEP_BEST || method === UPLOAD_FORCE_UPDATE) && sent.length <= LEADERBOARD_DETAILS_MAX && isInt32(score);
        if (!valid) return { m_bSuccess: 0, m_hSteamLeaderboard: leaderboard, m_nScore: score, m_bScoreChanged: 0, m_nGlobalRankNew: 0, m_nGlobalRankPrevious: 0 };
        const outcome = board.upload(self, method, score, sent, leaderboards.nextReached());
        return {
          m_bSuccess: 1,
          m_hSteamLeaderboard: leaderboard,
          m_nScore: score,
          m_bScoreChanged: outcome.scoreChanged ? 1 : 0,
          m_nGlobalRankNew: outcome.globalRankNew,
          m_nGlobalRankPrevious: outcome.globalRankPrevious,
        };
      });
    },
    attachLeaderboardUGC: (leaderboard, ugc) => {
      if (!live()) return 0n;
      return endpoint.startCall('LeaderboardUGCSet_t', () => {
        // Chosen: with no entry of the user's there is nothing to attach to.
        const attached = leaderboards.byHandleFor(appId, leaderboard)?.attach(self, ugc) === true;
        return { m_eResult: attached ? EResult.OK : EResult.Fail, m_hSteamLeaderboard: leaderboard };
      });
    },
    getNumberOfCurrentPlayers: () => {
      if (!live()) return 0n;
      return endpoint.startCall('NumberOfCurrentPlayers_t', () => {
        const players = universe.liveClients().filter((client) => client.process.appId === appId && client.connected()).length;
        return { m_bSuccess: 1, m_cPlayers: players };
      });
    },
    requestGlobalAchievementPercentages: () => {
      if (!live()) return 0n;
      return endpoint.startCall('GlobalAchievementPercentagesReady_t', () => {
        const achievements = schema().achievements.map((achievement, order) => ({ name: achievement.name, order, percent: store.achievedPercent(appId, achievement.name) }));
        // Most achieved first; chosen: equal shares in schema order.
        achievements.sort((a, b) => b.percent - a.percent || a.order - b.order);
        state.percentages = new Map(achievements.map((achievement) => [achievement.name, achievement.percent]));
        return { m_nGameID: gameId, m_eResult: EResult.OK };
      });
    },
    getMostAchievedAchievementInfo: (name) => achievedInfo(0, name),
    getNextMostAchievedAchievementInfo: (previous, name) => achievedInfo(previous < 0 ? -1 : previous + 1, name),
    getAchievementAchievedPercent: (name) => (live() ? (state.percentages?.get(name) ?? null) : null),
    requestGlobalStats: (historyDays) => {
      if (!live()) return 0n;
      const days = Math.max(0, Math.min(HISTORY_DAYS_MAX, Math.trunc(historyDays)));
      return endpoint.startCall('GlobalStatsReceived_t', () => {
        const totals = new Map<string, number>();
        const history = new Map<string, readonly number[]>();
        for (const definition of schema().stats.values()) {
          if (definition.aggregated !== true) continue;
          totals.set(definition.name, store.globalTotal(appId, definition));
          history.set(definition.name, store.globalHistory(appId, definition.name, days));
        }
        state.globalStats = { totals, history };
        return { m_nGameID: gameId, m_eResult: EResult.OK };
      });
    },
    getGlobalStatInt64: (name) => {
      const definition = stat(name);
      const total = live() ? state.globalStats?.totals.get(name) : undefined;
      return total === undefined || definition?.type !== 'int' ? null : BigInt(total);
    },
    getGlobalStatDouble: (name) => {
      const definition = stat(name);
      const total = live() ? state.globalStats?.totals.get(name) : undefined;
      return total === undefined || definition === undefined || definition.type === 'int' ? null : total;
    },
    getGlobalStatHistoryInt64: (name, history) => {
      const days = globalHistory(name, 'int');
      if (days === null) return 0;
      const count = Math.min(days.length, history.length);
      for (let day = 0; day < count; day += 1) history[day] = BigInt(days[day] ?? 0);
      return count;
    },
    getGlobalStatHistoryDouble: (name, history) => {
      const days = globalHistory(name, 'float');
      if (days === null) return 0;
      const count = Math.min(days.length, history.length);
      for (let day = 0; day < count; day += 1) history[day] = days[day] ?? 0;
      return count;
    },
    getAchievementProgressLimitsInt32: (name) => {
      const progress = view() === null ? undefined : schema().achievementsByName.get(name)?.progress;
      return progress === undefined || stat(progress.stat)?.type !== 'int' ? null : { min: progress.min, max: progress.max };
    },
    getAchievementProgressLimitsFloat: (name) => {
      const progress = view() === null ? undefined : schema().achievementsByName.get(name)?.progress;
      return progress === undefined || stat(progress.stat)?.type !== 'float' ? null : { min: Math.fround(progress.min), max: Math.fround(progress.max) };
    },
  };
};

/**
 * What Steam does with a game's unstored changes when it shuts down. Steam's docs (StoreStats):
 * stats and achievements set but not stored when the process ends are stored automatically.
 * Called by the simulated process before the client pipe closes; no callback can follow.
 */
export const storeOnShutdown = (endpoint: ClientEndpoint): void => {
  const backend = userStatsBackendOf(endpoint.universe);
  const state = backend.existingClientStats(endpoint);
  if (state === undefined) return;
  state.downloads.clear();
  state.others.clear();
  if (state.view === null || state.pending.empty || !endpoint.connected()) return;
  backend.store.store(endpoint.process.appId, endpoint.user.steamId, state.pending.take());
};
