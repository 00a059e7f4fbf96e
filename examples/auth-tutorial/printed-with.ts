/**
 * Folds events into a state that says what to print for each one (a host's roster, a player's
 * log), prints those lines as the event passes, and lets the event through unchanged.
 */
import { map, scan, tap, type OperatorFunction } from 'rxjs';

export interface Printable {
  readonly lines: readonly string[];
}

export const printedWith =
  <Event, State extends Printable>(fold: (state: State, event: Event) => State, initial: State, print: (line: string) => void): OperatorFunction<Event, Event> =>
  (events$) =>
    events$.pipe(
      scan((step: { readonly state: State; readonly event: Event | undefined }, event: Event) => ({ state: fold(step.state, event), event }), {
        state: initial,
        event: undefined,
      }),
      tap(({ state }) => state.lines.forEach(print)),
      // scan emits only after folding an event, so the seed's empty event never gets here.
      map(({ event }) => event as Event),
    );
