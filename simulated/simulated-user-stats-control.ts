/**
 * ISteamUserStats from outside the game (`steam.stats`): a test declares an app's stats schema as
 * App Admin would, reads and writes users' stored stats as Steam's back end, sets the friend lists
 * leaderboards' Friends requests read, inspects leaderboards (and posts scores for players who run
 * no game), and makes Steam unload stats it handed out (UserStatsUnloaded_t / GSStatsUnloaded_t).
 */
import { LEADERBOARD_DETAILS_MAX, SORT_ASCENDING, SORT_DESCENDING, UPLOAD_FORCE_UPDATE } from './leaderboard-model';
import { userStatsBackendOf } from './user-stats-backend';
import type { FriendGraph, SimulatedStat, SimulatedStatsSchema } from './user-stats-model';
import { asStatValue, isInt32 } from './user-stats-model';
import type { Universe } from './universe';

/** One entry of a leaderboard, as steam.stats.leaderboard shows it. */
export interface SimulatedLeaderboardEntry {
  /** The user's Steam ID. */
  readonly steamId: bigint;
  /** 1-based global rank. */
  readonly globalRank: number;
  /** The score. */
  readonly score: number;
  /** The score's details (up to 64). */
  readonly details: readonly number[];
  /** The attached UGC handle (2^64-1 when none). */
  readonly ugc: bigint;
}

/** A leaderboard of an app, as steam.stats.leaderboard shows it. */
export interface SimulatedLeaderboardSnapshot {
  /** Its SteamLeaderboard_t handle. */
  readonly handle: bigint;
  /** Its name. */
  readonly name: string;
  /** ELeaderboardSortMethod (1 ascending, 2 descending). */
  readonly sortMethod: number;
  /** ELeaderboardDisplayType (1 numeric, 2 seconds, 3 milliseconds). */
  readonly displayType: number;
  /** Every entry, best first. */
  readonly entries: readonly SimulatedLeaderboardEntry[];
}

/** A user's stored stats for an app, as steam.stats.storedStats shows them. */
export interface SimulatedStoredStats {
  /** Every stat of the schema with its stored value (the default when never stored). */
  readonly stats: Readonly<Record<string, number>>;
  /** Unlocked achievements with their unlock time (Unix seconds). */
  readonly achievements: Readonly<Record<string, number>>;
}

/** The ISteamUserStats controls of a simulated Steam (`steam.stats`). */
export interface SimulatedUserStatsControl {
  /**
   * Declares (or replaces) an app's stats schema: stats, achievements, leaderboards that exist
   * from the start. Throws on an inconsistent schema. Stored values are kept. `appId` defaults to
   * the simulated Steam's app.
   */
  declareSchema(schema: SimulatedStatsSchema, appId?: number): void;
  /** The user's stored stats for the app; null when they have none (never played it). */
  storedStats(user: bigint, appId?: number): SimulatedStoredStats | null;
  /**
   * Steam's back end sets a stored stat (no schema bound is checked but the type's): a game sees
   * it when it requests the stats again. Throws for an unknown stat or a value its type cannot hold.
   */
  setStoredStat(user: bigint, name: string, value: number, appId?: number): void;
  /** Steam's back end unlocks (or, with `unlocked` false, locks) an achievement for the user. Throws for an unknown one. */
  setStoredAchievement(user: bigint, name: string, unlocked?: boolean, appId?: number): void;
  /**
   * The friends Steam reports for `user` in leaderboard Friends requests, overriding the user's
   * friendships in this simulated Steam (steam.friends, SimulatedUserOptions.friends, which are
   * used by default) and replacing any list set before.
   */
  setFriends(user: bigint, friends: readonly bigint[]): void;
  /** Reads friends from another graph instead of the universe's friendships and the lists setFriends sets. */
  useFriendGraph(graph: FriendGraph): void;
  /** A leaderboard of the app, best first; null when it does not exist. */
  leaderboard(name: string, appId?: number): SimulatedLeaderboardSnapshot | null;
  /**
   * A player who runs no game posts a score (force update): the board is made with `sortMethod`
   * (default descending, numeric) if it does not exist. Throws for a non-int32 score or more than 64 details.
   */
  postScore(name: string, user: bigint, score: number, details?: readonly number[], options?: { readonly sortMethod?: 'ascending' | 'descending'; readonly appId?: number }): void;
  /**
   * Steam unloads `user`'s stats from every live client that requested them (RequestUserStats)
   * and every game server that did: UserStatsUnloaded_t (1108) on those clients, GSStatsUnloaded_t
   * (1108) on those servers, after the latency. Returns how many pipes were told.
   */
  unloadUserStats(user: bigint): number;
  /** Downloaded leaderboard entry sets the user's live clients hold, not yet read to the end. */
  heldEntrySets(user: bigint): number;
}

