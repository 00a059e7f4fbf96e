/**
 * Shared set-up for the public-API tests on the simulated Steam: clients started with
 * steamInit({ backend: 'simulated' }) and a manual pump, driven by game frames scheduled on the
 * TestScheduler, so timings depend only on the frames chosen here (not on how the pump is built)
 * and every flush() ends.
 */
import { isLeft, type Either } from 'fp-ts/Either';
import { take, timer, type Subscription } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { createSimulatedSteam, type SimulatedSteam, type SimulatedSteamOptions, type SimulatedUserOptions } from '../../simulated';
import type { SteamClient } from '../../src/client/steam-client';
import { steamInit } from '../../src/init/steam-init';

/** One game frame at 60 Hz, rounded as the pump's default. */
export const FRAME_MS = 16;

export const newScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

const describe = (value: unknown): string => JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? `${item}n` : item));

export const rightOf = <E, A>(value: Either<E, A>): A => {
  if (isLeft(value)) throw new Error(`expected Right, got Left ${describe(value.left)}`);
  return value.right;
};

export const leftOf = <E, A>(value: Either<E, A>): E => {
  if (!isLeft(value)) throw new Error(`expected Left, got Right ${describe(value.right)}`);
  return value.left;
};

export interface World {
  readonly steam: SimulatedSteam;
  /** A signed-in player: their Steam ID and client (manual pump). */
  player(options?: SimulatedUserOptions): { readonly steamId: bigint; readonly client: SteamClient };
  /** Pumps every client made so far once per `everyMs` for `durationMs` of virtual time, from `fromMs` on. */
  frames(durationMs: number, everyMs?: number, fromMs?: number): Subscription;
}

/**
 * A simulated Steam on `scheduler`. `maxMs` bounds virtual time whatever the pump or the core
 * schedules (a microphone left on keeps the simulated clock busy): flush() always ends.
 */
export const world = (scheduler: TestScheduler, options: SimulatedSteamOptions = {}, maxMs = 5_000): World => {
  scheduler.maxFrames = maxMs;
  const steam = createSimulatedSteam({ scheduler, latencyMs: 20, ...options });
  const clients: SteamClient[] = [];
  return {
    steam,
    player: (userOptions = {}) => {
      const steamId = steam.addUser(userOptions);
      const client = rightOf(steamInit({ backend: 'simulated', steam, user: steamId, pump: 'manual' }));
      clients.push(client);
      return { steamId, client };
    },
    frames: (durationMs, everyMs = FRAME_MS, fromMs = 0) =>
      timer(fromMs + everyMs, everyMs, scheduler)
        .pipe(take(Math.floor(durationMs / everyMs)))
        .subscribe(() => {
          for (const client of clients) client.runCallbacks();
        }),
  };
};
