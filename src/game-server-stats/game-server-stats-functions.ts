/**
 * ISteamGameServerStats as the `stats` namespace of a game server (`server.stats`): a server reads
 * and writes the stats and achievements of the players on it. Reads Steam may refuse are Eithers
 * (CallFailed); RequestUserStats and StoreUserStats are Observables of Either; misuse throws
 * InvalidArgument or NotInitialized at call time.
 */
import { left, right, type Either } from 'fp-ts/Either';
import type { Observable } from 'rxjs';
import type { GameServerStatsPort } from '../../native/game-server-stats-port';
import type { Platform, RawCallback } from '../../native/steam-core';
import type { CallResultError } from '../../streams/call-result';
import { createGameServerStatsStreams, type GameServerStatsStreams } from '../../streams/game-server-stats-streams';
import { signalDecoders } from '../../streams/signal-decoders';
import type { GsStatsReceived } from '../../streams/signals/gs-stats-received';
import type { GsStatsStored } from '../../streams/signals/gs-stats-stored';
import { CallFailed, type NotInitialized, type SteamResultError } from '../errors';
import { ensureLive } from '../session/guard';
import type { SessionState } from '../session/session-state';
import { okOr, steamCall } from '../session/steam-call';
import { streamsUntilShutdown } from '../session/until-shutdown';
import type { SteamIdInput } from '../steam-id/steam-id-text';
import { int32 } from '../validation/arguments';
import { steamIdArgument } from '../validation/steam-id-argument';
import { finiteFloat, positiveDuration, statName } from '../user-stats/stats-arguments';

/** Why a game-server stats call result gave nothing: the call failed, Steam answered a failing EResult, or shutdown. */
export type GameServerStatsCallError = CallResultError | SteamResultError | NotInitialized;

/** ISteamGameServerStats' call results and callbacks on the server pipe; each completes at shutdown. */
export interface GameServerStatsSignals {
  /** GSStatsReceived_t: every requestUserStats answer. */
  readonly gsStatsReceived$: GameServerStatsStreams['gsStatsReceived$'];
  /** GSStatsStored_t: every storeUserStats answer. */
  readonly gsStatsStored$: GameServerStatsStreams['gsStatsStored$'];
  /** GSStatsUnloaded_t (1108 on the server pipe): Steam dropped a player's stats; request them again. */
  readonly gsStatsUnloaded$: GameServerStatsStreams['gsStatsUnloaded$'];
  /** Game-server stats callbacks whose bytes did not decode. */
  readonly decodeErrors$: GameServerStatsStreams['decodeErrors$'];
}

/**
 * ISteamGameServerStats (SteamGameServerStats001) as `server.stats`. Request a player's stats
 * before reading or writing them; writes are kept until storeUserStats.
 *
 * @example
 * ```ts
 * server.stats.requestUserStats(player).subscribe((received) => {
 *   if (isRight(received)) server.stats.setUserAchievement(player, 'ACH_WIN_ONE_GAME');
 * });
 * ```
 */
export interface SteamGameServerStats extends GameServerStatsSignals {
  /** Downloads a player's stats. Flat: SteamAPI_ISteamGameServerStats_RequestUserStats, GSStatsReceived_t. Failures: SteamResultError, CallResultError, NotInitialized. Throws InvalidArgument for a bad Steam ID. */
  readonly requestUserStats: (steamId: SteamIdInput) => Observable<Either<GameServerStatsCallError, GsStatsReceived>>;
  /** A player's int stat. Flat: SteamAPI_ISteamGameServerStats_GetUserStatInt32. Left(CallFailed) for an unknown name, a float stat, or stats not requested. */
  readonly getUserStatInt32: (steamId: SteamIdInput, name: string) => Either<CallFailed, number>;
  /** A player's float stat. Flat: SteamAPI_ISteamGameServerStats_GetUserStatFloat. Left(CallFailed) for an unknown name, an int stat, or stats not requested. */
  readonly getUserStatFloat: (steamId: SteamIdInput, name: string) => Either<CallFailed, number>;
  /** Whether a player has an achievement. Flat: SteamAPI_ISteamGameServerStats_GetUserAchievement. Left(CallFailed) for an unknown name or stats not requested. */
  readonly getUserAchievement: (steamId: SteamIdInput, name: string) => Either<CallFailed, boolean>;
  /** Sets a player's int stat (stored by storeUserStats). Flat: SteamAPI_ISteamGameServerStats_SetUserStatInt32. False when Steam refused. Throws InvalidArgument for a value not an int32. */
  readonly setUserStatInt32: (steamId: SteamIdInput, name: string, value: number) => boolean;
  /** Sets a player's float stat. Flat: SteamAPI_ISteamGameServerStats_SetUserStatFloat. False when Steam refused. Throws InvalidArgument for NaN, ±Infinity or beyond float range. */
  readonly setUserStatFloat: (steamId: SteamIdInput, name: string, value: number) => boolean;
  /** Adds to a player's average-rate stat. Flat: SteamAPI_ISteamGameServerStats_UpdateUserAvgRateStat. False when Steam refused. Throws InvalidArgument for non-finite numbers or a length not above 0. */
  readonly updateUserAvgRateStat: (steamId: SteamIdInput, name: string, countThisSession: number, sessionLength: number) => boolean;
  /** Unlocks a player's achievement. Flat: SteamAPI_ISteamGameServerStats_SetUserAchievement. False when Steam refused. */
  readonly setUserAchievement: (steamId: SteamIdInput, name: string) => boolean;
  /** Locks a player's achievement again. Flat: SteamAPI_ISteamGameServerStats_ClearUserAchievement. False when Steam refused. */
  readonly clearUserAchievement: (steamId: SteamIdInput, name: string) => boolean;
  /** Sends a player's changed stats. Flat: SteamAPI_ISteamGameServerStats_StoreUserStats, GSStatsStored_t. Failures: SteamResultError, CallResultError, NotInitialized. */
  readonly storeUserStats: (steamId: SteamIdInput) => Observable<Either<GameServerStatsCallError, GsStatsStored>>;
}

