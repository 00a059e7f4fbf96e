/**
 * client.stats over the fake libsteam_api: every ISteamUserStats function reaches C with its
 * arguments and the SteamUserStats pointer (asked for once, on first use), out-parameters (floats,
 * doubles, int64 above 2^53) are read right, NULL strings are empty, buffers have their true
 * sizes, LeaderboardEntry_t is read by the layout of either packing with its details, call results
 * are matched by handle, and the reactive forms (ready$, achievement$, coalesced stores,
 * leaderboard$, entries$, uploadScore$, achievementIcon$) work through the real FFI.
 */
import type { Either } from 'fp-ts/Either';
import { queueScheduler } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { EResult } from '../../native/enums';
import { bindFlatFunctions } from '../../native/flat-api';
import { userStatsFunctions, type UserStatsFlatApi } from '../../native/generated/user-stats';
import { createNativeUserStatsPort } from '../../native/native-user-stats-port';
import { newLiveness } from '../../native/native-session-liveness';
import { writeStruct } from '../../native/struct-bytes';
import { layoutOf, layoutsFor } from '../../native/struct-layouts';
import koffi from 'koffi';
import { doubleBits, floatBits } from '../fake/fake-steam';
import { BIG_STEAM_ID, OTHER_STEAM_ID, fake, leftOf, queueCallResult, queueCallback, rightOf, startClient, startCountedClient, stopClient } from '../user/native-kit';

afterEach(stopClient);

type Symbol = keyof UserStatsFlatApi;
const statsSelf = (): bigint => fake.interfacePointer('userStats');
const fromFloatBits = (bits: bigint): number => new Float32Array(Uint32Array.of(Number(bits)).buffer)[0] ?? Number.NaN;
const fromDoubleBits = (bits: bigint): number => new Float64Array(BigUint64Array.of(bits).buffer)[0] ?? Number.NaN;
const tagOf = (value: Either<{ readonly _tag: string }, unknown>): string => leftOf(value)._tag;
const GAME_ID = 480n;