export const createSimulatedUserStatsControl = (universe: Universe): SimulatedUserStatsControl => {
  const backend = userStatsBackendOf(universe);
  const { store, leaderboards } = backend;
  const app = (appId: number | undefined): number => appId ?? universe.appId;
  const statOf = (name: string, appId: number): SimulatedStat => {
    const stat = store.schemaOf(appId).stats.get(name);
    if (stat === undefined) throw new Error(`steamworks-rx: app ${appId} has no stat '${name}' in its schema`);
    return stat;
  };
  const knownUser = (user: bigint): void => {
    if (!universe.users.has(user)) throw new Error(`steamworks-rx: no simulated user ${user}`);
  };
  return {
    declareSchema: (schema, appId) => {
      const id = app(appId);
      store.declare(id, schema);
      for (const board of schema.leaderboards ?? []) {
        const displayType = { numeric: 1, timeSeconds: 2, timeMilliseconds: 3 }[board.displayType ?? 'numeric'];
        leaderboards.findOrCreate(id, board.name, board.sortMethod === 'ascending' ? SORT_ASCENDING : SORT_DESCENDING, displayType);
      }
    },
    storedStats: (user, appId) => {
      const id = app(appId);
      const values = store.find(id, user);
      if (values === undefined) return null;
      const stats: Record<string, number> = {};
      for (const stat of store.schemaOf(id).stats.values()) stats[stat.name] = values.valueOf(stat);
      return { stats, achievements: Object.fromEntries(values.unlocked) };
    },
    setStoredStat: (user, name, value, appId) => {
      knownUser(user);
      const id = app(appId);
      const stat = statOf(name, id);
      if (stat.type === 'int' ? !isInt32(value) : !Number.isFinite(value)) throw new Error(`steamworks-rx: stat '${name}' cannot hold ${value}`);
      store.write(id, user, stat, asStatValue(stat, value));
      if (stat.type === 'avgRate') store.of(id, user).rates.delete(name);
    },
    setStoredAchievement: (user, name, unlocked = true, appId) => {
      knownUser(user);
      const id = app(appId);
      if (!store.schemaOf(id).achievementsByName.has(name)) throw new Error(`steamworks-rx: app ${id} has no achievement '${name}' in its schema`);
      const values = store.of(id, user);
      if (!unlocked) values.unlocked.delete(name);
      else if (!values.unlocked.has(name)) values.unlocked.set(name, store.unixSeconds());
    },
    setFriends: (user, friends) => store.friendLists.set(user, friends),
    useFriendGraph: (graph) => {
      store.friendGraph = graph;
    },
    leaderboard: (name, appId) => {
      const board = leaderboards.find(app(appId), name);
      if (board === undefined) return null;
      return {
        handle: board.handle,
        name: board.name,
        sortMethod: board.sortMethod,
        displayType: board.displayType,
        entries: board.ranked().map((entry) => ({ steamId: entry.steamId, globalRank: entry.globalRank, score: entry.score, details: [...entry.details], ugc: entry.ugc })),
      };
    },
    postScore: (name, user, score, details = [], options = {}) => {
      knownUser(user);
      if (!isInt32(score)) throw new Error(`steamworks-rx: a leaderboard score is an int32, got ${score}`);
      if (details.length > LEADERBOARD_DETAILS_MAX || !details.every(isInt32)) throw new Error(`steamworks-rx: a score has at most ${LEADERBOARD_DETAILS_MAX} int32 details`);
      const sortMethod = options.sortMethod === 'ascending' ? SORT_ASCENDING : SORT_DESCENDING;
      const board = leaderboards.findOrCreate(app(options.appId), name, sortMethod, 1);
      board.upload(user, UPLOAD_FORCE_UPDATE, score, Int32Array.from(details), leaderboards.nextReached());
    },
    unloadUserStats: (user) => {
      let told = 0;
      for (const process of universe.processes) {
        const client = process.client;
        const clientStats = client !== null && client.live ? backend.existingClientStats(client) : undefined;
        if (client !== null && clientStats !== undefined && clientStats.others.delete(user)) {
          told += 1;
          client.postLater('UserStatsUnloaded_t', () => ({ m_steamIDUser: user }));
        }
        const server = process.server;
        if (server !== null && server.live && backend.playersOf(server).delete(user)) {
          told += 1;
          server.postLater('GSStatsUnloaded_t', () => ({ m_steamIDUser: user }));
        }
      }
      return told;
    },
    heldEntrySets: (user) =>
      universe.liveClientsOf(user).reduce((held, client) => held + (backend.existingClientStats(client)?.downloads.size ?? 0), 0),
  };
};
