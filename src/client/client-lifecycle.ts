/** The client's own state: which backend, its pump, whether it is live, and shutdown. */
import type { Pump } from '../../native/pump';

/** The client value's life: backend, pump, liveness and shutdown. */
export interface ClientLifecycle {
  /** Which Steam this client talks to: Valve's library (`'native'`) or the simulated Steam. */
  readonly backend: 'native' | 'simulated';
  /**
   * The pump that drains Steam's callbacks (shared with a server on the same core): its mode,
   * interval and `frames$`. In manual mode, call runCallbacks from your game loop.
   */
  readonly pump: Pump;
  /** True until shutdown begins; every function throws NotInitialized once it is false. */
  readonly live: boolean;
  /**
   * Runs one pump frame now: Steam's callbacks and call results go out on the streams. Flat:
   * SteamAPI_ManualDispatch_RunFrame and GetNextCallback. In manual pump mode, call it every
   * game frame; in auto mode the pump does.
   */
  readonly runCallbacks: () => void;
  /**
   * Shuts the client down (the spec's steamShutdown): open tickets are cancelled, auth sessions
   * ended, the microphone stopped, and every stream completes, while Steam is still up; then
   * Steam itself. Flat: SteamAPI_Shutdown. Idempotent; every function throws NotInitialized after.
   */
  readonly shutdown: () => void;
}
