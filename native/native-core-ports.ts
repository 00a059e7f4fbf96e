/**
 * The native core's interface ports other than User and Utils, and the slices' bound functions
 * they call: required on a session's first read of one of them (native-core.ts reads them through
 * withLazyProperties), so a client start compiles none of this wiring. One per core: the slices
 * are bound once per library, and Messages and Sockets share one message memory.
 */
import type { LibraryHandle } from 'koffi';
import type { AppsFlatApi } from './generated/apps';
import type { GameServerStatsFlatApi } from './generated/game-server-stats';
import type { NetworkingMessagesFlatApi } from './generated/networking-messages';
import type { NetworkingSocketsFlatApi } from './generated/networking-sockets';
import type { NetworkingTypesFlatApi } from './generated/networking-types';
import type { NetworkingUtilsFlatApi } from './generated/networking-utils';
import type { UserStatsFlatApi } from './generated/user-stats';
import { lazyInterface } from './lazy-interface';
import type { BoundFriendsApi } from './native-friends-port';
import type { DebugOutputFlatApi } from './native-networking-utils-port';
import type { SessionLiveness } from './native-session-liveness';
import type { MessageMemory } from './networking-message';
import type { Pipe, Platform } from './steam-core';

/** Each port's builder, over one core's library (`library`: the handle the slices are bound from). */
export const createCorePorts = (library: LibraryHandle | null, platform: Platform) => {
  // Each slice is required and bound on its first call (lazy-interface.ts).
  const appsApi = lazyInterface<AppsFlatApi>(
    library,
    () => (require('./generated/apps-functions') as typeof import('./generated/apps-functions')).appsFunctions,
    'ISteamApps',
  );
  // The chat functions (out of scope) are not bound.
  const friendsApi = lazyInterface<BoundFriendsApi>(
    library,
    () =>
      (require('./native-friends-port') as typeof import('./native-friends-port')).boundFriendsFunctions(
        (require('./generated/friends-functions') as typeof import('./generated/friends-functions')).friendsFunctions,
      ),
    'ISteamFriends',
  );
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
  return {
    apps: (liveness: SessionLiveness) => (require('./native-apps-port') as typeof import('./native-apps-port')).createNativeAppsPort(liveness, appsApi),
    friends: (liveness: SessionLiveness) =>
      (require('./native-friends-port') as typeof import('./native-friends-port')).createNativeFriendsPort(liveness, friendsApi),
    userStats: (liveness: SessionLiveness) =>
      (require('./native-user-stats-port') as typeof import('./native-user-stats-port')).createNativeUserStatsPort(liveness, userStatsApi, platform),
    gameServerStats: (liveness: SessionLiveness) =>
      (require('./native-game-server-stats-port') as typeof import('./native-game-server-stats-port')).createNativeGameServerStatsPort(
        liveness,
        gameServerStatsApi,
      ),
    // Both sessions build their Messages and Sockets ports alike.
    networkingMessages: (liveness: SessionLiveness, pipe: Pipe) =>
      (require('./native-networking-messages-port') as typeof import('./native-networking-messages-port')).createNativeNetworkingMessagesPort(
        liveness,
        pipe,
        platform,
        networkingMessagesApi,
        messageMemory,
      ),
    networkingSockets: (liveness: SessionLiveness, pipe: Pipe) =>
      (require('./native-networking-sockets-port') as typeof import('./native-networking-sockets-port')).createNativeNetworkingSocketsPort({
        liveness,
        pipe,
        platform,
        socketsApi: networkingSocketsApi,
        utilsApi: networkingUtilsApi,
        messageMemory,
      }),
    networkingUtils: (liveness: SessionLiveness, beforeShutdown: (() => void)[]) =>
      (require('./native-networking-utils-port') as typeof import('./native-networking-utils-port')).createNativeNetworkingUtilsPort(
        liveness,
        networkingUtilsApi,
        debugOutputApi,
        (release) => beforeShutdown.push(release),
      ),
  };
};

/** One core's port builders. */
export type CorePorts = ReturnType<typeof createCorePorts>;
