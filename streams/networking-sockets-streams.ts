/**
 * One typed stream per ISteamNetworkingSockets signal of one pipe (the client's, or the game
 * server's SteamGameServerNetworkingSockets). See signal-router.ts for sharing, decode-once and
 * error rules.
 */
import type { Observable } from 'rxjs';
import type { Pipe, Platform, RawCallback } from '../native/steam-core';
import type { DecodeError } from './decode-error';
import { networkingSocketsSignals } from './networking-sockets-signals';
import { createSignalTableStreams } from './signal-router';
import type { NetAuthenticationStatus } from './signals/net-authentication-status';
import type { NetConnectionStatusChanged } from './signals/net-connection-status-changed';

/** The typed streams of ISteamNetworkingSockets, one per signal, and their decode errors. */
export interface NetworkingSocketsStreams {
  /** SteamNetConnectionStatusChangedCallback_t (1221): a connection changed state. */
  readonly netConnectionStatusChanged$: Observable<NetConnectionStatusChanged>;
  /** SteamNetAuthenticationStatus_t (1222): the certificate's availability changed. */
  readonly netAuthenticationStatus$: Observable<NetAuthenticationStatus>;
  /** Messages of the signals above whose bytes did not decode. */
  readonly decodeErrors$: Observable<DecodeError>;
}

/** A pipe's Sockets streams on `platform`'s struct layouts, from the core's single source. */
export const createNetworkingSocketsStreams = (callbacks$: Observable<RawCallback>, pipe: Pipe, platform: Platform): NetworkingSocketsStreams =>
  createSignalTableStreams(callbacks$, pipe, platform, networkingSocketsSignals);
