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
import { ESteamAPIInitResult } from './enums';
import { bindCoreFlatApi, defineClientFlatApi, bindServerFlatApi, flatApiSymbols, type ClientFlatApi, type CoreFlatApi, type MissingSymbols, type ServerFlatApi } from './flat-api';
import type { AppsFlatApi } from './generated/apps';
import type { GameServerStatsFlatApi } from './generated/game-server-stats';
import type { UserStatsFlatApi } from './generated/user-stats';
import type { UtilsFlatApi } from './generated/utils';
import { lazyInterface } from './lazy-interface';
import { findSteamLibrary, libraryLackingSymbols, openSteamLibrary, type LibraryError, type LibraryLocationOptions } from './library-loader';
import { createManualDispatch } from './manual-dispatch';
import { Multicast } from './multicast';
import { newLiveness, type SessionLiveness } from './native-session-liveness';
import { createNativeUserPort } from './native-user-port';
import { createNativeUtilsPort } from './native-utils-port';
import type { BoundFriendsApi } from './native-friends-port';
import type { NetworkingMessagesFlatApi } from './generated/networking-messages';
import type { NetworkingSocketsFlatApi } from './generated/networking-sockets';
import type { NetworkingTypesFlatApi } from './generated/networking-types';
import type { NetworkingUtilsFlatApi } from './generated/networking-utils';
import type { DebugOutputFlatApi } from './native-networking-utils-port';
import { withLazyProperties } from './lazy-properties';
import type { MessageMemory } from './networking-message';
import type { ClientSession, InitFailure, Pipe, Platform, RawCallback, ServerInitArguments, ServerSession, SteamCore } from './steam-core';
import { hostPlatform } from './struct-layouts';
import { cText } from './c-text';

/** SteamErrMsg is char[k_cchMaxSteamErrMsg]. */
const errorMessageBytes = 1024;

/** Where the library is: `libraryPath`, and `strict` to search nowhere but what was named (see library-loader). */
export type NativeCoreOptions = LibraryLocationOptions;

/** A native core also says which file it runs on. */
export interface NativeSteamCore extends SteamCore {
  readonly backend: 'native';
  readonly libraryPath: string;
}

interface LiveSession {
  readonly pipeHandle: number;
  readonly liveness: SessionLiveness;
  /** Run before the session's shutdown call, in registration order (native registrations to undo). */
  readonly beforeShutdown: (() => void)[];
}

/** Runs every release, each once; one that throws does not stop the others (the first error is rethrown after). */
const runReleases = (releases: readonly (() => void)[]): void => {
  let failure: { readonly error: unknown } | undefined;
  for (const release of releases) {
    try {
      release();
    } catch (error) {
      failure ??= { error };
    }
  }
  if (failure !== undefined) throw failure.error;
};

const failure = (code: number, buffer: Uint8Array, call: string): InitFailure => {
  // Valve's message: the C string in the buffer, cut at its NUL.
  const valveMessage = cText(buffer);
  return { code, message: valveMessage !== '' ? valveMessage : `${call} failed with ESteamAPIInitResult ${code}` };
};

const alreadyLive = (what: string): InitFailure => ({
  code: ESteamAPIInitResult.FailedGeneric,
  message: `steamworks-rx: ${what} is already initialised in this process; Steam allows one at a time, shut it down first`,
});

const nullInterface = (accessor: string): InitFailure => ({
  code: ESteamAPIInitResult.FailedGeneric,
  message: `steamworks-rx: ${accessor} returned NULL after a successful init (interface version not served)`,
});

