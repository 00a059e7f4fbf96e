/**
 * The timer pump on the default asyncScheduler runs on Node's own timers (so its idle wait can
 * be unref'd; process lifetime is tested in test/runtime). Here, in real time over the fake
 * library: with an idle interval of a minute, a hold still brings frames at once, and after the
 * release the pump idles again. Only what cannot depend on the machine's speed is asserted.
 */
import { asyncScheduler } from 'rxjs';
import type { SteamClient } from '../../src/client/steam-client';
import { steamInit } from '../../src/init/steam-init';
import { fake, rightOf } from '../user/native-kit';

const MINUTE_MS = 60_000;
const GIVE_UP_MS = 10_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const waitFor = async (condition: () => boolean): Promise<void> => {
  const start = Date.now();
  while (!condition() && Date.now() - start < GIVE_UP_MS) await sleep(1);
};

// The fake is process-wide: later test files in this worker find it reset.
afterAll(() => fake.reset());

describe('the timer pump on asyncScheduler (Node timers)', () => {
  let client: SteamClient | undefined;
  afterEach(() => {
    client?.shutdown();
    client = undefined;
  });

  it('a hold cuts a minute-long idle wait short; after the release the pump idles again', async () => {
    fake.reset();
    client = rightOf(steamInit({ backend: 'native', libraryPath: fake.libraryPath, pumpIntervalMs: MINUTE_MS, pumpAwaitIntervalMs: 1 }));
    expect(client.pump.scheduler).toBe(asyncScheduler);
    let frames = 0;
    client.pump.frames$.subscribe(() => (frames += 1));
    await sleep(50);
    expect(frames).toBe(0);
    const release = client.pump.await();
    await waitFor(() => frames >= 3);
    expect(frames).toBeGreaterThanOrEqual(3);
    release();
    // The interval in place may run once more, then switches to the minute-long wait.
    await sleep(20);
    const afterRelease = frames;
    await sleep(200);
    expect(frames - afterRelease).toBeLessThanOrEqual(1);
  });

  it('stops with the last shutdown: no frame after it, even with a hold still taken', async () => {
    fake.reset();
    client = rightOf(steamInit({ backend: 'native', libraryPath: fake.libraryPath, pumpIntervalMs: 5, pumpAwaitIntervalMs: 1 }));
    let frames = 0;
    client.pump.frames$.subscribe(() => (frames += 1));
    const release = client.pump.await();
    await waitFor(() => frames >= 2);
    client.shutdown();
    const atShutdown = frames;
    await sleep(100);
    expect(frames).toBe(atShutdown);
    release();
    expect(client.pump.awaiting).toBe(0);
  });
});
