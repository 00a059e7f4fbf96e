/**
 * One typed stream per ISteamNetworkingMessages signal of one pipe (the client's, or the game
 * server's SteamGameServerNetworkingMessages). See signal-router.ts for sharing, decode-once and
 * error rules.
 */
import type { Observable } from 'rxjs';
import type { Pipe, Platform, RawCallback } from '../native/steam-core';
import type { DecodeError } from './decode-error';
import { networkingMessagesSignals } from './networking-messages-signals';
import { createSignalTableStreams } from './signal-router';
import type { NetworkingMessagesSessionFailed } from './signals/networking-messages-session-failed';
import type { NetworkingMessagesSessionRequest } from './signals/networking-messages-session-request';

/** The typed streams of ISteamNetworkingMessages, one per signal, and their decode errors. */
export interface NetworkingMessagesStreams {
  /** SteamNetworkingMessagesSessionRequest_t (1251): a peer wants a session. */
  readonly networkingMessagesSessionRequest$: Observable<NetworkingMessagesSessionRequest>;
  /** SteamNetworkingMessagesSessionFailed_t (1252): a session failed. */
  readonly networkingMessagesSessionFailed$: Observable<NetworkingMessagesSessionFailed>;
  /** Messages of the signals above whose bytes did not decode. */
  readonly decodeErrors$: Observable<DecodeError>;
}

/** A pipe's Messages streams on `platform`'s struct layouts, from the core's single source. */
export const createNetworkingMessagesStreams = (callbacks$: Observable<RawCallback>, pipe: Pipe, platform: Platform): NetworkingMessagesStreams =>
  createSignalTableStreams(callbacks$, pipe, platform, networkingMessagesSignals);
