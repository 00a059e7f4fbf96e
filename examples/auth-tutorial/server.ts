/**
 * The tutorial's game server: describe itself to Steam, log on anonymously, wait until Steam
 * says it is connected, then host players on 127.0.0.1 (an ephemeral port) until the game is
 * over. The listener and every player's connection close with the stream.
 */
import * as E from 'fp-ts/Either';
import { defer, map, merge, mergeMap, of, take, timer, type Observable, type SchedulerLike } from 'rxjs';
import { describeResult, type SteamServer } from '../../src';
import type { HostEvent, LifecycleEvent } from './events';
import { host$ } from './host';
import { HostMessage, PlayerMessage } from './protocol';
import { withListener } from './tcp-listener';

export interface GameServerContext {
  readonly server: SteamServer;
  readonly stop$: Observable<unknown>;
  readonly log: (line: string) => void;
  readonly scheduler: SchedulerLike;
  /** How long Steam may take to answer the logon. */
  readonly logOnTimeoutMs: number;
}

/**
 * Describes the server the way Valve's samples do before logging on, then logs on anonymously.
 * These calls only throw on misuse (a shut-down server, a bad argument); the tutorial reports
 * that as a failed start instead of crashing.
 */
const startLogOn = (server: SteamServer): E.Either<string, void> =>
  E.tryCatch(
    () => {
      server.setModDir('spacewar');
      server.setProduct('SteamworksExample');
      server.setGameDescription('steamworks-rx authentication tutorial');
      server.setDedicatedServer(true);
      server.logOnAnonymous();
    },
    (error) => (error instanceof Error ? error.message : 'the game server refused its description'),
  );

/** Right(the server's Steam ID) once SteamServersConnected_t arrives; Left with the reason otherwise. */
const logOn$ = (context: GameServerContext): Observable<E.Either<string, bigint>> =>
  merge(
    // Subscribed before logOnAnonymous runs (below), so the answer cannot be missed.
    context.server.steamServerConnected$.pipe(map(() => E.right(context.server.getSteamID()))),
    context.server.steamServerConnectFailed$.pipe(map((failure) => E.left(`Steam refused the logon: ${describeResult(failure.result)}`))),
    timer(context.logOnTimeoutMs, context.scheduler).pipe(map(() => E.left(`Steam did not answer the logon within ${context.logOnTimeoutMs} ms`))),
    defer(() => {
      const started = startLogOn(context.server);
      return E.isLeft(started) ? of(started) : [];
    }),
  ).pipe(take(1));

export const gameServer$ = (context: GameServerContext): Observable<HostEvent | LifecycleEvent> =>
  logOn$(context).pipe(
    mergeMap((loggedOn): Observable<HostEvent | LifecycleEvent> => {
      if (E.isLeft(loggedOn)) return of({ kind: 'failed', message: loggedOn.left });
      context.log(`Logged on to Steam anonymously as ${loggedOn.right}`);
      return withListener(PlayerMessage, HostMessage, (listener) =>
        host$({ name: 'server', steamId: loggedOn.right, validator: context.server, stop$: context.stop$, log: context.log }, listener),
      );
    }),
  );
