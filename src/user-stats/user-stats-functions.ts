/**
 * ISteamUserStats as the `stats` namespace of a client (`client.stats`): every flat function
 * under Valve's name, the interface's callbacks and call results as streams, and the reactive
 * forms: ready$, achievement$, coalesced stores (unlockAchievement, storeStatInt32,
 * storeStatFloat), leaderboard$, entries$, uploadScore$ and achievementIcon$. Reads Steam may
 * refuse are Eithers (CallFailed); call results are Observables of Either; misuse throws
 * InvalidArgument or NotInitialized at call time.
 */
import { left, right, type Either } from 'fp-ts/Either';
import { Observable, defer, distinctUntilChanged, filter, map, merge, take, takeWhile, type Subscription } from 'rxjs';
import { cText } from '../../native/c-text';
import { EResult } from '../../native/enums';
import { Multicast } from '../../native/multicast';
import type { Platform, RawCallback } from '../../native/steam-core';
import type { UserStatsPort } from '../../native/user-stats-port';
import type { CallResultError } from '../../streams/call-result';
import { signalDecoders } from '../../streams/signal-decoders';
import type { GlobalAchievementPercentagesReady } from '../../streams/signals/global-achievement-percentages-ready';
import type { GlobalStatsReceived } from '../../streams/signals/global-stats-received';
import type { LeaderboardFindResult } from '../../streams/signals/leaderboard-find-result';
import type { LeaderboardScoreUploaded } from '../../streams/signals/leaderboard-score-uploaded';
import type { LeaderboardScoresDownloaded } from '../../streams/signals/leaderboard-scores-downloaded';
import type { LeaderboardUGCSet } from '../../streams/signals/leaderboard-ugc-set';
import type { UserStatsReceived } from '../../streams/signals/user-stats-received';
import { createUserStatsStreams, type UserStatsStreams } from '../../streams/user-stats-streams';
import { CallFailed, InvalidArgument, NotInitialized, Timeout, steamResultError, type SteamResultError } from '../errors';
import { answeredDead, ensureLive, liveQuery } from '../session/guard';
import type { SessionState } from '../session/session-state';
import { okOr, steamCall } from '../session/steam-call';
import { deadline$ } from '../session/deadline';
import { streamsUntilShutdown, untilShutdown } from '../session/until-shutdown';
import type { SteamIdInput } from '../steam-id/steam-id-text';
import type { SteamImage } from '../utils/utils-functions';
import { boolean, cString, int32, integerIn, INT32_MAX, INT32_MIN, UINT32_MAX } from '../validation/arguments';
import { describeValue } from '../validation/describe-value';
import { optionsObject, readProperty } from '../validation/read-option';
import { steamIdArgument } from '../validation/steam-id-argument';
import {
  LEADERBOARD_USERS_MAX,
  LeaderboardNotFound,
  dataRequestValues,
  displayTypeValues,
  nameOf,
  sortMethodValues,
  uploadMethodValues,
  type Leaderboard,
  type LeaderboardCreation,
  type LeaderboardDisplayType,
  type LeaderboardEntry,
  type LeaderboardOptions,
  type LeaderboardRange,
  type LeaderboardSortMethod,
  type LeaderboardUploadScoreMethod,
  type ScoreUploaded,
} from './leaderboard-types';
import { LEADERBOARD_DETAILS_MAX, STAT_NAME_BYTES, finiteFloat, guarded, leaderboardDetails, leaderboardName, positiveDuration, statName } from './stats-arguments';
import { createStatsStore, type StoreWaiter } from './stats-store';

/** Why a stats call result gave nothing: the call failed, Steam answered a failing EResult or no, or shutdown. */
export type StatsCallError = CallResultError | SteamResultError | CallFailed | NotInitialized;

/** Why a coalesced store or ready$ failed: Steam refused the set or the store, answered a failing EResult, took too long, or shutdown. */
export type StatsError = CallFailed | SteamResultError | Timeout | NotInitialized;

/** Why a leaderboard flow failed: the call result, Steam's answer, no such board, or shutdown. */
export type LeaderboardError = StatsCallError | LeaderboardNotFound;

/** An achievement's state (GetAchievementAndUnlockTime). */
export interface AchievementState {
  /** Its API name. */
  readonly name: string;
  /** Whether the user has it. */
  readonly achieved: boolean;
  /** When it was unlocked, in Unix seconds; 0 when locked. */
  readonly unlockTime: number;
}

/** What a coalesced store stored (UserStatsStored_t, or UserAchievementStored_t for an unlock). */
export interface Stored {
  /** The game whose stats were stored. */
  readonly gameId: bigint;
  /** The achievement an unlockAchievement stored; null for a stat. */
  readonly achievementName: string | null;
}

/** An achievement with the share of players who have it (Get(Next)MostAchievedAchievementInfo). */
export interface AchievedInfo {
  /** Pass to getNextMostAchievedAchievementInfo for the next one. */
  readonly iterator: number;
  /** The achievement's API name. */
  readonly name: string;
  /** Share of players who unlocked it, 0..100. */
  readonly percent: number;
  /** Whether the local user has it. */
  readonly achieved: boolean;
}

/** An achievement's progress range (GetAchievementProgressLimits*). */
export interface ProgressLimits {
  /** Where progress starts. */
  readonly min: number;
  /** Where it unlocks. */
  readonly max: number;
}

/** ISteamUserStats' callbacks and call results, one typed stream per signal; each completes at shutdown. */
export interface UserStatsSignals {
  /** UserStatsReceived_t: a user's stats arrived (requestCurrentStats, a reload, requestUserStats). */
  readonly userStatsReceived$: UserStatsStreams['userStatsReceived$'];
  /** UserStatsStored_t: the answer to each StoreStats. */
  readonly userStatsStored$: UserStatsStreams['userStatsStored$'];
  /** UserAchievementStored_t: an achievement stored as unlocked, or progress shown (currentProgress/maxProgress not 0). */
  readonly userAchievementStored$: UserStatsStreams['userAchievementStored$'];
  /** LeaderboardFindResult_t: every findLeaderboard / findOrCreateLeaderboard answer. */
  readonly leaderboardFindResult$: UserStatsStreams['leaderboardFindResult$'];
  /** LeaderboardScoresDownloaded_t: every download answer. */
  readonly leaderboardScoresDownloaded$: UserStatsStreams['leaderboardScoresDownloaded$'];
  /** LeaderboardScoreUploaded_t: every upload answer. */
  readonly leaderboardScoreUploaded$: UserStatsStreams['leaderboardScoreUploaded$'];
  /** NumberOfCurrentPlayers_t: every getNumberOfCurrentPlayers answer. */
  readonly numberOfCurrentPlayers$: UserStatsStreams['numberOfCurrentPlayers$'];
  /** UserStatsUnloaded_t: Steam dropped another user's stats; request them again before reading. */
  readonly userStatsUnloaded$: UserStatsStreams['userStatsUnloaded$'];
  /** UserAchievementIconFetched_t: an icon getAchievementIcon had not ready is ready. */
  readonly userAchievementIconFetched$: UserStatsStreams['userAchievementIconFetched$'];
  /** GlobalAchievementPercentagesReady_t: every requestGlobalAchievementPercentages answer. */
  readonly globalAchievementPercentagesReady$: UserStatsStreams['globalAchievementPercentagesReady$'];
  /** LeaderboardUGCSet_t: every attachLeaderboardUGC answer. */
  readonly leaderboardUGCSet$: UserStatsStreams['leaderboardUGCSet$'];
  /** GlobalStatsReceived_t: every requestGlobalStats answer. */
  readonly globalStatsReceived$: UserStatsStreams['globalStatsReceived$'];
  /** Stats callbacks whose bytes did not decode. */
  readonly decodeErrors$: UserStatsStreams['decodeErrors$'];
}

