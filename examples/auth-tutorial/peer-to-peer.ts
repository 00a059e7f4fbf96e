/**
 * The tutorial's peer-to-peer variant: "every client will want to validate the ticket of every
 * other player". Peers reach each other by Steam ID over Steam's NetworkingMessages (no sockets,
 * no addresses: messages-transport.ts). Each peer hosts on its channel and validates the tickets
 * of the peers that join it (client.authSession$), and joins every other peer with a ticket made
 * for that peer's Steam ID (client.authTicket$). Once every peer has let every other in, the first
 * peer leaves: it stops hosting (ending the sessions it holds) and cancels its tickets; every
 * other peer hears AuthTicketCanceled from Steam and drops it. Then the game is over for all.
 */
import { NEVER, defer, filter, ignoreElements, merge, mergeMap, share, take, type Observable } from 'rxjs';
import { joinGame$, type Dial } from './client';
import type { Seat } from './endpoints';
import type { TutorialEvent } from './events';
import { host$ } from './host';
import { withMessagesConnection, withMessagesListener } from './messages-transport';
import { hasShutDown, hosts, progressOf, when } from './progress';
import { HostMessage, PlayerMessage } from './protocol';
import { asEndpoint, logFor, type ScenarioSettings } from './scenario';

export const peerToPeerTutorial$ = (seats: readonly Seat[], settings: ScenarioSettings): Observable<TutorialEvent> => {
  const events$: Observable<TutorialEvent> = defer(() => merge(...peers$)).pipe(share());
  const progress$ = progressOf(events$);
  const others = seats.length - 1;
  const leaver = seats[0]?.name ?? '';
  const everyoneIn$ = when(progress$, (progress) => progress.accepted >= seats.length * others);
  // The leaver is gone once every other peer has dropped it and it has shut down.
  const leaverGone$ = when(progress$, (progress) => hasShutDown(progress, leaver));
  const steamIdOf = new Map(seats.map((seat) => [seat.name, seat.steamId]));

  const peers$ = seats.map((seat) => {
    const leaving = seat.name === leaver;
    const log = logFor(settings, seat.name);
    // A host is reached by its Steam ID: the name it announced itself under says which.
    const dial: Dial = (host, use) => withMessagesConnection(seat.client, steamIdOf.get(host.name) ?? 0n, HostMessage, PlayerMessage, use);
    const hosting$ = withMessagesListener(seat.client, PlayerMessage, HostMessage, (listener) =>
      host$({ name: seat.name, steamId: seat.steamId, validator: seat.client, stop$: leaving ? everyoneIn$ : leaverGone$, ...(leaving ? { stopReason: 'Leaving the game' } : {}), log }, listener),
    );
    const joining$ = hosts(progress$).pipe(
      // Every other peer, as it starts listening.
      filter((address) => address.name !== seat.name),
      take(others),
      mergeMap((address) =>
        joinGame$({ name: seat.name, steamId: seat.steamId, client: seat.client, leave$: leaving ? everyoneIn$ : NEVER, log }, address, dial),
      ),
    );
    return merge(hosting$, joining$).pipe(asEndpoint(settings, seat.name, () => seat.client.shutdown()));
  });

  return merge(progress$.pipe(ignoreElements()), events$);
};
