/**
 * The tutorial's outcome as a fold over every event: how many tickets were validated, cancelled
 * and sessions ended, who finished, and the first failure.
 */
import { AuthSessionResponse } from '../../src';
import type { TutorialEvent } from './events';

export interface Tally {
  /** Validation responses that admitted a player (a peer admitting a peer counts once per pair). */
  readonly admitted: number;
  /** Sessions that ended because the holder cancelled the ticket (AuthTicketCanceled). */
  readonly canceled: number;
  /** Sessions a host ended (endAuthSession on unsubscribe). */
  readonly sessionsEnded: number;
  /** Hosts that announced the end of the game. */
  readonly gamesOver: number;
  /** Connections a player saw close (one per host it joined). */
  readonly disconnections: number;
  readonly failure: string | undefined;
}

export const emptyTally: Tally = { admitted: 0, canceled: 0, sessionsEnded: 0, gamesOver: 0, disconnections: 0, failure: undefined };

export const tallyAfter = (tally: Tally, event: TutorialEvent): Tally => {
  switch (event.kind) {
    case 'validated':
      return { ...tally, admitted: tally.admitted + 1 };
    case 'rejected':
      return event.response.response === AuthSessionResponse.AUTH_SESSION_RESPONSE_AUTH_TICKET_CANCELED ? { ...tally, canceled: tally.canceled + 1 } : tally;
    case 'session-ended':
      return { ...tally, sessionsEnded: tally.sessionsEnded + 1 };
    case 'game-over':
      return { ...tally, gamesOver: tally.gamesOver + 1 };
    case 'disconnected':
      return { ...tally, disconnections: tally.disconnections + 1 };
    case 'failed':
      return { ...tally, failure: tally.failure ?? `${event.who}: ${event.message}` };
    case 'begin-failed':
    case 'ticket-failed':
      return { ...tally, failure: tally.failure ?? `${event.who}: ${event.kind} (${event.reason})` };
    case 'bad-message':
      return { ...tally, failure: tally.failure ?? `${event.who}: ${event.message}` };
    default:
      return tally;
  }
};