const unboundSession = (what: string, missing: MissingSymbols | undefined): InitFailure => ({
  code: ESteamAPIInitResult.FailedGeneric,
  message:
    missing === undefined
      ? `steamworks-rx: ${what} functions cannot be bound: this core has no library handle`
      : `steamworks-rx: the Steam library lacks ${what} functions: ${missing.missing.join(', ')}`,
});

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
  // Required on the first Apps call: a client that never asks about apps never loads the module.
  const appsApi = lazyInterface<AppsFlatApi>(
    library,
    () => (require('./generated/apps-functions') as typeof import('./generated/apps-functions')).appsFunctions,
    'ISteamApps',
  );
  // Required on the first Friends call, as Apps; the chat functions (out of scope) are not bound.
  const friendsApi = lazyInterface<BoundFriendsApi>(
    library,
    () =>
      (require('./native-friends-port') as typeof import('./native-friends-port')).boundFriendsFunctions(
        (require('./generated/friends-functions') as typeof import('./generated/friends-functions')).friendsFunctions,
      ),
    'ISteamFriends',
  );
  // The stats slices likewise load and bind on their first call.
  const userStatsApi = lazyInterface<UserStatsFlatApi>(
    library,
    () => (require('./generated/user-stats-functions') as typeof import('./generated/user-stats-functions')).userStatsFunctions,
    'ISteamUserStats',
  );
  const gameServerStatsApi = lazyInterface<GameServerStatsFlatApi>(
    library,
    () => (require('./generated/game-server-stats-functions') as typeof import('./generated/game-server-stats-functions')).gameServerStatsFunctions,
    'ISteamGameServerStats',
  );
  // The networking slices: each required and bound on its first call (lazy-interface.ts).
  const networkingMessagesApi = lazyInterface<NetworkingMessagesFlatApi>(
    library,
    () => (require('./generated/networking-messages-functions') as typeof import('./generated/networking-messages-functions')).networkingMessagesFunctions,
    'ISteamNetworkingMessages',
  );
  const networkingUtilsApi = lazyInterface<NetworkingUtilsFlatApi>(
    library,
    () => (require('./generated/networking-utils-functions') as typeof import('./generated/networking-utils-functions')).networkingUtilsFunctions,
    'ISteamNetworkingUtils',
  );
  const networkingSocketsApi = lazyInterface<NetworkingSocketsFlatApi>(
    library,
    () => (require('./generated/networking-sockets-functions') as typeof import('./generated/networking-sockets-functions')).networkingSocketsFunctions,
    'ISteamNetworkingSockets',
  );
  let debugOutput: (() => DebugOutputFlatApi) | undefined;
  const debugOutputApi = (): DebugOutputFlatApi =>
    (debugOutput ??= (require('./native-networking-utils-port') as typeof import('./native-networking-utils-port')).debugOutputInterface(library))();
  const messageReleaseApi = lazyInterface<Pick<NetworkingTypesFlatApi, 'SteamAPI_SteamNetworkingMessage_t_Release'>>(
    library,
    () =>
      (require('./generated/networking-types-functions') as typeof import('./generated/networking-types-functions')).networkingTypesFunctions.filter(
        (declared): declared is typeof declared & { name: 'SteamAPI_SteamNetworkingMessage_t_Release' } => declared.name === 'SteamAPI_SteamNetworkingMessage_t_Release',
      ),
    'SteamNetworkingMessage_t',
  );
  /** How received messages are copied out and released: shared by Messages and Sockets, made on the first receive. */
  let memory: MessageMemory | undefined;
  const messageMemory = (): MessageMemory => {
    if (memory !== undefined) return memory;
    const release = messageReleaseApi().SteamAPI_SteamNetworkingMessage_t_Release;
    memory = { copy: (require('./native-memory') as typeof import('./native-memory')).createNativeCopier(), release: (message) => release(message) };
    return memory;
  };
  // Both sessions build their Messages and Sockets ports alike, each on its first use.
  const networkingMessagesPort = (liveness: SessionLiveness, pipe: Pipe) =>
    (require('./native-networking-messages-port') as typeof import('./native-networking-messages-port')).createNativeNetworkingMessagesPort(
      liveness,
      pipe,
      platform,
      networkingMessagesApi,
      messageMemory,
    );
  const networkingSocketsPort = (liveness: SessionLiveness, pipe: Pipe) =>
    (require('./native-networking-sockets-port') as typeof import('./native-networking-sockets-port')).createNativeNetworkingSocketsPort({
      liveness,
      pipe,
      platform,
      socketsApi: networkingSocketsApi,
      utilsApi: networkingUtilsApi,
      messageMemory,
    });
  // Bound before the session's init call, so a library that cannot serve it leaves Steam untouched.
  let clientApi: ClientFlatApi | undefined;
  const bindClient = (): Either<InitFailure, ClientFlatApi> => {
    if (clientApi !== undefined) return right(clientApi);
    if (library === null) return left(unboundSession('the Steam client', undefined));
    const bound = defineClientFlatApi(library, api);
    if (bound._tag === 'Left') return left(unboundSession('the Steam client', bound.left));
    clientApi = bound.right;
    return bound;
  };
  let serverApi: ServerFlatApi | undefined;
  const bindServer = (): Either<InitFailure, ServerFlatApi> => {
    if (serverApi !== undefined) return right(serverApi);
    if (library === null) return left(unboundSession('the game server', undefined));
    const bound = bindServerFlatApi(library, api);
    if (bound._tag === 'Left') return left(unboundSession('the game server', bound.left));
    serverApi = bound.right;
    return bound;
  };
  const callbacks = new Multicast<RawCallback>();
  const emit = (message: RawCallback): void => callbacks.next(message);
  const drain = createManualDispatch(api, platform);
  const clientErrorMessage = new Uint8Array(errorMessageBytes);
  const serverErrorMessage = new Uint8Array(errorMessageBytes);
  let client: LiveSession | undefined;
  let server: LiveSession | undefined;

  const initClient = (): Either<InitFailure, ClientSession> => {
    if (client !== undefined) return left(alreadyLive('the Steam client'));
    const bound = bindClient();
    if (bound._tag === 'Left') return bound;
    const flat = bound.right;
    clientErrorMessage.fill(0);
    const code = api.SteamAPI_InitFlat(clientErrorMessage);
    if (code !== ESteamAPIInitResult.OK) return left(failure(code, clientErrorMessage, 'SteamAPI_InitFlat'));
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
    // Every interface but User and Utils is required and built on its first use (lazy-properties.ts).
    return right(
      withLazyProperties(
        { user: createNativeUserPort(flat, user, liveness), utils: createNativeUtilsPort(flat, utils, liveness, 'client', utilsApi) },
        {
          apps: () => (require('./native-apps-port') as typeof import('./native-apps-port')).createNativeAppsPort(liveness, appsApi),
          friends: () => (require('./native-friends-port') as typeof import('./native-friends-port')).createNativeFriendsPort(liveness, friendsApi),
          userStats: () =>
            (require('./native-user-stats-port') as typeof import('./native-user-stats-port')).createNativeUserStatsPort(liveness, userStatsApi, platform),
          networkingMessages: () => networkingMessagesPort(liveness, 'client'),
          networkingUtils: () =>
            (require('./native-networking-utils-port') as typeof import('./native-networking-utils-port')).createNativeNetworkingUtilsPort(
              liveness,
              networkingUtilsApi,
              debugOutputApi,
              (release) => beforeShutdown.push(release),
            ),
          networkingSockets: () => networkingSocketsPort(liveness, 'client'),
        },
      ),
    );
  };

  const initServer = (args: ServerInitArguments): Either<InitFailure, ServerSession> => {
    if (server !== undefined) return left(alreadyLive('the game server'));
    const bound = bindServer();
    if (bound._tag === 'Left') return bound;
    const flat = bound.right;
    // The game server's own modules are required on its first init, not at load: a client start never reads them.
    const { gameServerInterfaceVersionList } = require('./game-server-interface-versions') as typeof import('./game-server-interface-versions');
    const { createNativeGameServerPort } = require('./native-game-server-port') as typeof import('./native-game-server-port');
    serverErrorMessage.fill(0);
    const code = api.SteamInternal_GameServer_Init_V2(
      args.ip >>> 0,
      args.gamePort,
      args.queryPort,
      args.serverMode,
      args.versionString,
      gameServerInterfaceVersionList,
      serverErrorMessage,
    );
    if (code !== ESteamAPIInitResult.OK) return left(failure(code, serverErrorMessage, 'SteamInternal_GameServer_Init_V2'));
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
          gameServerStats: () =>
            (require('./native-game-server-stats-port') as typeof import('./native-game-server-stats-port')).createNativeGameServerStatsPort(
              liveness,
              gameServerStatsApi,
            ),
          networkingMessages: () => networkingMessagesPort(liveness, 'server'),
          networkingSockets: () => networkingSocketsPort(liveness, 'server'),
        },
      ),
    );
  };

  const shutdownClient = (): void => {
    if (client === undefined) return;
    const ending = client;
    client = undefined;
    try {
      // While the pointers are still valid: e.g. Steam must forget the debug hook before koffi frees it.
      runReleases(ending.beforeShutdown);
    } finally {
      ending.liveness.alive = false;
      api.SteamAPI_Shutdown();
    }
  };

  const shutdownServer = (): void => {
    if (server === undefined) return;
    const ending = server;
    server = undefined;
    try {
      runReleases(ending.beforeShutdown);
    } finally {
      ending.liveness.alive = false;
      api.SteamGameServer_Shutdown();
    }
  };

  const runCallbacks = (): void => {
    // Read each session before draining: a subscriber may shut one down mid-frame.
    const clientSession = client;
    if (clientSession !== undefined) drain(clientSession.pipeHandle, 'client', clientSession.liveness, emit);
    const serverSession = server;
    if (serverSession !== undefined) drain(serverSession.pipeHandle, 'server', serverSession.liveness, emit);
  };

  return {
    backend: 'native',
    platform,
    libraryPath,
    callbacks$: callbacks.observable$,
    initClient,
    initServer,
    shutdownClient,
    shutdownServer,
    get clientLive() {
      return client !== undefined;
    },
    get serverLive() {
      return server !== undefined;
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
  const libraryPath = realpathSync(found.right);
  const cached = cores.get(libraryPath);
  if (cached !== undefined) return right(cached);
  const opened = openSteamLibrary(libraryPath, flatApiSymbols);
  if (opened._tag === 'Left') return opened;
  // Only the core now: every start calls it. A session's functions are bound on its first init.
  const bound = bindCoreFlatApi(opened.right.handle);
  if (bound._tag === 'Left') return left(libraryLackingSymbols(libraryPath, bound.left.missing, flatApiSymbols.length));
  const core = createNativeCore(bound.right, libraryPath, hostPlatform(), opened.right.handle);
  cores.set(libraryPath, core);
  return right(core);
};
