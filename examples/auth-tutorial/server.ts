/**
 * The tutorial's game server: describe itself to Steam, log on anonymously, wait until Steam
 * says it is connected, then host players on 127.0.0.1 (an ephemeral port) until the game is
 * over. The listener and every player's connection close with the stream.
 */
import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
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

const messageOf = (error: { readonly message: string }): string => error.message;

/** Describes the server the way Valve's samples do before logging on, then logs on anonymously. */
const startLogOn = (server: SteamServer): E.Either<string, void> =>
  pipe(
    E.sequenceArray([
      server.setModDir('spacewar'),
      server.setProduct('SteamworksExample'),
      server.setGameDescription('steamworks-rx authentication tutorial'),
      server.setDedicatedServer(true),
    ]),
    E.chainW(() => server.logOnAnonymous()),
    E.bimap(messageOf, () => undefined),
  );

/** Right(the server's Steam ID) once SteamServersConnected_t arrives; Left with the reason otherwise. */
const logOn$ = (context: GameServerContext): Observable<E.Either<string, bigint>> =>
  merge(
    // Subscribed before logOnAnonymous runs (below), so the answer cannot be missed.
    context.server.steamServerConnected$.pipe(map(() => pipe(context.server.getSteamID(), E.mapLeft(messageOf)))),
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
