/**
 * The dedicated server, as one stream: start the game server bound to every interface, describe
 * it, log on (a login token, or anonymously), then validate every player who connects over TCP
 * with the authentication tutorial's host (one authSession$ per player) until stop$ fires; then
 * end every session and shut the game server down. What happens comes out as the tutorial's
 * events, and as log lines.
 */
import { concat, defer, finalize, mergeMap, of, type Observable, type SchedulerLike } from 'rxjs';
import { isLeft, serverInit, ServerMode, type ServerInitOptions, type SteamServer } from '../../src';
import type { SimulatedSteam } from '../../src/testing';
import type { HostEvent, LifecycleEvent } from '../auth-tutorial/events';
import { host$ } from '../auth-tutorial/host';
import type { ServerConfig } from './config';
import { logOn$ } from './log-on';
import { withPlayerListener } from './player-listener';

/** What the dedicated server runs with. */
export interface DedicatedServerContext {
  readonly config: ServerConfig;
  /** Fires when the server must stop (SIGTERM from `docker stop`, SIGINT from Ctrl-C). */
  readonly stop$: Observable<unknown>;
  readonly log: (line: string) => void;
  /** Drives the pump and the logon timeout. */
  readonly scheduler: SchedulerLike;
  /** For `--simulated` only: the simulated Steam to join (tests give theirs; default: the shared one). */
  readonly steam?: SimulatedSteam;
}

/** What the server reports: the tutorial host's events, a failure, and the final shut-down. */
export type DedicatedServerEvent = HostEvent | LifecycleEvent;

const backendOptions = (context: DedicatedServerContext): ServerInitOptions =>
  context.config.backend === 'simulated'
    ? { backend: 'simulated', scheduler: context.scheduler, ...(context.steam === undefined ? {} : { steam: context.steam }) }
    : // Only STEAM_API_LIBRARY (or libraryPath) is looked at: never a library planted in the working folder.
      { backend: 'native', strictLibrarySearch: true, scheduler: context.scheduler };

/** What Steam's server browser shows (Valve's Spacewar example, app 480). */
const describeServer = (server: SteamServer): void => {
  server.setModDir('spacewar');
  server.setProduct('SteamworksExample');
  server.setGameDescription('steamworks-rx dedicated server');
  server.setDedicatedServer(true);
};

const hosting$ = (context: DedicatedServerContext, server: SteamServer): Observable<DedicatedServerEvent> => {
  const { config, log } = context;
  return logOn$(server, { loginToken: config.loginToken, timeoutMs: config.logOnTimeoutMs, scheduler: context.scheduler }).pipe(
    mergeMap((loggedOn): Observable<DedicatedServerEvent> => {
      if (isLeft(loggedOn)) return of({ kind: 'failed', message: loggedOn.left });
      log(`Logged on to Steam ${config.loginToken === undefined ? 'anonymously' : 'with a login token'} as ${loggedOn.right}`);
      return withPlayerListener(config.bindIp, config.gamePort, (listener) =>
        host$({ name: 'server', steamId: loggedOn.right, validator: server, stop$: context.stop$, stopReason: 'Stopping', log }, listener),
      );
    }),
  );
};

/**
 * Runs the dedicated server while subscribed: ends with 'shut-down' after stop$ (or after a
 * 'failed' event); unsubscribing early shuts the game server down too.
 */
export const dedicatedServer$ = (context: DedicatedServerContext): Observable<DedicatedServerEvent> =>
  defer(() => {
    const { config, log } = context;
    if (config.backend === 'native' && config.bindIp.startsWith('127.')) {
      log(`Warning: bound to ${config.bindIp}, this server will not receive Steam's validation answers; bind 0.0.0.0`);
    }
    const started = serverInit(config.bindIp, config.gamePort, config.queryPort, ServerMode.SERVER_MODE_AUTHENTICATION_AND_SECURE, config.version, backendOptions(context));
    if (isLeft(started)) return of<DedicatedServerEvent>({ kind: 'failed', message: started.left.message });
    const server = started.right;
    log(`Game server on ${config.bindIp}: players on TCP ${config.gamePort}, Steam queries on UDP ${config.queryPort}`);
    let shutDown = false;
    const shutdown = (): void => {
      if (shutDown) return;
      shutDown = true;
      server.serverShutdown();
      log('Game server shut down');
    };
    describeServer(server);
    return concat(
      hosting$(context, server),
      defer(() => {
        shutdown();
        return of<DedicatedServerEvent>({ kind: 'shut-down' });
      }),
    ).pipe(
      // Unsubscribed early, or failed: the game server still goes down with the stream.
      finalize(shutdown),
    );
  });
