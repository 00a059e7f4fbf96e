/** The game a user is playing (FriendGameInfo_t), as plain values. */
import type { FriendsPort } from '../../native/steam-core';

/** The game a user is playing, from GetFriendGamePlayed's FriendGameInfo_t. */
export interface FriendGame {
  /** The CGameID as a 64-bit value (a mod or shortcut has more than the app ID in it). */
  readonly gameId: bigint;
  /** The app ID: the CGameID's low 24 bits. */
  readonly appId: number;
  /** The game server's IPv4 in host order (127.0.0.1 is 0x7f000001); 0 when not on a server. */
  readonly gameIp: number;
  /** The game server's game port; 0 when not on a server. */
  readonly gamePort: number;
  /** The game server's query port; 65535 (k_usFriendGameInfoQueryPort_NotInitialized) while Steam does not know it, 65534 (k_usFriendGameInfoQueryPort_Error) when Steam could not get it. */
  readonly queryPort: number;
  /** The lobby the user is in, or null when none. */
  readonly lobbySteamId: bigint | null;
}

/** GetFriendGamePlayed as a FriendGame, or null when the user plays nothing. */
export const readFriendGame = (port: FriendsPort, steamId: bigint): FriendGame | null => {
  const game = port.getFriendGamePlayed(steamId);
  if (!game.ok) return null;
  return {
    gameId: game.gameId,
    appId: Number(game.gameId & 0xff_ffffn),
    gameIp: game.gameIp,
    gamePort: game.gamePort,
    queryPort: game.queryPort,
    lobbySteamId: game.lobbySteamId === 0n ? null : game.lobbySteamId,
  };
};
