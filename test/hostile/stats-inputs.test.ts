/**
 * The hostile inputs issue 13 names, one by one, on client.stats and server.stats over the fake
 * library: unknown stat names and a stat of the other type are Steam's refusals (a Left, never a
 * zero); NaN / Infinity floats and details beyond k_cLeaderboardDetailsMax (64) are misuse
 * (InvalidArgument, and nothing reaches C), while exactly 64 details do; a Steam that claims more
 * details or entries than it can have is read no further than the buffer or refused.
 */
import type { Either } from 'fp-ts/Either';
import { writeStruct } from '../../native/struct-bytes';
import { InvalidArgument } from '../../src/errors';
import { CLIENT_PIPE, fake, leftOf, rightOf, startNativePair, stopNativePair, structOf } from './hostile-kit';

afterEach(stopNativePair);

const STEAM_ID = 76561198265685624n;
const tagOf = (value: Either<{ readonly _tag: string }, unknown>): string => leftOf(value)._tag;
const thrown = (call: () => unknown): unknown => {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
};
const queueResult = (pipe: number, apiCall: bigint, struct: string, members: Record<string, number | bigint | boolean | string>): void => {
  const layout = structOf(struct);
  fake.queueCallResult(pipe, apiCall, layout.callbackId ?? -1, writeStruct(layout, members), false);
};

describe('stats inputs Steam refuses', () => {
  it('an unknown stat name, or a stat of the other type, is a CallFailed Left from every getter and setter path', () => {
    const { client, server } = startNativePair();
    // The fake answers false, as Steam does for a name it does not know or an int read as float.
    expect(tagOf(client.stats.getStatInt32('NoSuchStat'))).toBe('CallFailed');
    expect(tagOf(client.stats.getStatFloat('IntStat'))).toBe('CallFailed');
    expect(client.stats.setStatFloat('IntStat', 1)).toBe(false);
    expect(tagOf(client.stats.getUserStatFloat(STEAM_ID, 'IntStat'))).toBe('CallFailed');
    expect(tagOf(client.stats.getGlobalStatInt64('NoSuchStat'))).toBe('CallFailed');
    expect(tagOf(server.stats.getUserStatInt32(STEAM_ID, 'NoSuchStat'))).toBe('CallFailed');
    expect(server.stats.setUserStatInt32(STEAM_ID, 'FloatStat', 1)).toBe(false);
    const seen: string[] = [];
    client.stats.storeStatInt32('NoSuchStat', 1).subscribe((value) => seen.push(tagOf(value)));
    client.stats.unlockAchievement('NO_SUCH_ACHIEVEMENT').subscribe((value) => seen.push(tagOf(value)));
    expect(seen).toEqual(['CallFailed', 'CallFailed']);
    // A refused set sends no StoreStats and holds nothing.
    expect(client.pump.awaiting).toBe(0);
  });
});

describe('stats inputs that are misuse', () => {
  it.each([Number.NaN, Infinity, -Infinity, 3.5e38])('float %p is an InvalidArgument everywhere a float goes, and never reaches C', (value) => {
    const { client, server } = startNativePair();
    const calls: readonly (() => unknown)[] = [
      () => client.stats.setStatFloat('Speed', value),
      () => client.stats.storeStatFloat('Speed', value),
      () => client.stats.updateAvgRateStat('Speed', value, 60),
      // The session length is a double: only NaN and the infinities are out of its range.
      ...(Number.isFinite(value) ? [] : [() => client.stats.updateAvgRateStat('Speed', 1, value)]),
      () => server.stats.setUserStatFloat(STEAM_ID, 'Speed', value),
      () => server.stats.updateUserAvgRateStat(STEAM_ID, 'Speed', value, 60),
    ];
    for (const call of calls) expect(thrown(call)).toBeInstanceOf(InvalidArgument);
    for (const symbol of ['SteamAPI_ISteamUserStats_SetStatFloat', 'SteamAPI_ISteamUserStats_UpdateAvgRateStat', 'SteamAPI_ISteamGameServerStats_SetUserStatFloat', 'SteamAPI_ISteamGameServerStats_UpdateUserAvgRateStat'] as const) {
      expect(fake.callCount(symbol)).toBe(0);
    }
  });

  it('a float that rounds to the largest float32 (FLT_MAX as C prints it, 3.4028235e38) is no misuse: it reaches C as FLT_MAX', () => {
    const { client, server } = startNativePair();
    const fltMax = Math.fround(3.4028235e38);
    const fromFloatBits = (bits: bigint): number => new Float32Array(Uint32Array.of(Number(bits)).buffer)[0] ?? Number.NaN;
    for (const value of [3.4028235e38, -3.4028235e38]) {
      client.stats.setStatFloat('Speed', value);
      expect(fromFloatBits(fake.arg('SteamAPI_ISteamUserStats_SetStatFloat', 2))).toBe(Math.sign(value) * fltMax);
      server.stats.setUserStatFloat(STEAM_ID, 'Speed', value);
    }
    expect(fake.callCount('SteamAPI_ISteamGameServerStats_SetUserStatFloat')).toBe(2);
    // Past the rounding midpoint to the next power of two a float holds only Infinity: still misuse.
    expect(thrown(() => client.stats.setStatFloat('Speed', 3.4028236e38))).toBeInstanceOf(InvalidArgument);
  });

  it('65 details are an InvalidArgument; 64 reach C, all of them', () => {
    const { client } = startNativePair();
    const tooMany = Int32Array.from({ length: 65 }, (_, index) => index);
    expect(thrown(() => client.stats.uploadScore$(7n, 1, 'keepBest', tooMany))).toBeInstanceOf(InvalidArgument);
    expect(thrown(() => client.stats.uploadLeaderboardScore(7n, 'keepBest', 1, [...tooMany]))).toBeInstanceOf(InvalidArgument);
    expect(fake.callCount('SteamAPI_ISteamUserStats_UploadLeaderboardScore')).toBe(0);
    fake.setReturn('SteamAPI_ISteamUserStats_UploadLeaderboardScore', 5n);
    client.stats.uploadScore$(7n, 1, 'keepBest', tooMany.subarray(0, 64)).subscribe();
    expect(fake.arg('SteamAPI_ISteamUserStats_UploadLeaderboardScore', 5)).toBe(64n);
    expect(fake.argBytes('SteamAPI_ISteamUserStats_UploadLeaderboardScore', 4)?.byteLength).toBe(256);
  });

  it('a details array changed after the call is not what Steam reads: the call copied it', () => {
    const { client } = startNativePair();
    fake.setReturn('SteamAPI_ISteamUserStats_UploadLeaderboardScore', 5n);
    const details = Int32Array.of(1, 2, 3);
    const upload$ = client.stats.uploadScore$(7n, 1, 'keepBest', details);
    details.fill(-1);
    upload$.subscribe();
    const sent = fake.argBytes('SteamAPI_ISteamUserStats_UploadLeaderboardScore', 4);
    expect(sent === null ? null : [...new Int32Array(sent.slice().buffer)]).toEqual([1, 2, 3]);
  });
});

