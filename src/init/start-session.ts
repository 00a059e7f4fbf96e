/**
 * What every successful init does next, client or server: take a lease on the core's pump and
 * open the session state its functions check. Also the Left of a failed init.
 */
import { asyncScheduler } from 'rxjs';
import { leasePump, type PumpLease } from '../../native/pump';
import type { InitFailure } from '../../native/steam-core';
import type { ResolvedBackend, PumpSettings } from '../backend/backend-options';
import { describeSteamAPIInitResult } from '../enums';
import type { InitFailed } from '../errors';
import { openSession, type SessionControl, type SessionState } from '../session/session-state';

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

export const startSession = (
  name: SessionState['name'],
  backend: ResolvedBackend,
  settings: PumpSettings,
): { readonly lease: PumpLease; readonly control: SessionControl } => {
  const scheduler = backend.scheduler ?? asyncScheduler;
  const lease = leasePump(backend.core, {
    scheduler,
    ...(settings.pump === undefined ? {} : { mode: settings.pump }),
    ...(settings.pumpIntervalMs === undefined ? {} : { intervalMs: settings.pumpIntervalMs }),
  });
  const control = openSession(name, lease.pump, scheduler, settings.callResultTimeoutMs ?? DEFAULT_CALL_RESULT_TIMEOUT_MS);
  return { lease, control };
};
