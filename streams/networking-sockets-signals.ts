/** The signals of ISteamNetworkingSockets (client or game-server pipe), by payload name. */
import { lazySignalTable } from './lazy-signal';
import type { netAuthenticationStatusSignal } from './signals/net-authentication-status';
import type { netConnectionStatusChangedSignal } from './signals/net-connection-status-changed';

/** Every ISteamNetworkingSockets signal, by payload name: the definitions createNetworkingSocketsStreams routes. */
export const networkingSocketsSignals = lazySignalTable<{
  readonly netConnectionStatusChanged: typeof netConnectionStatusChangedSignal;
  readonly netAuthenticationStatus: typeof netAuthenticationStatusSignal;
}>({
  netConnectionStatusChanged: {
    struct: 'SteamNetConnectionStatusChangedCallback_t',
    load: () => (require('./signals/net-connection-status-changed') as typeof import('./signals/net-connection-status-changed')).netConnectionStatusChangedSignal,
  },
  netAuthenticationStatus: {
    struct: 'SteamNetAuthenticationStatus_t',
    load: () => (require('./signals/net-authentication-status') as typeof import('./signals/net-authentication-status')).netAuthenticationStatusSignal,
  },
});
