/**
 * The Steamworks basics a newcomer looks for, over the fake libsteam_api: `appId` reaches what
 * Valve's library reads, init failures carry a hint, restartAppIfNecessary is public.
 */
import { BackendUnavailable, InitFailed, InvalidArgument, isLeft, restartAppIfNecessary, steamInit } from '../../src';
import { ESteamAPIInitResult } from '../../native/enums';
import { loadFakeSteam } from '../fake/fake-steam';

const fake = loadFakeSteam();

// The fake's state is process-wide: a test file that ran before this one in the same worker may
// have left calls counted or a session live.
beforeEach(() => fake.reset());

afterEach(() => {
  delete process.env['SteamAppId'];
  delete process.env['SteamGameId'];
  fake.reset();
});

describe('steamInit on the native backend', () => {
  it('sets SteamAppId and SteamGameId from appId before SteamAPI_InitFlat', () => {
    fake.setClientInit(ESteamAPIInitResult.FailedGeneric, 'No appID found.');
    const client = steamInit({ libraryPath: fake.libraryPath, appId: 480, pump: 'manual' });
    expect(process.env['SteamAppId']).toBe('480');
    expect(process.env['SteamGameId']).toBe('480');
    expect(fake.callCount('SteamAPI_InitFlat')).toBe(1);
    if (!isLeft(client)) throw new Error('expected a failed init');
    expect(client.left).toBeInstanceOf(InitFailed);
    const failure = client.left as InitFailed;
    expect(failure.steamMessage).toBe('No appID found.');
    expect(failure.hint).toMatch(/steam_appid\.txt/);
    expect(String(failure)).toMatch(/^InitFailed: Steam init failed \(1, Failed \(generic\)\): No appID found\.\. Hint: /);
  });

  it('a failure with no Steam client running hints at starting Steam', () => {
    fake.setClientInit(ESteamAPIInitResult.NoSteamClient, 'SteamAPI_IsSteamRunning() did not locate a running instance of Steam.');
    const client = steamInit({ libraryPath: fake.libraryPath, pump: 'manual' });
    expect(isLeft(client) && (client.left as InitFailed).hint).toMatch(/Start the Steam client/);
  });

  it('a wrong option throws before the library is touched', () => {
    expect(() => steamInit({ libraryPath: fake.libraryPath, pump: 'Auto' as 'auto' })).toThrow(InvalidArgument);
    expect(fake.callCount('SteamAPI_InitFlat')).toBe(0);
  });

  it('a library that is not there is BackendUnavailable listing the path', () => {
    const client = steamInit({ libraryPath: '/nonexistent/libsteam_api.so' });
    expect(isLeft(client) && client.left).toBeInstanceOf(BackendUnavailable);
    expect(isLeft(client) && (client.left as BackendUnavailable).tried).toContain('/nonexistent/libsteam_api.so');
  });
});

describe('restartAppIfNecessary', () => {
  it("answers Valve's bool for the app ID", () => {
    fake.setReturn('SteamAPI_RestartAppIfNecessary', true);
    expect(restartAppIfNecessary(480, { libraryPath: fake.libraryPath })).toEqual({ _tag: 'Right', right: true });
    expect(fake.arg('SteamAPI_RestartAppIfNecessary', 0)).toBe(480n);
    fake.setReturn('SteamAPI_RestartAppIfNecessary', false);
    expect(restartAppIfNecessary(480, { libraryPath: fake.libraryPath, strictLibrarySearch: true })).toEqual({ _tag: 'Right', right: false });
  });

  it.each([0, -1, 1.5, 2 ** 32, Number.NaN])('throws InvalidArgument for app ID %p', (appId) => {
    expect(() => restartAppIfNecessary(appId, { libraryPath: fake.libraryPath })).toThrow(InvalidArgument);
    expect(fake.callCount('SteamAPI_RestartAppIfNecessary')).toBe(0);
  });

  it('a library that cannot be found is a Left(BackendUnavailable)', () => {
    const answer = restartAppIfNecessary(480, { libraryPath: '/nonexistent/libsteam_api.so' });
    expect(isLeft(answer) && answer.left).toBeInstanceOf(BackendUnavailable);
  });
});