/**
 * ISteamUserStats (STEAMUSERSTATS_INTERFACE_VERSION012) as `client.stats`: the user's stats and
 * achievements, other users', global stats and leaderboards. Names are API names (at most 127
 * bytes of UTF-8, no NUL).
 *
 * @example
 * ```ts
 * client.stats.ready$.pipe(take(1)).subscribe(() => {
 *   client.stats.unlockAchievement('ACH_WIN_ONE_GAME').subscribe((stored) => console.log(stored));
 * });
 * ```
 */
export interface SteamUserStats extends UserStatsSignals {
  /**
   * Asks Steam for the local user's stats; they arrive on userStatsReceived$ (ready$ does this for you).
   * Flat: SteamAPI_ISteamUserStats_RequestCurrentStats. False when not logged on.
   */
  readonly requestCurrentStats: () => boolean;
  /** An int stat. Flat: SteamAPI_ISteamUserStats_GetStatInt32. Left(CallFailed) for an unknown name, a float stat, or stats not received yet. Throws InvalidArgument for a bad name. */
  readonly getStatInt32: (name: string) => Either<CallFailed, number>;
  /** A float stat. Flat: SteamAPI_ISteamUserStats_GetStatFloat. Left(CallFailed) for an unknown name, an int stat, or stats not received yet. Throws InvalidArgument for a bad name. */
  readonly getStatFloat: (name: string) => Either<CallFailed, number>;
  /** Sets an int stat locally (storeStats sends it). Flat: SteamAPI_ISteamUserStats_SetStatInt32. False when Steam refused (unknown name, wrong type, not received). Throws InvalidArgument for a bad name or a value not an int32. */
  readonly setStatInt32: (name: string, value: number) => boolean;
  /** Sets a float stat locally. Flat: SteamAPI_ISteamUserStats_SetStatFloat. False when Steam refused. Throws InvalidArgument for a bad name, NaN, ±Infinity or beyond float range. */
  readonly setStatFloat: (name: string, value: number) => boolean;
  /** Adds to an average-rate stat: `countThisSession` over `sessionLength` seconds. Flat: SteamAPI_ISteamUserStats_UpdateAvgRateStat. False when Steam refused. Throws InvalidArgument for non-finite numbers or a length not above 0. */
  readonly updateAvgRateStat: (name: string, countThisSession: number, sessionLength: number) => boolean;
  /** Whether the user has an achievement. Flat: SteamAPI_ISteamUserStats_GetAchievement. Left(CallFailed) for an unknown name or stats not received. */
  readonly getAchievement: (name: string) => Either<CallFailed, boolean>;
  /** Unlocks an achievement locally (storeStats sends it; unlockAchievement does both). Flat: SteamAPI_ISteamUserStats_SetAchievement. False when Steam refused. */
  readonly setAchievement: (name: string) => boolean;
  /** Locks an achievement again locally. Flat: SteamAPI_ISteamUserStats_ClearAchievement. False when Steam refused. */
  readonly clearAchievement: (name: string) => boolean;
  /** An achievement's state with its unlock time. Flat: SteamAPI_ISteamUserStats_GetAchievementAndUnlockTime. Left(CallFailed) for an unknown name or stats not received. */
  readonly getAchievementAndUnlockTime: (name: string) => Either<CallFailed, AchievementState>;
  /** Sends the changed stats and achievements; userStatsStored$ answers. Flat: SteamAPI_ISteamUserStats_StoreStats. False when nothing could be sent (stats not received). */
  readonly storeStats: () => boolean;
  /** An achievement's icon handle for client.utils.getImageRGBA; 0 when there is none yet (then userAchievementIconFetched$; achievementIcon$ waits for you). Flat: SteamAPI_ISteamUserStats_GetAchievementIcon. */
  readonly getAchievementIcon: (name: string) => number;
  /** A display attribute: 'name', 'desc' or 'hidden' ('' when unknown). Flat: SteamAPI_ISteamUserStats_GetAchievementDisplayAttribute. Throws InvalidArgument for a bad name or key. */
  readonly getAchievementDisplayAttribute: (name: string, key: string) => string;
  /** Shows a progress notification (UserAchievementStored_t follows). Flat: SteamAPI_ISteamUserStats_IndicateAchievementProgress. False when Steam refused (unknown, already unlocked). Throws InvalidArgument for progress not a uint32. */
  readonly indicateAchievementProgress: (name: string, currentProgress: number, maxProgress: number) => boolean;
  /** How many achievements the game has. Flat: SteamAPI_ISteamUserStats_GetNumAchievements. */
  readonly getNumAchievements: () => number;
  /** An achievement's API name by index. Flat: SteamAPI_ISteamUserStats_GetAchievementName. Left(CallFailed) for an index with none. Throws InvalidArgument for an index not a uint32. */
  readonly getAchievementName: (index: number) => Either<CallFailed, string>;
  /** Downloads another user's stats. Flat: SteamAPI_ISteamUserStats_RequestUserStats, UserStatsReceived_t. Failures: SteamResultError (Fail: no stats), CallResultError, NotInitialized. Throws InvalidArgument for a bad Steam ID. */
  readonly requestUserStats: (steamId: SteamIdInput) => Observable<Either<StatsCallError, UserStatsReceived>>;
  /** Another user's int stat (after requestUserStats). Flat: SteamAPI_ISteamUserStats_GetUserStatInt32. Left(CallFailed) when Steam has none. */
  readonly getUserStatInt32: (steamId: SteamIdInput, name: string) => Either<CallFailed, number>;
  /** Another user's float stat. Flat: SteamAPI_ISteamUserStats_GetUserStatFloat. Left(CallFailed) when Steam has none. */
  readonly getUserStatFloat: (steamId: SteamIdInput, name: string) => Either<CallFailed, number>;
  /** Whether another user has an achievement. Flat: SteamAPI_ISteamUserStats_GetUserAchievement. Left(CallFailed) when Steam has none. */
  readonly getUserAchievement: (steamId: SteamIdInput, name: string) => Either<CallFailed, boolean>;
  /** Another user's achievement with its unlock time. Flat: SteamAPI_ISteamUserStats_GetUserAchievementAndUnlockTime. Left(CallFailed) when Steam has none. */
  readonly getUserAchievementAndUnlockTime: (steamId: SteamIdInput, name: string) => Either<CallFailed, AchievementState>;
  /** Resets every stat (and achievements too when asked); sent at once. Flat: SteamAPI_ISteamUserStats_ResetAllStats. False when Steam refused. Throws InvalidArgument for a non-boolean. */
  readonly resetAllStats: (achievementsToo: boolean) => boolean;
  /** Finds a board, making it when missing. Flat: SteamAPI_ISteamUserStats_FindOrCreateLeaderboard, LeaderboardFindResult_t. Failures: CallResultError, NotInitialized. Throws InvalidArgument for a bad name or setting. */
  readonly findOrCreateLeaderboard: (name: string, sortMethod: LeaderboardCreation['sortMethod'], displayType: LeaderboardCreation['displayType']) => Observable<Either<StatsCallError, LeaderboardFindResult>>;
  /** Finds a board (found false when there is none). Flat: SteamAPI_ISteamUserStats_FindLeaderboard, LeaderboardFindResult_t. Failures: CallResultError, NotInitialized. */
  readonly findLeaderboard: (name: string) => Observable<Either<StatsCallError, LeaderboardFindResult>>;
  /** A board's name ('' for an unknown handle). Flat: SteamAPI_ISteamUserStats_GetLeaderboardName. Throws InvalidArgument for a handle not a uint64 above 0. */
  readonly getLeaderboardName: (leaderboard: bigint) => string;
  /** How many entries a board holds. Flat: SteamAPI_ISteamUserStats_GetLeaderboardEntryCount. */
  readonly getLeaderboardEntryCount: (leaderboard: bigint) => number;
  /** Which way a board ranks ('none' for an unknown handle). Flat: SteamAPI_ISteamUserStats_GetLeaderboardSortMethod. */
  readonly getLeaderboardSortMethod: (leaderboard: bigint) => LeaderboardSortMethod;
  /** How a board shows scores ('none' for an unknown handle). Flat: SteamAPI_ISteamUserStats_GetLeaderboardDisplayType. */
  readonly getLeaderboardDisplayType: (leaderboard: bigint) => LeaderboardDisplayType;
  /** Downloads a range of a board. Flat: SteamAPI_ISteamUserStats_DownloadLeaderboardEntries, LeaderboardScoresDownloaded_t; read them with getDownloadedLeaderboardEntry (entries$ does both). Throws InvalidArgument for a bad range. */
  readonly downloadLeaderboardEntries: (leaderboard: bigint, request: 'global' | 'globalAroundUser' | 'friends', rangeStart: number, rangeEnd: number) => Observable<Either<StatsCallError, LeaderboardScoresDownloaded>>;
  /** Downloads the entries of up to 100 users. Flat: SteamAPI_ISteamUserStats_DownloadLeaderboardEntriesForUsers, LeaderboardScoresDownloaded_t. Throws InvalidArgument for no users, over 100, or a bad Steam ID. */
  readonly downloadLeaderboardEntriesForUsers: (leaderboard: bigint, users: readonly SteamIdInput[]) => Observable<Either<StatsCallError, LeaderboardScoresDownloaded>>;
  /** One downloaded entry with its details (up to `detailsMax`, at most 64). Flat: SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry. Left(CallFailed) for an index or handle Steam does not have. */
  readonly getDownloadedLeaderboardEntry: (entries: bigint, index: number, detailsMax?: number) => Either<CallFailed, LeaderboardEntry>;
  /** Uploads a score with up to 64 details. Flat: SteamAPI_ISteamUserStats_UploadLeaderboardScore, LeaderboardScoreUploaded_t. Throws InvalidArgument for a score not an int32 or bad details. */
  readonly uploadLeaderboardScore: (leaderboard: bigint, method: LeaderboardUploadScoreMethod, score: number, details?: Int32Array | readonly number[]) => Observable<Either<StatsCallError, LeaderboardScoreUploaded>>;
  /** Attaches UGC to the user's entry. Flat: SteamAPI_ISteamUserStats_AttachLeaderboardUGC, LeaderboardUGCSet_t. Failures: SteamResultError (no entry, timeout), CallResultError, NotInitialized. */
  readonly attachLeaderboardUGC: (leaderboard: bigint, ugc: bigint) => Observable<Either<StatsCallError, LeaderboardUGCSet>>;
  /** How many players are in the game now. Flat: SteamAPI_ISteamUserStats_GetNumberOfCurrentPlayers, NumberOfCurrentPlayers_t. Failures: CallFailed (Steam could not tell), CallResultError, NotInitialized. */
  readonly getNumberOfCurrentPlayers: () => Observable<Either<StatsCallError, number>>;
  /** Downloads the share of players holding each achievement. Flat: SteamAPI_ISteamUserStats_RequestGlobalAchievementPercentages, GlobalAchievementPercentagesReady_t. Failures: SteamResultError, CallResultError, NotInitialized. */
  readonly requestGlobalAchievementPercentages: () => Observable<Either<StatsCallError, GlobalAchievementPercentagesReady>>;
  /** The most achieved achievement (after requestGlobalAchievementPercentages). Flat: SteamAPI_ISteamUserStats_GetMostAchievedAchievementInfo. Left(CallFailed) when there is none. */
  readonly getMostAchievedAchievementInfo: () => Either<CallFailed, AchievedInfo>;
  /** The next one after `previous` (an iterator). Flat: SteamAPI_ISteamUserStats_GetNextMostAchievedAchievementInfo. Left(CallFailed) past the last. */
  readonly getNextMostAchievedAchievementInfo: (previous: number) => Either<CallFailed, AchievedInfo>;
  /** The share of players holding an achievement, 0..100. Flat: SteamAPI_ISteamUserStats_GetAchievementAchievedPercent. Left(CallFailed) when unknown or not downloaded. */
  readonly getAchievementAchievedPercent: (name: string) => Either<CallFailed, number>;
  /** Downloads global stats with up to 60 days of history. Flat: SteamAPI_ISteamUserStats_RequestGlobalStats, GlobalStatsReceived_t. Throws InvalidArgument for days not in 0..60. */
  readonly requestGlobalStats: (historyDays: number) => Observable<Either<StatsCallError, GlobalStatsReceived>>;
  /** A global int stat. Flat: SteamAPI_ISteamUserStats_GetGlobalStatInt64. Left(CallFailed) when unknown or not downloaded. */
  readonly getGlobalStatInt64: (name: string) => Either<CallFailed, bigint>;
  /** A global float stat. Flat: SteamAPI_ISteamUserStats_GetGlobalStatDouble. Left(CallFailed) when unknown or not downloaded. */
  readonly getGlobalStatDouble: (name: string) => Either<CallFailed, number>;
  /** A global int stat's daily history, today first, up to `days` (1..60). Flat: SteamAPI_ISteamUserStats_GetGlobalStatHistoryInt64. Left(CallFailed) when Steam gave none. */
  readonly getGlobalStatHistoryInt64: (name: string, days: number) => Either<CallFailed, readonly bigint[]>;
  /** A global float stat's daily history, today first. Flat: SteamAPI_ISteamUserStats_GetGlobalStatHistoryDouble. Left(CallFailed) when Steam gave none. */
  readonly getGlobalStatHistoryDouble: (name: string, days: number) => Either<CallFailed, readonly number[]>;
  /** An int achievement's progress range. Flat: SteamAPI_ISteamUserStats_GetAchievementProgressLimitsInt32. Left(CallFailed) when it has none. */
  readonly getAchievementProgressLimitsInt32: (name: string) => Either<CallFailed, ProgressLimits>;
  /** A float achievement's progress range. Flat: SteamAPI_ISteamUserStats_GetAchievementProgressLimitsFloat. Left(CallFailed) when it has none. */
  readonly getAchievementProgressLimitsFloat: (name: string) => Either<CallFailed, ProgressLimits>;

