/**
 * The validating side of the tutorial, shared by the game server and by each peer: greet every
 * connection with our Steam ID, take the player's ticket, hold an auth session for it
 * (authSession$: begun on subscribe, ended on unsubscribe), tell the player the verdict, and end
 * the session when Steam rejects the ticket (e.g. the player cancelled it), when the player's
 * connection closes, or when the game is over.
 */
import { isLeft, isRight, type Either } from 'fp-ts/Either';
import { concat, defer, map, merge, mergeMap, of, take, takeUntil, takeWhile, tap, type Observable } from 'rxjs';
import { describeAuthSessionResponse, type AuthSessionError, type SteamServer, type ValidateAuthTicketResponse } from '../../src';
import type { HostEvent, PlayerIdentity } from './events';
import { emptyRoster, rosterAfter } from './host-roster';
import { printedWith } from './printed-with';
import { HostMessage, PlayerMessage, type TicketOffer } from './protocol';
import { LOOPBACK, type Connection } from './tcp-connection';
import type { Listener } from './tcp-listener';

/** What a host needs of Steam: a game server and a client have the same authSession$. */
export type Validator = Pick<SteamServer, 'authSession$'>;

export type HostConnection = Connection<PlayerMessage, HostMessage>;

export interface HostContext {
  /** Shown to players in the greeting ("server", or a peer's name). */
  readonly name: string;
  /** The Steam ID players make their tickets for. */
  readonly steamId: bigint;
  readonly validator: Validator;
  /** The game is over (or this peer leaves): stop accepting players and end every session. */
  readonly stop$: Observable<unknown>;
  /** Printed when stop$ fires; default "Game over". */
  readonly stopReason?: string;
  readonly log: (line: string) => void;
}

const outcomeEvent = (player: PlayerIdentity, outcome: Either<AuthSessionError, ValidateAuthTicketResponse>): HostEvent => {
  if (isRight(outcome)) return { kind: 'validated', player, response: outcome.right };
  const error = outcome.left;
  switch (error._tag) {
    case 'AuthSessionRejected':
      return { kind: 'rejected', player, response: { steamId: error.steamId, response: error.response, ownerSteamId: error.ownerSteamId } };
    case 'BeginAuthSessionFailed':
      return { kind: 'begin-failed', player, result: error.result, reason: error.description };
    default:
      return { kind: 'begin-failed', player, result: undefined, reason: error.message };
  }
};

/** The verdict the player hears over the socket. */
const tellPlayer = (connection: HostConnection, event: HostEvent): void => {
  if (event.kind === 'validated') connection.send({ type: 'admitted' });
  if (event.kind === 'rejected') connection.send({ type: 'refused', reason: describeAuthSessionResponse(event.response.response) });
  if (event.kind === 'begin-failed') connection.send({ type: 'refused', reason: event.reason });
};

/**
 * One player's session: 'offered', then Steam's verdicts while admitted, then 'session-ended'
 * once the session's subscription is gone (concat subscribes the last part only after the
 * session's teardown has run endAuthSession).
 */
const session$ = (context: HostContext, connection: HostConnection, offer: TicketOffer): Observable<HostEvent> => {
  const player: PlayerIdentity = { name: offer.name, steamId: offer.steamId };
  return concat(
    of<HostEvent>({ kind: 'offered', player, ticketSize: offer.ticket.byteLength }),
    context.validator.authSession$(offer.ticket, offer.steamId).pipe(
      map((outcome) => outcomeEvent(player, outcome)),
      tap((event) => tellPlayer(connection, event)),
      // The first verdict other than OK ends the session (the tutorial's "player has left").
      takeWhile((event) => event.kind === 'validated', true),
      takeUntil(merge(connection.closed$, context.stop$)),
    ),
    of<HostEvent>({ kind: 'session-ended', player }),
  );
};

/** Greets the connection, reads its ticket, validates it; closes the socket when done. */
const hostConnection$ = (context: HostContext, connection: HostConnection): Observable<HostEvent> =>
  defer(() => {
    connection.send({ type: 'welcome', host: context.name, steamId: context.steamId });
    return connection.messages$.pipe(take(1), takeUntil(context.stop$));
  }).pipe(
    mergeMap((message) =>
      isLeft(message)
        ? of<HostEvent>({ kind: 'bad-message', remote: connection.remote, message: message.left.message })
        : session$(context, connection, message.right),
    ),
    tap({ finalize: () => connection.close() }),
  );

/**
 * Hosts players on `listener` until stop$: every connection is validated on its own stream
 * (mergeMap), the roster is a scan over the events, and each event's lines are printed.
 */
export const host$ = (context: HostContext, listener: Listener<PlayerMessage, HostMessage>): Observable<HostEvent> =>
  merge(
    of<HostEvent>({ kind: 'listening', port: listener.port, address: listener.address ?? `${LOOPBACK}:${listener.port}` }),
    // Subscribed before any connection's own stop$, so "game over" is printed before the sessions end.
    context.stop$.pipe(take(1), map((): HostEvent => ({ kind: 'game-over', reason: context.stopReason ?? 'Game over' }))),
    listener.connections$.pipe(
      takeUntil(context.stop$),
      mergeMap((connection) => hostConnection$(context, connection)),
    ),
  ).pipe(
    printedWith(rosterAfter, emptyRoster, context.log),
  );
