/**
 * Steam in Electron's main process, start to finish: find Valve's library beside the app, let
 * Steam relaunch the game if it was not started through Steam, start the one client of the
 * process, serve the bridge to the windows, and shut both down when the app quits. Written against
 * the few members of Electron's `app` it uses, so it runs (and is tested) without Electron.
 */
import { BackendUnavailable, isLeft, restartAppIfNecessary, steamInit, type SteamClient, type SteamInitOptions, type SteamworksError } from '../../src';
import type { MainIpc } from './ipc-ports';
import { serveBridge, type MainBridge } from './main-bridge';
import { steamBridge } from './steam-bridge';
import { steamLibraryPath } from './steam-library';

/** Electron's `app`, as far as this uses it. */
export interface ElectronAppLike {
  readonly isPackaged: boolean;
  /** The app's folder (in development, the project's). */
  getAppPath(): string;
  on(event: 'will-quit', listener: () => void): unknown;
}

/** What startSteamInMain needs from Electron, and which app it is. */
export interface SteamMainOptions {
  readonly app: ElectronAppLike;
  readonly ipcMain: MainIpc;
  /** Your Steam app ID (480 is Valve's Spacewar, for trying things out). */
  readonly appId: number;
  /** Electron's `process.resourcesPath`. */
  readonly resourcesPath: string;
  /** Default `process.platform` / `process.arch`. */
  readonly platform?: string;
  readonly arch?: string;
  /**
   * Run on another backend than Valve's library found beside the app (e.g. `{ backend:
   * 'simulated' }` for a build or a test without Steam); no relaunch check is made then.
   */
  readonly backend?: SteamInitOptions;
}

/** How the start went: relaunching through Steam (quit now), failed, or running. */
export type SteamMain =
  | { readonly kind: 'relaunching' }
  | { readonly kind: 'failed'; readonly error: SteamworksError }
  | { readonly kind: 'running'; readonly client: SteamClient; readonly bridge: MainBridge };

/** Valve's library beside the app, named exactly. */
interface NativeLibrary {
  readonly appId: number;
  readonly libraryPath: string;
  readonly strictLibrarySearch: true;
}

/** The options of Valve's library beside the app, or why there is none for this platform. */
const nativeLibrary = (options: SteamMainOptions): NativeLibrary | BackendUnavailable => {
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const libraryPath = steamLibraryPath({ packaged: options.app.isPackaged, resourcesPath: options.resourcesPath, projectRoot: options.app.getAppPath(), platform, arch });
  if (libraryPath === undefined) return new BackendUnavailable(`the Steamworks SDK ships no library for ${platform} ${arch}`);
  // The library is named exactly: nothing planted in the working folder is ever loaded.
  return { appId: options.appId, libraryPath, strictLibrarySearch: true };
};

/**
 * Call once, at the top of the main script, before any window exists (the Steam overlay, where
 * it works at all, hooks graphics created after init).
 */
export const startSteamInMain = (options: SteamMainOptions): SteamMain => {
  let init: SteamInitOptions;
  if (options.backend === undefined) {
    const library = nativeLibrary(options);
    if (library instanceof BackendUnavailable) return { kind: 'failed', error: library };
    // Started outside Steam (and no steam_appid.txt in the working folder): Steam starts it again.
    const restart = restartAppIfNecessary(options.appId, library);
    if (isLeft(restart)) return { kind: 'failed', error: restart.left };
    if (restart.right) return { kind: 'relaunching' };
    init = library;
  } else {
    init = options.backend;
  }
  const client = steamInit(init);
  if (isLeft(client)) return { kind: 'failed', error: client.left };
  const bridge = serveBridge(options.ipcMain, steamBridge(client.right));
  options.app.on('will-quit', () => {
    bridge.dispose();
    client.right.shutdown();
  });
  return { kind: 'running', client: client.right, bridge };
};