  /**
   * The local user's stats are loaded: emits when they arrive and again after each reload
   * (UserStatsReceived_t for this user); a subscriber after they arrived gets the last one at
   * once. Asks Steam (RequestCurrentStats) unless a request is already awaiting its answer or the
   * stats have arrived. Holds the pump until the first answer. Left(SteamResultError) when Steam
   * answered a failure, Left(CallFailed) when the request could not be sent; it goes on listening.
   * A failure is not replayed: the next subscriber after one asks Steam again (the retry Steam's
   * docs expect; resubscribe, e.g. when SteamServersConnected_t says the user is back online).
   * Completes at shutdown.
   */
  readonly ready$: Observable<Either<StatsError, UserStatsReceived>>;
  /**
   * An achievement's state once the stats are loaded, then every change (stored unlocks, reloads,
   * sets and clears through this namespace). Left(CallFailed) and completion for a name Steam does
   * not know. Throws InvalidArgument for a bad name.
   */
  readonly achievement$: (name: string) => Observable<Either<StatsError, AchievementState>>;
  /**
   * Unlocks an achievement and stores it, coalesced: every store asked for in one synchronous turn
   * (a game frame, a pump frame's callbacks) goes out as ONE StoreStats. Cold: subscribing sets it.
   * Resolves from UserAchievementStored_t for it (or UserStatsStored_t when it was already
   * unlocked). Failures: CallFailed (Steam refused the set or the store), SteamResultError (the
   * store failed), Timeout, NotInitialized. Holds the pump while waiting. Throws InvalidArgument for a bad name.
   */
  readonly unlockAchievement: (name: string) => Observable<Either<StatsError, Stored>>;
  /** Sets an int stat and stores it, coalesced like unlockAchievement; resolves from UserStatsStored_t. Throws InvalidArgument for a bad name or a value not an int32. */
  readonly storeStatInt32: (name: string, value: number) => Observable<Either<StatsError, Stored>>;
  /** Sets a float stat and stores it, coalesced like unlockAchievement; resolves from UserStatsStored_t. Throws InvalidArgument for a bad name, NaN, ±Infinity. */
  readonly storeStatFloat: (name: string, value: number) => Observable<Either<StatsError, Stored>>;
  /**
   * A leaderboard by name: FindLeaderboard, or FindOrCreateLeaderboard with `createWith`.
   * Failures: LeaderboardNotFound, CallResultError, NotInitialized. Throws InvalidArgument for a bad name or options.
   */
  readonly leaderboard$: (name: string, options?: LeaderboardOptions) => Observable<Either<LeaderboardError, Leaderboard>>;
  /**
   * Downloads a board's entries and reads every one with its details (Int32Array, at most 64).
   * Failures: CallFailed (an entry could not be read, or Steam claimed more entries than the range or the board holds), CallResultError, NotInitialized. Throws InvalidArgument for a bad board or range.
   */
  readonly entries$: (leaderboard: Leaderboard | bigint, range: LeaderboardRange) => Observable<Either<LeaderboardError, readonly LeaderboardEntry[]>>;
  /**
   * Uploads a score with up to 64 details; gives the new and previous global rank. Failures:
   * CallFailed (Steam says the upload failed), CallResultError, NotInitialized. Throws InvalidArgument for a bad score, method or details.
   */
  readonly uploadScore$: (leaderboard: Leaderboard | bigint, score: number, method: LeaderboardUploadScoreMethod, details?: Int32Array | readonly number[]) => Observable<Either<LeaderboardError, ScoreUploaded>>;
  /**
   * An achievement's icon as RGBA pixels: at once when Steam has it, else when
   * UserAchievementIconFetched_t brings it (holding the pump). Failures: CallFailed (no icon),
   * Timeout, NotInitialized. Throws InvalidArgument for a bad name.
   */
  readonly achievementIcon$: (name: string) => Observable<Either<StatsError, SteamImage>>;
}

