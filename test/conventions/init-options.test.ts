/**
 * Every init option is checked at init with an InvalidArgument naming it: no raw TypeError, no
 * timer that overflows to 1 ms, no typo that silently means something else.
 */
import { asyncScheduler } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { checkOptions } from '../../src/backend/check-options';
import { InvalidArgument } from '../../src/errors';
import { initHint } from '../../src/init/init-hint';
import { ESteamAPIInitResult } from '../../native/enums';
import { createSimulatedSteam } from '../../simulated';

const thrown = (call: () => unknown): InvalidArgument => {
  try {
    call();
  } catch (error) {
    if (error instanceof InvalidArgument) return error;
    throw new Error(`expected an InvalidArgument, got ${String(error)}`);
  }
  throw new Error('expected a throw');
};

const { proxy: revoked, revoke } = Proxy.revocable({}, {});
revoke();

describe('checkOptions', () => {
  it.each<[string, unknown, string]>([
    ['null options', null, 'options'],
    ['a number as options', 42, 'options'],
    ['a revoked Proxy as options', revoked, 'options.backend'],
    ['a throwing getter', { get backend(): string { throw new Error('boom'); } }, 'options.backend'],
    ['an unknown backend', { backend: 'steam' }, 'options.backend'],
    ['a simulated backend with an empty steam', { backend: 'simulated', steam: {} }, 'options.steam'],
    ['a core backend without a core', { backend: 'core', core: null }, 'options.core'],
    ['a number as scheduler', { scheduler: 42 }, 'options.scheduler'],
    ['a number as libraryPath', { libraryPath: 42 }, 'options.libraryPath'],
    ['an empty libraryPath', { libraryPath: '' }, 'options.libraryPath'],
    ['a libraryPath with a NUL', { libraryPath: 'lib\0steam' }, 'options.libraryPath'],
    ['callResultTimeoutMs above 2^31-1', { callResultTimeoutMs: 2 ** 32 }, 'options.callResultTimeoutMs'],
    ['callResultTimeoutMs NaN', { callResultTimeoutMs: Number.NaN }, 'options.callResultTimeoutMs'],
    ['callResultTimeoutMs -1', { callResultTimeoutMs: -1 }, 'options.callResultTimeoutMs'],
    ['a pump typo', { pump: 'Auto' }, 'options.pump'],
    ['pumpIntervalMs NaN', { pumpIntervalMs: Number.NaN }, 'options.pumpIntervalMs'],
    ['pumpIntervalMs -5', { pumpIntervalMs: -5 }, 'options.pumpIntervalMs'],
    ['pumpIntervalMs 0', { pumpIntervalMs: 0 }, 'options.pumpIntervalMs'],
    ['appId 0', { appId: 0 }, 'options.appId'],
    ['appId as text', { appId: '480' }, 'options.appId'],
    ['strictLibrarySearch as text', { strictLibrarySearch: 'yes' }, 'options.strictLibrarySearch'],
    ['a user that is not a Steam ID', { backend: 'simulated', user: 'alice' }, 'options.user'],
    ['a user on the native backend', { user: 76561197960287930n }, 'options.user'],
  ])('refuses %s, naming %s', (_name, options, argument) => {
    expect(thrown(() => checkOptions(options, 'client')).argument).toBe(argument);
  });

  it('refuses a user for a game server', () => {
    expect(thrown(() => checkOptions({ backend: 'simulated', user: 76561197960287930n }, 'server')).argument).toBe('options.user');
  });

  it('accepts every valid option and hands back its value', () => {
    const scheduler = new TestScheduler(() => undefined);
    const steam = createSimulatedSteam({ scheduler });
    expect(checkOptions(undefined, 'client')).toMatchObject({ backend: 'native', strictLibrarySearch: false });
    expect(
      checkOptions({ backend: 'simulated', steam, user: '[U:1:22202]', scheduler, pump: 'manual', pumpIntervalMs: 1, callResultTimeoutMs: Infinity }, 'client'),
    ).toMatchObject({ backend: 'simulated', steam, user: 76561197960287930n, scheduler, pump: 'manual', pumpIntervalMs: 1, callResultTimeoutMs: Infinity });
    expect(checkOptions({ libraryPath: '/opt/steam', strictLibrarySearch: true, appId: 480, scheduler: asyncScheduler }, 'server')).toMatchObject({
      libraryPath: '/opt/steam',
      strictLibrarySearch: true,
      appId: 480,
    });
  });
});

describe('initHint', () => {
  it('points a client without Steam at the Steam client and the app ID', () => {
    expect(initHint('client', ESteamAPIInitResult.NoSteamClient, 'SteamAPI_IsSteamRunning() did not locate a running instance of Steam.')).toMatch(/Start the Steam client/);
  });
  it('points a missing app ID at the appId option and steam_appid.txt', () => {
    expect(initHint('client', ESteamAPIInitResult.FailedGeneric, 'No appID found.')).toMatch(/steam_appid\.txt/);
  });
  it('points a dedicated server at steamclient.so in ~/.steam/sdk64', () => {
    expect(initHint('server', ESteamAPIInitResult.FailedGeneric, 'Failed to load module steamclient.so')).toMatch(/sdk64/);
  });
  it('points a version mismatch at updating Steam', () => {
    expect(initHint('client', ESteamAPIInitResult.VersionMismatch, '')).toMatch(/update Steam/);
  });
  it('says nothing for a failure it does not know', () => {
    expect(initHint('client', ESteamAPIInitResult.FailedGeneric, 'something else')).toBeUndefined();
  });
});
