/** The signals of ISteamGameServerStats (the server pipe), by payload name. */
import { lazySignalTable } from './lazy-signal';
import type { gsStatsReceivedSignal } from './signals/gs-stats-received';
import type { gsStatsStoredSignal } from './signals/gs-stats-stored';
import type { gsStatsUnloadedSignal } from './signals/gs-stats-unloaded';

/** Every ISteamGameServerStats signal, by payload name: the definitions createGameServerStatsStreams routes. */
export const gameServerStatsSignals = lazySignalTable<{
  readonly gsStatsReceived: typeof gsStatsReceivedSignal;
  readonly gsStatsStored: typeof gsStatsStoredSignal;
  readonly gsStatsUnloaded: typeof gsStatsUnloadedSignal;
}>({
  gsStatsReceived: { struct: 'GSStatsReceived_t', load: () => (require('./signals/gs-stats-received') as typeof import('./signals/gs-stats-received')).gsStatsReceivedSignal },
  gsStatsStored: { struct: 'GSStatsStored_t', load: () => (require('./signals/gs-stats-stored') as typeof import('./signals/gs-stats-stored')).gsStatsStoredSignal },
  gsStatsUnloaded: { struct: 'GSStatsUnloaded_t', load: () => (require('./signals/gs-stats-unloaded') as typeof import('./signals/gs-stats-unloaded')).gsStatsUnloadedSignal },
});
