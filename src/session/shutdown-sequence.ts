/**
 * The one shutdown order for a client or server, idempotent: open flows release their tickets,
 * sessions and recording while the library is still up; then Steam's side goes down, then the
 * pump (if nothing else holds it), then whatever backend resolution created.
 */
import type { PumpLease } from '../../native/pump';
import type { SessionControl } from './session-state';

export const shutdownSequence =
  (control: SessionControl, stopSteam: () => void, lease: PumpLease, disposeBackend: () => void) =>
  (): void => {
    if (!control.state.live) return;
    control.close();
    stopSteam();
    control.steamStopped();
    lease.release();
    disposeBackend();
  };