describe('client.stats through the fake library', () => {
  it('binds on first use: the SteamUserStats pointer is asked for once, not at init', () => {
    const client = startClient();
    expect(fake.callCount('SteamAPI_SteamUserStats_v012')).toBe(0);
    client.stats.getNumAchievements();
    client.stats.requestCurrentStats();
    expect(fake.callCount('SteamAPI_SteamUserStats_v012')).toBe(1);
    expect(fake.arg('SteamAPI_ISteamUserStats_GetNumAchievements', 0)).toBe(statsSelf());
  });

  it('stat getters read int32 and float out-parameters; false is a Left; the name reaches C', () => {
    const client = startClient();
    expect(tagOf(client.stats.getStatInt32('NumGames'))).toBe('CallFailed');
    fake.setReturn('SteamAPI_ISteamUserStats_GetStatInt32', true);
    fake.setOutValue('SteamAPI_ISteamUserStats_GetStatInt32', 0, BigInt.asUintN(64, -7n));
    expect(rightOf(client.stats.getStatInt32('NumGames'))).toBe(-7);
    expect(fake.argString('SteamAPI_ISteamUserStats_GetStatInt32', 1)).toBe('NumGames');
    expect(fake.arg('SteamAPI_ISteamUserStats_GetStatInt32', 0)).toBe(statsSelf());
    fake.setReturn('SteamAPI_ISteamUserStats_GetStatFloat', true);
    fake.setOutValue('SteamAPI_ISteamUserStats_GetStatFloat', 0, floatBits(1.5));
    expect(rightOf(client.stats.getStatFloat('FeetTraveled'))).toBe(1.5);
    fake.setReturn('SteamAPI_ISteamUserStats_GetStatFloat', false);
    expect(tagOf(client.stats.getStatFloat('FeetTraveled'))).toBe('CallFailed');
  });

  it('setters pass int32, float and double arguments exactly and answer Steam\'s boolean', () => {
    const client = startClient();
    expect(client.stats.setStatInt32('NumGames', -2147483648)).toBe(false);
    fake.setReturn('SteamAPI_ISteamUserStats_SetStatInt32', true);
    expect(client.stats.setStatInt32('NumGames', 2147483647)).toBe(true);
    expect(fake.signedArg('SteamAPI_ISteamUserStats_SetStatInt32', 2)).toBe(2147483647n);
    fake.setReturn('SteamAPI_ISteamUserStats_SetStatFloat', true);
    expect(client.stats.setStatFloat('FeetTraveled', 0.25)).toBe(true);
    expect(fromFloatBits(fake.arg('SteamAPI_ISteamUserStats_SetStatFloat', 2))).toBe(0.25);
    fake.setReturn('SteamAPI_ISteamUserStats_UpdateAvgRateStat', true);
    expect(client.stats.updateAvgRateStat('AverageSpeed', 12.5, 3600.125)).toBe(true);
    expect(fromFloatBits(fake.arg('SteamAPI_ISteamUserStats_UpdateAvgRateStat', 2))).toBe(12.5);
    expect(fromDoubleBits(fake.arg('SteamAPI_ISteamUserStats_UpdateAvgRateStat', 3))).toBe(3600.125);
    fake.setReturn('SteamAPI_ISteamUserStats_ResetAllStats', true);
    expect(client.stats.resetAllStats(true)).toBe(true);
    expect(fake.arg('SteamAPI_ISteamUserStats_ResetAllStats', 1)).toBe(1n);
    fake.setReturn('SteamAPI_ISteamUserStats_StoreStats', true);
    expect(client.stats.storeStats()).toBe(true);
    fake.setReturn('SteamAPI_ISteamUserStats_RequestCurrentStats', true);
    expect(client.stats.requestCurrentStats()).toBe(true);
  });

  it('achievements: get, set, clear, unlock time above 2^31, icon, display attribute, progress, count and names', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamUserStats_GetAchievement', true);
    fake.setOutValue('SteamAPI_ISteamUserStats_GetAchievement', 0, 1);
    expect(rightOf(client.stats.getAchievement('ACH_WIN'))).toBe(true);
    for (const symbol of ['SteamAPI_ISteamUserStats_SetAchievement', 'SteamAPI_ISteamUserStats_ClearAchievement'] as const) fake.setReturn(symbol, true);
    expect(client.stats.setAchievement('ACH_WIN')).toBe(true);
    expect(client.stats.clearAchievement('ACH_LOSE')).toBe(true);
    expect(fake.argString('SteamAPI_ISteamUserStats_ClearAchievement', 1)).toBe('ACH_LOSE');
    fake.setReturn('SteamAPI_ISteamUserStats_GetAchievementAndUnlockTime', true);
    fake.setOutValue('SteamAPI_ISteamUserStats_GetAchievementAndUnlockTime', 0, 1);
    fake.setOutValue('SteamAPI_ISteamUserStats_GetAchievementAndUnlockTime', 1, 0xf000_0000);
    expect(rightOf(client.stats.getAchievementAndUnlockTime('ACH_WIN'))).toEqual({ name: 'ACH_WIN', achieved: true, unlockTime: 0xf000_0000 });
    fake.setReturn('SteamAPI_ISteamUserStats_GetAchievementIcon', 77);
    expect(client.stats.getAchievementIcon('ACH_WIN')).toBe(77);
    expect(client.stats.getAchievementDisplayAttribute('ACH_WIN', 'name')).toBe('');
    fake.setOutput('SteamAPI_ISteamUserStats_GetAchievementDisplayAttribute', new TextEncoder().encode('Winner\0junk'));
    expect(client.stats.getAchievementDisplayAttribute('ACH_WIN', 'name')).toBe('Winner');
    expect(fake.argString('SteamAPI_ISteamUserStats_GetAchievementDisplayAttribute', 2)).toBe('name');
    fake.setReturn('SteamAPI_ISteamUserStats_IndicateAchievementProgress', true);
    expect(client.stats.indicateAchievementProgress('ACH_TRAVEL', 10, 0xffff_ffff)).toBe(true);
    expect(fake.arg('SteamAPI_ISteamUserStats_IndicateAchievementProgress', 3)).toBe(0xffff_ffffn);
    fake.setReturn('SteamAPI_ISteamUserStats_GetNumAchievements', 4);
    expect(client.stats.getNumAchievements()).toBe(4);
    expect(tagOf(client.stats.getAchievementName(9))).toBe('CallFailed');
    fake.setOutput('SteamAPI_ISteamUserStats_GetAchievementName', 'ACH_WIN');
    expect(rightOf(client.stats.getAchievementName(0))).toBe('ACH_WIN');
    expect(fake.arg('SteamAPI_ISteamUserStats_GetAchievementName', 1)).toBe(0n);
  });

  it('progress limits, global percentages and global stats read their out-parameters; buffers have their true sizes', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamUserStats_GetAchievementProgressLimitsInt32', true);
    fake.setOutValue('SteamAPI_ISteamUserStats_GetAchievementProgressLimitsInt32', 0, BigInt.asUintN(64, -5n));
    fake.setOutValue('SteamAPI_ISteamUserStats_GetAchievementProgressLimitsInt32', 1, 100);
    expect(rightOf(client.stats.getAchievementProgressLimitsInt32('ACH_TRAVEL'))).toEqual({ min: -5, max: 100 });
    fake.setReturn('SteamAPI_ISteamUserStats_GetAchievementProgressLimitsFloat', true);
    fake.setOutValue('SteamAPI_ISteamUserStats_GetAchievementProgressLimitsFloat', 0, floatBits(0.5));
    fake.setOutValue('SteamAPI_ISteamUserStats_GetAchievementProgressLimitsFloat', 1, floatBits(2.5));
    expect(rightOf(client.stats.getAchievementProgressLimitsFloat('ACH_TRAVEL'))).toEqual({ min: 0.5, max: 2.5 });
    expect(tagOf(client.stats.getAchievementAchievedPercent('ACH_WIN'))).toBe('CallFailed');
    fake.setReturn('SteamAPI_ISteamUserStats_GetAchievementAchievedPercent', true);
    fake.setOutValue('SteamAPI_ISteamUserStats_GetAchievementAchievedPercent', 0, floatBits(12.5));
    expect(rightOf(client.stats.getAchievementAchievedPercent('ACH_WIN'))).toBe(12.5);

    fake.setReturn('SteamAPI_ISteamUserStats_GetMostAchievedAchievementInfo', -1);
    expect(tagOf(client.stats.getMostAchievedAchievementInfo())).toBe('CallFailed');
    fake.setReturn('SteamAPI_ISteamUserStats_GetMostAchievedAchievementInfo', 3);
    fake.setOutput('SteamAPI_ISteamUserStats_GetMostAchievedAchievementInfo', new TextEncoder().encode('ACH_WIN\0x'));
    fake.setOutValue('SteamAPI_ISteamUserStats_GetMostAchievedAchievementInfo', 0, floatBits(99.5));
    fake.setOutValue('SteamAPI_ISteamUserStats_GetMostAchievedAchievementInfo', 1, 1);
    expect(rightOf(client.stats.getMostAchievedAchievementInfo())).toEqual({ iterator: 3, name: 'ACH_WIN', percent: 99.5, achieved: true });
    expect(fake.arg('SteamAPI_ISteamUserStats_GetMostAchievedAchievementInfo', 2)).toBe(128n);
    fake.setReturn('SteamAPI_ISteamUserStats_GetNextMostAchievedAchievementInfo', 4);
    fake.setOutput('SteamAPI_ISteamUserStats_GetNextMostAchievedAchievementInfo', 'ACH_LOSE');
    expect(rightOf(client.stats.getNextMostAchievedAchievementInfo(3))).toEqual({ iterator: 4, name: 'ACH_LOSE', percent: 0, achieved: false });
    expect(fake.arg('SteamAPI_ISteamUserStats_GetNextMostAchievedAchievementInfo', 1)).toBe(3n);
    fake.setReturn('SteamAPI_ISteamUserStats_GetNextMostAchievedAchievementInfo', -1);
    expect(tagOf(client.stats.getNextMostAchievedAchievementInfo(4))).toBe('CallFailed');

    fake.setReturn('SteamAPI_ISteamUserStats_GetGlobalStatInt64', true);
    fake.setOutValue('SteamAPI_ISteamUserStats_GetGlobalStatInt64', 0, 2n ** 60n + 1n);
    expect(rightOf(client.stats.getGlobalStatInt64('NumGames'))).toBe(2n ** 60n + 1n);
    fake.setReturn('SteamAPI_ISteamUserStats_GetGlobalStatDouble', true);
    fake.setOutValue('SteamAPI_ISteamUserStats_GetGlobalStatDouble', 0, doubleBits(1e300));
    expect(rightOf(client.stats.getGlobalStatDouble('FeetTraveled'))).toBe(1e300);
    const history = new BigInt64Array([5n, -6n, 2n ** 62n]);
    fake.setOutput('SteamAPI_ISteamUserStats_GetGlobalStatHistoryInt64', new Uint8Array(history.buffer));
    fake.setReturn('SteamAPI_ISteamUserStats_GetGlobalStatHistoryInt64', 3);
    expect(rightOf(client.stats.getGlobalStatHistoryInt64('NumGames', 10))).toEqual([5n, -6n, 2n ** 62n]);
    // cubData counts bytes: 10 days of int64 is 80.
    expect(fake.arg('SteamAPI_ISteamUserStats_GetGlobalStatHistoryInt64', 3)).toBe(80n);
    const doubles = new Float64Array([0.5, 1.5]);
    fake.setOutput('SteamAPI_ISteamUserStats_GetGlobalStatHistoryDouble', new Uint8Array(doubles.buffer));
    fake.setReturn('SteamAPI_ISteamUserStats_GetGlobalStatHistoryDouble', 2);
    expect(rightOf(client.stats.getGlobalStatHistoryDouble('FeetTraveled', 2))).toEqual([0.5, 1.5]);
    expect(fake.arg('SteamAPI_ISteamUserStats_GetGlobalStatHistoryDouble', 3)).toBe(16n);
    fake.setReturn('SteamAPI_ISteamUserStats_GetGlobalStatHistoryDouble', 0);
    expect(tagOf(client.stats.getGlobalStatHistoryDouble('FeetTraveled', 2))).toBe('CallFailed');
  });

  it("other users' stats: the Steam ID above 2^53 reaches C; out-parameters are read", () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamUserStats_GetUserStatInt32', true);
    fake.setOutValue('SteamAPI_ISteamUserStats_GetUserStatInt32', 0, 42);
    expect(rightOf(client.stats.getUserStatInt32(BIG_STEAM_ID, 'NumGames'))).toBe(42);
    expect(fake.arg('SteamAPI_ISteamUserStats_GetUserStatInt32', 1)).toBe(BIG_STEAM_ID);
    fake.setReturn('SteamAPI_ISteamUserStats_GetUserStatFloat', true);
    fake.setOutValue('SteamAPI_ISteamUserStats_GetUserStatFloat', 0, floatBits(-0.5));
    expect(rightOf(client.stats.getUserStatFloat(BIG_STEAM_ID, 'FeetTraveled'))).toBe(-0.5);
    expect(tagOf(client.stats.getUserAchievement(BIG_STEAM_ID, 'ACH_WIN'))).toBe('CallFailed');
    fake.setReturn('SteamAPI_ISteamUserStats_GetUserAchievement', true);
    expect(rightOf(client.stats.getUserAchievement(BIG_STEAM_ID, 'ACH_WIN'))).toBe(false);
    fake.setReturn('SteamAPI_ISteamUserStats_GetUserAchievementAndUnlockTime', true);
    fake.setOutValue('SteamAPI_ISteamUserStats_GetUserAchievementAndUnlockTime', 0, 1);
    fake.setOutValue('SteamAPI_ISteamUserStats_GetUserAchievementAndUnlockTime', 1, 1_700_000_000);
    expect(rightOf(client.stats.getUserAchievementAndUnlockTime(OTHER_STEAM_ID, 'ACH_WIN'))).toEqual({ name: 'ACH_WIN', achieved: true, unlockTime: 1_700_000_000 });
    expect(fake.arg('SteamAPI_ISteamUserStats_GetUserAchievementAndUnlockTime', 1)).toBe(OTHER_STEAM_ID);
  });

  it('call results are matched by handle and interpreted: user stats, players, percentages, global stats, UGC', () => {
    const client = startClient();
    const seen: Either<{ readonly _tag: string }, unknown>[] = [];
    const push = (value: Either<{ readonly _tag: string }, unknown>): void => {
      seen.push(value);
    };
    fake.setReturn('SteamAPI_ISteamUserStats_RequestUserStats', 0x1_0000_0001n);
    client.stats.requestUserStats(BIG_STEAM_ID).subscribe(push);
    expect(fake.arg('SteamAPI_ISteamUserStats_RequestUserStats', 1)).toBe(BIG_STEAM_ID);
    fake.setReturn('SteamAPI_ISteamUserStats_GetNumberOfCurrentPlayers', 0x1_0000_0002n);
    client.stats.getNumberOfCurrentPlayers().subscribe(push);
    fake.setReturn('SteamAPI_ISteamUserStats_RequestGlobalAchievementPercentages', 0x1_0000_0003n);
    client.stats.requestGlobalAchievementPercentages().subscribe(push);
    fake.setReturn('SteamAPI_ISteamUserStats_RequestGlobalStats', 0x1_0000_0004n);
    client.stats.requestGlobalStats(60).subscribe(push);
    expect(fake.arg('SteamAPI_ISteamUserStats_RequestGlobalStats', 1)).toBe(60n);
    fake.setReturn('SteamAPI_ISteamUserStats_AttachLeaderboardUGC', 0x1_0000_0005n);
    client.stats.attachLeaderboardUGC(9n, 2n ** 63n).subscribe(push);
    expect([fake.arg('SteamAPI_ISteamUserStats_AttachLeaderboardUGC', 1), fake.arg('SteamAPI_ISteamUserStats_AttachLeaderboardUGC', 2)]).toEqual([9n, 2n ** 63n]);
    // Answers in another order than the calls, with a stranger's handle among them.
    queueCallResult(0x1_0000_0005n, 'LeaderboardUGCSet_t', { m_eResult: EResult.InvalidParam, m_hSteamLeaderboard: 9n });
    queueCallResult(0x9_9999_9999n, 'NumberOfCurrentPlayers_t', { m_bSuccess: 1, m_cPlayers: 1 });
    queueCallResult(0x1_0000_0004n, 'GlobalStatsReceived_t', { m_nGameID: GAME_ID, m_eResult: EResult.OK });
    queueCallResult(0x1_0000_0003n, 'GlobalAchievementPercentagesReady_t', { m_nGameID: GAME_ID, m_eResult: EResult.OK });
    queueCallResult(0x1_0000_0002n, 'NumberOfCurrentPlayers_t', { m_bSuccess: 1, m_cPlayers: 12345 });
    queueCallResult(0x1_0000_0001n, 'UserStatsReceived_t', { m_nGameID: GAME_ID, m_eResult: EResult.OK, m_steamIDUser: BIG_STEAM_ID });
    client.runCallbacks();
    expect(seen).toHaveLength(5);
    expect(tagOf(seen[0] as Either<{ readonly _tag: string }, unknown>)).toBe('SteamResultError');
    expect(rightOf(seen[1] as Either<unknown, unknown>)).toEqual({ gameId: GAME_ID, result: EResult.OK });
    expect(rightOf(seen[2] as Either<unknown, unknown>)).toEqual({ gameId: GAME_ID, result: EResult.OK });
    expect(rightOf(seen[3] as Either<unknown, unknown>)).toBe(12345);
    expect(rightOf(seen[4] as Either<unknown, unknown>)).toEqual({ gameId: GAME_ID, result: EResult.OK, steamId: BIG_STEAM_ID });
  });

  it('a call Steam could not start (handle 0) is a Left at once, with nothing left waiting', () => {
    const client = startClient();
    const seen: unknown[] = [];
    client.stats.getNumberOfCurrentPlayers().subscribe((value) => seen.push(tagOf(value as Either<{ readonly _tag: string }, unknown>)));
    expect(seen).toEqual(['InvalidApiCall']);
    expect(client.pump.awaiting).toBe(0);
  });

  it('leaderboards: find and find-or-create pass name and enums; the board queries answer names', () => {
    const client = startClient();
    const seen: unknown[] = [];
    fake.setReturn('SteamAPI_ISteamUserStats_FindOrCreateLeaderboard', 0x2_0000_0001n);
    client.stats.findOrCreateLeaderboard('Feet Traveled', 'ascending', 'timeMilliSeconds').subscribe((value) => seen.push(rightOf(value)));
    expect(fake.argString('SteamAPI_ISteamUserStats_FindOrCreateLeaderboard', 1)).toBe('Feet Traveled');
    expect([fake.arg('SteamAPI_ISteamUserStats_FindOrCreateLeaderboard', 2), fake.arg('SteamAPI_ISteamUserStats_FindOrCreateLeaderboard', 3)]).toEqual([1n, 3n]);
    fake.setReturn('SteamAPI_ISteamUserStats_FindLeaderboard', 0x2_0000_0002n);
    client.stats.findLeaderboard('Missing').subscribe((value) => seen.push(rightOf(value)));
    queueCallResult(0x2_0000_0001n, 'LeaderboardFindResult_t', { m_hSteamLeaderboard: 2n ** 60n, m_bLeaderboardFound: 1 });
    queueCallResult(0x2_0000_0002n, 'LeaderboardFindResult_t', { m_hSteamLeaderboard: 0n, m_bLeaderboardFound: 0 });
    client.runCallbacks();
    expect(seen).toEqual([
      { leaderboard: 2n ** 60n, found: true },
      { leaderboard: 0n, found: false },
    ]);
    fake.setOutput('SteamAPI_ISteamUserStats_GetLeaderboardName', 'Feet Traveled');
    expect(client.stats.getLeaderboardName(2n ** 60n)).toBe('Feet Traveled');
    expect(fake.arg('SteamAPI_ISteamUserStats_GetLeaderboardName', 1)).toBe(2n ** 60n);
    fake.setReturn('SteamAPI_ISteamUserStats_GetLeaderboardEntryCount', 1000);
    expect(client.stats.getLeaderboardEntryCount(2n ** 60n)).toBe(1000);
    fake.setReturn('SteamAPI_ISteamUserStats_GetLeaderboardSortMethod', 2);
    expect(client.stats.getLeaderboardSortMethod(2n ** 60n)).toBe('descending');
    fake.setReturn('SteamAPI_ISteamUserStats_GetLeaderboardDisplayType', 2);
    expect(client.stats.getLeaderboardDisplayType(2n ** 60n)).toBe('timeSeconds');
    fake.setReturn('SteamAPI_ISteamUserStats_GetLeaderboardDisplayType', 99);
    expect(client.stats.getLeaderboardDisplayType(2n ** 60n)).toBe('none');
  });

  it('downloads pass the request and range, and the users as CSteamID bytes', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamUserStats_DownloadLeaderboardEntries', 0x3_0000_0001n);
    client.stats.downloadLeaderboardEntries(7n, 'globalAroundUser', -4, 5).subscribe();
    expect([1, 2, 3, 4].map((index) => fake.signedArg('SteamAPI_ISteamUserStats_DownloadLeaderboardEntries', index))).toEqual([7n, 1n, -4n, 5n]);
    fake.setReturn('SteamAPI_ISteamUserStats_DownloadLeaderboardEntriesForUsers', 0x3_0000_0002n);
    client.stats.downloadLeaderboardEntriesForUsers(7n, [BIG_STEAM_ID, OTHER_STEAM_ID]).subscribe();
    const users = fake.argBytes('SteamAPI_ISteamUserStats_DownloadLeaderboardEntriesForUsers', 2);
    expect(users === null ? [] : [...new BigUint64Array(users.slice().buffer)]).toEqual([BIG_STEAM_ID, OTHER_STEAM_ID]);
    expect(fake.arg('SteamAPI_ISteamUserStats_DownloadLeaderboardEntriesForUsers', 3)).toBe(2n);
  });

  it('GetDownloadedLeaderboardEntry: LeaderboardEntry_t and its details; cDetailsMax is the buffer\'s true length', () => {
    const client = startClient();
    expect(tagOf(client.stats.getDownloadedLeaderboardEntry(11n, 0))).toBe('CallFailed');
    fake.setReturn('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry', true);
    const layout = layoutOf(layoutsFor('linux64'), 'LeaderboardEntry_t');
    fake.setOutput('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry', writeStruct(layout, { m_steamIDUser: BIG_STEAM_ID, m_nGlobalRank: 3, m_nScore: -100, m_cDetails: 70, m_hUGC: 2n ** 64n - 1n }));
    fake.setLeaderboardDetails(Int32Array.from({ length: 70 }, (_, index) => index - 35));
    const entry = rightOf(client.stats.getDownloadedLeaderboardEntry(11n, 2));
    expect(entry).toEqual({ steamId: BIG_STEAM_ID, globalRank: 3, score: -100, details: Int32Array.from({ length: 64 }, (_, index) => index - 35), ugc: 2n ** 64n - 1n });
    expect([fake.arg('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry', 1), fake.arg('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry', 2), fake.arg('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry', 5)]).toEqual([11n, 2n, 64n]);
    // Fewer details asked for: C is told so, and only those come back.
    const few = rightOf(client.stats.getDownloadedLeaderboardEntry(11n, 2, 3));
    expect(few.details).toEqual(Int32Array.of(-35, -34, -33));
    expect(fake.arg('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry', 5)).toBe(3n);
  });

  it.each(['linux64', 'win64'] as const)('LeaderboardEntry_t is read by the %s packing (m_hUGC at 20 or 24)', (platform) => {
    startClient();
    const api = rightOf(bindFlatFunctions<UserStatsFlatApi>(koffi.load(fake.libraryPath), userStatsFunctions));
    const port = createNativeUserStatsPort(newLiveness(), () => api, platform);
    const layout = layoutOf(layoutsFor(platform), 'LeaderboardEntry_t');
    fake.setReturn('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry', true);
    fake.setOutput('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry', writeStruct(layout, { m_steamIDUser: OTHER_STEAM_ID, m_nGlobalRank: 1, m_nScore: 9, m_cDetails: 2, m_hUGC: 0x0102_0304_0506_0708n }));
    fake.setLeaderboardDetails(Int32Array.of(7, -8));
    const details = new Int32Array(4);
    expect(port.getDownloadedLeaderboardEntry(5n, 0, details)).toEqual({ steamId: OTHER_STEAM_ID, globalRank: 1, score: 9, detailCount: 2, ugc: 0x0102_0304_0506_0708n });
    expect(details).toEqual(Int32Array.of(7, -8, 0, 0));
    expect(fake.arg('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry', 5)).toBe(4n);
  });

  it('uploads pass method, score and every detail (none: a NULL pointer and 0)', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamUserStats_UploadLeaderboardScore', 0x4_0000_0001n);
    const details = Int32Array.from({ length: 64 }, (_, index) => index * -1000);
    client.stats.uploadLeaderboardScore(7n, 'forceUpdate', -5, details).subscribe();
    expect([1, 2, 3, 5].map((index) => fake.signedArg('SteamAPI_ISteamUserStats_UploadLeaderboardScore', index))).toEqual([7n, 2n, -5n, 64n]);
    const sent = fake.argBytes('SteamAPI_ISteamUserStats_UploadLeaderboardScore', 4);
    expect(sent === null ? null : new Int32Array(sent.slice().buffer)).toEqual(details);
    client.stats.uploadLeaderboardScore(7n, 'keepBest', 1).subscribe();
    expect(fake.argIsNull('SteamAPI_ISteamUserStats_UploadLeaderboardScore', 4)).toBe(true);
    expect(fake.arg('SteamAPI_ISteamUserStats_UploadLeaderboardScore', 5)).toBe(0n);
    expect(fake.arg('SteamAPI_ISteamUserStats_UploadLeaderboardScore', 2)).toBe(1n);
  });

  it('leaderboard$ finds (or makes) a board and describes it; not found is LeaderboardNotFound', () => {
    const client = startClient();
    const seen: unknown[] = [];
    fake.setReturn('SteamAPI_ISteamUserStats_FindLeaderboard', 0x5_0000_0001n);
    client.stats.leaderboard$('Missing').subscribe((value) => seen.push(tagOf(value)));
    fake.setReturn('SteamAPI_ISteamUserStats_FindOrCreateLeaderboard', 0x5_0000_0002n);
    client.stats.leaderboard$('Speedrun', { createWith: { sortMethod: 'ascending', displayType: 'timeMilliSeconds' } }).subscribe((value) => seen.push(rightOf(value)));
    expect(fake.callCount('SteamAPI_ISteamUserStats_FindOrCreateLeaderboard')).toBe(1);
    queueCallResult(0x5_0000_0001n, 'LeaderboardFindResult_t', { m_hSteamLeaderboard: 0n, m_bLeaderboardFound: 0 });
    queueCallResult(0x5_0000_0002n, 'LeaderboardFindResult_t', { m_hSteamLeaderboard: 77n, m_bLeaderboardFound: 1 });
    fake.setReturn('SteamAPI_ISteamUserStats_GetLeaderboardEntryCount', 5);
    fake.setReturn('SteamAPI_ISteamUserStats_GetLeaderboardSortMethod', 1);
    fake.setReturn('SteamAPI_ISteamUserStats_GetLeaderboardDisplayType', 3);
    client.runCallbacks();
    expect(seen).toEqual(['LeaderboardNotFound', { handle: 77n, name: 'Speedrun', entryCount: 5, sortMethod: 'ascending', displayType: 'timeMilliSeconds' }]);
  });

  it('entries$ downloads and reads every entry with its details; uploadScore$ gives both ranks', () => {
    const client = startClient();
    const seen: unknown[] = [];
    fake.setReturn('SteamAPI_ISteamUserStats_DownloadLeaderboardEntries', 0x6_0000_0001n);
    client.stats.entries$(77n, { request: 'global', start: 1, end: 2 }).subscribe((value) => seen.push(rightOf(value)));
    expect([2, 3, 4].map((index) => fake.arg('SteamAPI_ISteamUserStats_DownloadLeaderboardEntries', index))).toEqual([0n, 1n, 2n]);
    queueCallResult(0x6_0000_0001n, 'LeaderboardScoresDownloaded_t', { m_hSteamLeaderboard: 77n, m_hSteamLeaderboardEntries: 88n, m_cEntryCount: 2 });
    // The board holds the two entries (entries$ reads no more than GetLeaderboardEntryCount says).
    fake.setReturn('SteamAPI_ISteamUserStats_GetLeaderboardEntryCount', 2);
    fake.setReturn('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry', true);
    fake.setOutput('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry', writeStruct(layoutOf(layoutsFor('linux64'), 'LeaderboardEntry_t'), { m_steamIDUser: BIG_STEAM_ID, m_nGlobalRank: 1, m_nScore: 10, m_cDetails: 1, m_hUGC: 5n }));
    fake.setLeaderboardDetails(Int32Array.of(99));
    fake.setReturn('SteamAPI_ISteamUserStats_UploadLeaderboardScore', 0x6_0000_0002n);
    client.stats.uploadScore$({ handle: 77n, name: 'x', entryCount: 0, sortMethod: 'descending', displayType: 'numeric' }, 10, 'keepBest', [1, 2]).subscribe((value) => seen.push(rightOf(value)));
    queueCallResult(0x6_0000_0002n, 'LeaderboardScoreUploaded_t', { m_bSuccess: 1, m_hSteamLeaderboard: 77n, m_nScore: 10, m_bScoreChanged: 1, m_nGlobalRankNew: 1, m_nGlobalRankPrevious: 4 });
    client.runCallbacks();
    const entry = { steamId: BIG_STEAM_ID, globalRank: 1, score: 10, details: Int32Array.of(99), ugc: 5n };
    expect(seen).toEqual([[entry, entry], { leaderboard: 77n, score: 10, scoreChanged: true, globalRankNew: 1, globalRankPrevious: 4 }]);
    expect(fake.arg('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry', 1)).toBe(88n);
    expect(fake.callCount('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry')).toBe(2);
    expect(client.pump.awaiting).toBe(0);
  });

  it('a failed upload is a CallFailed Left', () => {
    const client = startClient();
    const seen: unknown[] = [];
    fake.setReturn('SteamAPI_ISteamUserStats_UploadLeaderboardScore', 0x6_0000_0003n);
    client.stats.uploadScore$(77n, 10, 'forceUpdate').subscribe((value) => seen.push(tagOf(value)));
    queueCallResult(0x6_0000_0003n, 'LeaderboardScoreUploaded_t', { m_bSuccess: 0, m_hSteamLeaderboard: 77n, m_nScore: 10, m_bScoreChanged: 0, m_nGlobalRankNew: 0, m_nGlobalRankPrevious: 0 });
    client.runCallbacks();
    expect(seen).toEqual(['CallFailed']);
  });
});

