/**
 * A player's printed lines as a fold over its events; the fold remembers the ticket handle, so
 * the line for leaving or losing the connection can name the ticket being cancelled.
 */
import type { PlayerEvent } from './events';
import { ticketResponseLines } from './tutorial-texts';

export interface PlayerLog {
  /** The handle of the ticket the player holds for this host, while it holds one. */
  readonly handle: number | undefined;
  /** Whether the host has let us in (a refusal after that is being dropped). */
  readonly admitted: boolean;
  readonly lines: readonly string[];
}

export const emptyPlayerLog: PlayerLog = { handle: undefined, admitted: false, lines: [] };

const cancelling = (handle: number | undefined): readonly string[] => (handle === undefined ? [] : [`cancelAuthTicket(${handle})`]);

export const playerLogAfter = (log: PlayerLog, event: PlayerEvent): PlayerLog => {
  switch (event.kind) {
    case 'welcomed':
      return { ...log, lines: [`Connected to ${event.host} (Steam ID ${event.hostSteamId}): getAuthSessionTicket for it`] };
    case 'ticket-sent':
      return { ...log, handle: event.handle, lines: [...ticketResponseLines(event.handle), `Sent the ticket (${event.size} bytes) to ${event.host}`] };
    case 'ticket-failed':
      return { ...log, handle: undefined, lines: [`No ticket for ${event.host}: ${event.reason}`] };
    case 'accepted':
      return { ...log, admitted: true, lines: [`${event.host} let me in`] };
    case 'refused':
      return { ...log, admitted: false, lines: [`${event.host} ${log.admitted ? 'dropped' : 'refused'} me: ${event.reason}`] };
    case 'leaving':
      return { ...log, handle: undefined, lines: [`Leaving ${event.host}: ${cancelling(log.handle).join('') || 'no ticket to cancel'}`] };
    case 'disconnected': {
      const why = event.error === undefined ? 'closed' : `lost (${event.error})`;
      return { ...log, handle: undefined, lines: [`Connection to ${event.host} ${why}`, ...cancelling(log.handle)] };
    }
  }
};
