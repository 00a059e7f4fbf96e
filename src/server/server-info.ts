/**
 * What a game server tells the master server about itself: product, description, map, player
 * counts, tags, key values... Each setter checks its argument against Steam's documented limit
 * (matchmakingtypes.h k_cbMaxGameServer*), so an oversized string is an error, not a silent cut.
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import type { GameServerPort } from '../../native/steam-core';
import { notInitialized, type InvalidArgument, type NotInitialized } from '../errors';
import type { SessionState } from '../session/session-state';
import { boolean, cString, integerIn, INT32_MAX, port, type Checked } from '../validation/arguments';

export interface ServerInfoContext {
  readonly state: SessionState;
  readonly server: GameServerPort;
}

type Setter = (value: unknown) => Either<NotInitialized | InvalidArgument, void>;

/** Buffer sizes including the NUL, from matchmakingtypes.h (1.60). */
export const SERVER_TEXT_LIMITS = {
  modDir: 32,
  mapName: 32,
  gameDescription: 64,
  serverName: 64,
  gameTags: 128,
  gameData: 2048,
} as const;

/** Strings with no documented limit still get one, so nothing unbounded reaches Steam. */
const UNDOCUMENTED_TEXT_LIMIT = 4096;

const setter =
  <A>(context: ServerInfoContext, check: (value: unknown) => Checked<A>, apply: (server: GameServerPort, value: A) => void): Setter =>
  (value) => {
    if (!context.state.live) return left(notInitialized(context.state.name));
    const checked = check(value);
    if (isLeft(checked)) return checked;
    apply(context.server, checked.right);
    return right(undefined);
  };

const text = (argument: string, limit: number) => (value: unknown) => cString(argument, value, limit);

export const serverInfoSetters = (context: ServerInfoContext) => ({
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
  /** Clears every key/value rule set with setKeyValue. */
  clearAllKeyValues: (): Either<NotInitialized, void> => {
    if (!context.state.live) return left(notInitialized(context.state.name));
    context.server.clearAllKeyValues();
    return right(undefined);
  },
  setKeyValue: (key: unknown, value: unknown): Either<NotInitialized | InvalidArgument, void> => {
    if (!context.state.live) return left(notInitialized(context.state.name));
    const checkedKey = cString('key', key, UNDOCUMENTED_TEXT_LIMIT);
    if (isLeft(checkedKey)) return checkedKey;
    const checkedValue = cString('value', value, UNDOCUMENTED_TEXT_LIMIT);
    if (isLeft(checkedValue)) return checkedValue;
    context.server.setKeyValue(checkedKey.right, checkedValue.right);
    return right(undefined);
  },
});
