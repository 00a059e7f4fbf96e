/**
 * serverInit / serverInitEx / serverShutdown: start a Steam game server on a backend.
 *
 * Arguments follow the spec: (ip, gamePort, queryPort, serverMode, versionNumber). The Left of a
 * failed init carries the spec's {status, verbal} (ESteamAPIInitResult and its text), Valve's
 * message and a hint. Valve's library allows one live game server per process.
 */
import { left, right, type Either } from 'fp-ts/Either';
import { EServerMode } from '../../native/enums';
import { resolveBackend, type BackendOptions } from '../backend/backend-options';
import type { ServerMode } from '../enums/server-mode';
import { BackendUnavailable, InvalidArgument, type InitFailed } from '../errors';
import type { SteamServer } from '../server/steam-server';
import { cString, enumValue, ipv4, port } from '../validation/arguments';
import { initFailed, startSession } from './start-session';

/** The options of serverInit: a backend (native by default) and pump settings. */
export type ServerInitOptions = BackendOptions;

/** Why serverInit gave no server: Steam's init failed, or the backend could not be had. */
export type ServerInitError = InitFailed | BackendUnavailable;

/** Pass as queryPort to share the game port: relay server-browser packets with handleIncomingPacket / getNextOutgoingPacket. */
export const STEAMGAMESERVER_QUERY_PORT_SHARED = 0xffff;

/** Version strings are short ("1.0.0.0"); this bounds what reaches Steam. */
const VERSION_MAX_BYTES = 128;

/**
 * Starts a game server (SteamInternal_GameServer_Init_V2) and its pump.
 *
 * @param ip - the IPv4 address to bind, dotted (`'0.0.0.0'`) or a host-order number; `'0.0.0.0'`
 *   or 0 binds every interface, which a server that must receive validation answers needs.
 * @param gamePort - the port clients connect to.
 * @param queryPort - the port for server-browser queries, or STEAMGAMESERVER_QUERY_PORT_SHARED.
 * @param serverMode - how the server authenticates (`ServerMode.SERVER_MODE_AUTHENTICATION`, …).
 * @param versionNumber - the game's version as text, e.g. `'1.0.0.0'`.
 * @param options - the backend and pump settings.
 * @returns the server, or a Left when Steam's init failed or the backend could not be had.
 * @throws InvalidArgument for an argument or option of the wrong type or range.
 *
 * @example
 * ```ts
 * import { isLeft, serverInit, ServerMode } from 'steamworks-rx';
 *
 * const server = serverInit('0.0.0.0', 27015, 27016, ServerMode.SERVER_MODE_AUTHENTICATION, '1.0.0.0');
 * if (isLeft(server)) throw server.left;
 * server.right.logOnAnonymous();
 * ```
 */
export const serverInitEx = (
  ip: string | number,
  gamePort: number,
  queryPort: number,
  serverMode: ServerMode,
  versionNumber: string,
  options: ServerInitOptions = {},
): Either<ServerInitError, SteamServer> => {
  const checkedIp = ipv4('ip', ip);
  const checkedGamePort = port('gamePort', gamePort);
  const checkedQueryPort = port('queryPort', queryPort);
  const checkedMode = enumValue('serverMode', serverMode, EServerMode, 'ServerMode');
  // SERVER_MODE_INVALID is in the enum but is never a mode a server can run in.
  if (checkedMode === EServerMode.Invalid) throw new InvalidArgument('serverMode', '0 is SERVER_MODE_INVALID (use 1, 2 or 3)');
  const version = cString('versionNumber', versionNumber, VERSION_MAX_BYTES);

  const backend = resolveBackend(options, 'server');
  if (backend instanceof BackendUnavailable) return left(backend);
  const { core } = backend;
  const session = core.initServer({
    ip: checkedIp,
    gamePort: checkedGamePort,
    queryPort: checkedQueryPort,
    serverMode: checkedMode,
    versionString: version,
  });
  if (session._tag === 'Left') {
    backend.dispose();
    return left(initFailed(session.left, 'server'));
  }
  const { lease, control } = startSession('SteamServer', backend);
  // Required here, not imported: a process that only runs a client never loads the server's modules.
  const { createSteamServer } = require('../server/steam-server') as typeof import('../server/steam-server');
  return right(createSteamServer({ core, session: session.right, control, lease, disposeBackend: backend.dispose }));
};

/** The same as serverInitEx (the spec's boolean init is an Either here, so nothing is lost). */
export const serverInit = serverInitEx;

/** The spec's serverShutdown; idempotent. */
export const serverShutdown = (server: SteamServer): void => server.serverShutdown();
