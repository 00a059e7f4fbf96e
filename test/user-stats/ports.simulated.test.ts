/**
 * The simulated Steam as ISteamUserStats, at the port (what Valve's library would answer, byte for
 * byte, on virtual time): stats received and stored with the callbacks in Steam's order, values
 * refused by the schema, stats kept across a shutdown (unstored ones stored by it), icons,
 * percentages and global stats from the players, and leaderboards from find to download to upload.
 */
import { EResult } from '../../native/enums';
import type { UserStatsPort } from '../../native/steam-core';
import type { RawStruct } from '../../native/struct-bytes';
import { portWorld, type PortWorld, type Seen } from './stats-port-kit';

const names = (seen: readonly Seen[]): string[] => seen.map((entry) => entry.name);

describe('current stats', () => {
  it('answers nothing before UserStatsReceived_t, then the schema defaults', () => {
    const world = portWorld();
    const { stats, seen, steamId } = world.client();
    expect(stats.getStatInt32('kills')).toBeNull();
    expect(stats.setAchievement('FIRST_BLOOD')).toBe(false);
    expect(stats.storeStats()).toBe(false);
    expect(stats.getNumAchievements()).toBe(0);
    expect(stats.requestCurrentStats()).toBe(true);
    world.settle();
    expect(seen).toEqual([{ name: 'UserStatsReceived_t', at: 20, apiCall: null, ioFailure: false, fields: { m_nGameID: 480n, m_eResult: EResult.OK, m_steamIDUser: steamId } }]);
    expect(stats.getStatInt32('kills')).toBe(0);
    expect(stats.getStatFloat('accuracy')).toBe(0);
    // Types must match, as Steam's docs say.
    expect(stats.getStatFloat('kills')).toBeNull();
    expect(stats.getStatInt32('accuracy')).toBeNull();
    expect(stats.getStatInt32('nope')).toBeNull();
    expect(stats.getNumAchievements()).toBe(3);
    expect([0, 1, 2, 3].map((index) => stats.getAchievementName(index))).toEqual(['FIRST_BLOOD', 'CENTURION', 'CHAMPION', '']);
    expect(stats.getAchievementDisplayAttribute('FIRST_BLOOD', 'name')).toBe('First blood');
    expect(stats.getAchievementDisplayAttribute('FIRST_BLOOD', 'desc')).toBe('Win a fight');
    expect(stats.getAchievementDisplayAttribute('CENTURION', 'hidden')).toBe('1');
    expect(stats.getAchievementDisplayAttribute('CENTURION', 'name')).toBe('CENTURION');
    expect(stats.getAchievementProgressLimitsInt32('CENTURION')).toEqual({ min: 0, max: 100 });
    expect(stats.getAchievementProgressLimitsFloat('CENTURION')).toBeNull();
    expect(stats.getAchievementProgressLimitsInt32('FIRST_BLOOD')).toBeNull();
  });

  it('refuses writes of the wrong type, of server-only stats, and avgRate stats except through UpdateAvgRateStat', () => {
    const world = portWorld();
    const { stats } = world.client();
    stats.requestCurrentStats();
    world.settle();
    expect(stats.setStatFloat('kills', 1)).toBe(false);
    expect(stats.setStatInt32('accuracy', 1)).toBe(false);
    expect(stats.setStatInt32('kills', 1.5)).toBe(false);
    expect(stats.setStatInt32('rank', 1)).toBe(false);
    expect(stats.setAchievement('CHAMPION')).toBe(false);
    expect(stats.setStatFloat('speed', 3)).toBe(false);
    expect(stats.updateAvgRateStat('speed', 30, 10)).toBe(true);
    expect(stats.updateAvgRateStat('speed', 30, 0)).toBe(false);
    expect(stats.getStatFloat('speed')).toBe(3);
    expect(stats.setStatFloat('accuracy', 0.1)).toBe(true);
    expect(stats.getStatFloat('accuracy')).toBe(Math.fround(0.1));
  });

  it('stores: UserStatsStored_t, then UserAchievementStored_t per unlock, progress achievements included', () => {
    const world = portWorld();
    const { stats, seen, steamId } = world.client();
    stats.requestCurrentStats();
    world.settle();
    seen.length = 0;
    expect(stats.setStatInt32('kills', 100)).toBe(true);
    expect(stats.setAchievement('FIRST_BLOOD')).toBe(true);
    expect(stats.getAchievement('FIRST_BLOOD')).toBe(true);
    expect(stats.getAchievement('CENTURION')).toBe(false);
    expect(stats.storeStats()).toBe(true);
    world.settle();
    expect(names(seen)).toEqual(['UserStatsStored_t', 'UserAchievementStored_t', 'UserAchievementStored_t']);
    expect(seen[0]?.fields).toEqual({ m_nGameID: 480n, m_eResult: EResult.OK });
    expect(seen.slice(1).map((entry) => entry.fields)).toEqual([
      { m_nGameID: 480n, m_bGroupAchievement: false, m_rgchAchievementName: 'FIRST_BLOOD', m_nCurProgress: 0, m_nMaxProgress: 0 },
      { m_nGameID: 480n, m_bGroupAchievement: false, m_rgchAchievementName: 'CENTURION', m_nCurProgress: 0, m_nMaxProgress: 0 },
    ]);
    expect(stats.getAchievement('CENTURION')).toBe(true);
    expect(world.steam.stats.storedStats(steamId)?.stats).toMatchObject({ kills: 100 });
  });

  it('refuses values outside the schema: InvalidParam, the stat back to what Steam kept, UserStatsReceived_t', () => {
    const world = portWorld();
    const { stats, seen, steamId } = world.client();
    stats.requestCurrentStats();
    world.settle();
    stats.setStatInt32('kills', 10);
    stats.storeStats();
    world.settle();
    seen.length = 0;
    stats.setStatInt32('kills', 5);
    stats.setStatFloat('accuracy', 0.5);
    expect(stats.getStatInt32('kills')).toBe(5);
    stats.storeStats();
    world.settle();
    expect(seen.map((entry) => [entry.name, entry.fields.m_eResult])).toEqual([
      ['UserStatsStored_t', EResult.InvalidParam],
      ['UserStatsReceived_t', EResult.OK],
    ]);
    expect(stats.getStatInt32('kills')).toBe(10);
    expect(stats.getStatFloat('accuracy')).toBe(0.5);
    expect(world.steam.stats.storedStats(steamId)?.stats).toMatchObject({ kills: 10, accuracy: 0.5 });
    stats.setStatFloat('accuracy', 2);
    stats.storeStats();
    world.settle();
    expect(stats.getStatFloat('accuracy')).toBe(0.5);
  });

  it('keeps stored stats across a shutdown and a new init, and stores what was left unstored', () => {
    const world = portWorld();
    const first = world.client();
    first.stats.requestCurrentStats();
    world.settle();
    first.stats.setStatInt32('kills', 7);
    first.stats.storeStats();
    world.settle();
    first.stats.setAchievement('FIRST_BLOOD');
    first.stats.setStatInt32('kills', 9);
    first.process.shutdownClient();
    const again = first.process.initClient();
    if (again._tag === 'Left') throw new Error('no client');
    const stats = again.right.userStats;
    stats.requestCurrentStats();
    world.settle();
    expect(stats.getStatInt32('kills')).toBe(9);
    expect(stats.getAchievementAndUnlockTime('FIRST_BLOOD')).toEqual({ achieved: true, unlockTime: 0 });
  });

  it('reports the store failing while Steam is unreachable, and sends the changes with the next store', () => {
    const world = portWorld();
    const { stats, seen, steamId } = world.client();
    stats.requestCurrentStats();
    world.settle();
    world.steam.faults.disconnectUser(steamId);
    world.settle();
    seen.length = 0;
    stats.setStatInt32('kills', 3);
    stats.storeStats();
    world.settle();
    expect(seen.filter((entry) => entry.name === 'UserStatsStored_t').map((entry) => entry.fields.m_eResult)).toEqual([EResult.Fail]);
    expect(world.steam.stats.storedStats(steamId)?.stats.kills).toBe(0);
    world.steam.faults.reconnectUser(steamId);
    world.settle();
    stats.storeStats();
    world.settle();
    expect(world.steam.stats.storedStats(steamId)?.stats.kills).toBe(3);
  });

  it('shows progress with IndicateAchievementProgress, and not for an unlocked achievement', () => {
    const world = portWorld();
    const { stats, seen } = world.client();
    stats.requestCurrentStats();
    world.settle();
    seen.length = 0;
    expect(stats.indicateAchievementProgress('CENTURION', 40, 100)).toBe(true);
    world.settle();
    expect(seen.map((entry) => entry.fields)).toEqual([
      { m_nGameID: 480n, m_bGroupAchievement: false, m_rgchAchievementName: 'CENTURION', m_nCurProgress: 40, m_nMaxProgress: 100 },
    ]);
    stats.setAchievement('FIRST_BLOOD');
    expect(stats.indicateAchievementProgress('FIRST_BLOOD', 1, 2)).toBe(false);
    expect(stats.indicateAchievementProgress('NOPE', 1, 2)).toBe(false);
  });

  it('answers 0 for an icon not yet fetched, then UserAchievementIconFetched_t and the image handle', () => {
    const world = portWorld();
    const { stats, seen } = world.client();
    stats.requestCurrentStats();
    world.settle();
    seen.length = 0;
    // No locked icon was declared: none, and nothing to fetch.
    expect(stats.getAchievementIcon('FIRST_BLOOD')).toBe(0);
    world.settle();
    expect(seen).toEqual([]);
    stats.setAchievement('FIRST_BLOOD');
    expect(stats.getAchievementIcon('FIRST_BLOOD')).toBe(0);
    world.settle();
    const fetched = seen[0]?.fields;
    expect(fetched).toMatchObject({ m_rgchAchievementName: 'FIRST_BLOOD', m_bAchieved: true });
    expect(fetched?.m_nIconHandle).toBeGreaterThan(0);
    expect(stats.getAchievementIcon('FIRST_BLOOD')).toBe(fetched?.m_nIconHandle);
  });

  it('resets all stats (and achievements when asked) and stores the reset', () => {
    const world = portWorld();
    const { stats, seen, steamId } = world.client();
    stats.requestCurrentStats();
    world.settle();
    stats.setStatInt32('kills', 100);
    stats.storeStats();
    world.settle();
    seen.length = 0;
    expect(stats.resetAllStats(false)).toBe(true);
    expect(stats.getStatInt32('kills')).toBe(0);
    expect(stats.getAchievement('CENTURION')).toBe(true);
    world.settle();
    expect(names(seen)).toEqual(['UserStatsStored_t']);
    expect(world.steam.stats.storedStats(steamId)?.stats.kills).toBe(0);
    stats.resetAllStats(true);
    expect(stats.getAchievement('CENTURION')).toBe(false);
    expect(world.steam.stats.storedStats(steamId)?.achievements).toEqual({});
  });
});