describe('client.stats reactive forms through the fake library', () => {
  const received = { m_nGameID: GAME_ID, m_eResult: EResult.OK, m_steamIDUser: BIG_STEAM_ID };

  it('ready$ requests the stats once, answers the local user only, replays the last and re-emits on reload', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamUser_GetSteamID', BIG_STEAM_ID);
    fake.setReturn('SteamAPI_ISteamUserStats_RequestCurrentStats', true);
    const first: unknown[] = [];
    const subscription = client.stats.ready$.subscribe((value) => first.push(rightOf(value).steamId));
    client.stats.ready$.subscribe().unsubscribe();
    expect(fake.callCount('SteamAPI_ISteamUserStats_RequestCurrentStats')).toBe(1);
    expect(client.pump.awaiting).toBe(1);
    queueCallback('UserStatsReceived_t', { ...received, m_steamIDUser: OTHER_STEAM_ID });
    queueCallback('UserStatsReceived_t', received);
    client.runCallbacks();
    expect(first).toEqual([BIG_STEAM_ID]);
    expect(client.pump.awaiting).toBe(0);
    const late: unknown[] = [];
    client.stats.ready$.subscribe((value) => late.push(rightOf(value).steamId));
    expect(late).toEqual([BIG_STEAM_ID]);
    queueCallback('UserStatsReceived_t', received);
    client.runCallbacks();
    expect(first).toEqual([BIG_STEAM_ID, BIG_STEAM_ID]);
    subscription.unsubscribe();
    expect(fake.callCount('SteamAPI_ISteamUserStats_RequestCurrentStats')).toBe(1);
  });

  it('ready$: a failing EResult is a Left; a request Steam did not send is a CallFailed Left (and holds no pump)', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamUser_GetSteamID', BIG_STEAM_ID);
    const seen: string[] = [];
    client.stats.ready$.subscribe((value) => seen.push(value._tag === 'Left' ? value.left._tag : 'Right'));
    expect(client.pump.awaiting).toBe(0);
    queueCallback('UserStatsReceived_t', { ...received, m_eResult: EResult.Fail });
    client.runCallbacks();
    expect(seen).toEqual(['CallFailed', 'SteamResultError']);
  });

  it('ready$ after a failure: the next subscriber asks Steam again (once while it is in flight); a success is replayed, not re-asked', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamUser_GetSteamID', BIG_STEAM_ID);
    fake.setReturn('SteamAPI_ISteamUserStats_RequestCurrentStats', true);
    const requests = (): number => fake.callCount('SteamAPI_ISteamUserStats_RequestCurrentStats');
    const seen: string[] = [];
    const watch = (who: string): void => {
      client.stats.ready$.subscribe((value) => seen.push(`${who} ${value._tag === 'Left' ? value.left._tag : 'Right'}`));
    };
    watch('a');
    watch('b');
    expect(requests()).toBe(1);
    queueCallback('UserStatsReceived_t', { ...received, m_eResult: EResult.Fail });
    client.runCallbacks();
    expect(seen).toEqual(['a SteamResultError', 'b SteamResultError']);
    expect(client.pump.awaiting).toBe(0);
    // The failure is not replayed: a later subscriber asks again and waits (holding the pump) for the answer.
    watch('c');
    watch('d');
    expect(requests()).toBe(2);
    expect(seen).toHaveLength(2);
    expect(client.pump.awaiting).toBe(2);
    queueCallback('UserStatsReceived_t', received);
    client.runCallbacks();
    expect(seen.slice(2)).toEqual(['a Right', 'b Right', 'c Right', 'd Right']);
    expect(client.pump.awaiting).toBe(0);
    watch('e');
    expect(seen.slice(6)).toEqual(['e Right']);
    expect(requests()).toBe(2);
  });

  it('ready$ after a request Steam did not send: the next subscriber tries again', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamUser_GetSteamID', BIG_STEAM_ID);
    const seen: string[] = [];
    client.stats.ready$.subscribe((value) => seen.push(value._tag === 'Left' ? value.left._tag : 'Right'));
    fake.setReturn('SteamAPI_ISteamUserStats_RequestCurrentStats', true);
    client.stats.ready$.subscribe((value) => seen.push(value._tag === 'Left' ? value.left._tag : 'Right'));
    expect(fake.callCount('SteamAPI_ISteamUserStats_RequestCurrentStats')).toBe(2);
    expect(seen).toEqual(['CallFailed']);
    queueCallback('UserStatsReceived_t', received);
    client.runCallbacks();
    expect(seen).toEqual(['CallFailed', 'Right', 'Right']);
  });

  it('achievement$: the state once loaded, then each change (a stored unlock, a local clear), unchanged states dropped', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamUser_GetSteamID', BIG_STEAM_ID);
    fake.setReturn('SteamAPI_ISteamUserStats_RequestCurrentStats', true);
    fake.setReturn('SteamAPI_ISteamUserStats_GetAchievementAndUnlockTime', true);
    const seen: unknown[] = [];
    client.stats.achievement$('ACH_WIN').subscribe((value) => seen.push(rightOf(value).achieved));
    queueCallback('UserStatsReceived_t', received);
    client.runCallbacks();
    fake.setOutValue('SteamAPI_ISteamUserStats_GetAchievementAndUnlockTime', 0, 1);
    fake.setOutValue('SteamAPI_ISteamUserStats_GetAchievementAndUnlockTime', 1, 100);
    queueCallback('UserAchievementStored_t', { m_nGameID: GAME_ID, m_bGroupAchievement: false, m_rgchAchievementName: 'ACH_OTHER', m_nCurProgress: 0, m_nMaxProgress: 0 });
    queueCallback('UserAchievementStored_t', { m_nGameID: GAME_ID, m_bGroupAchievement: false, m_rgchAchievementName: 'ACH_WIN', m_nCurProgress: 0, m_nMaxProgress: 0 });
    queueCallback('UserStatsReceived_t', received);
    client.runCallbacks();
    fake.setOutValue('SteamAPI_ISteamUserStats_GetAchievementAndUnlockTime', 0, 0);
    fake.setOutValue('SteamAPI_ISteamUserStats_GetAchievementAndUnlockTime', 1, 0);
    fake.setReturn('SteamAPI_ISteamUserStats_ClearAchievement', true);
    client.stats.clearAchievement('ACH_WIN');
    expect(seen).toEqual([false, true, false]);
    expect(fake.argString('SteamAPI_ISteamUserStats_GetAchievementAndUnlockTime', 1)).toBe('ACH_WIN');
  });

  it('achievement$ outlives a ready$ Left (the request not sent) and ignores changes before the stats are loaded', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamUser_GetSteamID', BIG_STEAM_ID);
    const seen: string[] = [];
    client.stats.achievement$('ACH_WIN').subscribe({ next: (value) => seen.push(value._tag === 'Left' ? value.left._tag : `achieved ${value.right.achieved}`), complete: () => seen.push('done') });
    fake.setReturn('SteamAPI_ISteamUserStats_SetAchievement', true);
    client.stats.setAchievement('ACH_WIN');
    expect(fake.callCount('SteamAPI_ISteamUserStats_GetAchievementAndUnlockTime')).toBe(0);
    fake.setReturn('SteamAPI_ISteamUserStats_GetAchievementAndUnlockTime', true);
    queueCallback('UserStatsReceived_t', received);
    client.runCallbacks();
    expect(seen).toEqual(['CallFailed', 'achieved false']);
  });

  it('achievement$ of a name Steam does not know: one CallFailed Left, then completion', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamUser_GetSteamID', BIG_STEAM_ID);
    fake.setReturn('SteamAPI_ISteamUserStats_RequestCurrentStats', true);
    const seen: string[] = [];
    client.stats.achievement$('ACH_NOPE').subscribe({ next: (value) => seen.push(tagOf(value)), complete: () => seen.push('done') });
    queueCallback('UserStatsReceived_t', received);
    client.runCallbacks();
    expect(seen).toEqual(['CallFailed', 'done']);
  });

  it('a session whose call results wait for ever (callResultTimeoutMs: Infinity): an unanswered store waits, not a Timeout at once (a timer of Infinity fires after 1 ms)', async () => {
    const client = startClient({ callResultTimeoutMs: Infinity });
    for (const symbol of ['SteamAPI_ISteamUserStats_SetAchievement', 'SteamAPI_ISteamUserStats_GetAchievement', 'SteamAPI_ISteamUserStats_StoreStats'] as const) {
      fake.setReturn(symbol, true);
    }
    const seen: string[] = [];
    const subscription = client.stats.unlockAchievement('ACH_WIN').subscribe((value) => seen.push(tagOf(value)));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(fake.callCount('SteamAPI_ISteamUserStats_StoreStats')).toBe(1);
    expect(seen).toEqual([]);
    expect(client.pump.awaiting).toBe(1);
    subscription.unsubscribe();
    expect(client.pump.awaiting).toBe(0);
  });

  it('three stores in one turn are ONE StoreStats; the unlock resolves from its UserAchievementStored_t, the stats from UserStatsStored_t', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    const client = startClient({ scheduler });
    for (const symbol of ['SteamAPI_ISteamUserStats_SetAchievement', 'SteamAPI_ISteamUserStats_GetAchievement', 'SteamAPI_ISteamUserStats_SetStatInt32', 'SteamAPI_ISteamUserStats_SetStatFloat', 'SteamAPI_ISteamUserStats_StoreStats'] as const) {
      fake.setReturn(symbol, true);
    }
    const seen: unknown[] = [];
    client.stats.unlockAchievement('ACH_WIN').subscribe((value) => seen.push(['unlock', rightOf(value)]));
    client.stats.storeStatInt32('NumGames', 3).subscribe((value) => seen.push(['int', rightOf(value)]));
    client.stats.storeStatFloat('FeetTraveled', 1.5).subscribe((value) => seen.push(['float', rightOf(value)]));
    expect(fake.callCount('SteamAPI_ISteamUserStats_StoreStats')).toBe(0);
    expect(client.pump.awaiting).toBe(3);
    scheduler.flush();
    expect(fake.callCount('SteamAPI_ISteamUserStats_StoreStats')).toBe(1);
    expect(fake.callSequence('SteamAPI_ISteamUserStats_StoreStats')).toBeGreaterThan(fake.callSequence('SteamAPI_ISteamUserStats_SetStatFloat'));
    queueCallback('UserStatsStored_t', { m_nGameID: GAME_ID, m_eResult: EResult.OK });
    queueCallback('UserAchievementStored_t', { m_nGameID: GAME_ID, m_bGroupAchievement: false, m_rgchAchievementName: 'ACH_WIN', m_nCurProgress: 0, m_nMaxProgress: 0 });
    client.runCallbacks();
    expect(seen).toEqual([
      ['int', { gameId: GAME_ID, achievementName: null }],
      ['float', { gameId: GAME_ID, achievementName: null }],
      ['unlock', { gameId: GAME_ID, achievementName: 'ACH_WIN' }],
    ]);
    expect(client.pump.awaiting).toBe(0);
  });

  it('the pump frame ends the turn too: stores made in a frame\'s callbacks (or before a runCallbacks) go out at its end as one', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    const client = startClient({ scheduler });
    for (const symbol of ['SteamAPI_ISteamUserStats_SetStatInt32', 'SteamAPI_ISteamUserStats_StoreStats'] as const) fake.setReturn(symbol, true);
    client.stats.userStatsReceived$.subscribe(() => {
      client.stats.storeStatInt32('A', 1).subscribe();
      client.stats.storeStatInt32('B', 2).subscribe();
    });
    queueCallback('UserStatsReceived_t', received);
    client.runCallbacks();
    // No scheduler flush: the frame's end sent it.
    expect(fake.callCount('SteamAPI_ISteamUserStats_StoreStats')).toBe(1);
    client.stats.storeStatInt32('C', 3).subscribe();
    client.runCallbacks();
    expect(fake.callCount('SteamAPI_ISteamUserStats_StoreStats')).toBe(2);
    // The scheduler's task finds nothing left to send.
    scheduler.flush();
    expect(fake.callCount('SteamAPI_ISteamUserStats_StoreStats')).toBe(2);
  });

  it('stores of later turns are later StoreStats, each settled by its own UserStatsStored_t in order', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    const client = startClient({ scheduler });
    for (const symbol of ['SteamAPI_ISteamUserStats_SetStatInt32', 'SteamAPI_ISteamUserStats_StoreStats'] as const) fake.setReturn(symbol, true);
    const seen: string[] = [];
    client.stats.storeStatInt32('A', 1).subscribe((value) => seen.push(value._tag === 'Left' ? `first ${value.left._tag}` : 'first ok'));
    scheduler.flush();
    client.stats.storeStatInt32('B', 2).subscribe((value) => seen.push(value._tag === 'Left' ? `second ${value.left._tag}` : 'second ok'));
    scheduler.flush();
    expect(fake.callCount('SteamAPI_ISteamUserStats_StoreStats')).toBe(2);
    queueCallback('UserStatsStored_t', { m_nGameID: GAME_ID, m_eResult: EResult.InvalidParam });
    queueCallback('UserStatsStored_t', { m_nGameID: GAME_ID, m_eResult: EResult.OK });
    client.runCallbacks();
    expect(seen).toEqual(['first SteamResultError', 'second ok']);
  });

  it('a refused set or store is a CallFailed Left; no answer in time is a Timeout; everything is released', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    const client = startClient({ scheduler, callResultTimeoutMs: 100 });
    const seen: string[] = [];
    const tag = (value: Either<{ readonly _tag: string }, unknown>): void => {
      seen.push(value._tag === 'Left' ? value.left._tag : 'Right');
    };
    client.stats.storeStatInt32('Unknown', 1).subscribe(tag);
    expect(fake.callCount('SteamAPI_ISteamUserStats_StoreStats')).toBe(0);
    fake.setReturn('SteamAPI_ISteamUserStats_SetStatInt32', true);
    client.stats.storeStatInt32('Known', 1).subscribe(tag);
    scheduler.flush();
    expect(seen).toEqual(['CallFailed', 'CallFailed']);
    fake.setReturn('SteamAPI_ISteamUserStats_StoreStats', true);
    client.stats.storeStatInt32('Known', 2).subscribe(tag);
    scheduler.flush();
    expect(seen).toEqual(['CallFailed', 'CallFailed', 'Timeout']);
    expect(client.pump.awaiting).toBe(0);
  });

  it('on a scheduler that runs a zero-delay task at once (queueScheduler), a store goes out with its waiter and settles', () => {
    const client = startClient({ scheduler: queueScheduler });
    for (const symbol of ['SteamAPI_ISteamUserStats_SetStatInt32', 'SteamAPI_ISteamUserStats_StoreStats'] as const) fake.setReturn(symbol, true);
    const seen: string[] = [];
    client.stats.storeStatInt32('A', 1).subscribe((value) => seen.push(value._tag === 'Left' ? value.left._tag : 'Right'));
    expect(fake.callCount('SteamAPI_ISteamUserStats_StoreStats')).toBe(1);
    queueCallback('UserStatsStored_t', { m_nGameID: GAME_ID, m_eResult: EResult.OK });
    client.runCallbacks();
    expect(seen).toEqual(['Right']);
    expect(client.pump.awaiting).toBe(0);
  });

  it('a store Steam refused to send leaves nothing listening for its answer', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    const { client, counter } = startCountedClient({ scheduler });
    const baseline = counter.open();
    fake.setReturn('SteamAPI_ISteamUserStats_SetStatInt32', true);
    const seen: string[] = [];
    client.stats.storeStatInt32('A', 1).subscribe((value) => seen.push(value._tag === 'Left' ? value.left._tag : 'Right'));
    scheduler.flush();
    expect(seen).toEqual(['CallFailed']);
    expect(fake.callCount('SteamAPI_ISteamUserStats_StoreStats')).toBe(1);
    // No UserStatsStored_t is coming: the store must not stay subscribed to callbacks$.
    expect(counter.open()).toBe(baseline);
    expect(client.pump.awaiting).toBe(0);
  });

  it('unsubscribing before the answer releases the pump hold and the waiter; shutdown answers NotInitialized', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    const client = startClient({ scheduler });
    for (const symbol of ['SteamAPI_ISteamUserStats_SetStatInt32', 'SteamAPI_ISteamUserStats_StoreStats'] as const) fake.setReturn(symbol, true);
    const abandoned = client.stats.storeStatInt32('A', 1).subscribe();
    expect(client.pump.awaiting).toBe(1);
    abandoned.unsubscribe();
    expect(client.pump.awaiting).toBe(0);
    const seen: string[] = [];
    client.stats.storeStatInt32('B', 1).subscribe((value) => seen.push(value._tag === 'Left' ? value.left._tag : 'Right'));
    scheduler.flush();
    client.shutdown();
    expect(seen).toEqual(['NotInitialized']);
  });

  it('achievementIcon$: at once when Steam has it, else from UserAchievementIconFetched_t; 0 there is a CallFailed', () => {
    const client = startClient();
    const seen: string[] = [];
    const push = (value: Either<{ readonly _tag: string }, unknown>): void => {
      seen.push(value._tag === 'Left' ? value.left._tag : 'Right');
    };
    client.stats.achievementIcon$('ACH_WIN').subscribe(push);
    expect(fake.argString('SteamAPI_ISteamUserStats_GetAchievementIcon', 1)).toBe('ACH_WIN');
    expect(client.pump.awaiting).toBe(1);
    queueCallback('UserAchievementIconFetched_t', { m_nGameID: GAME_ID, m_rgchAchievementName: 'ACH_WIN', m_bAchieved: true, m_nIconHandle: 0 });
    client.runCallbacks();
    expect(seen).toEqual(['CallFailed']);
    // A handle: the image comes from ISteamUtils (the fake has no image 5, so its CallFailed says so).
    fake.setReturn('SteamAPI_ISteamUserStats_GetAchievementIcon', 5);
    client.stats.achievementIcon$('ACH_WIN').subscribe(push);
    expect(fake.arg('SteamAPI_ISteamUtils_GetImageSize', 1)).toBe(5n);
    expect(client.pump.awaiting).toBe(0);
  });

  it('every callback arrives on its stream (client pipe)', () => {
    const client = startClient();
    const seen: string[] = [];
    const streams = client.stats;
    streams.userStatsReceived$.subscribe(() => seen.push('received'));
    streams.userStatsStored$.subscribe(() => seen.push('stored'));
    streams.userAchievementStored$.subscribe(() => seen.push('achievement'));
    streams.userStatsUnloaded$.subscribe((event) => seen.push(`unloaded ${event.steamId}`));
    streams.userAchievementIconFetched$.subscribe((event) => seen.push(`icon ${event.iconHandle}`));
    streams.leaderboardFindResult$.subscribe(() => seen.push('find'));
    streams.leaderboardScoresDownloaded$.subscribe(() => seen.push('downloaded'));
    streams.leaderboardScoreUploaded$.subscribe(() => seen.push('uploaded'));
    streams.numberOfCurrentPlayers$.subscribe(() => seen.push('players'));
    streams.globalAchievementPercentagesReady$.subscribe(() => seen.push('percentages'));
    streams.leaderboardUGCSet$.subscribe(() => seen.push('ugc'));
    streams.globalStatsReceived$.subscribe(() => seen.push('global'));
    queueCallback('UserStatsReceived_t', received);
    queueCallback('UserStatsStored_t', { m_nGameID: GAME_ID, m_eResult: EResult.OK });
    queueCallback('UserAchievementStored_t', { m_nGameID: GAME_ID, m_bGroupAchievement: false, m_rgchAchievementName: 'A', m_nCurProgress: 1, m_nMaxProgress: 2 });
    queueCallback('UserStatsUnloaded_t', { m_steamIDUser: OTHER_STEAM_ID });
    queueCallback('UserAchievementIconFetched_t', { m_nGameID: GAME_ID, m_rgchAchievementName: 'A', m_bAchieved: false, m_nIconHandle: 3 });
    queueCallResult(1n, 'LeaderboardFindResult_t', { m_hSteamLeaderboard: 1n, m_bLeaderboardFound: 1 });
    queueCallResult(2n, 'LeaderboardScoresDownloaded_t', { m_hSteamLeaderboard: 1n, m_hSteamLeaderboardEntries: 2n, m_cEntryCount: 0 });
    queueCallResult(3n, 'LeaderboardScoreUploaded_t', { m_bSuccess: 1, m_hSteamLeaderboard: 1n, m_nScore: 1, m_bScoreChanged: 1, m_nGlobalRankNew: 1, m_nGlobalRankPrevious: 0 });
    queueCallResult(4n, 'NumberOfCurrentPlayers_t', { m_bSuccess: 1, m_cPlayers: 2 });
    queueCallResult(5n, 'GlobalAchievementPercentagesReady_t', { m_nGameID: GAME_ID, m_eResult: EResult.OK });
    queueCallResult(6n, 'LeaderboardUGCSet_t', { m_eResult: EResult.OK, m_hSteamLeaderboard: 1n });
    queueCallResult(7n, 'GlobalStatsReceived_t', { m_nGameID: GAME_ID, m_eResult: EResult.OK });
    client.runCallbacks();
    expect(seen).toEqual(['received', 'stored', 'achievement', `unloaded ${OTHER_STEAM_ID}`, 'icon 3', 'find', 'downloaded', 'uploaded', 'players', 'percentages', 'ugc', 'global']);
  });

  it('every flow lets go of the core: callbacks$ subscriptions and pump holds return to none when they end or are dropped', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    const { client, counter } = startCountedClient({ scheduler });
    const baseline = counter.open();
    fake.setReturn('SteamAPI_ISteamUser_GetSteamID', BIG_STEAM_ID);
    for (const symbol of ['SteamAPI_ISteamUserStats_SetStatInt32', 'SteamAPI_ISteamUserStats_StoreStats', 'SteamAPI_ISteamUserStats_RequestCurrentStats'] as const) fake.setReturn(symbol, true);
    fake.setReturn('SteamAPI_ISteamUserStats_FindLeaderboard', 0x8_0000_0001n);
    const stored = client.stats.storeStatInt32('A', 1).subscribe();
    const board = client.stats.leaderboard$('Board').subscribe();
    const icon = client.stats.achievementIcon$('ACH_WIN').subscribe();
    const achievement = client.stats.achievement$('ACH_WIN').subscribe();
    scheduler.flush();
    expect(counter.open()).toBeGreaterThan(baseline);
    expect(client.pump.awaiting).toBeGreaterThan(0);
    queueCallback('UserStatsStored_t', { m_nGameID: GAME_ID, m_eResult: EResult.OK });
    queueCallResult(0x8_0000_0001n, 'LeaderboardFindResult_t', { m_hSteamLeaderboard: 0n, m_bLeaderboardFound: 0 });
    client.runCallbacks();
    expect(stored.closed && board.closed).toBe(true);
    icon.unsubscribe();
    achievement.unsubscribe();
    expect(client.pump.awaiting).toBe(0);
    // ready$'s tracker of the last UserStatsReceived_t stays (until shutdown), nothing else.
    expect(counter.open()).toBe(baseline + 1);
    client.shutdown();
    expect(counter.open()).toBe(0);
  });
});
