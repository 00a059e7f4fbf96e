/**
 * What every successful init does next, client or server: take a lease on the core's pump and
 * open the session state its functions check. Also the Left of a failed init.
 */
import { asyncScheduler } from 'rxjs';
import { leasePump, type PumpLease } from '../../native/pump';
import type { InitFailure } from '../../native/steam-core';
import type { ResolvedBackend } from '../backend/backend-options';
import { describeSteamAPIInitResult, type SteamAPIInitResult } from '../enums/steam-api-init-result';
import { InitFailed } from '../init-errors';
import { openSession, type SessionControl, type SessionState } from '../session/session-state';
import { initHint } from './init-hint';

/** How long a call result may take when `callResultTimeoutMs` is not given. */
export const DEFAULT_CALL_RESULT_TIMEOUT_MS = 10_000;

/** The Left for a failed init: ESteamAPIInitResult, the spec's verbal text, Valve's own message and a hint. */
export const initFailed = (failure: InitFailure, role: 'client' | 'server'): InitFailed =>
  new InitFailed(failure.code as SteamAPIInitResult, describeSteamAPIInitResult(failure.code), failure.message, initHint(role, failure.code, failure.message));

/** Leases the core's pump and opens the session of a client or server that just initialised. */
export const startSession = (
  name: SessionState['name'],
  backend: ResolvedBackend,
): { readonly lease: PumpLease; readonly control: SessionControl } => {
  const scheduler = backend.scheduler ?? asyncScheduler;
  const { pump, pumpIntervalMs, pumpAwaitIntervalMs, callResultTimeoutMs } = backend.options;
  const lease = leasePump(backend.core, {
    scheduler,
    ...(pump === undefined ? {} : { mode: pump }),
    ...(pumpIntervalMs === undefined ? {} : { intervalMs: pumpIntervalMs }),
    ...(pumpAwaitIntervalMs === undefined ? {} : { awaitIntervalMs: pumpAwaitIntervalMs }),
  });
  const control = openSession(name, lease.pump, scheduler, callResultTimeoutMs ?? DEFAULT_CALL_RESULT_TIMEOUT_MS);
  return { lease, control };
};