describe('a Steam that claims too much', () => {
  it('an entry claiming 1000 details (or a negative count) gives at most the 64 the buffer holds (or none)', () => {
    const { client } = startNativePair();
    fake.setReturn('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry', true);
    fake.setLeaderboardDetails(Int32Array.from({ length: 200 }, (_, index) => index));
    const entry = (details: number): Uint8Array => writeStruct(structOf('LeaderboardEntry_t'), { m_steamIDUser: STEAM_ID, m_nGlobalRank: 1, m_nScore: 1, m_cDetails: details, m_hUGC: 0n });
    fake.setOutput('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry', entry(1000));
    expect(rightOf(client.stats.getDownloadedLeaderboardEntry(9n, 0)).details).toHaveLength(64);
    fake.setOutput('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry', entry(-5));
    expect(rightOf(client.stats.getDownloadedLeaderboardEntry(9n, 0)).details).toHaveLength(0);
  });

  it.each([
    ['more entries than the range asked for', 11],
    ['a negative entry count', -1],
  ])('%s is refused without reading an entry', (_what, count) => {
    const { client } = startNativePair();
    fake.setReturn('SteamAPI_ISteamUserStats_DownloadLeaderboardEntries', 0xa1n);
    fake.setReturn('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry', true);
    const seen: string[] = [];
    client.stats.entries$(7n, { request: 'global', start: 1, end: 10 }).subscribe((value) => seen.push(tagOf(value)));
    queueResult(CLIENT_PIPE, 0xa1n, 'LeaderboardScoresDownloaded_t', { m_hSteamLeaderboard: 7n, m_hSteamLeaderboardEntries: 8n, m_cEntryCount: count });
    client.runCallbacks();
    expect(seen).toEqual(['CallFailed']);
    expect(fake.callCount('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry')).toBe(0);
  });

  it.each([
    ['2^31-1 entries (a loop of 2^31 reads)', 0x7fffffff],
    ['more entries than the board holds', 4],
  ])('a range as wide as int32 around the user: %s is refused by the board\'s entry count, without reading an entry', (_what, count) => {
    const { client } = startNativePair();
    fake.setReturn('SteamAPI_ISteamUserStats_DownloadLeaderboardEntries', 0xa2n);
    fake.setReturn('SteamAPI_ISteamUserStats_GetLeaderboardEntryCount', 3);
    const seen: string[] = [];
    client.stats.entries$(7n, { request: 'globalAroundUser', start: -0x80000000, end: 0x7fffffff }).subscribe((value) => seen.push(tagOf(value)));
    queueResult(CLIENT_PIPE, 0xa2n, 'LeaderboardScoresDownloaded_t', { m_hSteamLeaderboard: 7n, m_hSteamLeaderboardEntries: 8n, m_cEntryCount: count });
    client.runCallbacks();
    expect(seen).toEqual(['CallFailed']);
    expect(fake.callCount('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry')).toBe(0);
    expect(fake.arg('SteamAPI_ISteamUserStats_GetLeaderboardEntryCount', 1)).toBe(7n);
  });

  it('a wide range answered with as many entries as the board holds is read in full', () => {
    const { client } = startNativePair();
    fake.setReturn('SteamAPI_ISteamUserStats_DownloadLeaderboardEntries', 0xa3n);
    fake.setReturn('SteamAPI_ISteamUserStats_GetLeaderboardEntryCount', 3);
    fake.setReturn('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry', true);
    fake.setOutput('SteamAPI_ISteamUserStats_GetDownloadedLeaderboardEntry', writeStruct(structOf('LeaderboardEntry_t'), { m_steamIDUser: STEAM_ID, m_nGlobalRank: 1, m_nScore: 1, m_cDetails: 0, m_hUGC: 0n }));
    const seen: number[] = [];
    client.stats.entries$(7n, { request: 'globalAroundUser', start: -0x80000000, end: 0x7fffffff }).subscribe((value) => seen.push(rightOf(value).length));
    queueResult(CLIENT_PIPE, 0xa3n, 'LeaderboardScoresDownloaded_t', { m_hSteamLeaderboard: 7n, m_hSteamLeaderboardEntries: 8n, m_cEntryCount: 3 });
    client.runCallbacks();
    expect(seen).toEqual([3]);
  });
});
