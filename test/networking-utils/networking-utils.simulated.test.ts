/**
 * client.networkingUtils on the simulated Steam, through the public API on virtual time: the relay
 * status steps after InitRelayNetworkAccess (marbles), relays lost and found again, ping locations
 * whose estimates follow the simulated links, data centres, the local clock, config values and
 * the debug output hearing connection changes.
 */
import { isRight } from 'fp-ts/Either';
import { map } from 'rxjs';
import { ESteamNetworkingAvailability as Availability } from '../../native/generated/networking-types';
import { steamInit, type SteamClient } from '../../src';
import { simulatedNetwork } from '../simulated/network-kit';
import { newScheduler, rightOf } from '../user/simulated-kit';

describe('client.networkingUtils on the simulated Steam', () => {
  it('InitRelayNetworkAccess: Attempting, config Current and pings measured, then Current, each a latency apart (marbles)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam, peer } = simulatedNetwork(scheduler, { latencyMs: 20 });
      const alice = peer();
      const utils = alice.client.networkingUtils;
      const steps$ = utils.relayNetworkStatus$.pipe(map((status) => `${status.availability}/${status.availabilityNetworkConfig}/${status.availabilityAnyRelay}/${status.pingMeasurementInProgress ? 1 : 0}`));
      expect(utils.getRelayNetworkStatus().availability).toBe(Availability.NeverTried);
      scheduler.schedule(() => utils.initRelayNetworkAccess(), 10);
      scheduler.schedule(() => steam.network.setRelaysReachable(false), 200);
      scheduler.schedule(() => steam.network.setRelaysReachable(true), 300);
      expectObservable(steps$, '^ 500ms !').toBe('11ms a 19ms b 19ms c 149ms d 99ms e 19ms c', {
        a: `${Availability.Attempting}/${Availability.Attempting}/${Availability.Waiting}/0`,
        b: `${Availability.Attempting}/${Availability.Current}/${Availability.Attempting}/1`,
        c: `${Availability.Current}/${Availability.Current}/${Availability.Current}/0`,
        d: `${Availability.Retrying}/${Availability.Current}/${Availability.Retrying}/0`,
        e: `${Availability.Attempting}/${Availability.Current}/${Availability.Attempting}/1`,
      });
    });
  });

  it('a client started again in the same process hears the relay status changes (the machine keeps its measured state)', () => {
    const scheduler = newScheduler();
    const heard: string[] = [];
    scheduler.run(() => {
      const { steam, peer, pumpAlso } = simulatedNetwork(scheduler, { latencyMs: 20 });
      const alice = peer();
      alice.client.networkingUtils.initRelayNetworkAccess();
      let again: SteamClient | undefined;
      scheduler.schedule(() => {
        alice.client.shutdown();
        again = rightOf(steamInit({ backend: 'core', core: alice.process, pump: 'manual' }));
        const client = again;
        pumpAlso(() => {
          if (client.live) client.runCallbacks();
        });
        expect(client.networkingUtils.getRelayNetworkStatus().availability).toBe(Availability.Current);
        client.networkingUtils.relayNetworkStatus$.subscribe((status) => heard.push(`${scheduler.now()}:${status.availability}`));
      }, 100);
      scheduler.schedule(() => steam.network.setRelaysReachable(false), 150);
      scheduler.schedule(() => again?.shutdown(), 400);
    });
    // Lost at 150, heard on the next frame.
    expect(heard).toEqual([`151:${Availability.Retrying}`]);
  });

  it('ping locations estimate the round trip over the simulated links; data centres and the clock answer once measured', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { steam, peer } = simulatedNetwork(scheduler, { latencyMs: 20 });
      const alice = peer();
      const bob = peer();
      const utils = alice.client.networkingUtils;
      expect(isRight(utils.getLocalPingLocation())).toBe(false);
      expect(utils.getPOPList()).toEqual([]);
      utils.initRelayNetworkAccess();
      bob.client.networkingUtils.initRelayNetworkAccess();
      scheduler.schedule(() => {
        steam.network.setLink(alice.process, bob.process, { latencyMs: 30 });
        steam.network.setLink(bob.process, alice.process, { latencyMs: 50 });
        const here = rightOf(utils.getLocalPingLocation());
        const there = rightOf(bob.client.networkingUtils.getLocalPingLocation());
        expect(utils.estimatePingTimeFromLocalHost(there.location)).toBe(80);
        expect(utils.estimatePingTimeBetweenTwoLocations(here.location, there.location)).toBe(80);
        expect(rightOf(utils.parsePingLocationString(utils.convertPingLocationToString(there.location)))).toEqual(there.location);
        const pops = utils.getPOPList();
        expect(pops.length).toBe(utils.getPOPCount());
        for (const pop of pops) expect(utils.getPingToDataCenter(pop)).toEqual({ ping: utils.getDirectPingToPOP(pop), viaRelayPoP: pop });
        expect(utils.checkPingDataUpToDate(60)).toBe(true);
        expect(utils.getLocalTimestamp()).toBe(utils.getLocalTimestamp());
      }, 100);
      scheduler.schedule(() => expect(utils.checkPingDataUpToDate(0.05)).toBe(false), 200);
    });
  });

  it('config values: set globally, read back, Valve\'s defaults otherwise; the debug output hears connections change', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { peer } = simulatedNetwork(scheduler);
      const alice = peer();
      const bob = peer();
      const utils = alice.client.networkingUtils;
      const TimeoutConnected = 25;
      // Unset, it is the simulated network's (the kit's 1 s; Steam's 10 s by default).
      expect(rightOf(utils.getConfigValue(TimeoutConnected))).toEqual({ dataType: 1, value: 1000 });
      expect(utils.setGlobalConfigValueInt32(TimeoutConnected, 20000)).toBe(true);
      expect(rightOf(utils.getConfigValue(TimeoutConnected))).toEqual({ dataType: 1, value: 20000 });
      expect(rightOf(utils.getConfigValueInfo(TimeoutConnected))).toEqual({ name: 'TimeoutConnected', dataType: 1, scope: 4 });
      const NagleTime = 12;
      expect(rightOf(utils.getConfigValue(NagleTime))).toEqual({ dataType: 1, value: 5000 });
      const lines: string[] = [];
      utils.setDebugOutputFunction(5, (_type, message) => lines.push(message));
      bob.client.networkingSockets.listen$(0).subscribe();
      alice.client.networkingSockets.connect$(bob.steamId, 0).subscribe();
      scheduler.schedule(() => {
        expect(lines.length).toBeGreaterThan(0);
        expect(lines[0]).toMatch(/^client: \[#\d+\] state 0 -> 1$/);
        utils.setDebugOutputFunction(0, null);
      }, 50);
    });
  });
});
