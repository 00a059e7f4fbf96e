/**
 * The interface namespaces a client and a game server both have (ISteamUtils,
 * ISteamNetworkingMessages, ISteamNetworkingSockets), built the same way on either pipe. Each
 * builder requires its module on first use (literal paths, so the bundler gives each a file).
 */
import type { Observable } from 'rxjs';
import type { NetworkingMessagesPort, NetworkingSocketsPort, Pipe, Platform, RawCallback, UtilsPort } from '../../native/steam-core';
import type { SteamNetworkingMessages } from '../networking-messages/networking-messages-functions';
import type { SteamNetworkingSockets } from '../networking-sockets/networking-sockets-functions';
import type { SteamUtils } from '../utils/utils-functions';
import type { SessionState } from './session-state';

/** What the shared namespaces are built from: the session's ports, its callbacks and its pipe. */
export interface SideNamespaceSources {
  readonly state: SessionState;
  readonly session: { readonly utils: UtilsPort; readonly networkingMessages: NetworkingMessagesPort; readonly networkingSockets: NetworkingSocketsPort };
  readonly callbacks$: Observable<RawCallback>;
  readonly platform: Platform;
  readonly pipe: Pipe;
}

/** Builders of `utils`, `networkingMessages` and `networkingSockets` for native/lazy-properties.ts. */
export const sideNamespaceBuilders = ({ state, session, callbacks$, platform, pipe }: SideNamespaceSources) => ({
  utils: (): SteamUtils =>
    (require('../utils/utils-functions') as typeof import('../utils/utils-functions')).utilsNamespace({ state, port: session.utils, callbacks$, pipe, platform }),
  networkingMessages: (): SteamNetworkingMessages =>
    (require('../networking-messages/networking-messages-functions') as typeof import('../networking-messages/networking-messages-functions')).networkingMessagesNamespace({
      state,
      port: session.networkingMessages,
      callbacks$,
      pipe,
      platform,
    }),
  networkingSockets: (): SteamNetworkingSockets =>
    (require('../networking-sockets/networking-sockets-functions') as typeof import('../networking-sockets/networking-sockets-functions')).networkingSocketsNamespace({
      state,
      port: session.networkingSockets,
      callbacks$,
      pipe,
      platform,
    }),
});
