/**
 * The simulated Steam's ISteamUserStats back end: each app's stats schema (declared by the test,
 * as a developer declares it in App Admin), every user's stored values per app (kept in the
 * universe, so they outlive a client's shutdown and re-init), the rules StoreStats applies to
 * them, global achievement percentages and aggregated stats. Pure data and rules: the ports
 * (simulated-user-stats-port.ts, simulated-game-server-stats-port.ts) put them on virtual time.
 *
 * Where Steam documents a rule (partner.steamgames.com/doc/api/ISteamUserStats and the "Stats
 * and Achievements" guide), it is followed and cited; where it does not, the rule chosen is said
 * to be a choice.
 */
import { byteLength } from './c-string';
import type { SimulatedImage } from './utils-model';

/** k_cchStatNameMax: stat and achievement API names are at most 127 bytes (and a NUL). */
export const STAT_NAME_MAX_BYTES = 127;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Who may set a stat or achievement ("Set By" in App Admin). 'client': the game client and any
 * game server; 'gameServer': game servers only; 'officialGameServer': official game servers only
 * (the simulated Steam has no list of official servers, so every game server counts as one).
 */
export type SimulatedStatSetBy = 'client' | 'gameServer' | 'officialGameServer';

/** A stat of an app's schema. */
export interface SimulatedStat {
  /** The API name. */
  readonly name: string;
  /** INT, FLOAT or AVGRATE (read as a float, written with UpdateAvgRateStat). */
  readonly type: 'int' | 'float' | 'avgRate';
  /** The value a user starts with. Default 0. */
  readonly defaultValue?: number;
  /** The lowest value StoreStats accepts. Default none. */
  readonly min?: number;
  /** The highest value StoreStats accepts. Default none. */
  readonly max?: number;
  /** The most the value may change between two stores ("Max Change"). Default none. */
  readonly maxChange?: number;
  /** The value may only grow ("Increment Only"). Default false. */
  readonly incrementOnly?: boolean;
  /** Who may set it. Default 'client'. */
  readonly setBy?: SimulatedStatSetBy;
  /** Steam keeps a global total of it (GetGlobalStat, GetGlobalStatHistory). Default false. */
  readonly aggregated?: boolean;
  /** AVGRATE only: the sliding window, in seconds of session length. Default unbounded. */
  readonly windowSeconds?: number;
}

/** An achievement whose unlock follows a stat: unlocked when the stat reaches `max` at a store. */
export interface SimulatedAchievementProgress {
  /** The INT or FLOAT stat it follows. */
  readonly stat: string;
  /** Progress starts here (GetAchievementProgressLimits). */
  readonly min: number;
  /** The stat value that unlocks it. */
  readonly max: number;
}

/** An achievement of an app's schema. */
export interface SimulatedAchievement {
  /** The API name. */
  readonly name: string;
  /** GetAchievementDisplayAttribute 'name'. Default the API name. */
  readonly displayName?: string;
  /** GetAchievementDisplayAttribute 'desc'. Default ''. */
  readonly description?: string;
  /** GetAchievementDisplayAttribute 'hidden' ('1'). Default false. */
  readonly hidden?: boolean;
  /** The icon of the unlocked achievement (GetAchievementIcon). Default none (handle 0). */
  readonly icon?: SimulatedImage;
  /** The icon of the locked achievement. Default none (handle 0). */
  readonly iconLocked?: SimulatedImage;
  /** Unlocks with a stat's progress. Default none. */
  readonly progress?: SimulatedAchievementProgress;
  /** Who may unlock it. Default 'client'. */
  readonly setBy?: SimulatedStatSetBy;
}

/** A leaderboard made in App Admin (it exists before any FindOrCreateLeaderboard). */
export interface SimulatedLeaderboardDeclaration {
  /** Its name. */
  readonly name: string;
  /** Which scores rank first. */
  readonly sortMethod: 'ascending' | 'descending';
  /** How scores read. Default 'numeric'. */
  readonly displayType?: 'numeric' | 'timeSeconds' | 'timeMilliseconds';
}

