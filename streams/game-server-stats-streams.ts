/**
 * One typed stream per ISteamGameServerStats signal of the server pipe. A call result appears on its stream as
 * well as in the callResult() of whoever made the call. The router of this pipe routes by callback
 * id, so 1108 is GSStatsUnloaded_t here and never the other pipe's struct. See
 * signal-router.ts for sharing, decode-once and error rules.
 */
import type { Observable } from 'rxjs';
import type { Platform, RawCallback } from '../native/steam-core';
import { gameServerStatsSignals } from './game-server-stats-signals';
import type { DecodeError } from './decode-error';
import { createSignalTableStreams } from './signal-router';
import type { GsStatsReceived } from './signals/gs-stats-received';
import type { GsStatsStored } from './signals/gs-stats-stored';
import type { GsStatsUnloaded } from './signals/gs-stats-unloaded';

/** The typed streams of ISteamGameServerStats, one per signal, and their decode errors. */
export interface GameServerStatsStreams {
  /** GSStatsReceived_t (1800): results of RequestUserStats. */
  readonly gsStatsReceived$: Observable<GsStatsReceived>;
  /** GSStatsStored_t (1801): results of StoreUserStats. */
  readonly gsStatsStored$: Observable<GsStatsStored>;
  /** GSStatsUnloaded_t (1108): a player's stats were unloaded (server pipe only: 1108 on the client pipe is UserStatsUnloaded_t). */
  readonly gsStatsUnloaded$: Observable<GsStatsUnloaded>;
  /** Messages of the signals above whose bytes did not decode. */
  readonly decodeErrors$: Observable<DecodeError>;
}

/** The server pipe's game-server-stats streams on `platform`'s struct layouts, from the core's single source. */
export const createGameServerStatsStreams = (callbacks$: Observable<RawCallback>, platform: Platform): GameServerStatsStreams =>
  createSignalTableStreams(callbacks$, 'server', platform, gameServerStatsSignals);
