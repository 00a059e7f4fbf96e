/**
 * steamInit / steamInitEx / steamShutdown: start a Steam client session on a backend.
 *
 * Valve's library allows one live client per process: a second steamInit on it is a Left
 * (InitFailed, FailedGeneric) until the first is shut down. The simulated backend allows many,
 * one per simulated process.
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import { asyncScheduler } from 'rxjs';
import { leasePump } from '../../native/pump';
import type { InitFailure } from '../../native/steam-core';
import { resolveBackend, type BackendOptions } from '../backend/backend-options';
import { createSteamClient, type SteamClient } from '../client/steam-client';
import { describeSteamAPIInitResult } from '../enums';
import type { BackendUnavailable, InitFailed } from '../errors';
import { openSession } from '../session/session-state';

export type SteamInitOptions = BackendOptions;
export type SteamInitError = InitFailed | BackendUnavailable;

export const DEFAULT_CALL_RESULT_TIMEOUT_MS = 10_000;

/** The Left for a failed init: ESteamAPIInitResult, the spec's verbal text and Valve's own message. */
export const initFailed = (failure: InitFailure): InitFailed => {
  const verbal = describeSteamAPIInitResult(failure.code);
  return {
    _tag: 'InitFailed',
    status: failure.code,
    verbal,
    steamMessage: failure.message,
    message: `Steam init failed (${failure.code}, ${verbal}): ${failure.message}`,
  };
};

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
  const scheduler = backend.right.scheduler ?? asyncScheduler;
  const lease = leasePump(core, {
    scheduler,
    ...(options.pump === undefined ? {} : { mode: options.pump }),
    ...(options.pumpIntervalMs === undefined ? {} : { intervalMs: options.pumpIntervalMs }),
  });
  const control = openSession('SteamClient', lease.pump, scheduler, options.callResultTimeoutMs ?? DEFAULT_CALL_RESULT_TIMEOUT_MS);
  return right(createSteamClient({ core, session: session.right, control, lease, disposeBackend: backend.right.dispose }));
};

/** The same as steamInitEx: the spec's boolean init is an Either here, so nothing is lost. */
export const steamInit = steamInitEx;

/** Shuts a client down; idempotent. */
export const steamShutdown = (client: SteamClient): void => client.shutdown();
