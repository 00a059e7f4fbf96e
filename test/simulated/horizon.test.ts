/**
 * The virtual-time horizon: a simulated Steam kept busy without a quiet moment for horizonMs of
 * virtual time (5 minutes by default on a virtual clock) stops with an error naming what kept it
 * busy, so TestScheduler.run throws instead of running forever. Work with quiet gaps never trips it.
 *
 * Each test caps its TestScheduler at a few virtual minutes past the horizon (maxFrames), so a
 * simulated Steam without a horizon ends the run quietly (and the test fails) instead of hanging.
 */
import { TestScheduler } from 'rxjs/testing';
import { createSimulatedSteam, DEFAULT_HORIZON_MS, silentVoiceSource, type SimulatedSteamOptions } from '../../simulated';
import { unwrap } from './simulated-test-kit';

const newScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

/**
 * A player whose process has a listening pump (as the SDK's has), so an open microphone keeps
 * Steam awake. The microphone hears silence: still an open recording, without the cost of
 * encoding minutes of tone.
 */
const listeningPlayer = (options: SimulatedSteamOptions) => {
  const steam = createSimulatedSteam(options);
  const steamId = steam.addUser({ voiceSource: silentVoiceSource });
  const core = steam.createProcess({ user: steamId });
  if (core.wakeups$ === undefined) throw new Error('a simulated process has wakeups$');
  core.wakeups$.subscribe(() => core.runCallbacks());
  return { steam, steamId, core, ...unwrap(core.initClient()) };
};

const MINUTE_MS = 60_000;

describe('the virtual-time horizon', () => {
  it('is five virtual minutes', () => {
    expect(DEFAULT_HORIZON_MS).toBe(5 * MINUTE_MS);
  });

  it('stops an open microphone after five virtual minutes: TestScheduler.run throws, naming the recording', () => {
    const scheduler = newScheduler();
    let steamId = 0n;
    let disposed = (): boolean => false;
    let thrown: unknown = null;
    try {
      scheduler.run(() => {
        scheduler.maxFrames = 10 * MINUTE_MS;
        const player = listeningPlayer({ scheduler });
        steamId = player.steamId;
        disposed = () => player.steam.disposed;
        player.user.startVoiceRecording();
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toBe(
      `steamworks-rx: the simulated Steam has been busy for 300000 virtual ms without a quiet moment: an open voice recording of user ${steamId}; stop it, or raise horizonMs`,
    );
    expect(disposed()).toBe(true);
    expect(scheduler.now()).toBe(5 * MINUTE_MS);
  });

  it('takes horizonMs, and names pending call results when they are what keeps it busy', () => {
    const scheduler = newScheduler();
    let thrown: unknown = null;
    try {
      scheduler.run(() => {
        scheduler.maxFrames = MINUTE_MS;
        const { user } = listeningPlayer({ scheduler, horizonMs: 1000 });
        // A call every 10 ms, each answered after 20: never a quiet moment.
        for (let at = 0; at < 30_000; at += 10) scheduler.schedule(() => user.getMarketEligibility(), at);
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(String(thrown)).toMatch(/busy for 10\d\d virtual ms without a quiet moment: .*MarketEligibilityResponse_t/);
    expect(String(thrown)).toMatch(/raise horizonMs/);
  });

  it('lets work with quiet moments run far past the horizon', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      scheduler.maxFrames = 60 * MINUTE_MS;
      const { steam, user } = listeningPlayer({ scheduler });
      // Four minutes of talk, a pause, four more; a call every minute for the half hour.
      scheduler.schedule(() => user.startVoiceRecording(), 0);
      scheduler.schedule(() => user.stopVoiceRecording(), 4 * MINUTE_MS);
      scheduler.schedule(() => user.startVoiceRecording(), 4 * MINUTE_MS + 1000);
      scheduler.schedule(() => user.stopVoiceRecording(), 8 * MINUTE_MS);
      for (let minute = 0; minute < 30; minute += 1) scheduler.schedule(() => user.getMarketEligibility(), minute * MINUTE_MS);
      flush();
      expect(steam.disposed).toBe(false);
      expect(scheduler.now()).toBeGreaterThanOrEqual(29 * MINUTE_MS);
    });
  });

  it('has no default on a wall clock (real time cannot hang a test); horizonMs still applies there', () => {
    /** A virtual scheduler whose clock reads like Date.now(), as asyncScheduler's does. */
    const wallClockScheduler = (): TestScheduler => {
      const scheduler = newScheduler();
      const epoch = Date.now();
      scheduler.now = () => epoch + scheduler.frame;
      return scheduler;
    };
    const wallClock = wallClockScheduler();
    wallClock.run(() => {
      wallClock.maxFrames = 10 * MINUTE_MS;
      listeningPlayer({ scheduler: wallClock }).user.startVoiceRecording();
    });
    const explicit = wallClockScheduler();
    expect(() =>
      explicit.run(() => {
        explicit.maxFrames = 10 * MINUTE_MS;
        listeningPlayer({ scheduler: explicit, horizonMs: 2 * MINUTE_MS }).user.startVoiceRecording();
      }),
    ).toThrow(/busy for 120000 virtual ms/);
  });
});