/** What a stats namespace is built from. */
export interface UserStatsContext {
  readonly state: SessionState;
  readonly port: UserStatsPort;
  readonly callbacks$: Observable<RawCallback>;
  readonly platform: Platform;
  /** The local user's Steam ID (ISteamUser::GetSteamID), to tell their UserStatsReceived_t from other users'. */
  readonly localSteamId: () => bigint;
  /** client.utils.getImageRGBA, for achievementIcon$. */
  readonly image: (handle: number) => Either<CallFailed, SteamImage>;
}

const MAX_HISTORY_DAYS = 60;
/** The most entries a friends download is read for: far above Steam's friend-list limit. */
const FRIENDS_ENTRIES_MAX = 10_000;
const UINT64_MAX = (1n << 64n) - 1n;
const ACHIEVED_NAME_BYTES = STAT_NAME_BYTES;
const ATTRIBUTE_KEY_BYTES = 64;

const failed = (call: string, why: string): Either<CallFailed, never> => left(new CallFailed(call, why));

/** A Steam handle argument (SteamLeaderboard_t, SteamLeaderboardEntries_t, UGCHandle_t): a uint64 bigint. */
const handleArgument = (argument: string, value: unknown, minimum = 1n): bigint => {
  if (typeof value !== 'bigint' || value < minimum || value > UINT64_MAX) throw new InvalidArgument(argument, `expected a uint64 handle (bigint ${minimum}..2^64-1), got ${describeValue(value)}`);
  return value;
};

/** A Leaderboard or its handle. */
const boardArgument = (value: unknown): bigint => {
  if (typeof value === 'object' && value !== null) return handleArgument('leaderboard.handle', readProperty('leaderboard.handle', value, 'handle'));
  return handleArgument('leaderboard', value);
};

/** A key of a string-keyed enum table. */
const oneOf = <K extends string>(argument: string, value: unknown, values: Readonly<Record<K, number>>, allowed: readonly K[]): number => {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return values[value as K];
  throw new InvalidArgument(argument, `expected one of ${allowed.join(', ')}, got ${describeValue(value)}`);
};

const creationArgument = (value: unknown): { readonly sortMethod: number; readonly displayType: number } => {
  if (typeof value !== 'object' || value === null) throw new InvalidArgument('options.createWith', `expected { sortMethod, displayType }, got ${describeValue(value)}`);
  return {
    sortMethod: oneOf('options.createWith.sortMethod', readProperty('options.createWith.sortMethod', value, 'sortMethod'), sortMethodValues, ['ascending', 'descending']),
    displayType: oneOf('options.createWith.displayType', readProperty('options.createWith.displayType', value, 'displayType'), displayTypeValues, ['numeric', 'timeSeconds', 'timeMilliSeconds']),
  };
};

