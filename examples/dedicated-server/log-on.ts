/**
 * Logging the game server on to Steam: with a game server login token when there is one (a
 * persistent Steam ID for this server), anonymously otherwise (a new anonymous Steam ID each
 * time). Right(the server's Steam ID) once Steam says it is connected; Left with the reason when
 * Steam refuses the token or does not answer in time.
 */
import { defer, filter, map, merge, take, timer, type Observable, type SchedulerLike } from 'rxjs';
import { describeResult, left, right, type Either, type SteamServer } from '../../src';

/** How to log on, and how long to wait for Steam's answer. */
export interface LogOnSettings {
  /** A game server login token (GSLT), or undefined for an anonymous logon. */
  readonly loginToken: string | undefined;
  /** How long Steam may take to answer. */
  readonly timeoutMs: number;
  /** Drives the timeout. */
  readonly scheduler: SchedulerLike;
}

/** Logs `server` on when subscribed; one Either, then completes. */
export const logOn$ = (server: SteamServer, settings: LogOnSettings): Observable<Either<string, bigint>> =>
  merge(
    // Subscribed before the logon starts (defer, below), so Steam's answer cannot be missed.
    server.steamServerConnected$.pipe(map(() => right<string, bigint>(server.getSteamID()))),
    server.steamServerConnectFailed$.pipe(
      // While Steam says it keeps retrying, wait for its next word (or the timeout).
      filter((failure) => !failure.retrying),
      map((failure) => left<string, bigint>(`Steam refused the logon: ${describeResult(failure.result)}`)),
    ),
    timer(settings.timeoutMs, settings.scheduler).pipe(map(() => left<string, bigint>(`Steam did not answer the logon within ${settings.timeoutMs} ms`))),
    defer(() => {
      if (settings.loginToken === undefined) server.logOnAnonymous();
      else server.logOn(settings.loginToken);
      return [];
    }),
  ).pipe(take(1));
