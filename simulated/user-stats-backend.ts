/**
 * The ISteamUserStats state of one simulated Steam: its back end (schemas, stored stats,
 * leaderboards, friend graph), and what each live client or game server holds of it (its loaded
 * stats, changes not yet stored, downloaded leaderboard entries, fetched icons). Kept beside the
 * universe and the endpoints, keyed by them, as the apps and utils models are.
 */
import type { ClientEndpoint } from './client-endpoint';
import { Leaderboards, type RankedEntry } from './leaderboard-model';
import type { ServerEndpoint } from './server-endpoint';
import type { Universe } from './universe';
import { friendshipsOf } from './friends-model';
import { FriendLists, PendingChanges, StatsStore, type StatValues } from './user-stats-model';
import { imagesOf } from './utils-model';

/** A downloaded entry set (SteamLeaderboardEntries_t) and which of its entries were read. */
export interface DownloadedEntries {
  readonly entries: readonly RankedEntry[];
  readonly read: Set<number>;
}

/** What GetGlobalStat / GetGlobalStatHistory read after RequestGlobalStats. */
export interface GlobalStatsSnapshot {
  readonly totals: ReadonlyMap<string, number>;
  readonly history: ReadonlyMap<string, readonly number[]>;
}

/** One live client's ISteamUserStats state. */
export class ClientStats {
  /** The local user's stats as the game sees them (stored values plus local changes); null until UserStatsReceived_t. */
  view: StatValues | null = null;
  readonly pending = new PendingChanges();
  /** Other users' stats from RequestUserStats, until unloaded. */
  readonly others = new Map<bigint, StatValues>();
  /** Icon handles whose UserAchievementIconFetched_t was delivered or is on its way. */
  readonly icons = new Set<number>();
  /** Achievement name → percent, in most-achieved order, after RequestGlobalAchievementPercentages. */
  percentages: ReadonlyMap<string, number> | null = null;
  globalStats: GlobalStatsSnapshot | null = null;
  readonly downloads = new Map<bigint, DownloadedEntries>();
}

/** One player's stats as a game server holds them. */
export interface PlayerStats {
  readonly view: StatValues;
  readonly pending: PendingChanges;
}

export class UserStatsBackend {
  readonly store: StatsStore;
  readonly leaderboards = new Leaderboards();
  private readonly clients = new WeakMap<ClientEndpoint, ClientStats>();
  private readonly servers = new WeakMap<ServerEndpoint, Map<bigint, PlayerStats>>();
  private lastEntriesHandle = 0n;

  constructor(universe: Universe) {
    const images = imagesOf(universe);
    // Friends requests read the universe's friendships unless a test set a user's list.
    this.store = new StatsStore(
      (image) => images.register(image),
      () => universe.now(),
      new FriendLists(friendshipsOf(universe)),
    );
  }

  clientStats(client: ClientEndpoint): ClientStats {
    let stats = this.clients.get(client);
    if (stats === undefined) {
      stats = new ClientStats();
      this.clients.set(client, stats);
    }
    return stats;
  }

  /** The client's state if it ever touched ISteamUserStats (the controls must not make one). */
  existingClientStats(client: ClientEndpoint): ClientStats | undefined {
    return this.clients.get(client);
  }

  playersOf(server: ServerEndpoint): Map<bigint, PlayerStats> {
    let players = this.servers.get(server);
    if (players === undefined) {
      players = new Map();
      this.servers.set(server, players);
    }
    return players;
  }

  /** SteamLeaderboardEntries_t values: nonzero, unique in the universe. */
  nextEntriesHandle(): bigint {
    this.lastEntriesHandle += 1n;
    return this.lastEntriesHandle;
  }
}

const backends = new WeakMap<Universe, UserStatsBackend>();

/** The universe's ISteamUserStats state, made on first use. */
export const userStatsBackendOf = (universe: Universe): UserStatsBackend => {
  const existing = backends.get(universe);
  if (existing !== undefined) return existing;
  const made = new UserStatsBackend(universe);
  backends.set(universe, made);
  return made;
};
