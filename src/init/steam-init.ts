/**
 * steamInit / steamInitEx / steamShutdown: start a Steam client session on a backend.
 *
 * Valve's library allows one live client per process: a second steamInit on it is a Left
 * (InitFailed, FailedGeneric) until the first is shut down. The simulated backend allows many,
 * one per simulated process.
 */
import { left, right, type Either } from 'fp-ts/Either';
import { BackendUnavailable } from '../init-errors';
import { resolveBackend, type BackendOptions } from '../backend/backend-options';
import { createSteamClient, type SteamClient } from '../client/steam-client';
import type { InitFailed } from '../init-errors';
import { initFailed, startSession } from './start-session';

/** The options of steamInit: a backend (native by default) and pump settings. */
export type SteamInitOptions = BackendOptions;

/** Why steamInit gave no client: Steam's init failed, or the backend could not be had. */
export type SteamInitError = InitFailed | BackendUnavailable;

/**
 * Initialises the Steam API for this process's user (SteamAPI_InitFlat) and starts the pump.
 *
 * A Left is a failure a correct program must handle: `InitFailed` carries `status`
 * (ESteamAPIInitResult), the spec's `verbal` text, Valve's `steamMessage` and a `hint` at the
 * usual cause (no Steam client running, no app ID, …); `BackendUnavailable` says why the library
 * could not be loaded and lists every path tried. A wrong option throws an InvalidArgument naming it.
 *
 * @example
 * ```ts
 * import { isLeft, steamInit } from 'steamworks-rx';
 *
 * const client = steamInit({ appId: 480 });
 * if (isLeft(client)) throw client.left; // an Error: prints its message and hint
 * console.log(`signed in as ${client.right.getSteamID()}`);
 * ```
 */
export const steamInitEx = (options: SteamInitOptions = {}): Either<SteamInitError, SteamClient> => {
  const backend = resolveBackend(options, 'client');
  if (backend instanceof BackendUnavailable) return left(backend);
  const { core } = backend;
  const session = core.initClient();
  if (session._tag === 'Left') {
    backend.dispose();
    return left(initFailed(session.left, 'client'));
  }
  const { lease, control } = startSession('SteamClient', backend);
  return right(createSteamClient({ core, session: session.right, control, lease, disposeBackend: backend.dispose }));
};

/** The same as steamInitEx: the spec's boolean init is an Either here, so nothing is lost. */
export const steamInit = steamInitEx;

/** Shuts a client down (the spec's steamShutdown); idempotent. */
export const steamShutdown = (client: SteamClient): void => client.shutdown();
