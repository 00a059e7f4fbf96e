/**
 * Opening the tutorial's Steam endpoints on a backend: the simulated Steam (a universe with one
 * user per player, each player and the server a separate simulated process, driven by the real
 * clock) or Valve's library (the signed-in Steam user; one client and one server per process is
 * Valve's rule). A failed init is a value carrying the SDK's typed error.
 */
import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { asyncScheduler, type SchedulerLike } from 'rxjs';
import {
  ServerMode,
  serverInit,
  steamInit,
  type ServerInitError,
  type SteamClient,
  type SteamInitError,
  type SteamServer,
} from '../../src';
import { createSimulatedSteam } from '../../src/testing';
import { LOOPBACK } from './tcp-connection';

export type Backend = 'simulated' | 'native';

export interface Seat {
  readonly name: string;
  readonly steamId: bigint;
  readonly client: SteamClient;
}

export interface Endpoints {
  /** Absent for peer-to-peer. */
  readonly server: SteamServer | undefined;
  readonly seats: readonly Seat[];
  /** Releases the backend itself (the simulated universe) once everything is shut down. */
  readonly dispose: () => void;
}

export interface EndpointInitFailed {
  readonly _tag: 'EndpointInitFailed';
  /** "server" or the player's name. */
  readonly who: string;
  readonly error: SteamInitError | ServerInitError;
  readonly message: string;
}

export interface EndpointRequest {
  readonly backend: Backend;
  readonly withServer: boolean;
  /** Player names; the native backend has exactly one player, the signed-in user. */
  readonly players: readonly string[];
  /** Valve's library, when not found through STEAM_API_LIBRARY or the game's folders. */
  readonly libraryPath?: string;
  /** The simulated Steam's clock (its latencies); the real clock by default. */
  readonly scheduler?: SchedulerLike;
}

/**
 * STEAMGAMESERVER_QUERY_PORT_SHARED: server-browser queries share the game socket, so Steam
 * opens no query port of its own (the example binds nothing but its loopback TCP port).
 */
const QUERY_PORT_SHARED = 0xffff;
/** The game port Steam advertises; the tutorial's TCP listener picks its own ephemeral port. */
const ADVERTISED_GAME_PORT = 0;

const initFailed = (who: string, error: SteamInitError | ServerInitError): EndpointInitFailed => ({
  _tag: 'EndpointInitFailed',
  who,
  error,
  message: `${who}: ${error.message}`,
});

type Backends = Parameters<typeof steamInit>[0] & Parameters<typeof serverInit>[5];

const openSeat = (name: string, backendOptions: Backends): E.Either<EndpointInitFailed, Seat> =>
  pipe(
    steamInit(backendOptions),
    E.bimap(
      (error) => initFailed(name, error),
      (client) => ({ name, steamId: client.getSteamID(), client }),
    ),
  );

/** Opens the players one by one; on a failure the ones already open are shut down. */
const openSeats = (
  names: readonly string[],
  optionsFor: (name: string) => Backends,
): E.Either<EndpointInitFailed, readonly Seat[]> =>
  names.reduce<E.Either<EndpointInitFailed, readonly Seat[]>>(
    (opened, name) =>
      pipe(
        opened,
        E.chain((seats) =>
          pipe(
            openSeat(name, optionsFor(name)),
            E.bimap(
              (error) => {
                seats.forEach((seat) => seat.client.shutdown());
                return error;
              },
              (seat) => [...seats, seat],
            ),
          ),
        ),
      ),
    E.right([]),
  );

/**
 * The address Steam is told the server binds. On Valve's library it must be every interface
 * (0.0.0.0): a server bound to 127.0.0.1 never receives its validation answers. The simulated
 * Steam has no network, so the tutorial's own loopback address is as good as any there.
 */
const steamBindAddress = (backendOptions: Backends): string => (backendOptions?.backend === 'native' ? '0.0.0.0' : LOOPBACK);

const openServer = (backendOptions: Backends): E.Either<EndpointInitFailed, SteamServer> =>
  pipe(
    serverInit(steamBindAddress(backendOptions), ADVERTISED_GAME_PORT, QUERY_PORT_SHARED, ServerMode.SERVER_MODE_AUTHENTICATION_AND_SECURE, '1.0.0.0', backendOptions),
    E.mapLeft((error) => initFailed('server', error)),
  );

export const openEndpoints = (request: EndpointRequest): E.Either<EndpointInitFailed, Endpoints> => {
  const scheduler = request.scheduler ?? asyncScheduler;
  if (request.backend === 'native') {
    const options: Backends = { backend: 'native', ...(request.libraryPath === undefined ? {} : { libraryPath: request.libraryPath }) };
    const server = request.withServer ? pipe(openServer(options), E.map((opened): SteamServer | undefined => opened)) : E.right(undefined);
    return pipe(
      server,
      E.chain((opened) =>
        pipe(
          openSeats(request.players, () => options),
          E.bimap(
            (error) => {
              opened?.serverShutdown();
              return error;
            },
            (seats): Endpoints => ({ server: opened, seats, dispose: () => undefined }),
          ),
        ),
      ),
    );
  }
  const steam = createSimulatedSteam({ scheduler });
  const users = new Map(request.players.map((name) => [name, steam.addUser({ name })]));
  const server = request.withServer ? pipe(openServer({ backend: 'simulated', steam }), E.map((opened): SteamServer | undefined => opened)) : E.right(undefined);
  const opened = pipe(
    server,
    E.chain((openedServer) =>
      pipe(
        openSeats(request.players, (name) => ({ backend: 'simulated', steam, user: users.get(name) })),
        E.bimap(
          (error) => {
            openedServer?.serverShutdown();
            return error;
          },
          (seats): Endpoints => ({ server: openedServer, seats, dispose: () => steam.dispose() }),
        ),
      ),
    ),
  );
  if (E.isLeft(opened)) steam.dispose();
  return opened;
};
