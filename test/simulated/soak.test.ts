/**
 * Long runs do not grow the simulated Steam: 100 000 API calls, and 10 000 processes that start a
 * client and a game server and shut them down, leave it holding what one would.
 * Measured by what it retains (inspect.retained()), not by time.
 */
import { TestScheduler } from 'rxjs/testing';
import { ESteamAPICallFailure } from '../../native/enums';
import { createSimulatedSteam } from '../../simulated';
import { unwrap } from './simulated-test-kit';

const newScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
const serverArgs = { ip: 0, gamePort: 27015, queryPort: 27016, serverMode: 3, versionString: '1.0.0.0' };

describe('soak', () => {
  it('100 000 completed API calls leave a bounded number of call records', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler });
      const core = steam.createProcess({ user: steam.addUser() });
      const { user, utils } = unwrap(core.initClient());
      let delivered = 0;
      core.callbacks$.subscribe(() => (delivered += 1));
      const peaks: number[] = [];
      let first = 0n;
      let last = 0n;
      for (let round = 0; round < 1000; round += 1) {
        for (let call = 0; call < 100; call += 1) {
          last = user.getMarketEligibility();
          if (first === 0n) first = last;
        }
        flush();
        core.runCallbacks();
        peaks.push(steam.inspect.retained().callRecords);
      }
      expect(delivered).toBe(100_000);
      expect(Math.max(...peaks)).toBeLessThanOrEqual(1024);
      expect(steam.inspect.pendingCallResults()).toEqual([]);
      // The latest calls still answer as completed; one long forgotten is an unknown handle, as
      // Steam answers for a call whose result was handed out.
      expect(utils.isAPICallCompleted(last)).toEqual({ completed: true, failed: false });
      expect(utils.getAPICallFailureReason(last)).toBe(ESteamAPICallFailure.None);
      expect(utils.isAPICallCompleted(first)).toEqual({ completed: false, failed: true });
      expect(utils.getAPICallFailureReason(first)).toBe(ESteamAPICallFailure.InvalidHandle);
    });
  });

  it('10 000 processes that init and shut down a client and a server leave none behind', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler });
      const steamId = steam.addUser();
      const survivor = steam.createProcess({ user: steamId });
      unwrap(survivor.initClient());
      const baseline = steam.inspect.retained();
      for (let cycle = 0; cycle < 10_000; cycle += 1) {
        const core = steam.createProcess({ user: steamId });
        core.callbacks$.subscribe();
        unwrap(core.initClient());
        unwrap(core.initServer(serverArgs)).server.logOnAnonymous();
        flush();
        core.shutdownClient();
        core.shutdownServer();
        core.dispose();
      }
      flush();
      expect(steam.inspect.retained()).toEqual(baseline);
      expect(steam.inspect.retained().processes).toBe(1);
      // The survivor is untouched.
      expect(steam.inspect.client(survivor)?.steamId).toBe(steamId);
    });
  });

  it('10 000 init/shutdown cycles of one process leave nothing behind either', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler });
      const core = steam.createProcess({ user: steam.addUser() });
      core.callbacks$.subscribe();
      const baseline = steam.inspect.retained();
      for (let cycle = 0; cycle < 10_000; cycle += 1) {
        unwrap(core.initClient()).user.getMarketEligibility();
        unwrap(core.initServer(serverArgs)).server.logOnAnonymous();
        if (cycle % 100 === 0) flush();
        core.shutdownClient();
        core.shutdownServer();
      }
      flush();
      expect(steam.inspect.retained()).toEqual(baseline);
    });
  });
});
