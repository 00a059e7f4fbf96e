/**
 * Benchmark 1: what a synchronous SDK call costs on top of the FFI call it wraps. The client's
 * getSteamID / loggedOn / getPlayerSteamLevel on the native core over the fake library, against
 * the same symbol of the same library called directly through koffi with the same `self`.
 *
 * The fake records every call (a name lookup, argument bookkeeping); that cost is the same on
 * both sides, so it cancels in the ratio but makes both absolute figures larger than on Valve's
 * library, where these calls are a field read.
 */
import type { BenchFake } from './fake-library';
import type { BenchResult } from './bench-result';
import { startNativeClient } from './native-client';
import { alternate, nsPerCall } from './timing';

const ITERATIONS = 300_000;
const TRIALS = 7;
const TARGET_RATIO = 1.5;

/** Above 2^53, so both sides cross the FFI as a bigint. */
const STEAM_ID = 76561198265685624n;

export const callOverhead = (fake: BenchFake): BenchResult[] => {
  const client = startNativeClient(fake);
  try {
    fake.setReturn('SteamAPI_ISteamUser_GetSteamID', STEAM_ID);
    fake.setReturn('SteamAPI_ISteamUser_BLoggedOn', 1n);
    fake.setReturn('SteamAPI_ISteamUser_GetPlayerSteamLevel', 42n);
    const self = fake.userInterface();
    const raw = {
      getSteamID: fake.library.func('SteamAPI_ISteamUser_GetSteamID', 'uint64_t', ['void *']),
      loggedOn: fake.library.func('SteamAPI_ISteamUser_BLoggedOn', 'bool', ['void *']),
      getPlayerSteamLevel: fake.library.func('SteamAPI_ISteamUser_GetPlayerSteamLevel', 'int32_t', ['void *']),
    };
    const pairs = [
      { name: 'getSteamID', sdk: () => client.getSteamID(), raw: (): unknown => raw.getSteamID(self) },
      { name: 'loggedOn', sdk: () => client.loggedOn(), raw: (): unknown => raw.loggedOn(self) },
      { name: 'getPlayerSteamLevel', sdk: () => client.getPlayerSteamLevel(), raw: (): unknown => raw.getPlayerSteamLevel(self) },
    ];
    return pairs.map(({ name, sdk, raw: direct }) => {
      const figures = alternate(TRIALS, {
        sdk: () => nsPerCall(ITERATIONS, sdk),
        raw: () => nsPerCall(ITERATIONS, direct),
      });
      const ratio = figures.sdk / figures.raw;
      return {
        name: `client.${name}() per call`,
        value: figures.sdk,
        unit: 'ns',
        baseline: { name: `raw koffi ${name}`, value: figures.raw, unit: 'ns' },
        ratio,
        target: `SDK/raw <= ${TARGET_RATIO}`,
        met: ratio <= TARGET_RATIO,
        note: 'fake library records every call (same on both sides)',
      };
    });
  } finally {
    client.shutdown();
  }
};
