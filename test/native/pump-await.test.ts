/**
 * The timer pump's two speeds, in virtual time over the fake library: a frame every `intervalMs`
 * while nothing is awaited, every `awaitIntervalMs` while a hold is taken, the first frame within
 * `awaitIntervalMs` of the first hold; holds counted (and changing nothing) in manual and
 * wake-up modes.
 */
import { Subject, VirtualTimeScheduler } from 'rxjs';
import { leasePump, type PumpLease } from '../../native/pump';
import { createSimulatedSteam } from '../../simulated';
import type { SteamCore } from '../../native/steam-core';
import { InvalidArgument, steamInit } from '../../src';
import { checkOptions } from '../../src/backend/check-options';
import { freshFakeCore, liveClient } from './fake-core';
import { fake, rightOf } from '../user/native-kit';

/** A timer pump on the fake core; `at` lists the virtual times of its frames. */
const timerPump = (options: { readonly intervalMs?: number; readonly awaitIntervalMs?: number } = {}) => {
  const { core } = freshFakeCore();
  liveClient(core);
  const scheduler = new VirtualTimeScheduler();
  const lease = leasePump(core, { scheduler, ...options });
  const at: number[] = [];
  lease.pump.frames$.subscribe(() => at.push(scheduler.now()));
  /** Runs virtual time up to `until` (inclusive). */
  const runUntil = (until: number): void => {
    scheduler.maxFrames = until;
    scheduler.flush();
  };
  /** Runs `work` at virtual time `time`. */
  const atTime = (time: number, work: () => void): void => {
    scheduler.schedule(work, time - scheduler.now());
  };
  return { lease, scheduler, at, runUntil, atTime };
};

// Leave the fake (process-wide, shared by later test files in this worker) shut down and reset.
afterAll(() => {
  freshFakeCore();
});

describe('the timer pump while something is awaited', () => {
  let lease: PumpLease | undefined;
  afterEach(() => {
    lease?.release();
    lease = undefined;
  });

  it('defaults to 16 ms idle and 1 ms awaiting', () => {
    const pump = timerPump();
    lease = pump.lease;
    expect([pump.lease.pump.intervalMs, pump.lease.pump.awaitIntervalMs, pump.lease.pump.awaiting]).toEqual([16, 1, 0]);
  });

  it('cuts the idle wait short at the first hold, runs every awaitIntervalMs while held, and idles again after the release', () => {
    const pump = timerPump({ intervalMs: 16, awaitIntervalMs: 2 });
    lease = pump.lease;
    let release: (() => void) | undefined;
    pump.atTime(20, () => {
      release = pump.lease.pump.await();
    });
    pump.atTime(27, () => release?.());
    pump.runUntil(70);
    // 16 idle; the hold at 20 brings the next frame to 22 (not 32); 24, 26, 28 while held (the
    // release at 27 is seen by the frame at 28); then idle from 28: 44, 60.
    expect(pump.at).toEqual([16, 22, 24, 26, 28, 44, 60]);
    expect(pump.lease.pump.awaiting).toBe(0);
  });

  it('keeps the idle frame when it is due within awaitIntervalMs of the first hold', () => {
    const pump = timerPump({ intervalMs: 10, awaitIntervalMs: 4 });
    lease = pump.lease;
    let release: (() => void) | undefined;
    pump.atTime(8, () => {
      release = pump.lease.pump.await();
    });
    pump.atTime(13, () => release?.());
    pump.runUntil(40);
    expect(pump.at).toEqual([10, 14, 24, 34]);
  });

  it('with awaitIntervalMs equal to intervalMs is a fixed-rate pump: a hold moves no frame', () => {
    const pump = timerPump({ intervalMs: 16, awaitIntervalMs: 16 });
    lease = pump.lease;
    let release: (() => void) | undefined;
    pump.atTime(5, () => {
      release = pump.lease.pump.await();
    });
    pump.atTime(40, () => release?.());
    pump.runUntil(80);
    expect(pump.at).toEqual([16, 32, 48, 64, 80]);
  });

  it('counts holds: a second hold changes no timing, and a release is idempotent', () => {
    const pump = timerPump({ intervalMs: 16, awaitIntervalMs: 1 });
    lease = pump.lease;
    const { pump: shared } = pump.lease;
    const first = shared.await();
    const second = shared.await();
    expect(shared.awaiting).toBe(2);
    first();
    first();
    expect(shared.awaiting).toBe(1);
    pump.runUntil(3);
    expect(pump.at).toEqual([1, 2, 3]);
    second();
    expect(shared.awaiting).toBe(0);
    pump.runUntil(30);
    expect(pump.at).toEqual([1, 2, 3, 4, 20]);
  });

  it('a hold taken inside a frame (a flow started by a callback) makes the next frame come after awaitIntervalMs', () => {
    const pump = timerPump({ intervalMs: 16, awaitIntervalMs: 1 });
    lease = pump.lease;
    const holds: Array<() => void> = [];
    const subscription = pump.lease.pump.frames$.subscribe(() => {
      if (holds.length === 0) holds.push(pump.lease.pump.await());
    });
    pump.runUntil(18);
    subscription.unsubscribe();
    expect(pump.at).toEqual([16, 17, 18]);
    holds[0]?.();
  });

  it('after the last shutdown runs no frame, even for a hold taken then', () => {
    const pump = timerPump({ intervalMs: 16, awaitIntervalMs: 1 });
    pump.lease.release();
    const release = pump.lease.pump.await();
    pump.runUntil(100);
    expect(pump.at).toEqual([]);
    release();
    expect(pump.lease.pump.awaiting).toBe(0);
  });

  it('takes pumpAwaitIntervalMs from steamInit', () => {
    // Shuts the earlier tests' client down and resets the fake.
    freshFakeCore();
    const scheduler = new VirtualTimeScheduler();
    const client = rightOf(steamInit({ backend: 'native', libraryPath: fake.libraryPath, scheduler, pumpIntervalMs: 20, pumpAwaitIntervalMs: 5 }));
    try {
      expect([client.pump.intervalMs, client.pump.awaitIntervalMs]).toEqual([20, 5]);
      const at: number[] = [];
      client.pump.frames$.subscribe(() => at.push(scheduler.now()));
      const release = client.pump.await();
      scheduler.maxFrames = 12;
      scheduler.flush();
      release();
      scheduler.maxFrames = 40;
      scheduler.flush();
      expect(at).toEqual([5, 10, 15, 35]);
    } finally {
      client.shutdown();
    }
  });
});

