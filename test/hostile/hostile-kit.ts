/**
 * Shared set-up for the hostile-input tests: the one native client and game server of this
 * process over the fake libsteam_api (manual pump), simulated worlds on a TestScheduler, and
 * helpers that collect everything an Observable does without letting an error escape.
 */
import { isLeft, type Either } from 'fp-ts/Either';
import type { Observable } from 'rxjs';
import { EServerMode } from '../../native/enums';
import { hostPlatform, layoutOf, layoutsFor } from '../../native/struct-layouts';
import type { SteamClient } from '../../src/client/steam-client';
import { serverInit } from '../../src/init/server-init';
import { steamInit } from '../../src/init/steam-init';
import type { SteamServer } from '../../src/server/steam-server';
import { loadFakeSteam, type FakeSteam } from '../fake/fake-steam';

export const fake: FakeSteam = loadFakeSteam();

export const CLIENT_PIPE = 1;
export const SERVER_PIPE = 2;

const describe = (value: unknown): string => JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? `${item}n` : item));

export const rightOf = <E, A>(value: Either<E, A>): A => {
  if (isLeft(value)) throw new Error(`expected Right, got Left ${describe(value.left)}`);
  return value.right;
};

export const leftOf = <E, A>(value: Either<E, A>): E => {
  if (!isLeft(value)) throw new Error(`expected Left, got Right ${describe(value.right)}`);
  return value.left;
};

export interface NativePair {
  readonly client: SteamClient;
  readonly server: SteamServer;
}

let live: NativePair | undefined;

/** Resets the fake and starts the process's client and game server on it. */
export const startNativePair = (): NativePair => {
  stopNativePair();
  fake.reset();
  const options = { backend: 'native', libraryPath: fake.libraryPath, pump: 'manual' } as const;
  const client = rightOf(steamInit(options));
  const server = rightOf(serverInit('0.0.0.0', 27015, 27016, EServerMode.AuthenticationAndSecure, '1.0.0.0', options));
  live = { client, server };
  return live;
};

export const stopNativePair = (): void => {
  live?.server.serverShutdown();
  live?.client.shutdown();
  live = undefined;
};

export const layouts = layoutsFor(hostPlatform());

export const structOf = (struct: string) => layoutOf(layouts, struct);

/** Everything an Observable did while subscribed; errors are kept, never thrown. */
export interface Recorded<A> {
  readonly values: A[];
  readonly errors: unknown[];
  completed: boolean;
  unsubscribe(): void;
}

export const record = <A>(source: Observable<A>): Recorded<A> => {
  const recorded: Recorded<A> = { values: [], errors: [], completed: false, unsubscribe: () => undefined };
  const subscription = source.subscribe({
    next: (value) => recorded.values.push(value),
    error: (error: unknown) => recorded.errors.push(error),
    complete: () => {
      recorded.completed = true;
    },
  });
  recorded.unsubscribe = () => subscription.unsubscribe();
  return recorded;
};
