/**
 * serverInit / serverInitEx / serverShutdown: start a Steam game server on a backend.
 *
 * Arguments follow the spec: (ip, gamePort, queryPort, serverMode, versionNumber). The Left of a
 * failed init carries the spec's {status, verbal} (ESteamAPIInitResult and its text) and Valve's
 * message. Valve's library allows one live game server per process.
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import { EServerMode } from '../../native/enums';
import { resolveBackend, type BackendOptions } from '../backend/backend-options';
import { invalidArgument, type BackendUnavailable, type InitFailed, type InvalidArgument } from '../errors';
import { createSteamServer, type SteamServer } from '../server/steam-server';
import { cString, enumValue, ipv4, port } from '../validation/arguments';
import { initFailed, startSession } from './start-session';

export type ServerInitOptions = BackendOptions;
export type ServerInitError = InitFailed | BackendUnavailable | InvalidArgument;

/** Pass as queryPort to share the game port: relay server-browser packets with handleIncomingPacket / getNextOutgoingPacket. */
export const STEAMGAMESERVER_QUERY_PORT_SHARED = 0xffff;

/** Version strings are short ("1.0.0.0"); this bounds what reaches Steam. */
const VERSION_MAX_BYTES = 128;

export const serverInitEx = (
  ip: unknown,
  gamePort: unknown,
  queryPort: unknown,
  serverMode: unknown,
  versionNumber: unknown,
  options: ServerInitOptions = {},
): Either<ServerInitError, SteamServer> => {
  const checkedIp = ipv4('ip', ip);
  if (isLeft(checkedIp)) return checkedIp;
  const checkedGamePort = port('gamePort', gamePort);
  if (isLeft(checkedGamePort)) return checkedGamePort;
  const checkedQueryPort = port('queryPort', queryPort);
  if (isLeft(checkedQueryPort)) return checkedQueryPort;
  const checkedMode = enumValue('serverMode', serverMode, EServerMode, 'ServerMode');
  if (isLeft(checkedMode)) return checkedMode;
  // SERVER_MODE_INVALID is in the enum but is never a mode a server can run in.
  if (checkedMode.right === EServerMode.Invalid) return left(invalidArgument('serverMode', '0 is SERVER_MODE_INVALID (use 1, 2 or 3)'));
  const version = cString('versionNumber', versionNumber, VERSION_MAX_BYTES);
  if (isLeft(version)) return version;

  const backend = resolveBackend(options, 'server');
  if (isLeft(backend)) return backend;
  const { core } = backend.right;
  const session = core.initServer({
    ip: checkedIp.right,
    gamePort: checkedGamePort.right,
    queryPort: checkedQueryPort.right,
    serverMode: checkedMode.right,
    versionString: version.right,
  });
  if (isLeft(session)) {
    backend.right.dispose();
    return left(initFailed(session.left));
  }
  const { lease, control } = startSession('SteamServer', backend.right, options);
  return right(createSteamServer({ core, session: session.right, control, lease, disposeBackend: backend.right.dispose }));
};

/** The same as serverInitEx (the spec's boolean init is an Either here, so nothing is lost). */
export const serverInit = serverInitEx;

/** The spec's serverShutdown; idempotent. */
export const serverShutdown = (server: SteamServer): void => server.serverShutdown();
