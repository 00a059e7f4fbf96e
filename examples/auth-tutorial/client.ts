/**
 * The ticket-holding side of the tutorial: connect to a host, get an auth ticket made for the
 * host's Steam ID (authTicket$: issued on subscribe, cancelled on unsubscribe), send it with our
 * Steam ID, hear the verdict, and hold the ticket until we leave or the host closes the game.
 */
import { isLeft } from 'fp-ts/Either';
import { concat, filter, map, merge, mergeMap, of, take, takeWhile, tap, type Observable } from 'rxjs';
import type { SteamClient } from '../../src';
import type { PlayerEvent } from './events';
import { emptyPlayerLog, playerLogAfter } from './player-lines';
import { printedWith } from './printed-with';
import { HostMessage, PlayerMessage, type Welcome } from './protocol';
import { withConnection, type Connection } from './tcp-connection';

export type PlayerConnection = Connection<HostMessage, PlayerMessage>;

export interface PlayerContext {
  readonly name: string;
  readonly steamId: bigint;
  readonly client: Pick<SteamClient, 'authTicket$'>;
  /** When to leave: the ticket is cancelled then, and the host hears it from Steam. */
  readonly leave$: Observable<unknown>;
  readonly log: (line: string) => void;
}

export interface HostAddress {
  readonly name: string;
  readonly port: number;
}

/** How a player reaches a host: loopback TCP by default, NetworkingMessages by Steam ID in the peer-to-peer variant. */
export type Dial = <A>(host: HostAddress, use: (connection: PlayerConnection) => Observable<A>) => Observable<A>;

/** Loopback TCP to the host's port. */
export const dialTcp: Dial = (host, use) => withConnection(host.port, HostMessage, PlayerMessage, use);

/** Holds a ticket for the host while the player is in: cancelled on leave$ or when the connection goes. */
const holdTicket$ = (context: PlayerContext, host: HostAddress, connection: PlayerConnection, welcome: Welcome): Observable<PlayerEvent> =>
  context.client.authTicket$(welcome.steamId).pipe(
    mergeMap((ticket): Observable<PlayerEvent> => {
      if (isLeft(ticket)) {
        connection.close();
        return of({ kind: 'ticket-failed', host: host.name, reason: ticket.left.message });
      }
      connection.send({ type: 'ticket', name: context.name, steamId: context.steamId, ticket: ticket.right.buffer });
      return concat(
        of<PlayerEvent>({ kind: 'ticket-sent', host: host.name, handle: ticket.right.id, size: ticket.right.size }),
        context.leave$.pipe(take(1), map((): PlayerEvent => ({ kind: 'leaving', host: host.name }))),
      );
    }),
    // Leaving ends the subscription, and authTicket$ cancels the ticket (cancelAuthTicket).
    takeWhile((event) => event.kind !== 'leaving', true),
  );

const verdict = (host: HostAddress, message: HostMessage): readonly PlayerEvent[] => {
  if (message.type === 'admitted') return [{ kind: 'accepted', host: host.name }];
  if (message.type === 'refused') return [{ kind: 'refused', host: host.name, reason: message.reason }];
  return [];
};

/** Plays on one host until it closes the connection; a departure (leave$) is seen by the host through Steam. */
export const joinGame$ = (context: PlayerContext, host: HostAddress, dial: Dial = dialTcp): Observable<PlayerEvent> =>
  dial(host, (connection) => {
    const valid$ = connection.messages$.pipe(
      tap((message) => {
        if (isLeft(message)) context.log(`Ignoring a message from ${host.name}: ${message.left.message}`);
      }),
      mergeMap((message) => (isLeft(message) ? [] : [message.right])),
    );
    const playing$ = valid$.pipe(
      filter((message): message is Welcome => message.type === 'welcome'),
      take(1),
      mergeMap((welcome) =>
        merge(
          concat(of<PlayerEvent>({ kind: 'welcomed', host: host.name, hostSteamId: welcome.steamId }), holdTicket$(context, host, connection, welcome)),
          valid$.pipe(mergeMap((message) => verdict(host, message))),
        ),
      ),
    );
    return merge(
      playing$,
      connection.closed$.pipe(map((closed): PlayerEvent => ({ kind: 'disconnected', host: host.name, ...closed }))),
    ).pipe(
      // The host closing the connection ends the game for us: the ticket is released with it.
      takeWhile((event) => event.kind !== 'disconnected', true),
      printedWith(playerLogAfter, emptyPlayerLog, context.log),
    );
  });
