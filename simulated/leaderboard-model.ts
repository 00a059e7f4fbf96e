/**
 * The simulated Steam's leaderboards: per app, by name, each a set of entries (one per user)
 * ranked by its sort method. Pure data and rules; the user-stats port puts them on virtual time.
 *
 * Steam's documented rules followed here (partner.steamgames.com/doc/api/ISteamUserStats):
 * - ranks are 1-based global ranks (LeaderboardEntry_t.m_nGlobalRank);
 * - k_ELeaderboardUploadScoreMethodKeepBest keeps the user's best score, ForceUpdate always
 *   replaces it; LeaderboardScoreUploaded_t says whether the score changed and gives the new and
 *   previous global rank (previous 0 when the user had no entry);
 * - a score carries up to k_cLeaderboardDetailsMax (64) int32 details;
 * - GlobalAroundUser ranges are relative to the user's entry and, when there are not enough
 *   entries before or after it, shifted to return as many entries as asked for (the user at #1
 *   asking -2..2 gets the first 5); a user with no entry gets none;
 * - Friends returns the user and every friend with an entry, the range ignored;
 * - DownloadLeaderboardEntriesForUsers takes at most 100 users.
 * Not documented, chosen as the least surprising rule: equal scores rank by who reached the score
 * first (the earlier upload ranks higher), every entry with its own rank (no shared ranks).
 */

import { ELeaderboardSortMethod, ELeaderboardUploadScoreMethod } from '../native/generated/user-stats';

/** k_cLeaderboardDetailsMax. */
export const LEADERBOARD_DETAILS_MAX = 64;
/** k_cchLeaderboardNameMax: names are at most 127 bytes (and a NUL). */
export const LEADERBOARD_NAME_MAX_BYTES = 127;
/** The most users DownloadLeaderboardEntriesForUsers takes. */
export const LEADERBOARD_USERS_MAX = 100;
/** k_UGCHandleInvalid: an entry with no UGC attached. */
export const UGC_HANDLE_INVALID = 0xffff_ffff_ffff_ffffn;

/** ELeaderboardSortMethod values. */
export const SORT_ASCENDING = ELeaderboardSortMethod.Ascending;
export const SORT_DESCENDING = ELeaderboardSortMethod.Descending;
/** ELeaderboardUploadScoreMethod values. */
export const UPLOAD_KEEP_BEST = ELeaderboardUploadScoreMethod.KeepBest;
export const UPLOAD_FORCE_UPDATE = ELeaderboardUploadScoreMethod.ForceUpdate;

/** One user's entry. */
export interface LeaderboardEntryRecord {
  readonly steamId: bigint;
  readonly score: number;
  readonly details: Int32Array;
  readonly ugc: bigint;
  /** When the score was reached, as a universe-wide sequence: earlier ranks higher among equals. */
  readonly reachedAt: number;
}

/** An entry with its rank, as a download holds it. */
export interface RankedEntry extends LeaderboardEntryRecord {
  readonly globalRank: number;
}

/** What an upload did (LeaderboardScoreUploaded_t). */
export interface UploadOutcome {
  readonly scoreChanged: boolean;
  readonly globalRankNew: number;
  readonly globalRankPrevious: number;
}

export class Leaderboard {
  private readonly entries = new Map<bigint, LeaderboardEntryRecord>();
  /** Every entry, best first, kept in order as scores come (a binary search finds a place). */
  private readonly sorted: LeaderboardEntryRecord[] = [];