/** An app's stats schema: what App Admin holds for it. Every field is optional. */
export interface SimulatedStatsSchema {
  /** The stats, in App Admin order. */
  readonly stats?: readonly SimulatedStat[];
  /** The achievements, in App Admin order (GetAchievementName's index). */
  readonly achievements?: readonly SimulatedAchievement[];
  /** Leaderboards that exist from the start. */
  readonly leaderboards?: readonly SimulatedLeaderboardDeclaration[];
}

/** A schema's achievement with its icons registered as image handles. */
export interface AchievementDefinition extends SimulatedAchievement {
  /** Image handle of `icon`, 0 when none. */
  readonly iconHandle: number;
  /** Image handle of `iconLocked`, 0 when none. */
  readonly iconLockedHandle: number;
}

/** A checked schema, looked up by name. */
export class StatsSchema {
  readonly stats = new Map<string, SimulatedStat>();
  readonly achievements: readonly AchievementDefinition[];
  readonly achievementsByName = new Map<string, AchievementDefinition>();

  constructor(
    readonly appId: number,
    schema: SimulatedStatsSchema,
    registerImage: (image: SimulatedImage) => number,
  ) {
    const describe = (what: string): string => `steamworks-rx: the stats schema of app ${appId}: ${what}`;
    const checkName = (kind: string, name: unknown): void => {
      if (typeof name !== 'string' || name.length === 0) throw new Error(describe(`a ${kind} needs a non-empty name`));
      if (byteLength(name) > STAT_NAME_MAX_BYTES) throw new Error(describe(`${kind} name '${name}' is longer than ${STAT_NAME_MAX_BYTES} bytes`));
    };
    const finite = (label: string, value: number | undefined): void => {
      if (value !== undefined && !Number.isFinite(value)) throw new Error(describe(`${label} must be a finite number, got ${value}`));
    };
    for (const stat of schema.stats ?? []) {
      checkName('stat', stat.name);
      if (this.stats.has(stat.name)) throw new Error(describe(`stat '${stat.name}' is declared twice`));
      if (stat.type !== 'int' && stat.type !== 'float' && stat.type !== 'avgRate') throw new Error(describe(`stat '${stat.name}' has unknown type ${String(stat.type)}`));
      for (const key of ['defaultValue', 'min', 'max', 'maxChange', 'windowSeconds'] as const) finite(`${stat.name}.${key}`, stat[key]);
      if (stat.type === 'int') {
        for (const key of ['defaultValue', 'min', 'max', 'maxChange'] as const) {
          const value = stat[key];
          if (value !== undefined && !isInt32(value)) throw new Error(describe(`int stat '${stat.name}' needs an int32 ${key}, got ${value}`));
        }
      }
      if (stat.min !== undefined && stat.max !== undefined && stat.min > stat.max) throw new Error(describe(`stat '${stat.name}' has min ${stat.min} above max ${stat.max}`));
      const initial = stat.defaultValue ?? 0;
      if ((stat.min !== undefined && initial < stat.min) || (stat.max !== undefined && initial > stat.max)) {
        throw new Error(describe(`stat '${stat.name}' has its default ${initial} outside [${stat.min ?? '-∞'}, ${stat.max ?? '∞'}]`));
      }
      if (stat.maxChange !== undefined && stat.maxChange < 0) throw new Error(describe(`stat '${stat.name}' has a negative maxChange`));
      if (stat.windowSeconds !== undefined && (stat.type !== 'avgRate' || stat.windowSeconds <= 0)) {
        throw new Error(describe(`windowSeconds belongs to an avgRate stat and must be positive ('${stat.name}')`));
      }
      this.stats.set(stat.name, stat);
    }
    const achievements: AchievementDefinition[] = [];
    for (const achievement of schema.achievements ?? []) {
      checkName('achievement', achievement.name);
      if (this.achievementsByName.has(achievement.name)) throw new Error(describe(`achievement '${achievement.name}' is declared twice`));
      const progress = achievement.progress;
      if (progress !== undefined) {
        const stat = this.stats.get(progress.stat);
        if (stat === undefined || stat.type === 'avgRate') throw new Error(describe(`achievement '${achievement.name}' follows '${progress.stat}', which is no int or float stat of the schema`));
        finite(`${achievement.name}.progress.min`, progress.min);
        finite(`${achievement.name}.progress.max`, progress.max);
        if (progress.min >= progress.max) throw new Error(describe(`achievement '${achievement.name}' needs progress min below max`));
      }
      const definition: AchievementDefinition = {
        ...achievement,
        iconHandle: achievement.icon === undefined ? 0 : registerImage(achievement.icon),
        iconLockedHandle: achievement.iconLocked === undefined ? 0 : registerImage(achievement.iconLocked),
      };
      achievements.push(definition);
      this.achievementsByName.set(achievement.name, definition);
    }
    this.achievements = achievements;
  }

