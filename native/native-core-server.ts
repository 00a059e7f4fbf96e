/**
 * The native core's game-server side: binding the GameServer functions, SteamInternal_GameServer_Init_V2,
 * the server session and its shutdown. Required on a core's first initServer (native-core.ts), so
 * a client start compiles none of it.
 */
import type { LibraryHandle } from 'koffi';
import { left, right, type Either } from 'fp-ts/Either';
import { ESteamAPIInitResult } from './generated/core-enum-ESteamAPIInitResult';
import { bindServerFlatApi, type CoreFlatApi } from './flat-api';
import type { UtilsFlatApi } from './generated/utils';
import { gameServerInterfaceVersionList } from './game-server-interface-versions';
import { withLazyProperties } from './lazy-properties';
import type { CorePorts } from './native-core-ports';
import { createNativeGameServerPort } from './native-game-server-port';
import { alreadyLive, endSession, errorMessageBytes, initFailure, nullInterface, sessionBinding, type LiveSession } from './native-session-init';
import { newLiveness } from './native-session-liveness';
import { createNativeUtilsPort } from './native-utils-port';
import type { InitFailure, ServerInitArguments, ServerSession } from './steam-core';

/** What the server side reads from its core. */
export interface ServerSideOptions {
  readonly api: CoreFlatApi;
  readonly library: LibraryHandle | null;
  /** The core's Utils functions the session does not bind itself (shared with the client). */
  readonly utilsApi: () => UtilsFlatApi;
  /** The core's other ports (shared with the client). */
  readonly ports: () => CorePorts;
}

/** One core's game server: its init, its live session (read by the core's drain) and its shutdown. */
export interface ServerSide {
  readonly initServer: (args: ServerInitArguments) => Either<InitFailure, ServerSession>;
  readonly shutdownServer: () => void;
  /** The live session, undefined when none. */
  readonly session: () => LiveSession | undefined;
}

export const createServerSide = ({ api, library, utilsApi, ports }: ServerSideOptions): ServerSide => {
  const bindServer = sessionBinding('the game server', library, (handle) => bindServerFlatApi(handle, api));
  const errorMessage = new Uint8Array(errorMessageBytes);
  let server: LiveSession | undefined;

  const initServer = (args: ServerInitArguments): Either<InitFailure, ServerSession> => {
    if (server !== undefined) return left(alreadyLive('the game server'));
    const bound = bindServer();
    if (bound._tag === 'Left') return bound;
    const flat = bound.right;
    errorMessage.fill(0);
    const code = api.SteamInternal_GameServer_Init_V2(
      args.ip >>> 0,
      args.gamePort,
      args.queryPort,
      args.serverMode,
      args.versionString,
      gameServerInterfaceVersionList,
      errorMessage,
    );
    if (code !== ESteamAPIInitResult.OK) return left(initFailure(code, errorMessage, 'SteamInternal_GameServer_Init_V2'));
    const gameServer = flat.SteamAPI_SteamGameServer_v015();
    const utils = flat.SteamAPI_SteamGameServerUtils_v010();
    if (gameServer === null || utils === null) {
      api.SteamGameServer_Shutdown();
      return left(nullInterface(gameServer === null ? 'SteamAPI_SteamGameServer_v015' : 'SteamAPI_SteamGameServerUtils_v010'));
    }
    api.SteamAPI_ManualDispatch_Init();
    const liveness = newLiveness();
    server = { pipeHandle: api.SteamGameServer_GetHSteamPipe(), liveness, beforeShutdown: [] };
    return right(
      withLazyProperties(
        { server: createNativeGameServerPort(flat, gameServer, liveness), utils: createNativeUtilsPort(flat, utils, liveness, 'server', utilsApi) },
        {
          gameServerStats: () => ports().gameServerStats(liveness),
          networkingMessages: () => ports().networkingMessages(liveness, 'server'),
          networkingSockets: () => ports().networkingSockets(liveness, 'server'),
        },
      ),
    );
  };

  const shutdownServer = (): void => {
    if (server === undefined) return;
    const ending = server;
    server = undefined;
    endSession(ending, () => api.SteamGameServer_Shutdown());
  };

  return { initServer, shutdownServer, session: () => server };
};
