/**
 * The one pump, over the fake libsteam_api: frames on an injected (virtual) scheduler, manual mode,
 * one pump shared by a client and a server on one core, and no polling after the last shutdown.
 */
import { TestScheduler } from 'rxjs/testing';
import { outputPath } from '../fake/build';
import { serverInit, ServerMode, steamInit, type SteamClient, type SteamServer } from '../../src';
import { fake, rightOf } from '../user/native-kit';

const runFrames = (): number => fake.callCount('SteamAPI_ManualDispatch_RunFrame');

const newScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

describe('the pump over Valve’s ManualDispatch API', () => {
  let client: SteamClient | undefined;
  let server: SteamServer | undefined;
  beforeEach(() => fake.reset());
  afterEach(() => {
    server?.serverShutdown();
    client?.shutdown();
    client = undefined;
    server = undefined;
  });

  it('runs a frame every pumpIntervalMs of the injected scheduler, and none after shutdown', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      client = rightOf(steamInit({ libraryPath: outputPath, scheduler, pumpIntervalMs: 10 }));
      const at: number[] = [];
      client.pump.frames$.subscribe(() => at.push(scheduler.now()));
      scheduler.maxFrames = 45;
      scheduler.flush();
      expect(at).toEqual([10, 20, 30, 40]);
      expect(runFrames()).toBe(4);
      client.shutdown();
      scheduler.maxFrames = 200;
      scheduler.flush();
      expect(runFrames()).toBe(4);
    });
  });

  it('defaults to a 16 ms frame', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      client = rightOf(steamInit({ libraryPath: outputPath, scheduler }));
      scheduler.maxFrames = 50;
      scheduler.flush();
      expect(runFrames()).toBe(3);
      expect(client.pump.intervalMs).toBe(16);
    });
  });

  it('in manual mode runs only when the game calls runCallbacks()', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      client = rightOf(steamInit({ libraryPath: outputPath, scheduler, pump: 'manual' }));
      scheduler.maxFrames = 1000;
      scheduler.flush();
      expect(runFrames()).toBe(0);
      client.runCallbacks();
      client.runCallbacks();
      expect(runFrames()).toBe(2);
    });
  });

  it('is one pump for a client and a server on one core: each frame runs both pipes, and it stops with the last shutdown', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      client = rightOf(steamInit({ libraryPath: outputPath, scheduler, pumpIntervalMs: 10 }));
      server = rightOf(serverInit('127.0.0.1', 27015, 27016, ServerMode.SERVER_MODE_AUTHENTICATION, '1.0.0.0', { libraryPath: outputPath, scheduler }));
      expect(server.pump).toBe(client.pump);
      scheduler.maxFrames = 25;
      scheduler.flush();
      // Two frames, each running the client pipe and the game-server pipe.
      expect(runFrames()).toBe(4);
      client.shutdown();
      scheduler.maxFrames = 45;
      scheduler.flush();
      // The server still holds the pump: two more frames, its pipe only.
      expect(runFrames()).toBe(6);
      expect(server.pump.running).toBe(true);
      server.serverShutdown();
      expect(server.pump.running).toBe(false);
      scheduler.maxFrames = 500;
      scheduler.flush();
      expect(runFrames()).toBe(6);
    });
  });
});