/** Builds the stats namespace of a live client session. */
export const userStatsNamespace = (context: UserStatsContext): SteamUserStats => {
  const { state, port } = context;
  const streams = createUserStatsStreams(context.callbacks$, context.platform);
  const decoders = signalDecoders(context.platform);
  const call = { state, callbacks$: context.callbacks$, pipe: 'client' as const };
  const query = <A>(run: () => A): (() => A) => liveQuery(state, run);
  const store = createStatsStore(state.scheduler, state.pump.frames$, () => port.storeStats(), streams.userStatsStored$);
  // Sets and clears through this namespace, by achievement name: achievement$ re-reads on them.
  const localChanges = new Multicast<string>();

  /**
   * The local user's last successful UserStatsReceived_t, kept from the first ready$ on until
   * shutdown. A failure is not kept: Steam's docs expect the game to ask again, so the next
   * subscriber after one sends a new RequestCurrentStats instead of being replayed a stale Left.
   */
  let latest: UserStatsReceived | undefined;
  /** A RequestCurrentStats sent and not answered yet: later subscribers wait for it instead of asking again. */
  let inFlight = false;
  let tracking: Subscription | undefined;
  const ownStats$ = streams.userStatsReceived$.pipe(filter((payload) => payload.steamId === context.localSteamId()));
  const track = (): void => {
    if (tracking !== undefined || !state.live) return;
    // Subscribed before any ready$ subscriber's own listener, so a subscriber reacting to this
    // answer (a retry after a Left) already sees it settled.
    tracking = ownStats$.subscribe((payload) => {
      inFlight = false;
      if (payload.result === EResult.OK) latest = payload;
    });
  };
  state.whenShutdown(() => {
    tracking?.unsubscribe();
    tracking = undefined;
    store.dispose();
    localChanges.complete();
  });

  const readyOf = okOr('UserStatsReceived');

  const ready$ = new Observable<Either<StatsError, UserStatsReceived>>((subscriber) => {
    if (answeredDead(state, subscriber)) return undefined;
    track();
    let release: (() => void) | undefined = latest === undefined ? state.pump.await() : undefined;
    const done = (): void => {
      release?.();
      release = undefined;
    };
    const subscription = untilShutdown(state, ownStats$).subscribe({
      next: (payload) => {
        done();
        subscriber.next(readyOf(payload));
      },
      complete: () => subscriber.complete(),
    });
    if (latest !== undefined) subscriber.next(readyOf(latest));
    else if (!inFlight) {
      inFlight = port.requestCurrentStats();
      if (!inFlight) {
        // Nothing is coming soon: stop holding the pump, but go on listening for a reload.
        done();
        subscriber.next(left(new CallFailed('requestCurrentStats', 'Steam did not send the request (not logged on?)')));
      }
    }
    return () => {
      done();
      subscription.unsubscribe();
    };
  });

  const readAchievement = (name: string): Either<CallFailed, AchievementState> => {
    const found = port.getAchievementAndUnlockTime(name);
    return found === null ? failed('getAchievementAndUnlockTime', `Steam knows no achievement ${JSON.stringify(name)} (or the stats are not loaded)`) : right({ name, ...found });
  };

  const sameState = (a: Either<StatsError, AchievementState>, b: Either<StatsError, AchievementState>): boolean =>
    a._tag === 'Right' && b._tag === 'Right' && a.right.achieved === b.right.achieved && a.right.unlockTime === b.right.unlockTime;

  /** The Left readAchievement gives for a name Steam does not know (once the stats are loaded). */
  const isUnknownAchievement = (value: Either<StatsError, AchievementState>): boolean =>
    value._tag === 'Left' && value.left instanceof CallFailed && value.left.call === 'getAchievementAndUnlockTime';

  const achievement$ = (name: string): Observable<Either<StatsError, AchievementState>> => {
    ensureLive(state);
    const checked = statName('name', name);
    return defer(() => {
      // Changes are read only once the stats are loaded: before, Steam would refuse every name.
      let loaded = false;
      const onReady$ = ready$.pipe(
        map((ready): Either<StatsError, AchievementState> => {
          if (ready._tag === 'Left') return ready;
          loaded = true;
          return readAchievement(checked);
        }),
      );
      const reread$ = merge(
        streams.userAchievementStored$.pipe(filter((payload) => payload.achievementName === checked)),
        localChanges.observable$.pipe(filter((changed) => changed === checked)),
      ).pipe(
        filter(() => loaded),
        map(() => readAchievement(checked)),
      );
      return merge(onReady$, untilShutdown(state, reread$)).pipe(
        distinctUntilChanged(sameState),
        // An unknown name ends the stream: no later event can make Steam know it.
        takeWhile((value) => !isUnknownAchievement(value), true),
      );
    });
  };

  /** A coalesced store: `apply` sets the value now; the store of this turn carries it. */
  const coalesced = (
    apply: () => Either<CallFailed, { readonly achievementName: string | null; readonly alreadyUnlocked: boolean }>,
  ): Observable<Either<StatsError, Stored>> =>
    new Observable<Either<StatsError, Stored>>((subscriber) => {
      if (answeredDead(state, subscriber)) return undefined;
      const applied = apply();
      if (applied._tag === 'Left') {
        subscriber.next(applied);
        subscriber.complete();
        return undefined;
      }
      const { achievementName, alreadyUnlocked } = applied.right;
      if (achievementName !== null) localChanges.next(achievementName);
      const release = state.pump.await();
      const teardown: (() => void)[] = [release];
      let settled = false;
      const settle = (value: Either<StatsError, Stored>): void => {
        if (settled) return;
        settled = true;
        for (const step of teardown) step();
        subscriber.next(value);
        subscriber.complete();
      };
      const waiter: StoreWaiter = {
        refused: () => settle(left(new CallFailed('storeStats', 'Steam sent nothing (stats not loaded, or not logged on)'))),
        stored: (payload) => {
          if (payload.result !== EResult.OK) settle(left(steamResultError('storeStats', payload.result)));
          else if (achievementName === null || alreadyUnlocked) settle(right({ gameId: payload.gameId, achievementName }));
          // A fresh unlock resolves from its UserAchievementStored_t, which may come after this.
        },
      };
      if (achievementName !== null && !alreadyUnlocked) {
        const unlocked = streams.userAchievementStored$
          .pipe(filter((payload) => payload.achievementName === achievementName && payload.currentProgress === 0 && payload.maxProgress === 0))
          .subscribe((payload) => settle(right({ gameId: payload.gameId, achievementName })));
        teardown.push(() => unlocked.unsubscribe());
      }
      const waited = deadline$(state.callResultTimeoutMs, state.scheduler).subscribe(() => settle(left(new Timeout('stats store answer', state.callResultTimeoutMs))));
      teardown.push(() => waited.unsubscribe());
      teardown.push(state.whenShutdown(() => settle(left(new NotInitialized(state.name)))));
      teardown.push(store.join(waiter));
      return () => {
        settled = true;
        for (const step of teardown) step();
      };
    });

  const unlockAchievement = (name: string): Observable<Either<StatsError, Stored>> => {
    ensureLive(state);
    const checked = statName('name', name);
    return coalesced(() => {
      const before = port.getAchievement(checked);
      if (before === null || !port.setAchievement(checked)) return failed('setAchievement', `Steam refused achievement ${JSON.stringify(checked)} (unknown, or stats not loaded)`);
      return right({ achievementName: checked, alreadyUnlocked: before });
    });
  };

  const storeStat = (setter: string, checked: string, set: () => boolean): Observable<Either<StatsError, Stored>> =>
    coalesced(() =>
      set() ? right({ achievementName: null, alreadyUnlocked: false }) : failed(setter, `Steam refused stat ${JSON.stringify(checked)} (unknown, of the other type, or stats not loaded)`),
    );

  const describeBoard = (handle: bigint, name: string): Leaderboard => ({
    handle,
    name,
    entryCount: port.getLeaderboardEntryCount(handle),
    sortMethod: nameOf(sortMethodValues, port.getLeaderboardSortMethod(handle)) ?? 'none',
    displayType: nameOf(displayTypeValues, port.getLeaderboardDisplayType(handle)) ?? 'none',
  });

  const readEntry = (entries: bigint, index: number, detailsMax: number): Either<CallFailed, LeaderboardEntry> => {
    const details = new Int32Array(detailsMax);
    const entry = port.getDownloadedLeaderboardEntry(entries, index, details);
    if (entry === null) return failed('getDownloadedLeaderboardEntry', `Steam has no entry ${index} in set ${entries}`);
    const count = Math.max(0, Math.min(entry.detailCount, detailsMax));
    return right({ steamId: entry.steamId, globalRank: entry.globalRank, score: entry.score, details: details.slice(0, count), ugc: entry.ugc });
  };

  /** The download a range asks for, and the most entries Steam can answer it with. */
  const rangeCall = (board: bigint, range: unknown): { readonly start: () => bigint; readonly most: number } => {
    if (typeof range !== 'object' || range === null) throw new InvalidArgument('range', `expected a LeaderboardRange, got ${describeValue(range)}`);
    const request = readProperty('range.request', range, 'request');
    if (request === 'users') {
      const users = usersArgument(readProperty('range.users', range, 'users'), 'range.users');
      return { start: () => port.downloadLeaderboardEntriesForUsers(board, users), most: users.length };
    }
    if (request !== 'global' && request !== 'globalAroundUser' && request !== 'friends') {
      throw new InvalidArgument('range.request', `expected one of global, globalAroundUser, friends, users, got ${describeValue(request)}`);
    }
    const kind = dataRequestValues[request];
    if (request === 'friends') return { start: () => port.downloadLeaderboardEntries(board, kind, 0, 0), most: FRIENDS_ENTRIES_MAX };
    const minimum = request === 'global' ? 1 : INT32_MIN;
    const start = integerIn('range.start', readProperty('range.start', range, 'start'), minimum, INT32_MAX);
    const end = integerIn('range.end', readProperty('range.end', range, 'end'), start, INT32_MAX);
    return { start: () => port.downloadLeaderboardEntries(board, kind, start, end), most: end - start + 1 };
  };

  const usersArgument = (value: unknown, argument = 'users'): bigint[] =>
    guarded(argument, () => {
      if (!Array.isArray(value)) throw new InvalidArgument(argument, `expected an array of Steam IDs, got ${describeValue(value)}`);
      const items = [...(value as readonly unknown[])];
      if (items.length === 0 || items.length > LEADERBOARD_USERS_MAX) throw new InvalidArgument(argument, `expected 1..${LEADERBOARD_USERS_MAX} Steam IDs, got ${items.length}`);
      return items.map((item, index) => steamIdArgument(`${argument}[${index}]`, item));
    });

  /**
   * Every entry of a downloaded set. A count Steam cannot have meant (negative, more than the range
   * asked for, or more than the board holds) is refused, not read: it would be that many FFI calls,
   * or a silent cut. The range alone is no bound worth having (an around-user range of
   * -2^31..2^31-1 allows 2^32 entries), and Valve documents no maximum per DownloadLeaderboardEntries
   * ("You can ask for more entries than exist, then this will return as many as do exist"; only
   * DownloadLeaderboardEntriesForUsers has one, 100 users), so the board's own count caps it:
   * GetLeaderboardEntryCount, "as of the last request", read once this download has answered.
   */
  const entriesOf =
    (board: bigint, range: number) =>
    (payload: LeaderboardScoresDownloaded): Either<LeaderboardError, readonly LeaderboardEntry[]> => {
      const held = port.getLeaderboardEntryCount(board);
      if (payload.entryCount < 0 || payload.entryCount > range || payload.entryCount > held) {
        return failed('downloadLeaderboardEntries', `Steam claimed ${payload.entryCount} entries for a request of at most ${range} on a board of ${held}`);
      }
      const entries: LeaderboardEntry[] = [];
      for (let index = 0; index < payload.entryCount; index += 1) {
        const entry = readEntry(payload.entries, index, LEADERBOARD_DETAILS_MAX);
        if (entry._tag === 'Left') return entry;
        entries.push(entry.right);
      }
      return right(entries);
    };

  const historyDays = (days: unknown): number => integerIn('days', days, 1, MAX_HISTORY_DAYS);

  const achievedInfo = (name: Uint8Array, info: { readonly iterator: number; readonly percent: number; readonly achieved: boolean }, call: string): Either<CallFailed, AchievedInfo> =>
    info.iterator === -1 ? failed(call, 'no (further) achievement; were the global percentages downloaded?') : right({ iterator: info.iterator, name: cText(name), percent: info.percent, achieved: info.achieved });

  const byName =
    <A>(run: (name: string) => A) =>
    (name: string): A => {
      ensureLive(state);
      return run(statName('name', name));
    };

  const byUser =
    <A>(run: (steamId: bigint, name: string) => A) =>
    (steamId: SteamIdInput, name: string): A => {
      ensureLive(state);
      return run(steamIdArgument('steamId', steamId), statName('name', name));
    };

  const orFailed = <A>(value: A | null, call: string, why: string): Either<CallFailed, A> => (value === null ? failed(call, why) : right(value));

  return {
    ...streamsUntilShutdown(state, streams),
    requestCurrentStats: query(() => port.requestCurrentStats()),
    getStatInt32: byName((name) => orFailed(port.getStatInt32(name), 'getStatInt32', `Steam has no int stat ${JSON.stringify(name)} (or the stats are not loaded)`)),
    getStatFloat: byName((name) => orFailed(port.getStatFloat(name), 'getStatFloat', `Steam has no float stat ${JSON.stringify(name)} (or the stats are not loaded)`)),
    setStatInt32: (name, value) => {
      ensureLive(state);
      return port.setStatInt32(statName('name', name), int32('value', value));
    },
    setStatFloat: (name, value) => {
      ensureLive(state);
      return port.setStatFloat(statName('name', name), finiteFloat('value', value));
    },
    updateAvgRateStat: (name, countThisSession, sessionLength) => {
      ensureLive(state);
      return port.updateAvgRateStat(statName('name', name), finiteFloat('countThisSession', countThisSession), positiveDuration('sessionLength', sessionLength));
    },
    getAchievement: byName((name) => orFailed(port.getAchievement(name), 'getAchievement', `Steam knows no achievement ${JSON.stringify(name)} (or the stats are not loaded)`)),
    setAchievement: byName((name) => {
      const done = port.setAchievement(name);
      if (done) localChanges.next(name);
      return done;
    }),
    clearAchievement: byName((name) => {
      const done = port.clearAchievement(name);
      if (done) localChanges.next(name);
      return done;
    }),
    getAchievementAndUnlockTime: byName(readAchievement),
    storeStats: query(() => {
      const sent = port.storeStats();
      store.storedDirectly(sent);
      return sent;
    }),
    getAchievementIcon: byName((name) => port.getAchievementIcon(name)),
    getAchievementDisplayAttribute: (name, key) => {
      ensureLive(state);
      const checkedName = statName('name', name);
      return port.getAchievementDisplayAttribute(checkedName, statName('key', cString('key', key, ATTRIBUTE_KEY_BYTES)));
    },
    indicateAchievementProgress: (name, currentProgress, maxProgress) => {
      ensureLive(state);
      const checked = statName('name', name);
      return port.indicateAchievementProgress(checked, integerIn('currentProgress', currentProgress, 0, UINT32_MAX), integerIn('maxProgress', maxProgress, 0, UINT32_MAX));
    },
    getNumAchievements: query(() => port.getNumAchievements()),
    getAchievementName: (index) => {
      ensureLive(state);
      const at = integerIn('index', index, 0, UINT32_MAX);
      const name = port.getAchievementName(at);
      return name === '' ? failed('getAchievementName', `the game has no achievement at index ${at}`) : right(name);
    },
    requestUserStats: (steamId) => {
      ensureLive(state);
      const user = steamIdArgument('steamId', steamId);
      return steamCall(call, () => port.requestUserStats(user), decoders.userStatsReceived, okOr('requestUserStats'));
    },
    getUserStatInt32: byUser((user, name) => orFailed(port.getUserStatInt32(user, name), 'getUserStatInt32', `Steam has no int stat ${JSON.stringify(name)} of ${user} (request the user's stats first)`)),
    getUserStatFloat: byUser((user, name) => orFailed(port.getUserStatFloat(user, name), 'getUserStatFloat', `Steam has no float stat ${JSON.stringify(name)} of ${user} (request the user's stats first)`)),
    getUserAchievement: byUser((user, name) => orFailed(port.getUserAchievement(user, name), 'getUserAchievement', `Steam has no achievement ${JSON.stringify(name)} of ${user} (request the user's stats first)`)),
    getUserAchievementAndUnlockTime: byUser((user, name) => {
      const found = port.getUserAchievementAndUnlockTime(user, name);
      return found === null ? failed('getUserAchievementAndUnlockTime', `Steam has no achievement ${JSON.stringify(name)} of ${user} (request the user's stats first)`) : right({ name, ...found });
    }),
    resetAllStats: (achievementsToo) => {
      ensureLive(state);
      return port.resetAllStats(boolean('achievementsToo', achievementsToo));
    },
    findOrCreateLeaderboard: (name, sortMethod, displayType) => {
      ensureLive(state);
      const board = leaderboardName(name);
      const creation = creationArgument({ sortMethod, displayType });
      return steamCall(call, () => port.findOrCreateLeaderboard(board, creation.sortMethod, creation.displayType), decoders.leaderboardFindResult, (payload) => right(payload));
    },
    findLeaderboard: (name) => {
      ensureLive(state);
      const board = leaderboardName(name);
      return steamCall(call, () => port.findLeaderboard(board), decoders.leaderboardFindResult, (payload) => right(payload));
    },
    getLeaderboardName: (leaderboard) => {
      ensureLive(state);
      return port.getLeaderboardName(handleArgument('leaderboard', leaderboard));
    },
    getLeaderboardEntryCount: (leaderboard) => {
      ensureLive(state);
      return port.getLeaderboardEntryCount(handleArgument('leaderboard', leaderboard));
    },
    getLeaderboardSortMethod: (leaderboard) => {
      ensureLive(state);
      return nameOf(sortMethodValues, port.getLeaderboardSortMethod(handleArgument('leaderboard', leaderboard))) ?? 'none';
    },
    getLeaderboardDisplayType: (leaderboard) => {
      ensureLive(state);
      return nameOf(displayTypeValues, port.getLeaderboardDisplayType(handleArgument('leaderboard', leaderboard))) ?? 'none';
    },
    downloadLeaderboardEntries: (leaderboard, request, rangeStart, rangeEnd) => {
      ensureLive(state);
      const board = handleArgument('leaderboard', leaderboard);
      const kind = oneOf('request', request, dataRequestValues, ['global', 'globalAroundUser', 'friends']);
      const start = int32('rangeStart', rangeStart);
      const end = int32('rangeEnd', rangeEnd);
      return steamCall(call, () => port.downloadLeaderboardEntries(board, kind, start, end), decoders.leaderboardScoresDownloaded, (payload) => right(payload));
    },
    downloadLeaderboardEntriesForUsers: (leaderboard, users) => {
      ensureLive(state);
      const board = handleArgument('leaderboard', leaderboard);
      const ids = usersArgument(users);
      return steamCall(call, () => port.downloadLeaderboardEntriesForUsers(board, ids), decoders.leaderboardScoresDownloaded, (payload) => right(payload));
    },
    getDownloadedLeaderboardEntry: (entries, index, detailsMax = LEADERBOARD_DETAILS_MAX) => {
      ensureLive(state);
      const set = handleArgument('entries', entries);
      return readEntry(set, integerIn('index', index, 0, INT32_MAX), integerIn('detailsMax', detailsMax, 0, LEADERBOARD_DETAILS_MAX));
    },
    uploadLeaderboardScore: (leaderboard, method, score, details) => {
      ensureLive(state);
      const board = handleArgument('leaderboard', leaderboard);
      const how = oneOf('method', method, uploadMethodValues, ['keepBest', 'forceUpdate']);
      const value = int32('score', score);
      const copied = leaderboardDetails(details);
      return steamCall(call, () => port.uploadLeaderboardScore(board, how, value, copied), decoders.leaderboardScoreUploaded, (payload) => right(payload));
    },
    attachLeaderboardUGC: (leaderboard, ugc) => {
      ensureLive(state);
      const board = handleArgument('leaderboard', leaderboard);
      const content = handleArgument('ugc', ugc, 0n);
      return steamCall(call, () => port.attachLeaderboardUGC(board, content), decoders.leaderboardUGCSet, okOr('attachLeaderboardUGC'));
    },
    getNumberOfCurrentPlayers: () => {
      ensureLive(state);
      return steamCall(call, () => port.getNumberOfCurrentPlayers(), decoders.numberOfCurrentPlayers, (payload): Either<CallFailed, number> =>
        payload.success ? right(payload.players) : failed('getNumberOfCurrentPlayers', 'Steam could not count the players'),
      );
    },
    requestGlobalAchievementPercentages: () => {
      ensureLive(state);
      return steamCall(call, () => port.requestGlobalAchievementPercentages(), decoders.globalAchievementPercentagesReady, okOr('requestGlobalAchievementPercentages'));
    },
    getMostAchievedAchievementInfo: () => {
      ensureLive(state);
      const name = new Uint8Array(ACHIEVED_NAME_BYTES);
      return achievedInfo(name, port.getMostAchievedAchievementInfo(name), 'getMostAchievedAchievementInfo');
    },
    getNextMostAchievedAchievementInfo: (previous) => {
      ensureLive(state);
      const iterator = integerIn('previous', previous, 0, INT32_MAX);
      const name = new Uint8Array(ACHIEVED_NAME_BYTES);
      return achievedInfo(name, port.getNextMostAchievedAchievementInfo(iterator, name), 'getNextMostAchievedAchievementInfo');
    },
    getAchievementAchievedPercent: byName((name) => orFailed(port.getAchievementAchievedPercent(name), 'getAchievementAchievedPercent', `no percentage for ${JSON.stringify(name)} (unknown, or percentages not downloaded)`)),
    requestGlobalStats: (days) => {
      ensureLive(state);
      const history = integerIn('historyDays', days, 0, MAX_HISTORY_DAYS);
      return steamCall(call, () => port.requestGlobalStats(history), decoders.globalStatsReceived, okOr('requestGlobalStats'));
    },
    getGlobalStatInt64: byName((name) => orFailed(port.getGlobalStatInt64(name), 'getGlobalStatInt64', `no global int stat ${JSON.stringify(name)} (unknown, or global stats not downloaded)`)),
    getGlobalStatDouble: byName((name) => orFailed(port.getGlobalStatDouble(name), 'getGlobalStatDouble', `no global float stat ${JSON.stringify(name)} (unknown, or global stats not downloaded)`)),
    getGlobalStatHistoryInt64: (name, days) => {
      ensureLive(state);
      const checked = statName('name', name);
      const history = new BigInt64Array(historyDays(days));
      const written = Math.min(port.getGlobalStatHistoryInt64(checked, history), history.length);
      return written <= 0 ? failed('getGlobalStatHistoryInt64', `no history of ${JSON.stringify(checked)}`) : right([...history.subarray(0, written)]);
    },
    getGlobalStatHistoryDouble: (name, days) => {
      ensureLive(state);
      const checked = statName('name', name);
      const history = new Float64Array(historyDays(days));
      const written = Math.min(port.getGlobalStatHistoryDouble(checked, history), history.length);
      return written <= 0 ? failed('getGlobalStatHistoryDouble', `no history of ${JSON.stringify(checked)}`) : right([...history.subarray(0, written)]);
    },
    getAchievementProgressLimitsInt32: byName((name) => orFailed(port.getAchievementProgressLimitsInt32(name), 'getAchievementProgressLimitsInt32', `achievement ${JSON.stringify(name)} has no int progress`)),
    getAchievementProgressLimitsFloat: byName((name) => orFailed(port.getAchievementProgressLimitsFloat(name), 'getAchievementProgressLimitsFloat', `achievement ${JSON.stringify(name)} has no float progress`)),

    ready$,
    achievement$,
    unlockAchievement,
    storeStatInt32: (name, value) => {
      ensureLive(state);
      const checked = statName('name', name);
      const checkedValue = int32('value', value);
      return storeStat('setStatInt32', checked, () => port.setStatInt32(checked, checkedValue));
    },
    storeStatFloat: (name, value) => {
      ensureLive(state);
      const checked = statName('name', name);
      const checkedValue = finiteFloat('value', value);
      return storeStat('setStatFloat', checked, () => port.setStatFloat(checked, checkedValue));
    },
    leaderboard$: (name, options) => {
      ensureLive(state);
      const board = leaderboardName(name);
      const object = optionsObject('options', options);
      const createWith = object === undefined ? undefined : readProperty('options.createWith', object, 'createWith');
      const creation = createWith === undefined ? undefined : creationArgument(createWith);
      const start = (): bigint => (creation === undefined ? port.findLeaderboard(board) : port.findOrCreateLeaderboard(board, creation.sortMethod, creation.displayType));
      return steamCall(call, start, decoders.leaderboardFindResult, (payload): Either<LeaderboardError, Leaderboard> =>
        payload.found && payload.leaderboard !== 0n ? right(describeBoard(payload.leaderboard, board)) : left(new LeaderboardNotFound(board)),
      );
    },
    entries$: (leaderboard, range) => {
      ensureLive(state);
      const board = boardArgument(leaderboard);
      const download = guarded('range', () => rangeCall(board, range));
      return steamCall(call, download.start, decoders.leaderboardScoresDownloaded, entriesOf(board, download.most));
    },
    uploadScore$: (leaderboard, score, method, details) => {
      ensureLive(state);
      const board = boardArgument(leaderboard);
      const value = int32('score', score);
      const how = oneOf('method', method, uploadMethodValues, ['keepBest', 'forceUpdate']);
      const copied = leaderboardDetails(details);
      return steamCall(call, () => port.uploadLeaderboardScore(board, how, value, copied), decoders.leaderboardScoreUploaded, (payload): Either<LeaderboardError, ScoreUploaded> =>
        payload.success
          ? right({ leaderboard: payload.leaderboard, score: payload.score, scoreChanged: payload.scoreChanged, globalRankNew: payload.globalRankNew, globalRankPrevious: payload.globalRankPrevious })
          : failed('uploadLeaderboardScore', `Steam did not take the score ${value}`),
      );
    },
    achievementIcon$: (name) => {
      ensureLive(state);
      const checked = statName('name', name);
      return new Observable<Either<StatsError, SteamImage>>((subscriber) => {
        if (answeredDead(state, subscriber)) return undefined;
        // Listen first: the fetch Steam starts inside GetAchievementIcon may answer in the next frame.
        const fetched$ = streams.userAchievementIconFetched$.pipe(
          filter((payload) => payload.achievementName === checked),
          take(1),
          map((payload): Either<StatsError, SteamImage> => (payload.iconHandle === 0 ? failed('getAchievementIcon', `achievement ${JSON.stringify(checked)} has no icon`) : context.image(payload.iconHandle))),
        );
        const shutdown$ = state.shutdown$.pipe(map((): Either<StatsError, SteamImage> => left(new NotInitialized(state.name))));
        const timeout$ = deadline$(state.callResultTimeoutMs, state.scheduler).pipe(map((): Either<StatsError, SteamImage> => left(new Timeout('achievement icon', state.callResultTimeoutMs))));
        const release = state.pump.await();
        const subscription = merge(fetched$, shutdown$, timeout$).pipe(take(1)).subscribe(subscriber);
        subscription.add(release);
        const handle = port.getAchievementIcon(checked);
        if (handle !== 0) {
          subscription.unsubscribe();
          subscriber.next(context.image(handle));
          subscriber.complete();
        }
        return subscription;
      });
    },
  };
};
