/**
 * Which Steam a client or server talks to, and how its pump runs.
 *
 * - `native` (the default): Valve's libsteam_api, found as library-loader describes.
 * - `simulated`: an in-process simulated Steam (see `steamworks-rx/testing`); with no `steam`
 *   given, a fresh one is made.
 * - `core`: an existing SteamCore, e.g. to run a client and a game server in one simulated process.
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import type { SchedulerLike } from 'rxjs';
import { loadNativeCore } from '../../native/native-core';
import type { PumpMode } from '../../native/pump';
import { createSimulatedSteam, type SimulatedSteam } from '../../native/simulated';
import type { SteamCore } from '../../native/steam-core';
import type { BackendUnavailable } from '../errors';

export interface PumpSettings {
  /** 'auto' (default) pumps every `pumpIntervalMs`; 'manual' waits for runCallbacks() from your game loop. */
  readonly pump?: PumpMode;
  /** Default 16 ms. */
  readonly pumpIntervalMs?: number;
  /** Drives the pump and every timeout; default asyncScheduler, or the simulated Steam's own scheduler on a simulated core. */
  readonly scheduler?: SchedulerLike;
  /** How long call results may take; default 10 000 ms. */
  readonly callResultTimeoutMs?: number;
}

export interface NativeBackend {
  readonly backend?: 'native';
  /** Explicit path to libsteam_api; else STEAM_API_LIBRARY, then the game's folders. */
  readonly libraryPath?: string;
}

export interface SimulatedBackendOptions {
  readonly backend: 'simulated';
  /** The simulated Steam to join; a new one when absent. */
  readonly steam?: SimulatedSteam;
  /** The signed-in user (clients only); a new user is added when absent. */
  readonly user?: bigint;
}

export interface CoreBackend {
  readonly backend: 'core';
  readonly core: SteamCore;
}

export type BackendOptions = (NativeBackend | SimulatedBackendOptions | CoreBackend) & PumpSettings;

export interface ResolvedBackend {
  readonly core: SteamCore;
  readonly scheduler: SchedulerLike | undefined;
  /** Cleans up what resolving created (a simulated process made for this client). */
  readonly dispose: () => void;
}

const unavailable = (reason: string, tried: readonly string[] = []): BackendUnavailable => ({
  _tag: 'BackendUnavailable',
  reason,
  tried,
  message: `Steam backend unavailable: ${reason}`,
});

/** Resolves the options to a core; `role` decides whether a simulated process gets a user. */
export const resolveBackend = (options: BackendOptions, role: 'client' | 'server'): Either<BackendUnavailable, ResolvedBackend> => {
  if (options.backend === 'core') {
    return right({ core: options.core, scheduler: options.scheduler ?? options.core.scheduler, dispose: () => undefined });
  }
  if (options.backend === 'simulated') {
    const steam = options.steam ?? createSimulatedSteam(options.scheduler === undefined ? {} : { scheduler: options.scheduler });
    const user = role === 'client' ? (options.user ?? steam.addUser()) : undefined;
    try {
      const process = steam.createProcess(user === undefined ? {} : { user });
      return right({ core: process, scheduler: options.scheduler ?? process.scheduler, dispose: () => process.dispose() });
    } catch (error) {
      return left(unavailable(error instanceof Error ? error.message : String(error)));
    }
  }
  if (options.backend !== undefined && options.backend !== 'native') {
    return left(unavailable(`unknown backend ${JSON.stringify(options.backend)} (use 'native', 'simulated' or 'core')`));
  }
  const loaded = loadNativeCore(options.libraryPath === undefined ? {} : { libraryPath: options.libraryPath });
  if (isLeft(loaded)) {
    const error = loaded.left;
    return left(unavailable(error.message, error._tag === 'LibraryNotFound' ? error.tried : [error.path]));
  }
  // Valve's library is process-global: shutting a client down must not unload it.
  return right({ core: loaded.right, scheduler: options.scheduler, dispose: () => undefined });
};
