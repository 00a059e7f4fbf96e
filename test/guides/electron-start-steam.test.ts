/**
 * examples/electron-bridge/start-steam.ts: Steam in Electron's main process with a stand-in for
 * Electron's `app`. On the simulated Steam end to end (a window's page gets a ticket, quitting
 * releases it); on the native path over the fake libsteam_api found at the packaged location (the
 * relaunch check first, then init), and failing with the path tried when the library is absent.
 */
import { mkdtempSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TestScheduler } from 'rxjs/testing';
import { loadFakeSteam } from '../fake/fake-steam';
import { inMemoryIpc } from '../../examples/electron-bridge/in-memory-ipc';
import { connectBridge } from '../../examples/electron-bridge/renderer-bridge';
import { startSteamInMain, type ElectronAppLike } from '../../examples/electron-bridge/start-steam';
import type { SteamBridge } from '../../examples/electron-bridge/steam-bridge';
import { BackendUnavailable } from '../../src';
import { createSimulatedSteam } from '../../src/testing';

/** Electron's `app` as far as startSteamInMain uses it; quit() runs the will-quit listeners. */
const fakeApp = (isPackaged: boolean, appPath: string): ElectronAppLike & { quit(): void } => {
  const willQuit: (() => void)[] = [];
  return {
    isPackaged,
    getAppPath: () => appPath,
    on: (_event, listener) => willQuit.push(listener),
    quit: () => willQuit.forEach((listener) => listener()),
  };
};

describe('startSteamInMain on the simulated Steam', () => {
  it('serves the bridge to a window, and quitting the app releases what the window held and shuts the client down', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    const steam = createSimulatedSteam({ scheduler });
    scheduler.run(({ flush }) => {
      const app = fakeApp(false, '/nowhere');
      const ipc = inMemoryIpc(scheduler);
      const started = startSteamInMain({ app, ipcMain: ipc.ipcMain, appId: 480, resourcesPath: '/nowhere', backend: { backend: 'simulated', steam } });
      if (started.kind !== 'running') throw new Error(`not running: ${started.kind}`);
      connectBridge<SteamBridge>(ipc.openRenderer().ipcRenderer).stream('authTicket$').subscribe();
      flush();
      expect(steam.inspect.openTickets()).toHaveLength(1);
      app.quit();
      expect(steam.inspect.openTickets()).toEqual([]);
      expect(started.client.live).toBe(false);
      expect(started.bridge.liveSubscriptions).toBe(0);
    });
    steam.dispose();
  });
});

describe("startSteamInMain on Valve's library", () => {
  let project: string;
  // steamInit({ appId }) sets these for Valve's library: put them back as they were.
  const saved = { SteamAppId: process.env['SteamAppId'], SteamGameId: process.env['SteamGameId'] };

  beforeEach(() => {
    project = mkdtempSync(path.join(tmpdir(), 'steam-electron-'));
  });
  afterEach(() => {
    rmSync(project, { recursive: true, force: true });
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('fails naming the one path it looked at when the library is not beside the app (no search of other folders)', () => {
    const started = startSteamInMain({ app: fakeApp(true, project), ipcMain: inMemoryIpc().ipcMain, appId: 480, resourcesPath: project, platform: 'linux', arch: 'x64' });
    if (started.kind !== 'failed') throw new Error(`expected a failure, got ${started.kind}`);
    expect(started.error).toBeInstanceOf(BackendUnavailable);
    expect(started.error instanceof BackendUnavailable && started.error.tried).toEqual([path.join(project, 'steam', 'libsteam_api.so')]);
  });

  it('fails on a platform the SDK ships no library for', () => {
    const started = startSteamInMain({ app: fakeApp(true, project), ipcMain: inMemoryIpc().ipcMain, appId: 480, resourcesPath: project, platform: 'linux', arch: 'arm64' });
    expect(started.kind === 'failed' && started.error.message).toContain('no library for linux arm64');
  });

  const onThisHost = process.platform === 'linux' && process.arch === 'x64' ? it : it.skip;

  onThisHost('asks Steam whether to relaunch first, then starts the client from resources/steam/ and serves the bridge', () => {
    const fake = loadFakeSteam();
    fake.reset();
    mkdirSync(path.join(project, 'steam'));
    symlinkSync(fake.libraryPath, path.join(project, 'steam', 'libsteam_api.so'));
    const ipc = inMemoryIpc();

    fake.setReturn('SteamAPI_RestartAppIfNecessary', true);
    expect(startSteamInMain({ app: fakeApp(true, '/unused'), ipcMain: ipc.ipcMain, appId: 480, resourcesPath: project }).kind).toBe('relaunching');
    expect(fake.callCount('SteamAPI_InitFlat')).toBe(0);

    fake.setReturn('SteamAPI_RestartAppIfNecessary', false);
    const app = fakeApp(true, '/unused');
    const started = startSteamInMain({ app, ipcMain: ipc.ipcMain, appId: 480, resourcesPath: project });
    expect(started.kind).toBe('running');
    expect(fake.arg('SteamAPI_RestartAppIfNecessary', 0)).toBe(480n);
    expect(process.env['SteamAppId']).toBe('480');
    expect(fake.clientLive()).toBe(true);
    app.quit();
    expect(fake.clientLive()).toBe(false);
    fake.reset();
  });
});
