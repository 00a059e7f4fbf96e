/**
 * Which Steam a client or server talks to, and how its pump runs.
 *
 * - `native` (the default): Valve's libsteam_api, found as library-loader describes.
 * - `simulated`: an in-process simulated Steam (see `steamworks-rx/testing`); with no `steam`
 *   given, the one shared simulated Steam of the scheduler, so a client and a server made without
 *   one see each other.
 * - `core`: an existing SteamCore, e.g. to run a client and a game server in one simulated process.
 */
import type { SchedulerLike } from 'rxjs';
import { loadNativeCore } from '../../native/native-core';
import type { PumpMode } from '../../native/pump';
import type { SimulatedSteam } from '../../simulated';
import type { SteamCore } from '../../native/steam-core';
import { BackendUnavailable, InvalidArgument } from '../init-errors';
import { checkOptions, type CheckedOptions } from './check-options';

/** How the pump runs and how long asynchronous work may take; every backend takes these. */
export interface PumpSettings {
  /**
   * 'auto' (default) pumps every `pumpIntervalMs`, every `pumpAwaitIntervalMs` while something is
   * awaited (on the simulated Steam: whenever it has something due); 'manual' waits for
   * runCallbacks() from your game loop.
   */
  readonly pump?: PumpMode;
  /**
   * Milliseconds between automatic frames while nothing is awaited (for callbacks nobody asked
   * for), above 0; default 16. On the default asyncScheduler this idle wait does not keep the
   * process alive.
   */
  readonly pumpIntervalMs?: number;
  /**
   * Milliseconds between automatic frames while a flow awaits Steam (a ticket's response, a call
   * result, an auth session's first verdict, an open microphone), above 0; default 1, so an answer
   * is seen about 1 ms after Steam gives it. Set it to `pumpIntervalMs` for a fixed-rate pump.
   */
  readonly pumpAwaitIntervalMs?: number;
  /** Drives the pump and every timeout; default asyncScheduler, or the simulated Steam's own scheduler on a simulated core. */
  readonly scheduler?: SchedulerLike;
  /** How long call results may take, in 0..2^31-1 ms or Infinity; default 10 000 ms. */
  readonly callResultTimeoutMs?: number;
}

/** Valve's libsteam_api (the default backend). */
export interface NativeBackendOptions {
  /** `'native'`, or absent. */
  readonly backend?: 'native';
  /** Path to libsteam_api (a file, or the folder holding it); else STEAM_API_LIBRARY, then the game's folders. */
  readonly libraryPath?: string;
  /**
   * Look only at `libraryPath` and STEAM_API_LIBRARY, never in the working folder or the
   * executable's folder (where a planted library would otherwise be loaded). Default false.
   */
  readonly strictLibrarySearch?: boolean;
  /**
   * Your Steam app ID. Set before init as the `SteamAppId` and `SteamGameId` environment variables,
   * which Valve's library reads (as it reads `steam_appid.txt` from the working folder) when the
   * game was not launched by Steam. Use 480 (Spacewar) while you have no app ID of your own.
   */
  readonly appId?: number;
}

/** The simulated Steam (for tests and examples; see `steamworks-rx/testing`). */
export interface SimulatedBackendOptions {
  /** `'simulated'`. */
  readonly backend: 'simulated';
  /** The simulated Steam to join; by default the one shared simulated Steam of `scheduler`. */
  readonly steam?: SimulatedSteam;
  /** The signed-in user (clients only); a new user is added when absent. */
  readonly user?: bigint;
  /** Must equal the simulated Steam's app ID when given (the simulated Steam runs one app). */
  readonly appId?: number;
}

/** An existing SteamCore, shared with another client or server. */
export interface CoreBackendOptions {
  /** `'core'`. */
  readonly backend: 'core';
  /** The core, e.g. a simulated process from `steam.createProcess()`. */
  readonly core: SteamCore;
}

/** The options of steamInit and serverInit: a backend and its pump settings. */
export type BackendOptions = (NativeBackendOptions | SimulatedBackendOptions | CoreBackendOptions) & PumpSettings;

/** What resolving the options gave: the core to use and how to release what resolving made. */
export interface ResolvedBackend {
  readonly core: SteamCore;
  readonly scheduler: SchedulerLike | undefined;
  readonly options: CheckedOptions;
  /** Cleans up what resolving created (a simulated process made for this client). */
  readonly dispose: () => void;
}

/**
 * The shared simulated Steam, loaded on first use: a native client never loads the simulated Steam
 * (about 40 modules and node:crypto). A synchronous require, so steamInit stays synchronous.
 */
const sharedSimulatedSteam = (scheduler: SchedulerLike | undefined): SimulatedSteam => {
  const simulated = require('../../simulated/shared-simulated-steam') as typeof import('../../simulated/shared-simulated-steam');
  return simulated.sharedSimulatedSteam(scheduler);
};

const simulatedBackend = (options: CheckedOptions, role: 'client' | 'server'): ResolvedBackend | BackendUnavailable => {
  const steam = (options.steam as SimulatedSteam | undefined) ?? sharedSimulatedSteam(options.scheduler);
  if (options.appId !== undefined && options.appId !== steam.appId) {
    throw new InvalidArgument('options.appId', `is ${options.appId}, but this simulated Steam runs app ${steam.appId} (set appId in createSimulatedSteam)`);
  }
  try {
    const user = role === 'client' ? (options.user ?? steam.addUser()) : undefined;
    const process = steam.createProcess(user === undefined ? {} : { user });
    return { core: process, scheduler: options.scheduler ?? process.scheduler, options, dispose: () => process.dispose() };
  } catch (error) {
    return new BackendUnavailable(error instanceof Error ? error.message : 'the simulated Steam refused a new process');
  }
};

const nativeBackend = (options: CheckedOptions): ResolvedBackend | BackendUnavailable => {
  const loaded = loadNativeCore({
    ...(options.libraryPath === undefined ? {} : { libraryPath: options.libraryPath }),
    ...(options.strictLibrarySearch ? { strict: true } : {}),
  });
  if (loaded._tag === 'Left') {
    const error = loaded.left;
    return new BackendUnavailable(error.message, error._tag === 'LibraryNotFound' ? error.tried : [error.path]);
  }
  if (options.appId !== undefined) {
    // What Valve's library reads at init when Steam did not launch the game.
    process.env['SteamAppId'] = String(options.appId);
    process.env['SteamGameId'] = String(options.appId);
  }
  // Valve's library is process-global: shutting a client down must not unload it.
  return { core: loaded.right, scheduler: options.scheduler, options, dispose: () => undefined };
};

/**
 * Checks the options (throwing InvalidArgument for a wrong one) and resolves them to a core;
 * `role` decides whether a simulated process gets a user. A backend that cannot be had is a
 * BackendUnavailable value.
 */
export const resolveBackend = (options: unknown, role: 'client' | 'server'): ResolvedBackend | BackendUnavailable => {
  const checked = checkOptions(options, role);
  if (checked.backend === 'core') {
    const core = checked.core as SteamCore;
    return { core, scheduler: checked.scheduler ?? core.scheduler, options: checked, dispose: () => undefined };
  }
  return checked.backend === 'simulated' ? simulatedBackend(checked, role) : nativeBackend(checked);
};
