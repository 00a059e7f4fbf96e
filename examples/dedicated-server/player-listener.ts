/**
 * The TCP listener players connect to, on the configured address and port (the tutorial's own
 * listener is loopback-only, for a demo on one machine). It listens while `use`'s stream runs and
 * closes when that stream ends or is unsubscribed; each connection speaks the tutorial's protocol.
 */
import net from 'node:net';
import { Observable, fromEvent, map, takeUntil } from 'rxjs';
import { HostMessage, PlayerMessage } from '../auth-tutorial/protocol';
import { wrapSocket } from '../auth-tutorial/tcp-connection';
import type { Listener } from '../auth-tutorial/tcp-listener';

/** A listener whose connections speak the tutorial's protocol from the host's side. */
export type PlayerListener = Listener<PlayerMessage, HostMessage>;

/** Listens on `host`:`port` (0: a free port) while `use`'s stream runs. */
export const withPlayerListener = <A>(host: string, port: number, use: (listener: PlayerListener) => Observable<A>): Observable<A> =>
  new Observable<A>((subscriber) => {
    const server = net.createServer();
    const closed$ = fromEvent(server, 'close');
    let work: { unsubscribe(): void } | undefined;
    // EADDRINUSE, EACCES: the stream fails with the socket's error.
    server.once('error', (error) => subscriber.error(error));
    server.listen({ host, port }, () => {
      const address = server.address();
      const listening = typeof address === 'object' && address !== null ? address.port : port;
      const connections$ = fromEvent(server, 'connection', (socket: net.Socket) => socket).pipe(
        takeUntil(closed$),
        map((socket) => wrapSocket(socket, PlayerMessage, HostMessage)),
      );
      work = use({ port: listening, connections$ }).subscribe(subscriber);
    });
    return () => {
      work?.unsubscribe();
      if (server.listening) server.close();
    };
  });
