/** The signals of ISteamNetworkingMessages (client or game-server pipe), by payload name. */
import { lazySignalTable } from './lazy-signal';
import type { networkingMessagesSessionFailedSignal } from './signals/networking-messages-session-failed';
import type { networkingMessagesSessionRequestSignal } from './signals/networking-messages-session-request';

/** Every ISteamNetworkingMessages signal, by payload name: the definitions createNetworkingMessagesStreams routes. */
export const networkingMessagesSignals = lazySignalTable<{
  readonly networkingMessagesSessionRequest: typeof networkingMessagesSessionRequestSignal;
  readonly networkingMessagesSessionFailed: typeof networkingMessagesSessionFailedSignal;
}>({
  networkingMessagesSessionRequest: {
    struct: 'SteamNetworkingMessagesSessionRequest_t',
    load: () =>
      (require('./signals/networking-messages-session-request') as typeof import('./signals/networking-messages-session-request')).networkingMessagesSessionRequestSignal,
  },
  networkingMessagesSessionFailed: {
    struct: 'SteamNetworkingMessagesSessionFailed_t',
    load: () =>
      (require('./signals/networking-messages-session-failed') as typeof import('./signals/networking-messages-session-failed')).networkingMessagesSessionFailedSignal,
  },
});