  /** The game has stats associated with it (StoreStats answers false otherwise). */
  get hasStats(): boolean {
    return this.stats.size > 0 || this.achievements.length > 0;
  }
}

export const isInt32 = (value: number): boolean => Number.isInteger(value) && value >= -0x8000_0000 && value <= 0x7fff_ffff;

/** An AVGRATE stat's accumulators: the rate is count / seconds. */
export interface AverageRate {
  readonly count: number;
  readonly seconds: number;
}

/**
 * One user's stats and achievements for one app, as stored. Values are numbers (int stats int32,
 * float and avgRate stats float32); an achievement unlocked maps to its unlock time (Unix seconds).
 */
export class StatValues {
  readonly values = new Map<string, number>();
  readonly rates = new Map<string, AverageRate>();
  readonly unlocked = new Map<string, number>();

  /** A copy (a client's local view starts as one). */
  copy(): StatValues {
    const made = new StatValues();
    for (const [name, value] of this.values) made.values.set(name, value);
    for (const [name, rate] of this.rates) made.rates.set(name, rate);
    for (const [name, time] of this.unlocked) made.unlocked.set(name, time);
    return made;
  }

  /** A stat's value: what is stored, else the schema's default. */
  valueOf(stat: SimulatedStat): number {
    return this.values.get(stat.name) ?? stat.defaultValue ?? 0;
  }
}

/** Rounds a value to what a stat of this type holds (a C float for float and avgRate stats). */
export const asStatValue = (stat: SimulatedStat, value: number): number => (stat.type === 'int' ? value : Math.fround(value));

/**
 * UpdateAvgRateStat's arithmetic. Steam documents a sliding window over session length but not
 * the arithmetic; the rule chosen: add the session, and when the total length passes the window,
 * scale both totals down to the window (older sessions weigh less, the rate is unchanged by it).
 */
export const addSession = (previous: AverageRate | undefined, count: number, seconds: number, windowSeconds: number | undefined): AverageRate => {
  let total = { count: (previous?.count ?? 0) + count, seconds: (previous?.seconds ?? 0) + seconds };
  if (windowSeconds !== undefined && total.seconds > windowSeconds) {
    const scale = windowSeconds / total.seconds;
    total = { count: total.count * scale, seconds: windowSeconds };
  }
  return total;
};

export const rateOf = (rate: AverageRate): number => (rate.seconds > 0 ? rate.count / rate.seconds : 0);

/** Why StoreStats refused a stat's new value (the stat keeps its stored value). */
export type StatRejection = 'belowMin' | 'aboveMax' | 'maxChange' | 'incrementOnly';

/**
 * The schema's bounds for a new value of `stat`, given the stored one. Steam's StoreStats docs: a
 * UserStatsStored_t of k_EResultInvalidParam means "one or more stats uploaded has been rejected,
 * either because they broke constraints or were out of date"; the constraints are the schema's
 * min, max, max change and increment-only.
 */
export const rejectionOf = (stat: SimulatedStat, stored: number, next: number): StatRejection | null => {
  if (stat.min !== undefined && next < stat.min) return 'belowMin';
  if (stat.max !== undefined && next > stat.max) return 'aboveMax';
  if (stat.incrementOnly === true && next < stored) return 'incrementOnly';
  if (stat.maxChange !== undefined && Math.abs(next - stored) > stat.maxChange) return 'maxChange';
  return null;
};

