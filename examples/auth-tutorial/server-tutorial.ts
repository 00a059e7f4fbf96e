/**
 * The tutorial with a game server: the players join one after another; once everyone is in,
 * the first player leaves by cancelling its ticket; the server hears AuthTicketCanceled from
 * Steam and drops it; once it is gone the game is over: the server ends every remaining session,
 * closes, and the other players, seeing their connection close, release their tickets.
 */
import { NEVER, defer, ignoreElements, map, merge, mergeMap, share, type Observable } from 'rxjs';
import type { SteamServer } from '../../src';
import { joinGame$ } from './client';
import type { Seat } from './endpoints';
import type { TutorialEvent } from './events';
import { hasShutDown, hostNamed, progressOf, when } from './progress';
import { asEndpoint, logFor, type ScenarioSettings } from './scenario';
import { gameServer$ } from './server';

export const serverTutorial$ = (server: SteamServer, seats: readonly Seat[], settings: ScenarioSettings): Observable<TutorialEvent> => {
  // The script's cues come from the events it produces, so the events are shared and the
  // progress (their fold) is subscribed first of all.
  const events$: Observable<TutorialEvent> = defer(() => merge(server$, ...players$)).pipe(share());
  const progress$ = progressOf(events$);
  const leaver = seats[0]?.name ?? '';
  const everyoneIn$ = when(progress$, (progress) => progress.accepted >= seats.length);
  const leaverGone$ = when(progress$, (progress) => hasShutDown(progress, leaver));
  const serverAddress$ = hostNamed(progress$, 'server');

  const server$ = gameServer$({ server, stop$: leaverGone$, log: logFor(settings, 'server'), scheduler: settings.scheduler, logOnTimeoutMs: settings.logOnTimeoutMs }).pipe(
    asEndpoint(settings, 'server', () => server.serverShutdown()),
  );

  const players$ = seats.map((seat, index) =>
    serverAddress$.pipe(
      // One after another: player i joins once i players are in.
      mergeMap((address) => when(progress$, (progress) => progress.accepted >= index).pipe(map(() => address))),
      mergeMap((address) =>
        joinGame$({ name: seat.name, steamId: seat.steamId, client: seat.client, leave$: index === 0 ? everyoneIn$ : NEVER, log: logFor(settings, seat.name) }, address),
      ),
      asEndpoint(settings, seat.name, () => seat.client.shutdown()),
    ),
  );

  return merge(progress$.pipe(ignoreElements()), events$);
};
