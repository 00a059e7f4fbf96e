/**
 * steamInit / steamInitEx / steamShutdown: start a Steam client session on a backend.
 *
 * Valve's library allows one live client per process: a second steamInit on it is a Left
 * (InitFailed, FailedGeneric) until the first is shut down. The simulated backend allows many,
 * one per simulated process.
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import { resolveBackend, type BackendOptions } from '../backend/backend-options';
import { createSteamClient, type SteamClient } from '../client/steam-client';
import type { BackendUnavailable, InitFailed } from '../errors';
import { initFailed, startSession } from './start-session';

export type SteamInitOptions = BackendOptions;
export type SteamInitError = InitFailed | BackendUnavailable;

/**
 * Initialises the Steam API for this process's user (SteamAPI_InitFlat) and starts the pump.
 * The Left carries `status` (ESteamAPIInitResult), `verbal` and Valve's `steamMessage`.
 */
export const steamInitEx = (options: SteamInitOptions = {}): Either<SteamInitError, SteamClient> => {
  const backend = resolveBackend(options, 'client');
  if (isLeft(backend)) return backend;
  const { core } = backend.right;
  const session = core.initClient();
  if (isLeft(session)) {
    backend.right.dispose();
    return left(initFailed(session.left));
  }
  const { lease, control } = startSession('SteamClient', backend.right, options);
  return right(createSteamClient({ core, session: session.right, control, lease, disposeBackend: backend.right.dispose }));
};

/** The same as steamInitEx: the spec's boolean init is an Either here, so nothing is lost. */
export const steamInit = steamInitEx;

/** Shuts a client down; idempotent. */
export const steamShutdown = (client: SteamClient): void => client.shutdown();