describe('other users, players and global data', () => {
  it('reads another user after RequestUserStats, Fail for a user with no stats, and unloads them', () => {
    const world = portWorld();
    const other = world.client();
    other.stats.requestCurrentStats();
    world.settle();
    other.stats.setStatInt32('kills', 42);
    other.stats.storeStats();
    const stranger = world.steam.addUser();
    const { stats, seen } = world.client();
    world.settle();
    expect(stats.getUserStatInt32(other.steamId, 'kills')).toBeNull();
    const call = stats.requestUserStats(other.steamId);
    const strangerCall = stats.requestUserStats(stranger);
    world.settle();
    expect(seen.map((entry) => [entry.apiCall, entry.fields.m_eResult, entry.fields.m_steamIDUser])).toEqual([
      [call, EResult.OK, other.steamId],
      [strangerCall, EResult.Fail, stranger],
    ]);
    expect(stats.getUserStatInt32(other.steamId, 'kills')).toBe(42);
    expect(stats.getUserAchievement(other.steamId, 'FIRST_BLOOD')).toBe(false);
    expect(stats.getUserStatInt32(stranger, 'kills')).toBeNull();
    seen.length = 0;
    expect(world.steam.stats.unloadUserStats(other.steamId)).toBe(1);
    expect(stats.getUserStatInt32(other.steamId, 'kills')).toBeNull();
    world.settle();
    expect(seen.map((entry) => [entry.name, entry.fields.m_steamIDUser])).toEqual([['UserStatsUnloaded_t', other.steamId]]);
  });

  it('counts the players running the game', () => {
    const world = portWorld();
    const { stats, seen } = world.client();
    world.client();
    world.client().process.shutdownClient();
    stats.getNumberOfCurrentPlayers();
    world.settle();
    expect(seen.map((entry) => entry.fields)).toEqual([{ m_bSuccess: 1, m_cPlayers: 2 }]);
  });

  it('gives achievement percentages over the players, most achieved first, and aggregated totals with history', () => {
    const world = portWorld();
    for (const kills of [100, 20, 0]) {
      const player = world.client();
      player.stats.requestCurrentStats();
      world.settle();
      player.stats.setStatInt32('kills', kills);
      if (kills > 0) player.stats.setAchievement('FIRST_BLOOD');
      player.stats.storeStats();
      world.settle();
    }
    const { stats } = world.client();
    stats.requestCurrentStats();
    world.settle();
    expect(stats.getAchievementAchievedPercent('FIRST_BLOOD')).toBeNull();
    stats.requestGlobalAchievementPercentages();
    stats.requestGlobalStats(3);
    world.settle();
    // Four players now (the fourth has no achievement).
    expect(stats.getAchievementAchievedPercent('FIRST_BLOOD')).toBe(50);
    expect(stats.getAchievementAchievedPercent('CENTURION')).toBe(25);
    const name = new Uint8Array(32);
    const first = stats.getMostAchievedAchievementInfo(name);
    expect([first, new TextDecoder().decode(name.subarray(0, name.indexOf(0)))]).toEqual([{ iterator: 0, percent: 50, achieved: false }, 'FIRST_BLOOD']);
    const second = stats.getNextMostAchievedAchievementInfo(first.iterator, name);
    expect([second.percent, new TextDecoder().decode(name.subarray(0, name.indexOf(0)))]).toEqual([25, 'CENTURION']);
    const third = stats.getNextMostAchievedAchievementInfo(second.iterator, name);
    expect(third.percent).toBe(0);
    expect(stats.getNextMostAchievedAchievementInfo(third.iterator, name).iterator).toBe(-1);
    expect(stats.getGlobalStatInt64('kills')).toBe(120n);
    expect(stats.getGlobalStatDouble('kills')).toBeNull();
    expect(stats.getGlobalStatInt64('accuracy')).toBeNull();
    const history = new BigInt64Array(5);
    expect(stats.getGlobalStatHistoryInt64('kills', history)).toBe(3);
    expect([...history]).toEqual([120n, 0n, 0n, 0n, 0n]);
  });
});

