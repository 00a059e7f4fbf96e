/**
 * steamInit / steamShutdown on the native backend through the fake libsteam_api: Valve's init
 * failures as typed Lefts, one live client per process, and a shutdown from inside a callback.
 */
import path from 'node:path';
import { EResult, ESteamAPIInitResult } from '../../native/enums';
import { steamInit, steamShutdown } from '../../src/init/steam-init';
import { fake, leftOf, queueCallback, rightOf, startClient, stopClient } from './native-kit';

afterEach(stopClient);

describe('steamInit on the native backend', () => {
  it('a failing SteamAPI_InitFlat is Left(InitFailed) with the ESteamAPIInitResult, its verbal text and Valve’s message', () => {
    stopClient();
    fake.reset();
    fake.setClientInit(ESteamAPIInitResult.NoSteamClient, 'Steam client is not running');
    const failed = leftOf(steamInit({ backend: 'native', libraryPath: fake.libraryPath, pump: 'manual' }));
    expect(failed).toMatchObject({ _tag: 'InitFailed', status: ESteamAPIInitResult.NoSteamClient, steamMessage: 'Steam client is not running' });
    if (failed._tag === 'InitFailed') expect(failed.verbal.length).toBeGreaterThan(0);
    expect(fake.callCount('SteamAPI_ManualDispatch_Init')).toBe(0);
    expect(fake.clientLive()).toBe(false);
  });

  it('a library that is not there is Left(BackendUnavailable) naming the path tried', () => {
    const missing = path.join(path.dirname(fake.libraryPath), 'no-such-dir', 'libsteam_api.so');
    const failed = leftOf(steamInit({ backend: 'native', libraryPath: missing, pump: 'manual' }));
    expect(failed._tag).toBe('BackendUnavailable');
    if (failed._tag === 'BackendUnavailable') expect(failed.tried).toContain(missing);
  });

  it('allows one live client per process: a second init is Left(InitFailed FailedGeneric) and leaves the first working', () => {
    const first = startClient();
    const initsBefore = fake.callCount('SteamAPI_InitFlat');
    const second = leftOf(steamInit({ backend: 'native', libraryPath: fake.libraryPath, pump: 'manual' }));
    expect(second).toMatchObject({ _tag: 'InitFailed', status: ESteamAPIInitResult.FailedGeneric });
    expect(fake.callCount('SteamAPI_InitFlat')).toBe(initsBefore);
    fake.setReturn('SteamAPI_ISteamUser_GetSteamID', 76561198265685624n);
    expect(first.getSteamID()).toBe(76561198265685624n);
    steamShutdown(first);
    const third = rightOf(steamInit({ backend: 'native', libraryPath: fake.libraryPath, pump: 'manual' }));
    expect(third.live).toBe(true);
    // Shutting the old client down again is a no-op: it must not take the new one with it.
    const shutdowns = fake.callCount('SteamAPI_Shutdown');
    steamShutdown(first);
    expect(fake.callCount('SteamAPI_Shutdown')).toBe(shutdowns);
    expect(fake.clientLive()).toBe(true);
    expect(third.getSteamID()).toBe(76561198265685624n);
    third.shutdown();
  });

  it('shutdown from inside a callback: that frame stops dispatching, nothing is left un-freed, nothing runs after SteamAPI_Shutdown', () => {
    const client = startClient();
    const seen: number[] = [];
    client.steamServerDisconnected$.subscribe((payload) => {
      seen.push(payload.result);
      client.shutdown();
    });
    queueCallback('SteamServersDisconnected_t', { m_eResult: EResult.NoConnection });
    queueCallback('SteamServersDisconnected_t', { m_eResult: EResult.LoggedInElsewhere });
    client.runCallbacks();
    expect(seen).toEqual([EResult.NoConnection]);
    expect(client.live).toBe(false);
    expect(fake.outstandingCallbacks()).toBe(0);
    expect(fake.protocolErrors()).toBe(0);
    expect(fake.callSequence('SteamAPI_ManualDispatch_GetNextCallback')).toBeLessThan(fake.callSequence('SteamAPI_Shutdown'));
    client.runCallbacks();
    expect(seen).toEqual([EResult.NoConnection]);
  });
});
