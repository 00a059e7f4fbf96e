/**
 * ISteamGameServerStats for the server pipe of a simulated process: a game server reads and
 * writes the stats of the players on it, over the same stored stats as their clients.
 * - RequestUserStats → GSStatsReceived_t; reads and writes of a player answer false until then
 *   (Steam's docs: it "needs to return successfully via its callback" first).
 * - Writes need an auth session with the player on this server (BeginAuthSession, not failed or
 *   cancelled), and a stat or achievement game servers may set ("Set By": Client or GS; every
 *   simulated server counts as official).
 * - StoreUserStats → GSStatsStored_t: k_EResultInvalidParam when the schema refused a value (the
 *   player's stat keeps what Steam had), k_EResultAccessDenied when the auth session is gone by
 *   then (chosen: Steam does not document that case), k_EResultFail when nothing was requested.
 * A player's client does not see the stored change until it requests its stats again (chosen).
 */
import { EResult } from '../native/generated/core';
import type { GameServerStatsPort } from '../native/steam-core';
import type { ServerEndpoint } from './server-endpoint';
import { userStatsBackendOf, type PlayerStats } from './user-stats-backend';
import { PendingChanges, restorePending, resync, StatValues, writeAchievement, writeAvgRate, writeStat } from './user-stats-model';

export const createSimulatedGameServerStatsPort = (endpoint: ServerEndpoint): GameServerStatsPort => {
  const { universe } = endpoint;
  const backend = userStatsBackendOf(universe);
  const { store } = backend;
  const appId = endpoint.process.appId;
  const players = backend.playersOf(endpoint);
  const live = (): boolean => endpoint.live;
  const schema = (): ReturnType<typeof store.schemaOf> => store.schemaOf(appId);
  const player = (steamId: bigint): PlayerStats | undefined => (live() ? players.get(steamId) : undefined);
  const hasSession = (steamId: bigint): boolean => {
    const session = endpoint.sessions.get(steamId);
    return session !== undefined && session.state !== 'failed' && session.state !== 'canceled';
  };
  /** The player's stats when this server may write them now. */
  const writable = (steamId: bigint): PlayerStats | undefined => {
    const found = player(steamId);
    return found !== undefined && hasSession(steamId) ? found : undefined;
  };
  const readStat = (steamId: bigint, name: string, kind: 'int' | 'float'): number | null => {
    const found = player(steamId);
    const definition = schema().stats.get(name);
    if (found === undefined || definition === undefined || (kind === 'int') !== (definition.type === 'int')) return null;
    return found.view.valueOf(definition);
  };
  const setStat = (steamId: bigint, name: string, value: number, kind: 'int' | 'float'): boolean => {
    const found = writable(steamId);
    const definition = schema().stats.get(name);
    return found !== undefined && definition !== undefined && writeStat(found.view, found.pending, definition, value, kind);
  };
  const setAchievement = (steamId: bigint, name: string, unlocked: boolean): boolean => {
    const found = writable(steamId);
    if (found === undefined || !schema().achievementsByName.has(name)) return false;
    writeAchievement(found.view, found.pending, name, unlocked, store.unixSeconds());
    return true;
  };

  return {
    requestUserStats: (steamId) => {
      if (!live()) return 0n;
      return endpoint.startCall('GSStatsReceived_t', () => {
        // Chosen: a player who never played starts from the schema's defaults (their stats are
        // made on the first store), an ID that is no user of this Steam fails.
        if (!universe.users.has(steamId)) return { m_eResult: EResult.Fail, m_steamIDUser: steamId };
        const stored = store.find(appId, steamId)?.copy() ?? new StatValues();
        const previous = players.get(steamId);
        players.set(steamId, { view: stored, pending: previous?.pending ?? new PendingChanges() });
        return { m_eResult: EResult.OK, m_steamIDUser: steamId };
      });
    },
    getUserStatInt32: (steamId, name) => readStat(steamId, name, 'int'),
    getUserStatFloat: (steamId, name) => readStat(steamId, name, 'float'),
    getUserAchievement: (steamId, name) => {
      const found = player(steamId);
      return found === undefined || !schema().achievementsByName.has(name) ? null : found.view.unlocked.has(name);
    },
    setUserStatInt32: (steamId, name, value) => setStat(steamId, name, value, 'int'),
    setUserStatFloat: (steamId, name, value) => setStat(steamId, name, value, 'float'),
    updateUserAvgRateStat: (steamId, name, countThisSession, sessionLength) => {
      const found = writable(steamId);
      const definition = schema().stats.get(name);
      return found !== undefined && definition !== undefined && writeAvgRate(found.view, found.pending, definition, countThisSession, sessionLength);
    },
    setUserAchievement: (steamId, name) => setAchievement(steamId, name, true),
    clearUserAchievement: (steamId, name) => setAchievement(steamId, name, false),
    storeUserStats: (steamId) => {
      if (!live()) return 0n;
      const found = players.get(steamId);
      const changes = found?.pending.take() ?? new PendingChanges();
      return endpoint.startCall(
        'GSStatsStored_t',
        () => {
          if (found === undefined || players.get(steamId) !== found) return { m_eResult: EResult.Fail, m_steamIDUser: steamId };
          if (!hasSession(steamId)) {
            restorePending(found.pending, changes);
            return { m_eResult: EResult.AccessDenied, m_steamIDUser: steamId };
          }
          const outcome = store.store(appId, steamId, changes);
          resync(found.view, store.of(appId, steamId), found.pending, outcome.rejected.keys(), outcome.unlocked);
          return { m_eResult: outcome.rejected.size > 0 ? EResult.InvalidParam : EResult.OK, m_steamIDUser: steamId };
        },
        () => {
          if (found !== undefined) restorePending(found.pending, changes);
        },
      );
    },
  };
};
