/**
 * The simulated Steam as ISteamGameServerStats, at the port: a game server reads a player's stats
 * after GSStatsReceived_t, writes them only while it holds an auth session for that player,
 * stores them with GSStatsStored_t under the same schema rules as a client, and is told
 * GSStatsUnloaded_t when Steam unloads them.
 */
import { EResult } from '../../native/enums';
import { portWorld, type PortWorld } from '../user-stats/stats-port-kit';

/** A player whose ticket the server has begun an auth session with. */
const joined = (world: PortWorld, server: ReturnType<PortWorld['server']>): ReturnType<PortWorld['client']> => {
  const player = world.client();
  const buffer = new Uint8Array(1024);
  const ticket = player.session.user.getAuthSessionTicket(buffer, null);
  world.settle();
  expect(server.session.server.beginAuthSession(buffer.subarray(0, ticket.size), player.steamId)).toBe(0);
  world.settle();
  return player;
};

describe('a game server and its players stats', () => {
  it('reads nothing before GSStatsReceived_t, then the stored values', () => {
    const world = portWorld();
    const server = world.server();
    const player = joined(world, server);
    player.stats.requestCurrentStats();
    world.settle();
    player.stats.setStatInt32('kills', 12);
    player.stats.storeStats();
    world.settle();
    const stats = server.session.gameServerStats;
    expect(stats.getUserStatInt32(player.steamId, 'kills')).toBeNull();
    const call = stats.requestUserStats(player.steamId);
    const unknown = stats.requestUserStats(76561190000000000n);
    world.settle();
    expect(server.seen.map((entry) => [entry.name, entry.apiCall, entry.fields])).toEqual([
      ['GSStatsReceived_t', call, { m_eResult: EResult.OK, m_steamIDUser: player.steamId }],
      ['GSStatsReceived_t', unknown, { m_eResult: EResult.Fail, m_steamIDUser: 76561190000000000n }],
    ]);
    expect(stats.getUserStatInt32(player.steamId, 'kills')).toBe(12);
    expect(stats.getUserStatFloat(player.steamId, 'kills')).toBeNull();
    expect(stats.getUserAchievement(player.steamId, 'FIRST_BLOOD')).toBe(false);
  });

  it('writes only with an auth session for the player, server-only stats included, and stores them', () => {
    const world = portWorld();
    const server = world.server();
    const player = joined(world, server);
    const outsider = world.client();
    const stats = server.session.gameServerStats;
    stats.requestUserStats(player.steamId);
    stats.requestUserStats(outsider.steamId);
    world.settle();
    expect(stats.setUserStatInt32(outsider.steamId, 'kills', 1)).toBe(false);
    expect(stats.setUserAchievement(outsider.steamId, 'CHAMPION')).toBe(false);
    expect(stats.setUserStatInt32(player.steamId, 'rank', 3)).toBe(true);
    expect(stats.setUserStatInt32(player.steamId, 'kills', 150)).toBe(true);
    expect(stats.setUserStatFloat(player.steamId, 'kills', 1)).toBe(false);
    expect(stats.updateUserAvgRateStat(player.steamId, 'speed', 50, 10)).toBe(true);
    expect(stats.setUserAchievement(player.steamId, 'CHAMPION')).toBe(true);
    expect(stats.getUserAchievement(player.steamId, 'CHAMPION')).toBe(true);
    server.seen.length = 0;
    const call = stats.storeUserStats(player.steamId);
    world.settle();
    expect(server.seen.map((entry) => [entry.name, entry.apiCall, entry.fields])).toEqual([
      ['GSStatsStored_t', call, { m_eResult: EResult.OK, m_steamIDUser: player.steamId }],
    ]);
    expect(world.steam.stats.storedStats(player.steamId)).toEqual({
      stats: { kills: 150, accuracy: 0, speed: 5, rank: 3 },
      achievements: { CENTURION: 0, CHAMPION: 0 },
    });
    // The player's client sees it once it asks again.
    player.stats.requestCurrentStats();
    world.settle();
    expect(player.stats.getStatInt32('rank')).toBe(3);
  });

  it('answers InvalidParam for values outside the schema, and AccessDenied once the session has ended', () => {
    const world = portWorld();
    const server = world.server();
    const player = joined(world, server);
    const stats = server.session.gameServerStats;
    stats.requestUserStats(player.steamId);
    world.settle();
    stats.setUserStatInt32(player.steamId, 'kills', 5000);
    expect(stats.getUserStatInt32(player.steamId, 'kills')).toBe(5000);
    stats.storeUserStats(player.steamId);
    world.settle();
    expect(stats.getUserStatInt32(player.steamId, 'kills')).toBe(0);
    stats.setUserStatInt32(player.steamId, 'kills', 4);
    server.session.server.endAuthSession(player.steamId);
    stats.storeUserStats(player.steamId);
    world.settle();
    expect(server.seen.slice(-2).map((entry) => entry.fields.m_eResult)).toEqual([EResult.InvalidParam, EResult.AccessDenied]);
    expect(stats.setUserStatInt32(player.steamId, 'kills', 5)).toBe(false);
    expect(world.steam.stats.storedStats(player.steamId)?.stats.kills).toBe(0);
  });

  it('is told GSStatsUnloaded_t when Steam unloads a player, and reads nothing then', () => {
    const world = portWorld();
    const server = world.server();
    const player = joined(world, server);
    const stats = server.session.gameServerStats;
    stats.requestUserStats(player.steamId);
    world.settle();
    server.seen.length = 0;
    expect(world.steam.stats.unloadUserStats(player.steamId)).toBe(1);
    world.settle();
    expect(server.seen.map((entry) => [entry.name, entry.fields])).toEqual([['GSStatsUnloaded_t', { m_steamIDUser: player.steamId }]]);
    expect(stats.getUserStatInt32(player.steamId, 'kills')).toBeNull();
  });

  it('starts no call after shutdown', () => {
    const world = portWorld();
    const server = world.server();
    server.process.shutdownServer();
    expect(server.session.gameServerStats.requestUserStats(1n)).toBe(0n);
    expect(server.session.gameServerStats.storeUserStats(1n)).toBe(0n);
  });
});