describe('leaderboards', () => {
  const find = (world: PortWorld, stats: UserStatsPort, seen: Seen[], name: string, create?: readonly [number, number]): bigint => {
    seen.length = 0;
    if (create === undefined) stats.findLeaderboard(name);
    else stats.findOrCreateLeaderboard(name, create[0], create[1]);
    world.settle();
    return seen[0]?.fields.m_hSteamLeaderboard as bigint;
  };

  it('finds declared boards, creates new ones, and refuses to make one without a sort method', () => {
    const world = portWorld();
    const { stats, seen } = world.client();
    const fastest = find(world, stats, seen, 'Fastest');
    expect(seen[0]?.fields).toEqual({ m_hSteamLeaderboard: fastest, m_bLeaderboardFound: 1 });
    expect([stats.getLeaderboardName(fastest), stats.getLeaderboardSortMethod(fastest), stats.getLeaderboardDisplayType(fastest), stats.getLeaderboardEntryCount(fastest)]).toEqual(['Fastest', 1, 3, 0]);
    expect(find(world, stats, seen, 'Missing')).toBe(0n);
    expect(seen[0]?.fields.m_bLeaderboardFound).toBe(0);
    expect(find(world, stats, seen, 'Missing', [0, 1])).toBe(0n);
    const made = find(world, stats, seen, 'Missing', [2, 1]);
    expect(made).not.toBe(0n);
    expect(find(world, stats, seen, 'Missing', [1, 2])).toBe(made);
    expect(stats.getLeaderboardSortMethod(made)).toBe(2);
    expect(stats.getLeaderboardName(123456n)).toBe('');
  });

  it('uploads with keep-best and force-update, with the ranks before and after', () => {
    const world = portWorld();
    const { stats, seen, steamId } = world.client();
    world.steam.stats.postScore('Fastest', world.steam.addUser(), 500, [], { sortMethod: 'ascending' });
    const board = find(world, stats, seen, 'Fastest');
    const upload = (method: number, score: number, details: number[] = []): RawStruct => {
      seen.length = 0;
      stats.uploadLeaderboardScore(board, method, score, Int32Array.from(details));
      world.settle();
      return seen[0]?.fields ?? {};
    };
    expect(upload(1, 700, [1, 2, 3])).toEqual({ m_bSuccess: 1, m_hSteamLeaderboard: board, m_nScore: 700, m_bScoreChanged: 1, m_nGlobalRankNew: 2, m_nGlobalRankPrevious: 0 });
    expect(upload(1, 800)).toMatchObject({ m_bSuccess: 1, m_bScoreChanged: 0, m_nGlobalRankNew: 2, m_nGlobalRankPrevious: 2 });
    expect(upload(1, 400)).toMatchObject({ m_bScoreChanged: 1, m_nGlobalRankNew: 1, m_nGlobalRankPrevious: 2 });
    expect(upload(2, 900)).toMatchObject({ m_bScoreChanged: 1, m_nGlobalRankNew: 2, m_nGlobalRankPrevious: 1 });
    expect(upload(0, 1)).toMatchObject({ m_bSuccess: 0 });
    expect(upload(1, 1, new Array<number>(65).fill(0))).toMatchObject({ m_bSuccess: 0 });
    expect(world.steam.stats.leaderboard('Fastest')?.entries.map((entry) => [entry.steamId, entry.score])).toEqual([
      [world.steam.stats.leaderboard('Fastest')?.entries[0]?.steamId, 500],
      [steamId, 900],
    ]);
  });

  it('downloads entry sets readable by GetDownloadedLeaderboardEntry, freed once every entry was read', () => {
    const world = portWorld();
    const { stats, seen, steamId } = world.client();
    const others = [world.steam.addUser(), world.steam.addUser(), world.steam.addUser()];
    others.forEach((user, index) => world.steam.stats.postScore('Fastest', user, 100 * (index + 1), [index], { sortMethod: 'ascending' }));
    const board = find(world, stats, seen, 'Fastest');
    stats.uploadLeaderboardScore(board, 1, 250, Int32Array.of(7, 8));
    world.settle();
    seen.length = 0;
    stats.downloadLeaderboardEntries(board, 1, -1, 1);
    world.settle();
    const downloaded = seen[0]?.fields ?? {};
    expect(downloaded).toMatchObject({ m_hSteamLeaderboard: board, m_cEntryCount: 3 });
    const entries = downloaded.m_hSteamLeaderboardEntries as bigint;
    expect(world.steam.stats.heldEntrySets(steamId)).toBe(1);
    const details = new Int32Array(1);
    const read = [0, 1, 2].map((index) => stats.getDownloadedLeaderboardEntry(entries, index, details));
    expect(read.map((entry) => [entry?.steamId, entry?.globalRank, entry?.score, entry?.detailCount])).toEqual([
      [others[1], 2, 200, 1],
      [steamId, 3, 250, 2],
      [others[2], 4, 300, 1],
    ]);
    expect(details[0]).toBe(2);
    expect(read[1]?.ugc).toBe(0xffff_ffff_ffff_ffffn);
    expect(stats.getDownloadedLeaderboardEntry(entries, 0, details)).toBeNull();
    expect(world.steam.stats.heldEntrySets(steamId)).toBe(0);
  });

  it('downloads friends (from the list the test set) and given users, and attaches UGC to the entry', () => {
    const world = portWorld();
    const { stats, seen, steamId } = world.client();
    const [friend, stranger] = [world.steam.addUser(), world.steam.addUser()];
    world.steam.stats.postScore('Fastest', friend, 10, [], { sortMethod: 'ascending' });
    world.steam.stats.postScore('Fastest', stranger, 5, [], { sortMethod: 'ascending' });
    world.steam.stats.setFriends(steamId, [friend]);
    const board = find(world, stats, seen, 'Fastest');
    seen.length = 0;
    stats.attachLeaderboardUGC(board, 77n);
    stats.uploadLeaderboardScore(board, 2, 20, new Int32Array(0));
    stats.attachLeaderboardUGC(board, 77n);
    stats.downloadLeaderboardEntries(board, 2, 0, 0);
    stats.downloadLeaderboardEntriesForUsers(board, [stranger, steamId]);
    expect(stats.downloadLeaderboardEntriesForUsers(board, new Array<bigint>(101).fill(steamId))).toBe(0n);
    world.settle();
    expect(seen.slice(0, 3).map((entry) => [entry.name, entry.fields.m_eResult ?? entry.fields.m_bSuccess])).toEqual([
      ['LeaderboardUGCSet_t', EResult.Fail],
      ['LeaderboardScoreUploaded_t', 1],
      ['LeaderboardUGCSet_t', EResult.OK],
    ]);
    const readAll = (fields: RawStruct): Array<[bigint | undefined, number | undefined]> =>
      Array.from({ length: fields.m_cEntryCount as number }, (_, index) => {
        const entry = stats.getDownloadedLeaderboardEntry(fields.m_hSteamLeaderboardEntries as bigint, index, new Int32Array(0));
        return [entry?.steamId, entry?.globalRank];
      });
    expect(readAll(seen[3]?.fields ?? {})).toEqual([[friend, 2], [steamId, 3]]);
    expect(readAll(seen[4]?.fields ?? {})).toEqual([[stranger, 1], [steamId, 3]]);
    expect(world.steam.stats.leaderboard('Fastest')?.entries[2]?.ugc).toBe(77n);
  });

  it('fails a download of a handle the app does not know with an I/O failure', () => {
    const world = portWorld();
    const { stats, seen } = world.client();
    stats.downloadLeaderboardEntries(999n, 0, 1, 10);
    world.settle();
    expect(seen.map((entry) => [entry.name, entry.ioFailure])).toEqual([['LeaderboardScoresDownloaded_t', true]]);
  });
});

describe('after shutdown', () => {
  it('answers zeros and starts no call', () => {
    const world = portWorld();
    const { stats, process } = world.client();
    stats.requestCurrentStats();
    world.settle();
    process.shutdownClient();
    expect(stats.getStatInt32('kills')).toBeNull();
    expect(stats.requestCurrentStats()).toBe(false);
    expect(stats.findLeaderboard('Fastest')).toBe(0n);
    expect(stats.getNumAchievements()).toBe(0);
  });
});
