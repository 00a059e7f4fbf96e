/**
 * The leaderboard values of client.stats: boards, ranges, entries and uploads, with the
 * ELeaderboard* enums as names. The numbers are the SDK's (native/generated/user-stats.ts; a test
 * holds them to it), written here so requiring the package loads no generated stats module.
 */
import type { SteamIdInput } from '../steam-id/steam-id-text';
import { SteamworksError } from '../errors';

/** ELeaderboardSortMethod by name: which way the board ranks ('none' only for an unknown board). */
export type LeaderboardSortMethod = 'none' | 'ascending' | 'descending';
/** ELeaderboardDisplayType by name: how Steam shows scores ('none' only for an unknown board). */
export type LeaderboardDisplayType = 'none' | 'numeric' | 'timeSeconds' | 'timeMilliSeconds';
/** ELeaderboardUploadScoreMethod by name: keep the user's best score, or always replace it. */
export type LeaderboardUploadScoreMethod = 'keepBest' | 'forceUpdate';
/** ELeaderboardDataRequest by name. */
export type LeaderboardDataRequest = 'global' | 'globalAroundUser' | 'friends';

/** ELeaderboardSortMethod values. */
export const sortMethodValues: Readonly<Record<LeaderboardSortMethod, number>> = { none: 0, ascending: 1, descending: 2 };
/** ELeaderboardDisplayType values. */
export const displayTypeValues: Readonly<Record<LeaderboardDisplayType, number>> = { none: 0, numeric: 1, timeSeconds: 2, timeMilliSeconds: 3 };
/** ELeaderboardUploadScoreMethod values. */
export const uploadMethodValues: Readonly<Record<LeaderboardUploadScoreMethod, number>> = { keepBest: 1, forceUpdate: 2 };
/** ELeaderboardDataRequest values (k_ELeaderboardDataRequestUsers is 3, used by the 'users' range). */
export const dataRequestValues: Readonly<Record<LeaderboardDataRequest, number>> = { global: 0, globalAroundUser: 1, friends: 2 };

/** The name of an enum value, or undefined for a value the SDK does not know. */
export const nameOf = <K extends string>(values: Readonly<Record<K, number>>, value: number): K | undefined =>
  (Object.keys(values) as K[]).find((key) => values[key] === value);

/** A leaderboard Steam found (or made): its handle and what Steam says about it. */
export interface Leaderboard {
  /** The SteamLeaderboard_t handle, valid for this session. */
  readonly handle: bigint;
  /** Its name. */
  readonly name: string;
  /** How many entries it holds (when found). */
  readonly entryCount: number;
  /** Which way it ranks. */
  readonly sortMethod: LeaderboardSortMethod;
  /** How Steam shows its scores. */
  readonly displayType: LeaderboardDisplayType;
}

/** How to make a board that does not exist yet (FindOrCreateLeaderboard). */
export interface LeaderboardCreation {
  /** Which way it ranks. */
  readonly sortMethod: 'ascending' | 'descending';
  /** How Steam shows its scores. */
  readonly displayType: 'numeric' | 'timeSeconds' | 'timeMilliSeconds';
}

/** Options of leaderboard$. */
export interface LeaderboardOptions {
  /** Make the board with these settings when it does not exist (FindOrCreateLeaderboard); without it, FindLeaderboard. */
  readonly createWith?: LeaderboardCreation;
}

/** Ranks `start`..`end` of the global board (1-based, inclusive). */
export interface GlobalRange {
  /** k_ELeaderboardDataRequestGlobal. */
  readonly request: 'global';
  /** The first rank, from 1. */
  readonly start: number;
  /** The last rank, at least `start`. */
  readonly end: number;
}

/** Entries around the user: `start` -4 and `end` 5 are four above and five below. */
export interface AroundUserRange {
  /** k_ELeaderboardDataRequestGlobalAroundUser. */
  readonly request: 'globalAroundUser';
  /** The offset of the first entry (negative: above the user). */
  readonly start: number;
  /** The offset of the last entry, at least `start`. */
  readonly end: number;
}

/** The user's friends on the board. */
export interface FriendsRange {
  /** k_ELeaderboardDataRequestFriends (Steam ignores the range). */
  readonly request: 'friends';
}

/** The entries of these users (DownloadLeaderboardEntriesForUsers). */
export interface UsersRange {
  /** k_ELeaderboardDataRequestUsers. */
  readonly request: 'users';
  /** 1 to 100 Steam IDs. */
  readonly users: readonly SteamIdInput[];
}

/** Which entries entries$ downloads. */
export type LeaderboardRange = GlobalRange | AroundUserRange | FriendsRange | UsersRange;

/** The most users DownloadLeaderboardEntriesForUsers takes. */
export const LEADERBOARD_USERS_MAX = 100;

/** One leaderboard entry (LeaderboardEntry_t with its details). */
export interface LeaderboardEntry {
  /** The user's Steam ID. */
  readonly steamId: bigint;
  /** The user's 1-based global rank. */
  readonly globalRank: number;
  /** The score. */
  readonly score: number;
  /** The details uploaded with the score (at most k_cLeaderboardDetailsMax, 64). */
  readonly details: Int32Array;
  /** The UGC attached to the entry; k_UGCHandleInvalid (2^64-1) when none. */
  readonly ugc: bigint;
}

/** What an upload did (LeaderboardScoreUploaded_t). */
export interface ScoreUploaded {
  /** The board's handle. */
  readonly leaderboard: bigint;
  /** The score sent. */
  readonly score: number;
  /** Whether the board kept it (false under keepBest when it was not better). */
  readonly scoreChanged: boolean;
  /** The user's new global rank. */
  readonly globalRankNew: number;
  /** The user's global rank before; 0 when they had none. */
  readonly globalRankPrevious: number;
}

/** FindLeaderboard found no board of that name (LeaderboardFindResult_t with m_bLeaderboardFound 0). */
export class LeaderboardNotFound extends SteamworksError<'LeaderboardNotFound'> {
  /** @param leaderboardName - the name looked for. */
  constructor(readonly leaderboardName: string) {
    super('LeaderboardNotFound', `Steam has no leaderboard named ${JSON.stringify(leaderboardName)}`);
  }
}