/** Changes a client or game server made since its last store, to send with the next one. */
export class PendingChanges {
  readonly stats = new Map<string, number>();
  readonly rates = new Map<string, AverageRate>();
  /** Achievement name → true (SetAchievement) or false (ClearAchievement). */
  readonly achievements = new Map<string, boolean>();

  get empty(): boolean {
    return this.stats.size === 0 && this.rates.size === 0 && this.achievements.size === 0;
  }

  /** Takes every change out (a store sends them), leaving this empty. */
  take(): PendingChanges {
    const taken = new PendingChanges();
    for (const [name, value] of this.stats) taken.stats.set(name, value);
    for (const [name, rate] of this.rates) taken.rates.set(name, rate);
    for (const [name, unlocked] of this.achievements) taken.achievements.set(name, unlocked);
    this.stats.clear();
    this.rates.clear();
    this.achievements.clear();
    return taken;
  }
}

/**
 * A game's SetStat (client) or SetUserStat (game server) on its loaded view: applied at once and
 * kept pending for the next store. False (nothing changed) when `kind` is not the stat's type (an
 * avgRate stat is written with UpdateAvgRateStat only) or the value is no int32 / finite float.
 */
export const writeStat = (view: StatValues, pending: PendingChanges, stat: SimulatedStat, value: number, kind: 'int' | 'float'): boolean => {
  if (kind === 'int' ? stat.type !== 'int' || !isInt32(value) : stat.type !== 'float' || !Number.isFinite(value)) return false;
  const next = asStatValue(stat, value);
  view.values.set(stat.name, next);
  pending.stats.set(stat.name, next);
  return true;
};

/**
 * UpdateAvgRateStat (client or game server) on a loaded view: the session added to the rate,
 * applied at once and kept pending. False (nothing changed) for a stat that is no avgRate, or a
 * count or length that is not finite (chosen: a session must have a length, the rate divides by it).
 */
export const writeAvgRate = (view: StatValues, pending: PendingChanges, stat: SimulatedStat, countThisSession: number, sessionLength: number): boolean => {
  if (stat.type !== 'avgRate' || !Number.isFinite(countThisSession) || !Number.isFinite(sessionLength) || sessionLength <= 0) return false;
  const rate = addSession(view.rates.get(stat.name), Math.fround(countThisSession), sessionLength, stat.windowSeconds);
  view.rates.set(stat.name, rate);
  view.values.set(stat.name, asStatValue(stat, rateOf(rate)));
  pending.rates.set(stat.name, rate);
  return true;
};

/** Set/ClearAchievement (client or game server) on a loaded view: an unlock keeps its first time; kept pending. */
export const writeAchievement = (view: StatValues, pending: PendingChanges, name: string, unlocked: boolean, unixSeconds: number): void => {
  if (!unlocked) view.unlocked.delete(name);
  else if (!view.unlocked.has(name)) view.unlocked.set(name, unixSeconds);
  pending.achievements.set(name, unlocked);
};

/** Puts changes a failed store took back, unless the game changed the same thing since. */
export const restorePending = (into: PendingChanges, taken: PendingChanges): void => {
  for (const [name, value] of taken.stats) if (!into.stats.has(name)) into.stats.set(name, value);
  for (const [name, rate] of taken.rates) if (!into.rates.has(name)) into.rates.set(name, rate);
  for (const [name, unlocked] of taken.achievements) if (!into.achievements.has(name)) into.achievements.set(name, unlocked);
};

/**
 * After a store, the local view takes what Steam kept for every stat it refused (unless the game
 * changed it again since) and the unlock times Steam gave.
 */
export const resync = (view: StatValues, stored: StatValues, pending: PendingChanges, rejected: Iterable<string>, unlocked: readonly string[]): void => {
  for (const name of rejected) {
    if (pending.stats.has(name) || pending.rates.has(name)) continue;
    const value = stored.values.get(name);
    if (value === undefined) view.values.delete(name);
    else view.values.set(name, value);
    const rate = stored.rates.get(name);
    if (rate === undefined) view.rates.delete(name);
    else view.rates.set(name, rate);
  }
  for (const name of unlocked) if (!pending.achievements.has(name)) view.unlocked.set(name, stored.unlocked.get(name) ?? 0);
};

