/**
 * The native SteamCore: Valve's libsteam_api through koffi.
 *
 * Valve's library is process-global (one client and one game server per process), so there is one
 * core per resolved library file: loading the same file twice returns the same core.
 *
 * Callbacks use ManualDispatch only (never SteamAPI_RunCallbacks). SteamAPI_ManualDispatch_Init is
 * called right AFTER each successful init: Valve's library refuses it before ("[S_API FAIL]
 * SteamAPI_ManualDispatch_Init() Cannot be used yet, must init library first", seen on the real
 * 1.60 .so; the ABI notes say the same), and calling it again after a re-init is harmless while
 * whether the selection survives SteamAPI_Shutdown is undocumented. `runCallbacks()` drains the
 * live pipes. The core knows
 * nothing about time; a pump elsewhere decides when to call `runCallbacks()`.
 *
 * A second `initClient()` (or `initServer()`) while one is live returns
 * Left { code: 1 (k_ESteamAPIInitResult_FailedGeneric), message } without calling Steam: Valve
 * allows one of each per process.
 */
import { realpathSync } from 'node:fs';
import type { LibraryHandle } from 'koffi';
import { left, right, type Either } from 'fp-ts/Either';
import { ESteamAPIInitResult } from './generated/core-enum-ESteamAPIInitResult';
import { defineClientFlatApi, defineCoreFlatApi, defineSessionUtilsFlatApi, defineUserFlatApi, flatApiSymbols, type CoreFlatApi } from './flat-api';
import type { UtilsFlatApi } from './generated/utils';
import { lazyInterface } from './lazy-interface';
import { findSteamLibrary, openSteamLibrary, type LibraryError, type LibraryLocationOptions } from './library-loader';
import { createManualDispatch } from './manual-dispatch';
import { Multicast } from './multicast';
import type { CorePorts } from './native-core-ports';
import type { ServerSide } from './native-core-server';
import { alreadyLive, endSession, errorMessageBytes, initFailure, nullInterface, sessionBinding, type LiveSession } from './native-session-init';
import { newLiveness } from './native-session-liveness';
import { withLazyMembers, withLazyProperties } from './lazy-properties';
import type { ClientSession, InitFailure, Platform, RawCallback, SteamCore } from './steam-core';
import { hostPlatform } from './struct-layouts';

/** Where the library is: `libraryPath`, and `strict` to search nowhere but what was named (see library-loader). */
export type NativeCoreOptions = LibraryLocationOptions;

/** A native core also says which file it runs on. */
export interface NativeSteamCore extends SteamCore {
  readonly backend: 'native';
  readonly libraryPath: string;
}

/**
 * Builds a core over the bound core functions (uncached: loadNativeCore is the entry point).
 * `library` is the handle the rest is bound from, once each, when first needed: the client's
 * functions on the first initClient, the game server's on the first initServer (into `api`
 * itself), each interface slice's on its first call.
 */
