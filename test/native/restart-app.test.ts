/** restartAppIfNecessary: loads the library as loadNativeCore does and asks SteamAPI_RestartAppIfNecessary. */
import path from 'node:path';
import { restartAppIfNecessary } from '../../native/restart-app';
import { freshFakeCore } from './fake-core';

describe('restartAppIfNecessary over the fake library', () => {
  it("answers Steam's bool for the app ID it was given, with no session", () => {
    const { core, fake } = freshFakeCore();
    fake.setReturn('SteamAPI_RestartAppIfNecessary', true);
    expect(restartAppIfNecessary(480, { libraryPath: fake.libraryPath })).toEqual({ _tag: 'Right', right: true });
    expect(fake.arg('SteamAPI_RestartAppIfNecessary', 0)).toBe(480n);
    fake.setReturn('SteamAPI_RestartAppIfNecessary', false);
    expect(restartAppIfNecessary(0xffffffff, { libraryPath: fake.libraryPath, strict: true })).toEqual({ _tag: 'Right', right: false });
    expect(fake.arg('SteamAPI_RestartAppIfNecessary', 0)).toBe(0xffffffffn);
    expect(fake.callCount('SteamAPI_RestartAppIfNecessary')).toBe(2);
    // It needs no init and starts none.
    expect(fake.callCount('SteamAPI_InitFlat')).toBe(0);
    expect(core.clientLive).toBe(false);
  });

  it.each([0, -1, 1.5, 2 ** 32, Number.NaN, Number.POSITIVE_INFINITY])('refuses app ID %p before loading anything', (appId) => {
    const { fake } = freshFakeCore();
    const answer = restartAppIfNecessary(appId, { libraryPath: fake.libraryPath });
    expect(answer._tag === 'Left' && answer.left._tag).toBe('InvalidAppId');
    expect(answer._tag === 'Left' && answer.left.message).toContain('app ID');
    expect(fake.callCount('SteamAPI_RestartAppIfNecessary')).toBe(0);
  });

  it('a library that cannot be found is the loader error', () => {
    const nowhere = path.join(__dirname, 'no-such-folder', 'libsteam_api.so');
    const answer = restartAppIfNecessary(480, { libraryPath: nowhere });
    expect(answer._tag === 'Left' && answer.left._tag).toBe('LibraryNotFound');
    expect(answer._tag === 'Left' && answer.left.message).toContain(nowhere);
  });
});
