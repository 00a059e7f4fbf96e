/**
 * What a game server tells the master server about itself: product, description, map, player
 * counts, tags, key values... Each setter checks its argument against Steam's documented limit
 * (matchmakingtypes.h k_cbMaxGameServer*), so an oversized string is thrown back, not silently cut.
 */
import type { GameServerPort } from '../../native/steam-core';
import { ensureLive, liveQuery } from '../session/guard';
import type { SessionState } from '../session/session-state';
import { boolean, cString, integerIn, INT32_MAX, port } from '../validation/arguments';

export interface ServerInfoContext {
  readonly state: SessionState;
  readonly server: GameServerPort;
}

/** Buffer sizes including the NUL, from matchmakingtypes.h (1.60). */
export const SERVER_TEXT_LIMITS = {
  /** setModDir: k_cbMaxGameServerGameDir. */
  modDir: 32,
  /** setMapName: k_cbMaxGameServerMapName. */
  mapName: 32,
  /** setGameDescription: k_cbMaxGameServerGameDescription. */
  gameDescription: 64,
  /** setServerName and setSpectatorServerName: k_cbMaxGameServerName. */
  serverName: 64,
  /** setGameTags: k_cbMaxGameServerTags. */
  gameTags: 128,
  /** setGameData: k_cbMaxGameServerGameData. */
  gameData: 2048,
} as const;

/**
 * The server-info setters. Each passes its value to Steam at once and returns nothing; each throws
 * InvalidArgument for a value of the wrong type or over Steam's limit (UTF-8 bytes, NUL included,
 * see SERVER_TEXT_LIMITS; a string also must hold no NUL), and NotInitialized after serverShutdown.
 */
export interface ServerInfoSetters {
  /**
   * The game's product name, e.g. the mod folder; used by the master server. Flat:
   * SteamAPI_ISteamGameServer_SetProduct.
   *
   * @example
   * ```ts
   * server.setProduct('spacewar');
   * server.setGameDescription('Spacewar deathmatch');
   * server.setMaxPlayerCount(16);
   * server.setAdvertiseServerActive(true);
   * ```
   */
  setProduct(product: string): void;
  /** The game's description in the server browser (at most 63 bytes). Flat: SteamAPI_ISteamGameServer_SetGameDescription. */
  setGameDescription(gameDescription: string): void;
  /** The mod folder, e.g. 'cstrike' (at most 31 bytes). Flat: SteamAPI_ISteamGameServer_SetModDir. */
  setModDir(modDir: string): void;
  /** Whether this is a dedicated server (not a listen server). Flat: SteamAPI_ISteamGameServer_SetDedicatedServer. */
  setDedicatedServer(dedicated: boolean): void;
  /** The most players the server takes, 0..2^31-1. Flat: SteamAPI_ISteamGameServer_SetMaxPlayerCount. */
  setMaxPlayerCount(playersMax: number): void;
  /** How many of the players are bots, 0..2^31-1. Flat: SteamAPI_ISteamGameServer_SetBotPlayerCount. */
  setBotPlayerCount(botPlayers: number): void;
  /** The server's name in the server browser (at most 63 bytes). Flat: SteamAPI_ISteamGameServer_SetServerName. */
  setServerName(serverName: string): void;
  /** The current map's name (at most 31 bytes). Flat: SteamAPI_ISteamGameServer_SetMapName. */
  setMapName(mapName: string): void;
  /** Whether joining needs a password. Flat: SteamAPI_ISteamGameServer_SetPasswordProtected. */
  setPasswordProtected(passwordProtected: boolean): void;
  /** The spectator (SourceTV) port, 0..65535; 0 means none. Flat: SteamAPI_ISteamGameServer_SetSpectatorPort. */
  setSpectatorPort(spectatorPort: number): void;
  /** The spectator server's name (at most 63 bytes). Flat: SteamAPI_ISteamGameServer_SetSpectatorServerName. */
  setSpectatorServerName(spectatorServerName: string): void;
  /** Comma-separated tags the server browser filters on (at most 127 bytes). Flat: SteamAPI_ISteamGameServer_SetGameTags. */
  setGameTags(gameTags: string): void;
  /** Hidden data the server browser filters on (at most 2047 bytes). Flat: SteamAPI_ISteamGameServer_SetGameData. */
  setGameData(gameData: string): void;
  /** The region the server is in, as the master server names it (e.g. '255' for world). Flat: SteamAPI_ISteamGameServer_SetRegion. */
  setRegion(region: string): void;
  /** Whether the server is listed on the master server (heartbeats on or off). Flat: SteamAPI_ISteamGameServer_SetAdvertiseServerActive. */
  setAdvertiseServerActive(active: boolean): void;
  /** Clears every key/value rule set with setKeyValue. Flat: SteamAPI_ISteamGameServer_ClearAllKeyValues. */
  clearAllKeyValues(): void;
  /**
   * Sets one key/value rule the server browser shows (A2S_RULES). Flat:
   * SteamAPI_ISteamGameServer_SetKeyValue.
   *
   * @throws InvalidArgument naming `key` or `value` when it is not a string or holds a NUL.
   */
  setKeyValue(key: string, value: string): void;
}

