/**
 * What a set of simulated processes still holds: session tickets not cancelled, auth sessions not
 * ended, call results not answered, microphones still recording. A test of a game's own logic
 * ends by asserting that all of it is empty: the logic let go of everything it took.
 */
import type { SimulatedSteam } from '../../simulated/create-simulated-steam';
import type { AuthSessionSnapshot, PendingCallSnapshot, TicketSnapshot } from '../../simulated/simulated-inspection';
import type { SimulatedProcess } from '../../simulated/simulated-process';

/** Everything still open in some simulated processes, as the simulated Steam's inspection sees it. */
export interface OpenResources {
  /** Session tickets issued and not cancelled (GetAuthSessionTicket without CancelAuthTicket). */
  readonly tickets: readonly TicketSnapshot[];
  /** Auth sessions begun and not ended (BeginAuthSession without EndAuthSession). */
  readonly authSessions: readonly AuthSessionSnapshot[];
  /** Asynchronous calls whose result Steam has not delivered yet. */
  readonly pendingCallResults: readonly PendingCallSnapshot[];
  /** Steam IDs of the players whose microphone is still recording (including the tail after a stop). */
  readonly recordings: readonly bigint[];
}

/**
 * Nothing open: what `openResources()` gives once a test's logic has released everything.
 *
 * @example
 * ```ts
 * import { TestScheduler } from 'rxjs/testing';
 * import { noOpenResources, simulatedWorld } from 'steamworks-rx/testing';
 *
 * const scheduler = new TestScheduler(() => undefined);
 * const world = simulatedWorld(scheduler);
 * world.addPlayer();
 * const open = world.openResources();
 * console.log(open.tickets.length === noOpenResources.tickets.length); // true: no ticket was asked for
 * world.dispose();
 * ```
 */
export const noOpenResources: OpenResources = Object.freeze({
  tickets: Object.freeze([]),
  authSessions: Object.freeze([]),
  pendingCallResults: Object.freeze([]),
  recordings: Object.freeze([]),
});

/** What `processes` of `steam` still hold; processes already disposed hold nothing. */
export const openResourcesOf = (steam: SimulatedSteam, processes: readonly SimulatedProcess[]): OpenResources => ({
  tickets: processes.flatMap((process) => steam.inspect.openTickets(process)),
  authSessions: processes.flatMap((process) => steam.inspect.authSessions(process)),
  pendingCallResults: processes.flatMap((process) => steam.inspect.pendingCallResults(process)),
  recordings: processes.flatMap((process) => {
    const client = steam.inspect.client(process);
    return client !== null && client.voice.recording ? [client.steamId] : [];
  }),
});
