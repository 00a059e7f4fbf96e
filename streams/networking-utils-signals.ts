/** The signals of ISteamNetworkingUtils (the client pipe), by payload name. */
import { lazySignalTable } from './lazy-signal';
import type { relayNetworkStatusSignal } from './signals/relay-network-status';

/** Every ISteamNetworkingUtils signal, by payload name: the definitions createNetworkingUtilsStreams routes. */
export const networkingUtilsSignals = lazySignalTable<{
  readonly relayNetworkStatus: typeof relayNetworkStatusSignal;
}>({
  relayNetworkStatus: {
    struct: 'SteamRelayNetworkStatus_t',
    load: () => (require('./signals/relay-network-status') as typeof import('./signals/relay-network-status')).relayNetworkStatusSignal,
  },
});
