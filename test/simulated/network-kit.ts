/**
 * Set-up for the public-API tests on the simulated network: a simulated Steam on a TestScheduler
 * whose peers (each its own process, so links and partitions can name it) pump every virtual
 * millisecond, so a callback or message is seen on the frame after it lands.
 */
import type { TestScheduler } from 'rxjs/testing';
import { createSimulatedSteam, type SimulatedProcess, type SimulatedSteam, type SimulatedSteamOptions } from '../../simulated';
import type { SteamClient } from '../../src/client/steam-client';
import { steamInit } from '../../src/init/steam-init';
import { rightOf } from '../user/simulated-kit';

export interface Peer {
  readonly steamId: bigint;
  readonly process: SimulatedProcess;
  readonly client: SteamClient;
}

/** Timeouts of 1 s (Steam's are 10 s) keep the scenarios short. */
export const TEST_TIMEOUT_MS = 1000;

export const simulatedNetwork = (
  scheduler: TestScheduler,
  options: SimulatedSteamOptions = {},
  durationMs = 3000,
): { readonly steam: SimulatedSteam; peer(): Peer; pumpAlso(pump: () => void): void } => {
  scheduler.maxFrames = durationMs + 1000;
  const steam = createSimulatedSteam({
    scheduler,
    ...options,
    network: { timeoutConnectedMs: TEST_TIMEOUT_MS, timeoutInitialMs: TEST_TIMEOUT_MS, ...options.network },
  });
  const pumps: Array<() => void> = [];
  // One action per frame, not a periodic timer: the virtual scheduler nests each period's action
  // in the previous one, and thousands deep their unsubscription overflows the stack.
  for (let frame = 1; frame <= durationMs; frame += 1) {
    scheduler.schedule(() => {
      for (const pump of pumps) pump();
    }, frame);
  }
  const peer = (): Peer => {
    const steamId = steam.addUser();
    const process = steam.createProcess({ user: steamId });
    const client = rightOf(steamInit({ backend: 'core', core: process, pump: 'manual' }));
    pumps.push(() => {
      if (client.live) client.runCallbacks();
    });
    return { steamId, process, client };
  };
  return { steam, peer, pumpAlso: (pump) => pumps.push(pump) };
};
