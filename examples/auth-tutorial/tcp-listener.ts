/**
 * A TCP listener on 127.0.0.1 with an ephemeral port, scoped to a stream: it listens while
 * `use`'s stream runs and closes when that stream ends or is unsubscribed.
 */
import net from 'node:net';
import { Observable, fromEvent, map, takeUntil } from 'rxjs';
import { LOOPBACK, wrapSocket, type Connection } from './tcp-connection';
import type * as t from 'io-ts';

export interface Listener<Incoming, Outgoing> {
  readonly port: number;
  /** Where players reach it, as the host prints it; default "127.0.0.1:port" (a NetworkingMessages host names its channel). */
  readonly address?: string;
  /** Every accepted connection; its socket is closed by whoever consumes it. */
  readonly connections$: Observable<Connection<Incoming, Outgoing>>;
}

export const withListener = <Incoming, Outgoing, A>(
  incoming: t.Type<Incoming, unknown, unknown>,
  outgoing: t.Type<Outgoing, unknown, unknown>,
  use: (listener: Listener<Incoming, Outgoing>) => Observable<A>,
): Observable<A> =>
  new Observable<A>((subscriber) => {
    const server = net.createServer();
    const closed$ = fromEvent(server, 'close');
    let work: { unsubscribe(): void } | undefined;
    server.once('error', (error) => subscriber.error(error));
    // Port 0: the system picks a free port; nothing but the loopback address is ever bound.
    server.listen({ host: LOOPBACK, port: 0 }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      const connections$ = fromEvent(server, 'connection', (socket: net.Socket) => socket).pipe(
        takeUntil(closed$),
        map((socket) => wrapSocket(socket, incoming, outgoing)),
      );
      work = use({ port, connections$ }).subscribe(subscriber);
    });
    return () => {
      work?.unsubscribe();
      if (server.listening) server.close();
    };
  });
