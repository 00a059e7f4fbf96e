/**
 * The ISteamUserStats and ISteamGameServerStats signals decode from linux64 and win64 bytes, and
 * the two shared callback ids are told apart by pipe: 1108 is UserStatsUnloaded_t on the client
 * pipe and GSStatsUnloaded_t on the server pipe; 1112 is GlobalStatsReceived_t (never
 * PS3TrophiesInstalled_t, which the layout table leaves out).
 */
import { isRight } from 'fp-ts/Either';
import { Subject } from 'rxjs';
import { EResult } from '../../native/enums';
import type { Platform, RawCallback } from '../../native/steam-core';
import { writeStruct, type FieldValue } from '../../native/struct-bytes';
import { layoutOf, layoutsFor } from '../../native/struct-layouts';
import { createGameServerStatsStreams } from '../../streams/game-server-stats-streams';
import { signalDecoders } from '../../streams/signal-decoders';
import { createUserStatsStreams } from '../../streams/user-stats-streams';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ELeaderboardDataRequest, ELeaderboardDisplayType, ELeaderboardSortMethod, ELeaderboardUploadScoreMethod } from '../../native/generated/user-stats';
import { dataRequestValues, displayTypeValues, sortMethodValues, uploadMethodValues } from '../../src/user-stats/leaderboard-types';
import { LEADERBOARD_DETAILS_MAX, LEADERBOARD_NAME_BYTES, STAT_NAME_BYTES } from '../../src/user-stats/stats-arguments';

const STEAM_ID = 76561198265685624n;
const origin = { pipe: 'client', kind: 'callback' } as const;
type Case = readonly [keyof ReturnType<typeof signalDecoders>, string, Readonly<Record<string, FieldValue>>, unknown, number, number];

// [decoder, struct, members, payload, linux64 size, win64 size]
const cases: readonly Case[] = [
  ['userStatsReceived', 'UserStatsReceived_t', { m_nGameID: 480n, m_eResult: EResult.OK, m_steamIDUser: STEAM_ID }, { gameId: 480n, result: EResult.OK, steamId: STEAM_ID }, 20, 24],
  ['userStatsStored', 'UserStatsStored_t', { m_nGameID: 2n ** 63n, m_eResult: EResult.InvalidParam }, { gameId: 2n ** 63n, result: EResult.InvalidParam }, 12, 16],
  [
    'userAchievementStored',
    'UserAchievementStored_t',
    { m_nGameID: 480n, m_bGroupAchievement: true, m_rgchAchievementName: 'ACH_TRAVEL_FAR', m_nCurProgress: 0xffff_fffe, m_nMaxProgress: 0xffff_ffff },
    { gameId: 480n, groupAchievement: true, achievementName: 'ACH_TRAVEL_FAR', currentProgress: 0xffff_fffe, maxProgress: 0xffff_ffff },
    148,
    152,
  ],
  ['leaderboardFindResult', 'LeaderboardFindResult_t', { m_hSteamLeaderboard: 2n ** 64n - 1n, m_bLeaderboardFound: 1 }, { leaderboard: 2n ** 64n - 1n, found: true }, 12, 16],
  [
    'leaderboardScoresDownloaded',
    'LeaderboardScoresDownloaded_t',
    { m_hSteamLeaderboard: 5n, m_hSteamLeaderboardEntries: 2n ** 60n, m_cEntryCount: 100 },
    { leaderboard: 5n, entries: 2n ** 60n, entryCount: 100 },
    20,
    24,
  ],
  [
    'leaderboardScoreUploaded',
    'LeaderboardScoreUploaded_t',
    { m_bSuccess: 1, m_hSteamLeaderboard: 2n ** 40n, m_nScore: -12, m_bScoreChanged: 0, m_nGlobalRankNew: 3, m_nGlobalRankPrevious: 9 },
    { success: true, leaderboard: 2n ** 40n, score: -12, scoreChanged: false, globalRankNew: 3, globalRankPrevious: 9 },
    28,
    32,
  ],
  ['numberOfCurrentPlayers', 'NumberOfCurrentPlayers_t', { m_bSuccess: 1, m_cPlayers: 123456 }, { success: true, players: 123456 }, 8, 8],
  ['userStatsUnloaded', 'UserStatsUnloaded_t', { m_steamIDUser: STEAM_ID }, { steamId: STEAM_ID }, 8, 8],
  [
    'userAchievementIconFetched',
    'UserAchievementIconFetched_t',
    { m_nGameID: 480n, m_rgchAchievementName: 'ACH_WIN', m_bAchieved: true, m_nIconHandle: 42 },
    { gameId: 480n, achievementName: 'ACH_WIN', achieved: true, iconHandle: 42 },
    144,
    144,
  ],
  ['globalAchievementPercentagesReady', 'GlobalAchievementPercentagesReady_t', { m_nGameID: 480n, m_eResult: EResult.OK }, { gameId: 480n, result: EResult.OK }, 12, 16],
  ['leaderboardUGCSet', 'LeaderboardUGCSet_t', { m_eResult: EResult.Timeout, m_hSteamLeaderboard: 2n ** 50n }, { result: EResult.Timeout, leaderboard: 2n ** 50n }, 12, 16],
  ['globalStatsReceived', 'GlobalStatsReceived_t', { m_nGameID: 480n, m_eResult: EResult.Fail }, { gameId: 480n, result: EResult.Fail }, 12, 16],
  ['gsStatsReceived', 'GSStatsReceived_t', { m_eResult: EResult.OK, m_steamIDUser: STEAM_ID }, { result: EResult.OK, steamId: STEAM_ID }, 12, 12],
  ['gsStatsStored', 'GSStatsStored_t', { m_eResult: EResult.Fail, m_steamIDUser: STEAM_ID }, { result: EResult.Fail, steamId: STEAM_ID }, 12, 12],
  ['gsStatsUnloaded', 'GSStatsUnloaded_t', { m_steamIDUser: STEAM_ID }, { steamId: STEAM_ID }, 8, 8],
];