/** What a store did to the stored values. */
export interface StoreOutcome {
  /** Stats whose new value was refused, and why. */
  readonly rejected: ReadonlyMap<string, StatRejection>;
  /** Achievements newly unlocked, in schema order (each gets a UserAchievementStored_t). */
  readonly unlocked: readonly string[];
}

/** Somebody seeing a user's stats change: the aggregated totals' history. */
export type StatChangeListener = (stat: SimulatedStat, before: number, after: number) => void;

/**
 * Applies a store to `stored` under `schema`: each changed stat is checked against its stored
 * value (rejected ones keep it), achievement sets and clears are applied, and every achievement
 * that follows a stat is unlocked once the stat reached its max (Steam unlocks progress
 * achievements itself when the stat is stored). `unlockTime` is Unix seconds.
 */
export const applyStore = (schema: StatsSchema, stored: StatValues, changes: PendingChanges, unlockTime: number, onChange: StatChangeListener): StoreOutcome => {
  const rejected = new Map<string, StatRejection>();
  const write = (stat: SimulatedStat, next: number): void => {
    const before = stored.valueOf(stat);
    stored.values.set(stat.name, next);
    if (before !== next) onChange(stat, before, next);
  };
  for (const [name, next] of changes.stats) {
    const stat = schema.stats.get(name);
    if (stat === undefined) continue;
    const why = rejectionOf(stat, stored.valueOf(stat), next);
    if (why !== null) rejected.set(name, why);
    else write(stat, next);
  }
  for (const [name, rate] of changes.rates) {
    const stat = schema.stats.get(name);
    if (stat === undefined) continue;
    const next = asStatValue(stat, rateOf(rate));
    const why = rejectionOf(stat, stored.valueOf(stat), next);
    if (why !== null) {
      rejected.set(name, why);
      continue;
    }
    stored.rates.set(name, rate);
    write(stat, next);
  }
  const unlocked: string[] = [];
  for (const achievement of schema.achievements) {
    const asked = changes.achievements.get(achievement.name);
    const has = stored.unlocked.has(achievement.name);
    const progress = achievement.progress;
    const reached = progress !== undefined && stored.valueOf(schema.stats.get(progress.stat) as SimulatedStat) >= progress.max;
    if (asked === false && has) stored.unlocked.delete(achievement.name);
    else if (!has && (asked === true || reached)) {
      stored.unlocked.set(achievement.name, unlockTime);
      unlocked.push(achievement.name);
    }
  }
  return { rejected, unlocked };
};

/** The friends Steam reports for a user (leaderboard Friends requests). */
export interface FriendGraph {
  /** The Steam IDs of `user`'s friends. */
  friendsOf(user: bigint): readonly bigint[];
}

const noFriends: FriendGraph = { friendsOf: () => [] };

/**
 * Lists a test sets (steam.stats.setFriends), each overriding one user's friends; a user with no
 * list set has the friends of `fallback` (the universe's friendships, ISteamFriends' model).
 */
export class FriendLists implements FriendGraph {
  private readonly lists = new Map<bigint, readonly bigint[]>();

  constructor(private readonly fallback: FriendGraph = noFriends) {}

  set(user: bigint, friends: readonly bigint[]): void {
    this.lists.set(user, [...friends]);
  }

  friendsOf(user: bigint): readonly bigint[] {
    return this.lists.get(user) ?? this.fallback.friendsOf(user);
  }
}

/** Every app's schema and every user's stored stats, for one simulated Steam. */
export class StatsStore {
  private readonly schemas = new Map<number, StatsSchema>();
  private readonly stored = new Map<number, Map<bigint, StatValues>>();
  /** Aggregated stats' daily change, by app, stat and day number (Unix day). */
  private readonly history = new Map<number, Map<string, Map<number, number>>>();
  friendGraph: FriendGraph;

  constructor(
    private readonly registerImage: (image: SimulatedImage) => number,
    private readonly now: () => number,
    readonly friendLists = new FriendLists(),
  ) {
    this.friendGraph = friendLists;
  }

  /** Declares (or replaces) an app's schema; throws on an inconsistent one. Stored values are kept. */
  declare(appId: number, schema: SimulatedStatsSchema): StatsSchema {
    const checked = new StatsSchema(appId, schema, this.registerImage);
    this.schemas.set(appId, checked);
    return checked;
  }

