/**
 * Players the server browser shows: users connecting without Steam auth (bots, LAN players) get a
 * Steam ID to be addressed by, and every player's name and score can be updated.
 */
import type { GameServerPort } from '../../native/steam-core';
import { ensureLive, liveQuery } from '../session/guard';
import type { SessionState } from '../session/session-state';
import type { SteamIdInput } from '../steam-id/steam-id-text';
import { cString, uint32 } from '../validation/arguments';
import { steamIdArgument } from '../validation/steam-id-argument';

export interface ServerPlayersContext {
  readonly state: SessionState;
  readonly server: GameServerPort;
}

/** The players the server tells the server browser about. */
export interface ServerPlayers {
  /**
   * A Steam ID for a user connecting without Steam auth (a bot, a LAN player), to use in
   * updateUserData. Flat: SteamAPI_ISteamGameServer_CreateUnauthenticatedUserConnection.
   *
   * @returns an anonymous-user Steam ID.
   * @throws NotInitialized after serverShutdown.
   */
  createUnauthenticatedUserConnection(): bigint;
  /**
   * Updates a player's name and score as the server browser shows them. Flat:
   * SteamAPI_ISteamGameServer_BUpdateUserData.
   *
   * @param userSteamId - a player with an auth session, or one from createUnauthenticatedUserConnection.
   * @param playerName - at most 255 bytes of UTF-8.
   * @param score - an integer in 0..4294967295.
   * @returns Steam's answer: false when it does not know that player on this server.
   * @throws InvalidArgument for a Steam ID, name or score of the wrong type or range.
   * @throws NotInitialized after serverShutdown.
   * @example
   * ```ts
   * const bot = server.createUnauthenticatedUserConnection();
   * server.updateUserData(bot, 'Bot 1', 0);
   * ```
   */
  updateUserData(userSteamId: SteamIdInput, playerName: string, score: number): boolean;
}

/** Player names are short; this bounds what reaches Steam. */
const PLAYER_NAME_MAX_BYTES = 256;

export const serverPlayers = ({ state, server }: ServerPlayersContext): ServerPlayers => ({
  createUnauthenticatedUserConnection: liveQuery(state, () => server.createUnauthenticatedUserConnection()),
  updateUserData: (userSteamId, playerName, score) => {
    ensureLive(state);
    const id = steamIdArgument('userSteamId', userSteamId);
    const name = cString('playerName', playerName, PLAYER_NAME_MAX_BYTES);
    return server.updateUserData(id, name, uint32('score', score));
  },
});