describe.each<Platform>(['linux64', 'win64'])('stats signals on %s', (platform) => {
  it.each(cases)('%s (%s) decodes its members', (name, struct, members, payload, linuxSize, winSize) => {
    const bytes = writeStruct(layoutOf(layoutsFor(platform), struct), members);
    expect(bytes.byteLength).toBe(platform === 'linux64' ? linuxSize : winSize);
    const decoded = signalDecoders(platform)[name].decode(bytes, origin);
    expect(isRight(decoded) ? decoded.right : decoded.left).toEqual(payload);
  });

  it('LeaderboardScoreUploaded_t: the 8-byte handle sits at 4 (pack 4) or 8 (pack 8), the ranks after it', () => {
    const bytes = new Uint8Array(platform === 'linux64' ? 28 : 32);
    const view = new DataView(bytes.buffer);
    const at = platform === 'linux64' ? 4 : 8;
    bytes[0] = 1;
    view.setBigUint64(at, 77n, true);
    view.setInt32(at + 8, -5, true);
    bytes[at + 12] = 1;
    view.setInt32(at + 16, 2, true);
    view.setInt32(at + 20, 7, true);
    const decoded = signalDecoders(platform).leaderboardScoreUploaded.decode(bytes, origin);
    expect(isRight(decoded) && decoded.right).toEqual({ success: true, leaderboard: 77n, score: -5, scoreChanged: true, globalRankNew: 2, globalRankPrevious: 7 });
  });

  it('a uint8 flag other than 0 or 1, and a short buffer, are decode errors', () => {
    const layout = layoutOf(layoutsFor(platform), 'LeaderboardFindResult_t');
    const bytes = writeStruct(layout, { m_hSteamLeaderboard: 1n, m_bLeaderboardFound: 2 });
    expect(signalDecoders(platform).leaderboardFindResult.decode(bytes, origin)._tag).toBe('Left');
    expect(signalDecoders(platform).userStatsReceived.decode(new Uint8Array(8), origin)._tag).toBe('Left');
    const name = 'A'.repeat(200);
    const stored = writeStruct(layoutOf(layoutsFor(platform), 'UserAchievementStored_t'), { m_rgchAchievementName: name });
    const decoded = signalDecoders(platform).userAchievementStored.decode(stored, origin);
    // char[128]: an over-long name is cut at 127 bytes plus its NUL, never read past the array.
    expect(isRight(decoded) && decoded.right.achievementName).toBe('A'.repeat(127));
  });
});