describe('the pumpAwaitIntervalMs option', () => {
  it.each<[string, unknown]>([
    ['NaN', Number.NaN],
    ['0', 0],
    ['-1', -1],
    ['above 2^31-1', 2 ** 31],
    ['text', '1'],
    ['Infinity', Infinity],
  ])('refuses %s with an InvalidArgument naming it', (_name, value) => {
    let thrown: unknown;
    try {
      checkOptions({ pumpAwaitIntervalMs: value }, 'client');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidArgument);
    expect((thrown as InvalidArgument).argument).toBe('options.pumpAwaitIntervalMs');
  });

  it('accepts milliseconds above 0, fractions included', () => {
    expect(checkOptions({ pumpAwaitIntervalMs: 0.5, pumpIntervalMs: 16 }, 'server')).toMatchObject({ pumpAwaitIntervalMs: 0.5, pumpIntervalMs: 16 });
    expect(checkOptions({}, 'client').pumpAwaitIntervalMs).toBeUndefined();
  });
});

describe('holds where the timer does not run', () => {
  it('manual mode counts them and runs no frame of its own', () => {
    const { core } = freshFakeCore();
    liveClient(core);
    const scheduler = new VirtualTimeScheduler();
    const manual = leasePump(core, { scheduler, mode: 'manual' });
    const frames: number[] = [];
    manual.pump.frames$.subscribe(() => frames.push(scheduler.now()));
    const release = manual.pump.await();
    expect(manual.pump.awaiting).toBe(1);
    scheduler.maxFrames = 1000;
    scheduler.flush();
    expect(frames).toEqual([]);
    release();
    expect(manual.pump.awaiting).toBe(0);
    manual.release();
  });

  it('wake-up mode counts them and still runs one frame per wake-up, none on a timer', () => {
    const scheduler = new VirtualTimeScheduler();
    const process = createSimulatedSteam({ scheduler }).createProcess();
    const wakeups = new Subject<void>();
    let frames = 0;
    const core: SteamCore = {
      ...process,
      wakeups$: wakeups,
      runCallbacks: () => {
        frames += 1;
      },
    };
    const driven = leasePump(core, { scheduler });
    const release = driven.pump.await();
    expect(driven.pump.awaiting).toBe(1);
    scheduler.maxFrames = 1000;
    scheduler.flush();
    expect(frames).toBe(0);
    wakeups.next();
    scheduler.flush();
    expect(frames).toBe(1);
    release();
    expect(driven.pump.awaiting).toBe(0);
    driven.release();
  });
});