  /** The app's schema; an app nobody declared has an empty one (no stats, no achievements). */
  schemaOf(appId: number): StatsSchema {
    const existing = this.schemas.get(appId);
    if (existing !== undefined) return existing;
    return this.declare(appId, {});
  }

  /** The user's stored stats for the app, or undefined when they never had any (never played). */
  find(appId: number, user: bigint): StatValues | undefined {
    return this.stored.get(appId)?.get(user);
  }

  /** The user's stored stats for the app, made with the defaults on first use. */
  of(appId: number, user: bigint): StatValues {
    let users = this.stored.get(appId);
    if (users === undefined) {
      users = new Map();
      this.stored.set(appId, users);
    }
    let values = users.get(user);
    if (values === undefined) {
      values = new StatValues();
      users.set(user, values);
    }
    return values;
  }

  /** Users with stats for the app: Steam's "players" of it, whom global percentages count. */
  players(appId: number): readonly bigint[] {
    return [...(this.stored.get(appId)?.keys() ?? [])];
  }

  /** Applies a store to the user's stored stats (see applyStore), recording aggregated history. */
  store(appId: number, user: bigint, changes: PendingChanges): StoreOutcome {
    return applyStore(this.schemaOf(appId), this.of(appId, user), changes, this.unixSeconds(), (stat, before, after) => this.record(appId, stat, after - before));
  }

  /** Writes a stored value directly (a test acting as Steam's back end); aggregated history follows. */
  write(appId: number, user: bigint, stat: SimulatedStat, value: number): void {
    const values = this.of(appId, user);
    const before = values.valueOf(stat);
    values.values.set(stat.name, value);
    if (before !== value) this.record(appId, stat, value - before);
  }

  /** ResetAllStats: the user's stats back to their defaults (and achievements locked when asked). */
  reset(appId: number, user: bigint, achievementsToo: boolean): void {
    const schema = this.schemaOf(appId);
    const values = this.of(appId, user);
    for (const stat of schema.stats.values()) {
      const before = values.valueOf(stat);
      values.values.delete(stat.name);
      values.rates.delete(stat.name);
      const after = values.valueOf(stat);
      if (before !== after) this.record(appId, stat, after - before);
    }
    if (achievementsToo) values.unlocked.clear();
  }

  /** The global total of an aggregated stat: the sum over every player's stored value. */
  globalTotal(appId: number, stat: SimulatedStat): number {
    let total = 0;
    for (const user of this.players(appId)) total += (this.find(appId, user) as StatValues).valueOf(stat);
    return total;
  }

  /** An aggregated stat's change per day, today first, `days` of them (0 for days without change). */
  globalHistory(appId: number, statName: string, days: number): number[] {
    const byDay = this.history.get(appId)?.get(statName);
    const today = Math.floor(this.now() / DAY_MS);
    return Array.from({ length: days }, (_, back) => byDay?.get(today - back) ?? 0);
  }

  /** Share of players (0..100) who have the achievement; 0 when the app has no players. */
  achievedPercent(appId: number, achievement: string): number {
    const players = this.players(appId);
    if (players.length === 0) return 0;
    const holders = players.filter((user) => this.find(appId, user)?.unlocked.has(achievement) === true).length;
    return Math.fround((100 * holders) / players.length);
  }

  /** Unix seconds on the simulated Steam's clock (as GetServerRealTime answers). */
  unixSeconds(): number {
    return Math.floor(this.now() / 1000);
  }

  private record(appId: number, stat: SimulatedStat, delta: number): void {
    if (stat.aggregated !== true) return;
    let byStat = this.history.get(appId);
    if (byStat === undefined) {
      byStat = new Map();
      this.history.set(appId, byStat);
    }
    let byDay = byStat.get(stat.name);
    if (byDay === undefined) {
      byDay = new Map();
      byStat.set(stat.name, byDay);
    }
    const today = Math.floor(this.now() / DAY_MS);
    byDay.set(today, (byDay.get(today) ?? 0) + delta);
  }
}