/** What a server stats namespace is built from. */
export interface GameServerStatsContext {
  readonly state: SessionState;
  readonly port: GameServerStatsPort;
  readonly callbacks$: Observable<RawCallback>;
  readonly platform: Platform;
}

/** Builds the stats namespace of a live game-server session. */
export const gameServerStatsNamespace = (context: GameServerStatsContext): SteamGameServerStats => {
  const { state, port } = context;
  const streams = createGameServerStatsStreams(context.callbacks$, context.platform);
  const decoders = signalDecoders(context.platform);
  const call = { state, callbacks$: context.callbacks$, pipe: 'server' as const };
  const byUser =
    <A, Rest extends unknown[]>(run: (steamId: bigint, name: string, ...rest: Rest) => A) =>
    (steamId: SteamIdInput, name: string, ...rest: Rest): A => {
      ensureLive(state);
      return run(steamIdArgument('steamId', steamId), statName('name', name), ...rest);
    };
  const orFailed = <A>(value: A | null, call: string, why: string): Either<CallFailed, A> => (value === null ? left(new CallFailed(call, why)) : right(value));
  const missing = (what: string, name: string, steamId: bigint): string => `Steam has no ${what} ${JSON.stringify(name)} of ${steamId} (unknown, other type, or stats not requested)`;
  return {
    ...streamsUntilShutdown(state, streams),
    requestUserStats: (steamId) => {
      ensureLive(state);
      const user = steamIdArgument('steamId', steamId);
      return steamCall(call, () => port.requestUserStats(user), decoders.gsStatsReceived, okOr('requestUserStats'));
    },
    getUserStatInt32: byUser((user, name) => orFailed(port.getUserStatInt32(user, name), 'getUserStatInt32', missing('int stat', name, user))),
    getUserStatFloat: byUser((user, name) => orFailed(port.getUserStatFloat(user, name), 'getUserStatFloat', missing('float stat', name, user))),
    getUserAchievement: byUser((user, name) => orFailed(port.getUserAchievement(user, name), 'getUserAchievement', missing('achievement', name, user))),
    setUserStatInt32: byUser((user, name, value: number) => port.setUserStatInt32(user, name, int32('value', value))),
    setUserStatFloat: byUser((user, name, value: number) => port.setUserStatFloat(user, name, finiteFloat('value', value))),
    updateUserAvgRateStat: byUser((user, name, countThisSession: number, sessionLength: number) =>
      port.updateUserAvgRateStat(user, name, finiteFloat('countThisSession', countThisSession), positiveDuration('sessionLength', sessionLength)),
    ),
    setUserAchievement: byUser((user, name) => port.setUserAchievement(user, name)),
    clearUserAchievement: byUser((user, name) => port.clearUserAchievement(user, name)),
    storeUserStats: (steamId) => {
      ensureLive(state);
      const user = steamIdArgument('steamId', steamId);
      return steamCall(call, () => port.storeUserStats(user), decoders.gsStatsStored, okOr('storeUserStats'));
    },
  };
};
