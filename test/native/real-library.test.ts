/**
 * Valve's real libsteam_api 1.60 (shipped by the steamworks.js devDependency).
 * Binding is checked in-process (dlopen + dlsym only). Init runs in a child process: Valve's init
 * spawns threads and prints its own diagnostics, and a failure must be shown not to take the
 * process down; the child has a hard timeout so a hang fails the test instead of stalling it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isLeft } from 'fp-ts/Either';
import { loadNativeCore } from '../../native/native-core';
import { openSteamLibrary } from '../../native/library-loader';
import koffi from 'koffi';
import { bindFlatFunctions, flatApiSymbols } from '../../native/flat-api';
import { utilsFunctions, type UtilsFlatApi } from '../../native/generated/utils';
import { appsFunctions, type AppsFlatApi } from '../../native/generated/apps';
import { friendsFunctions } from '../../native/generated/friends';
import { boundFriendsFunctions, type BoundFriendsApi } from '../../native/native-friends-port';
import { userStatsFunctions, type UserStatsFlatApi } from '../../native/generated/user-stats';
import { gameServerStatsFunctions, type GameServerStatsFlatApi } from '../../native/generated/game-server-stats';
import { networkingMessagesFunctions, type NetworkingMessagesFlatApi } from '../../native/generated/networking-messages';
import { networkingSocketsFunctions, type NetworkingSocketsFlatApi } from '../../native/generated/networking-sockets';
import { networkingTypesFunctions, type NetworkingTypesFlatApi } from '../../native/generated/networking-types';
import { networkingUtilsFunctions, type NetworkingUtilsFlatApi } from '../../native/generated/networking-utils';
import { debugOutputFunctions, type DebugOutputFlatApi } from '../../native/native-networking-utils-port';

const realLibrary = path.join(__dirname, '..', '..', 'node_modules', 'steamworks.js', 'dist', 'linux64', 'libsteam_api.so');
const available = process.platform === 'linux' && process.arch === 'x64' && existsSync(realLibrary);
if (!available) {
  // eslint-disable-next-line no-console
  console.warn(`real-library tests skipped: ${realLibrary} is absent (install the steamworks.js devDependency on linux x64)`);
}
const describeReal = available ? describe : describe.skip;

interface InitReport {
  readonly loaded: boolean;
  readonly client: { readonly failure?: { readonly code: number; readonly message: string }; readonly live?: boolean };
  readonly clientLiveAfter: boolean;
  readonly server: { readonly failure?: { readonly code: number; readonly message: string }; readonly live?: boolean };
  readonly serverLiveAfter: boolean;
  readonly carriedOn: boolean;
}

describeReal("Valve's libsteam_api 1.60", () => {
  it('exports every declared symbol', () => {
    const opened = openSteamLibrary(realLibrary, flatApiSymbols);
    const missing = isLeft(opened) ? opened.left.reason : '';
    expect(missing).toBe('');
    const core = loadNativeCore({ libraryPath: realLibrary });
    expect(isLeft(core) ? core.left.message : 'bound').toBe('bound');
  });

  it('binds every ISteamUtils function the Utils slice binds when first used', () => {
    const bound = bindFlatFunctions<UtilsFlatApi>(koffi.load(realLibrary), utilsFunctions);
    expect(isLeft(bound) ? bound.left.missing : []).toEqual([]);
  });

  it('binds every ISteamApps function the Apps slice binds when first used', () => {
    const bound = bindFlatFunctions<AppsFlatApi>(koffi.load(realLibrary), appsFunctions);
    expect(isLeft(bound) ? bound.left.missing : []).toEqual([]);
  });

  it('binds every ISteamFriends function the Friends slice binds when first used', () => {
    const declarations = boundFriendsFunctions(friendsFunctions);
    // Everything of SteamFriends017 but the 13 clan chat and chat message functions.
    expect(declarations).toHaveLength(friendsFunctions.length - 13);
    const bound = bindFlatFunctions<BoundFriendsApi>(koffi.load(realLibrary), declarations);
    expect(isLeft(bound) ? bound.left.missing : []).toEqual([]);
  });

  it('binds every ISteamUserStats and ISteamGameServerStats function the stats slices bind when first used', () => {
    const userStats = bindFlatFunctions<UserStatsFlatApi>(koffi.load(realLibrary), userStatsFunctions);
    expect(isLeft(userStats) ? userStats.left.missing : []).toEqual([]);
    const gameServerStats = bindFlatFunctions<GameServerStatsFlatApi>(koffi.load(realLibrary), gameServerStatsFunctions);
    expect(isLeft(gameServerStats) ? gameServerStats.left.missing : []).toEqual([]);
    expect(userStatsFunctions).toHaveLength(46);
    expect(gameServerStatsFunctions).toHaveLength(11);
  });

  it('binds every function the networking slices bind when first used (Messages, Sockets, Utils, the message release, the hand-declared SetDebugOutputFunction)', () => {
    const library = koffi.load(realLibrary);
    const missing = [
      bindFlatFunctions<NetworkingMessagesFlatApi>(library, networkingMessagesFunctions),
      bindFlatFunctions<NetworkingSocketsFlatApi>(library, networkingSocketsFunctions),
      bindFlatFunctions<NetworkingUtilsFlatApi>(library, networkingUtilsFunctions),
      bindFlatFunctions<NetworkingTypesFlatApi>(library, networkingTypesFunctions),
      bindFlatFunctions<DebugOutputFlatApi>(library, debugOutputFunctions),
    ].flatMap((bound) => (isLeft(bound) ? bound.left.missing : []));
    expect(missing).toEqual([]);
  });

  it('exports SteamAPI_RestartAppIfNecessary (bound for restartAppIfNecessary; not called: it would try to launch Steam)', () => {
    const opened = openSteamLibrary(realLibrary, ['SteamAPI_RestartAppIfNecessary']);
    expect(isLeft(opened) ? opened.left.reason : 'exported').toBe('exported');
  });

  it('with no Steam client, initClient and initServer are Lefts with Valve messages and the process carries on', () => {
    // An empty HOME: no ~/.steam/sdk64/steamclient.so, so the outcome does not depend on the machine.
    const home = mkdtempSync(path.join(tmpdir(), 'steamworks-rx-home-'));
    try {
      const child = spawnSync(
        process.execPath,
        ['-r', path.join(__dirname, 'register-typescript.js'), path.join(__dirname, 'real-library-child.ts'), realLibrary],
        { encoding: 'utf8', timeout: 30_000, env: { ...process.env, HOME: home, STEAM_API_LIBRARY: '' } },
      );
      expect({ status: child.status, signal: child.signal, error: child.error?.message }).toEqual({ status: 0, signal: null, error: undefined });
      const line = child.stdout.split('\n').find((candidate) => candidate.startsWith('RESULT '));
      expect(line).toBeDefined();
      const report = JSON.parse((line ?? 'RESULT {}').slice('RESULT '.length)) as InitReport;
      expect(report.loaded).toBe(true);
      expect(report.carriedOn).toBe(true);
      // Valve prints "[S_API FAIL] ..." when the API is misused (e.g. ManualDispatch before init).
      expect(child.stderr.split('\n').filter((text) => text.includes('[S_API FAIL]'))).toEqual([]);
      for (const [failure, liveAfter] of [
        [report.client.failure, report.clientLiveAfter],
        [report.server.failure, report.serverLiveAfter],
      ] as const) {
        expect(failure).toBeDefined();
        expect([1, 2, 3]).toContain(failure?.code);
        expect(failure?.message.length).toBeGreaterThan(0);
        expect(failure?.message).not.toContain('\u0000');
        expect(liveAfter).toBe(false);
      }
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
