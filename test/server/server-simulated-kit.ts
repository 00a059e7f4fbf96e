/**
 * Shared set-up for the public Server API tests on the simulated Steam: a game server and players,
 * each in a simulated process of its own (or sharing one), started through serverInit / steamInit
 * with backend 'core' so a test can address the process (faults, inspection). The pumps are auto
 * and event-driven: a frame runs when the simulated Steam has something due, so every emission
 * lands on a multiple of the latency and flush() ends when Steam is quiet.
 */
import { isRight } from 'fp-ts/Either';
import { filter, shareReplay, switchMap, take, type Subscription } from 'rxjs';
import type { TestScheduler } from 'rxjs/testing';
import { createSimulatedSteam, type SimulatedProcess, type SimulatedSteam, type SimulatedSteamOptions, type SimulatedUserOptions } from '../../simulated';
import type { SteamClient } from '../../src/client/steam-client';
import { ServerMode } from '../../src/enums';
import { serverInit } from '../../src/init/server-init';
import { steamInit } from '../../src/init/steam-init';
import type { SteamServer } from '../../src/server/steam-server';
import { rightOf } from '../user/simulated-kit';

export { leftOf, newScheduler, rightOf } from '../user/simulated-kit';

/** Steam's latency in these worlds: every callback arrives this long after its cause. */
export const LATENCY_MS = 20;

export interface Player {
  readonly steamId: bigint;
  readonly client: SteamClient;
  readonly process: SimulatedProcess;
}

export interface ServerWorld {
  readonly steam: SimulatedSteam;
  /** A game server in a process of its own. */
  server(mode?: ServerMode): { readonly server: SteamServer; readonly process: SimulatedProcess };
  /** A signed-in player with a client in a process of its own. */
  player(options?: SimulatedUserOptions): Player;
}

/** A simulated Steam on `scheduler`, virtual time bounded by `maxMs` so flush() always ends. */
export const serverWorld = (scheduler: TestScheduler, options: SimulatedSteamOptions = {}, maxMs = 5_000): ServerWorld => {
  scheduler.maxFrames = maxMs;
  const steam = createSimulatedSteam({ scheduler, latencyMs: LATENCY_MS, ...options });
  return {
    steam,
    server: (mode: ServerMode = ServerMode.SERVER_MODE_AUTHENTICATION_AND_SECURE) => {
      const process = steam.createProcess();
      const server = rightOf(serverInit('0.0.0.0', 27015, 27016, mode, '1.0.0.0', { backend: 'core', core: process, scheduler }));
      return { server, process };
    },
    player: (userOptions = {}) => {
      const steamId = steam.addUser(userOptions);
      const process = steam.createProcess({ user: steamId });
      const client = rightOf(steamInit({ backend: 'core', core: process, scheduler }));
      return { steamId, client, process };
    },
  };
};

/**
 * The player hands its ticket to the server, which begins a session: both stay held (the ticket
 * by the player, the session by the server) until the returned subscription is unsubscribed.
 * Validation completes two latencies after the call.
 */
export const admit = (player: Player, server: SteamServer): Subscription => {
  const ticket$ = player.client.authTicket$().pipe(shareReplay({ bufferSize: 1, refCount: true }));
  const held = ticket$.subscribe();
  held.add(
    ticket$
      .pipe(
        filter(isRight),
        take(1),
        switchMap((ticket) => server.authSession$(ticket.right, player.steamId)),
      )
      .subscribe(),
  );
  return held;
};
