/**
 * The tutorial's connections over Steam's NetworkingMessages instead of TCP (the peer-to-peer
 * variant): a peer is reached by its Steam ID, not an address. A "connection" between a player
 * and a host is the pair of them on two channels: the player writes to the host's HOST_CHANNEL,
 * the host answers on the player's PLAYER_CHANNEL. Each message is one frame: `open` (the player
 * arrives), a protocol `line`, or `close` (either side hangs up). Frames are reliable, so they
 * arrive once and in order, as TCP's bytes would. A session that fails (the peer is gone) closes
 * every connection with that peer.
 *
 * Everything is scoped to subscriptions: the listener accepts session requests and reads its
 * channel only while its stream runs; a connection says goodbye when its stream ends.
 */
import { left, type Either } from 'fp-ts/Either';
import { AsyncSubject, defer, filter, finalize, map, merge, share, take, takeUntil, type Observable } from 'rxjs';
import type { NetworkingIdentity, NetworkMessage, SteamClient } from '../../src';
import { decodeMessage, encodeMessage, protocolError, type ProtocolError } from './protocol';
import type { Closed, Connection } from './tcp-connection';
import type { Listener } from './tcp-listener';
import type * as t from 'io-ts';

/** Where hosts read what players send. */
export const HOST_CHANNEL = 1;
/** Where players read what hosts answer. */
export const PLAYER_CHANNEL = 2;

/** What a peer needs of its Steam client here. */
export type MessagesClient = Pick<SteamClient, 'networkingMessages'>;

const OPEN = 1;
const LINE = 2;
const CLOSE = 3;

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

const frame = (kind: number, text = ''): Uint8Array => {
  const body = utf8.encode(text);
  const bytes = new Uint8Array(1 + body.byteLength);
  bytes[0] = kind;
  bytes.set(body, 1);
  return bytes;
};

const kindOf = (message: NetworkMessage): number => message.data[0] ?? 0;

const steamIdOf = (identity: NetworkingIdentity): bigint | null => ('steamId' in identity ? identity.steamId : null);

const describe = (steamId: bigint): string => `steamid:${steamId}`;

/** A line frame's protocol message, or why it is not one. */
const lineOf = <A>(codec: t.Type<A, unknown, unknown>, message: NetworkMessage): Either<ProtocolError, A> => {
  try {
    return decodeMessage(codec)(utf8Decoder.decode(message.data.subarray(1)).trimEnd());
  } catch {
    return left(protocolError(`not UTF-8 (a frame of ${message.data.byteLength} bytes)`));
  }
};

/**
 * One side of a connection with `peer`: `inbound$` is the channel where the peer's frames arrive,
 * `outboundChannel` the peer's channel this side writes to.
 */
const connectionWith = <Incoming, Outgoing>(
  client: MessagesClient,
  peer: bigint,
  inbound$: Observable<NetworkMessage>,
  outboundChannel: number,
  incoming: t.Type<Incoming, unknown, unknown>,
  outgoing: t.Type<Outgoing, unknown, unknown>,
): Connection<Incoming, Outgoing> => {
  const messages = client.networkingMessages;
  const identity = { steamId: peer };
  // An AsyncSubject remembers the close, so a late subscriber still hears it.
  const closed = new AsyncSubject<Closed>();
  let open = true;
  const end = (how: Closed): void => {
    if (!open) return;
    open = false;
    closed.next(how);
    closed.complete();
  };
  const fromPeer$ = inbound$.pipe(filter((message) => steamIdOf(message.identityPeer) === peer));
  // The peer hanging up, or Steam giving up on the session (the peer's process is gone).
  const hangUps = merge(
    fromPeer$.pipe(
      filter((message) => kindOf(message) === CLOSE),
      map((): Closed => ({})),
    ),
    messages.networkingMessagesSessionFailed$.pipe(
      filter((failure) => steamIdOf(failure.info.identityRemote) === peer),
      map((failure): Closed => ({ error: `session failed (${failure.info.endReason}: ${failure.info.endDebug})` })),
    ),
  ).pipe(take(1));
  const watch = hangUps.subscribe(end);
  closed.subscribe({ complete: () => watch.unsubscribe() });
  const closed$ = closed.asObservable();
  return {
    remote: describe(peer),
    messages$: fromPeer$.pipe(
      takeUntil(closed$),
      filter((message) => kindOf(message) === LINE),
      map((message) => lineOf(incoming, message)),
      share(),
    ),
    closed$,
    send: (message) => {
      if (open) messages.send(identity, frame(LINE, encodeMessage(outgoing, message)), { channel: outboundChannel, reliable: true });
    },
    close: () => {
      if (!open) return;
      messages.send(identity, frame(CLOSE), { channel: outboundChannel, reliable: true });
      end({});
    },
  };
};

/**
 * A host on NetworkingMessages while `use`'s stream runs: it accepts every session request, and
 * each player who opens (an `open` frame on HOST_CHANNEL) becomes a connection. `port` is the
 * channel, `address` says where players reach it.
 */
export const withMessagesListener = <Incoming, Outgoing, A>(
  client: MessagesClient & Pick<SteamClient, 'getSteamID'>,
  incoming: t.Type<Incoming, unknown, unknown>,
  outgoing: t.Type<Outgoing, unknown, unknown>,
  use: (listener: Listener<Incoming, Outgoing>) => Observable<A>,
): Observable<A> =>
  defer(() => {
    const messages = client.networkingMessages;
    const inbound$ = messages.channel$(HOST_CHANNEL);
    const accepting = messages.sessionRequest$.subscribe((request) => request.accept());
    const connections$ = inbound$.pipe(
      filter((message) => kindOf(message) === OPEN),
      mergeOpen(),
      map((peer) => connectionWith(client, peer, inbound$, PLAYER_CHANNEL, incoming, outgoing)),
    );
    return use({ port: HOST_CHANNEL, address: `NetworkingMessages channel ${HOST_CHANNEL} of ${describe(client.getSteamID())}`, connections$ }).pipe(
      finalize(() => accepting.unsubscribe()),
    );
  });

/** The Steam ID of each `open` frame's sender. */
const mergeOpen =
  () =>
  (opens$: Observable<NetworkMessage>): Observable<bigint> =>
    opens$.pipe(
      map((message) => steamIdOf(message.identityPeer)),
      filter((peer): peer is bigint => peer !== null),
    );

/** Opens a connection to the host with Steam ID `host` for as long as `use`'s stream runs; it says goodbye when it ends. */
export const withMessagesConnection = <Incoming, Outgoing, A>(
  client: MessagesClient,
  host: bigint,
  incoming: t.Type<Incoming, unknown, unknown>,
  outgoing: t.Type<Outgoing, unknown, unknown>,
  use: (connection: Connection<Incoming, Outgoing>) => Observable<A>,
): Observable<A> =>
  defer(() => {
    const connection = connectionWith(client, host, client.networkingMessages.channel$(PLAYER_CHANNEL), HOST_CHANNEL, incoming, outgoing);
    // The first message opens the session; the host's listener accepts it and greets us.
    client.networkingMessages.send({ steamId: host }, frame(OPEN), { channel: HOST_CHANNEL, reliable: true });
    return use(connection).pipe(finalize(() => connection.close()));
  });