export const createNativeCore = (
  api: CoreFlatApi,
  libraryPath: string,
  platform: Platform = hostPlatform(),
  library: LibraryHandle | null = null,
): NativeSteamCore => {
  // Required on the first call of a Utils function the session does not bind itself.
  const utilsApi = lazyInterface<UtilsFlatApi>(
    library,
    () => (require('./generated/utils-functions') as typeof import('./generated/utils-functions')).utilsFunctions,
    'ISteamUtils',
  );
  // Every other interface's wiring, required on a session's first read of one of its ports.
  let corePorts: CorePorts | undefined;
  const ports = (): CorePorts =>
    (corePorts ??= (require('./native-core-ports') as typeof import('./native-core-ports')).createCorePorts(library, platform));
  // The game server's side, required on the first initServer: a client start never reads it.
  let serverSide: ServerSide | undefined;
  const gameServer = (): ServerSide =>
    (serverSide ??= (require('./native-core-server') as typeof import('./native-core-server')).createServerSide({ api, library, utilsApi, ports }));
  // The accessors, with the handle the ports define the rest of a client's functions from.
  const bindClient = sessionBinding('the Steam client', library, (handle) => {
    const accessors = defineClientFlatApi(handle, api);
    return accessors._tag === 'Left' ? accessors : right({ flat: accessors.right, handle });
  });
  const callbacks = new Multicast<RawCallback>();
  const emit = (message: RawCallback): void => callbacks.next(message);
  const drain = createManualDispatch(api, platform);
  const clientErrorMessage = new Uint8Array(errorMessageBytes);
  let client: LiveSession | undefined;

  const initClient = (): Either<InitFailure, ClientSession> => {
    if (client !== undefined) return left(alreadyLive('the Steam client'));
    const bound = bindClient();
    if (bound._tag === 'Left') return bound;
    const { flat, handle } = bound.right;
    clientErrorMessage.fill(0);
    const code = api.SteamAPI_InitFlat(clientErrorMessage);
    if (code !== ESteamAPIInitResult.OK) return left(initFailure(code, clientErrorMessage, 'SteamAPI_InitFlat'));
    const user = flat.SteamAPI_SteamUser_v023();
    const utils = flat.SteamAPI_SteamUtils_v010();
    if (user === null || utils === null) {
      api.SteamAPI_Shutdown();
      return left(nullInterface(user === null ? 'SteamAPI_SteamUser_v023' : 'SteamAPI_SteamUtils_v010'));
    }
    api.SteamAPI_ManualDispatch_Init();
    const liveness = newLiveness();
    const beforeShutdown: (() => void)[] = [];
    client = { pipeHandle: api.SteamAPI_GetHSteamPipe(), liveness, beforeShutdown };
    // Every interface is required and built on its first use (lazy-properties.ts): User and Utils
    // become plain properties then, as the client's function groups read them on every call.
    return right(
      withLazyProperties(
        withLazyMembers(
          {},
          {
            // Each port defines the flat functions it calls (bound on their first call) when built.
            user: () =>
              (require('./native-user-port') as typeof import('./native-user-port')).createNativeUserPort(defineUserFlatApi(handle, flat), user, liveness),
            utils: () =>
              (require('./native-utils-port') as typeof import('./native-utils-port')).createNativeUtilsPort(
                defineSessionUtilsFlatApi(handle, flat),
                utils,
                liveness,
                'client',
                utilsApi,
              ),
          },
        ),
        {
          apps: () => ports().apps(liveness),
          friends: () => ports().friends(liveness),
          userStats: () => ports().userStats(liveness),
          networkingMessages: () => ports().networkingMessages(liveness, 'client'),
          networkingUtils: () => ports().networkingUtils(liveness, beforeShutdown),
          networkingSockets: () => ports().networkingSockets(liveness, 'client'),
        },
      ),
    );
  };

  const shutdownClient = (): void => {
    if (client === undefined) return;
    const ending = client;
    client = undefined;
    endSession(ending, () => api.SteamAPI_Shutdown());
  };

  const runCallbacks = (): void => {
    // Read each session before draining: a subscriber may shut one down mid-frame.
    const clientSession = client;
    if (clientSession !== undefined) drain(clientSession.pipeHandle, 'client', clientSession.liveness, emit);
    const serverSession = serverSide?.session();
    if (serverSession !== undefined) drain(serverSession.pipeHandle, 'server', serverSession.liveness, emit);
  };

  return {
    backend: 'native',
    platform,
    libraryPath,
    callbacks$: callbacks.observable$,
    initClient,
    initServer: (args) => gameServer().initServer(args),
    shutdownClient,
    shutdownServer: () => serverSide?.shutdownServer(),
    get clientLive() {
      return client !== undefined;
    },
    get serverLive() {
      return serverSide?.session() !== undefined;
    },
    runCallbacks,
    isSteamRunning: () => api.SteamAPI_IsSteamRunning(),
    restartAppIfNecessary: (ownAppId) => api.SteamAPI_RestartAppIfNecessary(ownAppId),
  };
};

const cores = new Map<string, NativeSteamCore>();

/**
 * Finds, opens and binds libsteam_api (see library-loader for the search order) and returns its
 * core, cached per real path. A library lacking any declared function is LibraryInvalid with a
 * count and the first few missing names (all of them in `missingSymbols`). `strict: true` searches
 * only `libraryPath` / STEAM_API_LIBRARY, never the working directory or the executable's folder.
 */
export const loadNativeCore = (options: NativeCoreOptions = {}): Either<LibraryError, NativeSteamCore> => {
  const found = findSteamLibrary(options);
  if (found._tag === 'Left') return found;
  // The system's realpath: one call, where Node's JavaScript one stats every folder on the way.
  const libraryPath = realpathSync.native(found.right);
  const cached = cores.get(libraryPath);
  if (cached !== undefined) return right(cached);
  const opened = openSteamLibrary(libraryPath, flatApiSymbols);
  if (opened._tag === 'Left') return opened;
  // openSteamLibrary checked every symbol: each core function is bound on its first read (a start
  // calls three), a session's on its first init.
  const core = createNativeCore(defineCoreFlatApi(opened.right.handle), libraryPath, hostPlatform(), opened.right.handle);
  cores.set(libraryPath, core);
  return right(core);
};
