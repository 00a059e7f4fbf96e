/** One typed stream per ISteamNetworkingUtils signal of the client pipe. See signal-router.ts for sharing, decode-once and error rules. */
import type { Observable } from 'rxjs';
import type { Platform, RawCallback } from '../native/steam-core';
import type { DecodeError } from './decode-error';
import { networkingUtilsSignals } from './networking-utils-signals';
import { createSignalTableStreams } from './signal-router';
import type { RelayNetworkStatus } from './signals/relay-network-status';

/** The typed streams of ISteamNetworkingUtils and their decode errors. */
export interface NetworkingUtilsStreams {
  /** SteamRelayNetworkStatus_t (1281): the relay network's availability changed. */
  readonly relayNetworkStatus$: Observable<RelayNetworkStatus>;
  /** Messages of the signal above whose bytes did not decode. */
  readonly decodeErrors$: Observable<DecodeError>;
}

/** The client pipe's Networking Utils streams on `platform`'s struct layouts, from the core's single source. */
export const createNetworkingUtilsStreams = (callbacks$: Observable<RawCallback>, platform: Platform): NetworkingUtilsStreams =>
  createSignalTableStreams(callbacks$, 'client', platform, networkingUtilsSignals);
