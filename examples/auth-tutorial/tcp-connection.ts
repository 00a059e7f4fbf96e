/**
 * A TCP connection as streams: the lines it receives, the moment it closes, and a send. The
 * socket's life follows the subscription that opened it (withConnection) or the host's stream
 * that accepted it: finishing either closes the socket.
 */
import { isLeft, left, type Either } from 'fp-ts/Either';
import net from 'node:net';
import { AsyncSubject, defer, finalize, fromEvent, map, share, takeUntil, type Observable } from 'rxjs';
import { splitLines } from './line-framing';
import { decodeMessage, encodeMessage, type ProtocolError } from './protocol';
import type * as t from 'io-ts';

/** The only address this example ever binds or dials. */
export const LOOPBACK = '127.0.0.1';

export interface Closed {
  /** Why the socket closed, when it was an error (refused, reset); absent for an orderly close. */
  readonly error?: string;
}

export interface Connection<Incoming, Outgoing> {
  /** "127.0.0.1:port" of the other end. */
  readonly remote: string;
  /** Each received line, decoded; completes when the socket closes. */
  readonly messages$: Observable<Either<ProtocolError, Incoming>>;
  /** Emits once when the socket has closed (also to late subscribers), then completes. */
  readonly closed$: Observable<Closed>;
  send(message: Outgoing): void;
  /** Ends our side after pending writes; idempotent. */
  close(): void;
}

export const wrapSocket = <Incoming, Outgoing>(
  socket: net.Socket,
  incoming: t.Type<Incoming, unknown, unknown>,
  outgoing: t.Type<Outgoing, unknown, unknown>,
): Connection<Incoming, Outgoing> => {
  socket.setEncoding('utf8');
  socket.setNoDelay(true);
  // An AsyncSubject remembers the close, so a subscriber that comes late still hears it.
  const closed = new AsyncSubject<Closed>();
  let error: string | undefined;
  socket.on('error', (failure: NodeJS.ErrnoException) => {
    error = failure.code ?? failure.message;
  });
  socket.once('close', () => {
    closed.next(error === undefined ? {} : { error });
    closed.complete();
  });
  const closed$ = closed.asObservable();
  const messages$ = fromEvent(socket, 'data', (chunk: string) => chunk).pipe(
    takeUntil(closed$),
    splitLines(),
    map((line) => (isLeft(line) ? left(line.left) : decodeMessage(incoming)(line.right))),
    share(),
  );
  return {
    remote: `${socket.remoteAddress ?? LOOPBACK}:${socket.remotePort ?? 0}`,
    messages$,
    closed$,
    send: (message) => {
      if (socket.writable) socket.write(encodeMessage(outgoing, message));
    },
    close: () => {
      if (!socket.destroyed) socket.end(() => socket.destroy());
    },
  };
};

/** Dials 127.0.0.1:port for as long as `use`'s stream runs; the socket closes when it ends. */
export const withConnection = <Incoming, Outgoing, A>(
  port: number,
  incoming: t.Type<Incoming, unknown, unknown>,
  outgoing: t.Type<Outgoing, unknown, unknown>,
  use: (connection: Connection<Incoming, Outgoing>) => Observable<A>,
): Observable<A> =>
  defer(() => {
    const connection = wrapSocket(net.connect({ host: LOOPBACK, port }), incoming, outgoing);
    return use(connection).pipe(finalize(() => connection.close()));
  });
