/**
 * Every signal's decoder for one platform, by payload name: what the public API passes to
 * callResult (`callResult(callbacks$, { pipe, apiCall, ...decoders.encryptedAppTicketResponse })`).
 */
import type { Platform } from '../native/steam-core';
import type { PayloadOf } from './signal-definition';
import { signalDecoder, type SignalDecoder } from './signal-decoder';
import { serverSignals } from './server-signals';
import { userSignals } from './user-signals';
import { utilsSignals } from './utils-signals';
import { appsSignals } from './apps-signals';
import { friendsSignals } from './friends-signals';
import { userStatsSignals } from './user-stats-signals';
import { gameServerStatsSignals } from './game-server-stats-signals';
import { networkingMessagesSignals } from './networking-messages-signals';
import { networkingSocketsSignals } from './networking-sockets-signals';
import { networkingUtilsSignals } from './networking-utils-signals';
import { lazySignalsOf, type LazySignal } from './lazy-signal';
import { withLazyProperties } from '../native/lazy-properties';

type Signals = typeof userSignals &
  typeof serverSignals &
  typeof utilsSignals &
  typeof appsSignals &
  typeof friendsSignals &
  typeof userStatsSignals &
  typeof gameServerStatsSignals &
  typeof networkingMessagesSignals &
  typeof networkingSocketsSignals &
  typeof networkingUtilsSignals;

/** Every signal's decoder (client and game-server pipes, ISteamUtils on either), by payload name. */
export type SignalDecoders = { readonly [K in keyof Signals]: SignalDecoder<PayloadOf<Signals[K]>> };

const tables = [
  userSignals,
  serverSignals,
  utilsSignals,
  appsSignals,
  friendsSignals,
  userStatsSignals,
  gameServerStatsSignals,
  networkingMessagesSignals,
  networkingSocketsSignals,
  networkingUtilsSignals,
] as const;

/**
 * The decoders of a platform as memoised getters: a decoder (its signal module and codec) is built
 * when it is first read, so building the table loads no signal module.
 */
const build = (platform: Platform): SignalDecoders => {
  const builders: Record<string, () => SignalDecoder<unknown>> = {};
  for (const table of tables) {
    const entries = lazySignalsOf(table) as Readonly<Record<string, LazySignal<unknown>>>;
    for (const [key, entry] of Object.entries(entries)) builders[key] = () => signalDecoder(entry.load(), platform);
  }
  return withLazyProperties({}, builders) as unknown as SignalDecoders;
};

const cache = new Map<Platform, SignalDecoders>();

/** The decoders of a platform: the table is made once, each decoder on its first read. */
export const signalDecoders = (platform: Platform): SignalDecoders => {
  const existing = cache.get(platform);
  if (existing !== undefined) return existing;
  const built = build(platform);
  cache.set(platform, built);
  return built;
};
