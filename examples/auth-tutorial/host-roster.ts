/**
 * A host's players as a fold over its events (the tutorial's CLIENT_TICKETS, without a mutable
 * array): who is being validated, who is in, and the lines the host prints for each event.
 */
import { describeAuthSessionResponse } from '../../src';
import type { HostEvent, PlayerIdentity } from './events';
import { beginOkLine, beginResultLine, validationLines } from './tutorial-texts';

type Standing = 'validating' | 'admitted' | 'rejected';

interface Seat {
  readonly player: PlayerIdentity;
  readonly standing: Standing;
}

export interface Roster {
  readonly seats: ReadonlyMap<bigint, Seat>;
  /** What the host prints for the event just folded in. */
  readonly lines: readonly string[];
}

export const emptyRoster: Roster = { seats: new Map(), lines: [] };

export const label = (player: PlayerIdentity): string => `${player.name} (${player.steamId})`;

const admittedNames = (seats: ReadonlyMap<bigint, Seat>): string => {
  const names = [...seats.values()].filter((seat) => seat.standing === 'admitted').map((seat) => seat.player.name);
  return names.length === 0 ? 'Players in the game: none' : `Players in the game: ${names.join(', ')}`;
};

const withSeat = (seats: ReadonlyMap<bigint, Seat>, seat: Seat): ReadonlyMap<bigint, Seat> =>
  new Map(seats).set(seat.player.steamId, seat);

const withoutSeat = (seats: ReadonlyMap<bigint, Seat>, steamId: bigint): ReadonlyMap<bigint, Seat> => {
  const next = new Map(seats);
  next.delete(steamId);
  return next;
};

/** The begin line is printed with the first response: only an OK begin gets responses. */
const beginLinesFor = (seat: Seat | undefined): readonly string[] => (seat?.standing === 'validating' ? [beginOkLine] : []);

export const rosterAfter = (roster: Roster, event: HostEvent): Roster => {
  const { seats } = roster;
  switch (event.kind) {
    case 'listening':
      return { seats, lines: [`Listening for players on ${event.address}`] };
    case 'bad-message':
      return { seats, lines: [`Refusing the connection from ${event.remote}: ${event.message}`] };
    case 'offered':
      return {
        seats: withSeat(seats, { player: event.player, standing: 'validating' }),
        lines: [`${label(event.player)} sent an auth ticket of ${event.ticketSize} bytes: beginAuthSession`],
      };
    case 'begin-failed':
      return {
        seats: withoutSeat(seats, event.player.steamId),
        lines: [event.result === undefined ? `Could not begin an auth session: ${event.reason}` : beginResultLine(event.result), `Refusing ${event.player.name}`],
      };
    case 'validated': {
      const seat = seats.get(event.player.steamId);
      const next = withSeat(seats, { player: event.player, standing: 'admitted' });
      const welcome = seat?.standing === 'validating' ? [`Validation successful, adding ${event.player.name} to the game`, admittedNames(next)] : [];
      return { seats: next, lines: [...beginLinesFor(seat), ...validationLines(event.response), ...welcome] };
    }
    case 'rejected': {
      const seat = seats.get(event.player.steamId);
      const verdict = `${seat?.standing === 'admitted' ? 'Dropping' : 'Refusing'} ${event.player.name}: ${describeAuthSessionResponse(event.response.response)}`;
      return {
        seats: withSeat(seats, { player: event.player, standing: 'rejected' }),
        lines: [...beginLinesFor(seat), ...validationLines(event.response), verdict],
      };
    }
    case 'game-over': {
      const names = [...seats.values()].map((seat) => seat.player.name);
      return { seats, lines: [`${event.reason}: ending the auth session of every player (${names.length === 0 ? 'none left' : names.join(', ')})`] };
    }
    case 'session-ended': {
      const seat = seats.get(event.player.steamId);
      if (seat === undefined) return { seats, lines: [] };
      const next = withoutSeat(seats, event.player.steamId);
      return { seats: next, lines: [`endAuthSession(${label(event.player)}): session ended`, ...(seat.standing === 'validating' ? [] : [admittedNames(next)])] };
    }
  }
};