  constructor(
    readonly handle: bigint,
    readonly name: string,
    readonly sortMethod: number,
    readonly displayType: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** True when `score` is better than `than` under this board's sort method. */
  better(score: number, than: number): boolean {
    return this.sortMethod === SORT_ASCENDING ? score < than : score > than;
  }

  /** Negative when `a` ranks before `b`: the better score, then the earlier one. */
  private compare(a: LeaderboardEntryRecord, b: LeaderboardEntryRecord): number {
    if (a.score !== b.score) return this.better(a.score, b.score) ? -1 : 1;
    return a.reachedAt - b.reachedAt;
  }

  /** Where `entry` is, or would go, in `sorted`. */
  private place(entry: LeaderboardEntryRecord): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(this.sorted[middle] as LeaderboardEntryRecord, entry) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private at(index: number): RankedEntry {
    return { ...(this.sorted[index] as LeaderboardEntryRecord), globalRank: index + 1 };
  }

  /** Entries ranked first..last (1-based, inclusive, clamped to the board). */
  private ranks(first: number, last: number): RankedEntry[] {
    const ranked: RankedEntry[] = [];
    for (let rank = Math.max(1, first); rank <= Math.min(last, this.sorted.length); rank += 1) ranked.push(this.at(rank - 1));
    return ranked;
  }

  /** Every entry, best first, with its rank. */
  ranked(): readonly RankedEntry[] {
    return this.ranks(1, this.sorted.length);
  }

  /** The user's global rank, 0 when they have no entry. */
  rankOf(user: bigint): number {
    const entry = this.entries.get(user);
    return entry === undefined ? 0 : this.place(entry) + 1;
  }

  entryOf(user: bigint): LeaderboardEntryRecord | undefined {
    return this.entries.get(user);
  }

  /**
   * UploadLeaderboardScore. With KeepBest a score no better than the user's (an equal one
   * included) leaves the entry as it is; ForceUpdate always writes score and details. The score
   * counts as changed when it differs from the one before (or there was none); an unchanged
   * score keeps its place among equals (chosen: re-sending a score does not lose ties).
   */
  upload(user: bigint, method: number, score: number, details: Int32Array, reachedAt: number): UploadOutcome {
    const previous = this.entries.get(user);
    const globalRankPrevious = this.rankOf(user);
    const keep = previous !== undefined && method === UPLOAD_KEEP_BEST && !this.better(score, previous.score);
    if (!keep) {
      const sameScore = previous !== undefined && previous.score === score;
      this.put({
        steamId: user,
        score,
        details: details.slice(0, LEADERBOARD_DETAILS_MAX),
        ugc: previous?.ugc ?? UGC_HANDLE_INVALID,
        reachedAt: sameScore ? previous.reachedAt : reachedAt,
      });
    }
    const scoreChanged = previous === undefined || (!keep && previous.score !== score);
    return { scoreChanged, globalRankNew: this.rankOf(user), globalRankPrevious };
  }

  /** AttachLeaderboardUGC: false when the user has no entry to attach it to. */
  attach(user: bigint, ugc: bigint): boolean {
    const entry = this.entries.get(user);
    if (entry === undefined) return false;
    this.put({ ...entry, ugc });
    return true;
  }

  /** Removes a user's entry (a test acting as App Admin). */
  remove(user: bigint): boolean {
    const entry = this.entries.get(user);
    if (entry === undefined) return false;
    this.sorted.splice(this.place(entry), 1);
    this.entries.delete(user);
    return true;
  }

  /** k_ELeaderboardDataRequestGlobal: ranks rangeStart..rangeEnd, inclusive, 1-based. */
  global(rangeStart: number, rangeEnd: number): RankedEntry[] {
    return this.ranks(rangeStart, rangeEnd);
  }

  /** k_ELeaderboardDataRequestGlobalAroundUser: rangeStart..rangeEnd around the user's rank, shifted at the ends. */
  aroundUser(user: bigint, rangeStart: number, rangeEnd: number): RankedEntry[] {
    const rank = this.rankOf(user);
    if (rank === 0 || rangeEnd < rangeStart) return [];
    const count = this.sorted.length;
    const wanted = rangeEnd - rangeStart + 1;
    let first = rank + rangeStart;
    let last = rank + rangeEnd;
    if (first < 1) {
      last = Math.min(count, wanted);
      first = 1;
    } else if (last > count) {
      first = Math.max(1, count - wanted + 1);
      last = count;
    }
    return this.ranks(first, last);
  }

  /** k_ELeaderboardDataRequestFriends: the user and their friends with entries, in rank order. */
  friends(user: bigint, friends: readonly bigint[]): RankedEntry[] {
    return this.forUsers([user, ...friends]);
  }

  /** k_ELeaderboardDataRequestUsers: those of `users` with entries, in rank order, each once. */
  forUsers(users: readonly bigint[]): RankedEntry[] {
    const ranks = [...new Set(users)].map((user) => this.rankOf(user)).filter((rank) => rank > 0);
    return ranks.sort((a, b) => a - b).map((rank) => this.at(rank - 1));
  }

  /** Writes the user's entry, moving it to its place. */
  private put(entry: LeaderboardEntryRecord): void {
    const previous = this.entries.get(entry.steamId);
    if (previous !== undefined) this.sorted.splice(this.place(previous), 1);
    this.sorted.splice(this.place(entry), 0, entry);
    this.entries.set(entry.steamId, entry);
  }
}

/** Every leaderboard of one simulated Steam, by app and name; handles are unique in it. */
export class Leaderboards {
  private readonly byApp = new Map<number, Map<string, Leaderboard>>();
  private readonly byHandle = new Map<bigint, { readonly appId: number; readonly board: Leaderboard }>();
  private lastHandle = 0n;
  private lastReached = 0;

  find(appId: number, name: string): Leaderboard | undefined {
    return this.byApp.get(appId)?.get(name);
  }

  /** A board by handle, only for the app that owns it (another app's handle is no handle). */
  byHandleFor(appId: number, handle: bigint): Leaderboard | undefined {
    const found = this.byHandle.get(handle);
    return found !== undefined && found.appId === appId ? found.board : undefined;
  }

  /** The board, made with this sort method and display type if it does not exist. */
  findOrCreate(appId: number, name: string, sortMethod: number, displayType: number): Leaderboard {
    const existing = this.find(appId, name);
    if (existing !== undefined) return existing;
    this.lastHandle += 1n;
    const board = new Leaderboard(this.lastHandle, name, sortMethod, displayType);
    let boards = this.byApp.get(appId);
    if (boards === undefined) {
      boards = new Map();
      this.byApp.set(appId, boards);
    }
    boards.set(name, board);
    this.byHandle.set(board.handle, { appId, board });
    return board;
  }

  /** The app's boards, in creation order. */
  boardsOf(appId: number): readonly Leaderboard[] {
    return [...(this.byApp.get(appId)?.values() ?? [])];
  }

  /** A universe-wide upload sequence: ties rank by it. */
  nextReached(): number {
    this.lastReached += 1;
    return this.lastReached;
  }
}