describe('the shared callback ids', () => {
  const message = (pipe: 'client' | 'server', callbackId: number, bytes: Uint8Array): RawCallback => ({ kind: 'callback', pipe, callbackId, bytes });

  it.each<Platform>(['linux64', 'win64'])('1108 is UserStatsUnloaded_t on the client pipe and GSStatsUnloaded_t on the server pipe, never both (%s)', (platform) => {
    const source = new Subject<RawCallback>();
    const client = createUserStatsStreams(source, platform);
    const server = createGameServerStatsStreams(source, platform);
    const seen: string[] = [];
    client.userStatsUnloaded$.subscribe((event) => seen.push(`client ${event.steamId}`));
    server.gsStatsUnloaded$.subscribe((event) => seen.push(`server ${event.steamId}`));
    const bytes = (id: bigint): Uint8Array => writeStruct(layoutOf(layoutsFor(platform), 'UserStatsUnloaded_t'), { m_steamIDUser: id });
    source.next(message('client', 1108, bytes(1n)));
    source.next(message('server', 1108, bytes(2n)));
    expect(seen).toEqual(['client 1', 'server 2']);
    expect(signalDecoders(platform).userStatsUnloaded.callbackId).toBe(1108);
    expect(signalDecoders(platform).gsStatsUnloaded.callbackId).toBe(1108);
  });

  it.each<Platform>(['linux64', 'win64'])('1112 on the client pipe is GlobalStatsReceived_t; its call result passes the size check (%s)', (platform) => {
    const table = layoutsFor(platform);
    expect(table.byCallbackId.get(1112)?.name).toBe('GlobalStatsReceived_t');
    expect(table.byCallbackId.get(1112)?.size).toBe(platform === 'linux64' ? 12 : 16);
    const source = new Subject<RawCallback>();
    const seen: unknown[] = [];
    createUserStatsStreams(source, platform).globalStatsReceived$.subscribe((event) => seen.push(event));
    source.next({ kind: 'callResult', pipe: 'client', callbackId: 1112, apiCall: 9n, ioFailure: false, bytes: writeStruct(layoutOf(table, 'GlobalStatsReceived_t'), { m_nGameID: 480n, m_eResult: EResult.OK }) });
    expect(seen).toEqual([{ gameId: 480n, result: EResult.OK }]);
  });
});

describe('the constants the public API writes down', () => {
  it('leaderboard enum names carry the SDK values', () => {
    expect(sortMethodValues).toEqual({ none: ELeaderboardSortMethod.None, ascending: ELeaderboardSortMethod.Ascending, descending: ELeaderboardSortMethod.Descending });
    expect(displayTypeValues).toEqual({
      none: ELeaderboardDisplayType.None,
      numeric: ELeaderboardDisplayType.Numeric,
      timeSeconds: ELeaderboardDisplayType.TimeSeconds,
      timeMilliSeconds: ELeaderboardDisplayType.TimeMilliSeconds,
    });
    expect(uploadMethodValues).toEqual({ keepBest: ELeaderboardUploadScoreMethod.KeepBest, forceUpdate: ELeaderboardUploadScoreMethod.ForceUpdate });
    expect(dataRequestValues).toEqual({ global: ELeaderboardDataRequest.Global, globalAroundUser: ELeaderboardDataRequest.GlobalAroundUser, friends: ELeaderboardDataRequest.Friends });
  });

  it('k_cLeaderboardDetailsMax, k_cchStatNameMax and k_cchLeaderboardNameMax are the measured ones', () => {
    const abi = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'abi', 'steamworks-abi-1.60-more.json'), 'utf8')) as { constants: Record<string, { value: number }> };
    expect(LEADERBOARD_DETAILS_MAX).toBe(abi.constants['k_cLeaderboardDetailsMax']?.value);
    expect(STAT_NAME_BYTES).toBe(abi.constants['k_cchStatNameMax']?.value);
    expect(LEADERBOARD_NAME_BYTES).toBe(abi.constants['k_cchLeaderboardNameMax']?.value);
  });
});