/** Strings with no documented limit still get one, so nothing unbounded reaches Steam. */
const UNDOCUMENTED_TEXT_LIMIT = 4096;

/** A one-argument setter: live check, argument check, then Steam. */
const setter =
  <A>(context: ServerInfoContext, check: (value: unknown) => A, apply: (server: GameServerPort, value: A) => void) =>
  (value: A): void => {
    ensureLive(context.state);
    apply(context.server, check(value));
  };

const text = (argument: string, limit: number) => (value: unknown) => cString(argument, value, limit);

export const serverInfoSetters = (context: ServerInfoContext): ServerInfoSetters => ({
  setProduct: setter(context, text('product', UNDOCUMENTED_TEXT_LIMIT), (server, value) => server.setProduct(value)),
  setGameDescription: setter(context, text('gameDescription', SERVER_TEXT_LIMITS.gameDescription), (server, value) => server.setGameDescription(value)),
  setModDir: setter(context, text('modDir', SERVER_TEXT_LIMITS.modDir), (server, value) => server.setModDir(value)),
  setDedicatedServer: setter(context, (value) => boolean('dedicated', value), (server, value) => server.setDedicatedServer(value)),
  setMaxPlayerCount: setter(context, (value) => integerIn('playersMax', value, 0, INT32_MAX), (server, value) => server.setMaxPlayerCount(value)),
  setBotPlayerCount: setter(context, (value) => integerIn('botPlayers', value, 0, INT32_MAX), (server, value) => server.setBotPlayerCount(value)),
  setServerName: setter(context, text('serverName', SERVER_TEXT_LIMITS.serverName), (server, value) => server.setServerName(value)),
  setMapName: setter(context, text('mapName', SERVER_TEXT_LIMITS.mapName), (server, value) => server.setMapName(value)),
  setPasswordProtected: setter(context, (value) => boolean('passwordProtected', value), (server, value) => server.setPasswordProtected(value)),
  setSpectatorPort: setter(context, (value) => port('spectatorPort', value), (server, value) => server.setSpectatorPort(value)),
  setSpectatorServerName: setter(context, text('spectatorServerName', SERVER_TEXT_LIMITS.serverName), (server, value) =>
    server.setSpectatorServerName(value),
  ),
  setGameTags: setter(context, text('gameTags', SERVER_TEXT_LIMITS.gameTags), (server, value) => server.setGameTags(value)),
  setGameData: setter(context, text('gameData', SERVER_TEXT_LIMITS.gameData), (server, value) => server.setGameData(value)),
  setRegion: setter(context, text('region', UNDOCUMENTED_TEXT_LIMIT), (server, value) => server.setRegion(value)),
  setAdvertiseServerActive: setter(context, (value) => boolean('active', value), (server, value) => server.setAdvertiseServerActive(value)),
  clearAllKeyValues: liveQuery(context.state, () => context.server.clearAllKeyValues()),
  setKeyValue: (key, value) => {
    ensureLive(context.state);
    const checkedKey = cString('key', key, UNDOCUMENTED_TEXT_LIMIT);
    context.server.setKeyValue(checkedKey, cString('value', value, UNDOCUMENTED_TEXT_LIMIT));
  },
});
