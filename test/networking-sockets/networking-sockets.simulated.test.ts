/**
 * client.networkingSockets and server.networkingSockets on the simulated network, through the
 * public API on virtual time: connect$ → listen$ accept → exchange → close with marble timings,
 * a partition's ProblemDetectedLocally with Remote_Timeout, a peer process dying, a client
 * reaching a game server by address, poll groups, and what steam.network shows meanwhile.
 */
import { isRight } from 'fp-ts/Either';
import { filter, map, mergeMap, share, take, takeWhile, tap, type Observable } from 'rxjs';
import { ESteamNetConnectionEnd as End, ESteamNetworkingConnectionState as State } from '../../native/generated/networking-types';
import { serverInit } from '../../src/init/server-init';
import type { ConnectionEvent } from '../../src/networking-sockets/connection-flows';
import { NetworkingSendFlags } from '../../src/networking/networking-types';
import { simulatedNetwork } from '../simulated/network-kit';
import { newScheduler, rightOf } from '../user/simulated-kit';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (data: Uint8Array): string => new TextDecoder().decode(data);

/** A connection's events as letters: c Connecting, C Connected, m a message (its text), x closed (its end reason). */
const letters = (events$: Observable<ConnectionEvent>): Observable<string> =>
  events$.pipe(
    map((event) => {
      switch (event._tag) {
        case 'StateChanged':
          return event.state === State.Connected ? 'C' : event.state === State.Connecting ? 'c' : `s${event.state}`;
        case 'Message':
          return `m:${text(event.message.data)}`;
        case 'Closed':
          return `x:${event.state}:${event.endReason}`;
        case 'Failed':
          return `f:${event.error._tag}`;
      }
    }),
  );

describe('networkingSockets on the simulated network', () => {
  it('connect$ → accept → exchange → close: each step a latency (and a frame) after the last (marbles)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam, peer } = simulatedNetwork(scheduler);
      const alice = peer();
      const bob = peer();
      const sockets = (who: typeof alice) => who.client.networkingSockets;
      // Bob listens on virtual port 7 (for the whole test: closing a listen socket closes what it
      // accepted), accepts, answers the first message and hangs up (reason 1001).
      const bobSide$ = sockets(bob)
        .listen$(7)
        .pipe(
          mergeMap((incoming) =>
            incoming._tag !== 'Incoming'
              ? []
              : incoming.accept({ reason: End.App_Generic + 1, debug: 'game full' }).pipe(
                  tap((event) => {
                    if (event._tag === 'Message') rightOf(sockets(bob).sendMessageToConnection(event.connection, bytes('pong'), NetworkingSendFlags.Reliable));
                  }),
                  takeWhile((event) => event._tag !== 'Message', true),
                ),
          ),
          share(),
        );
      const aliceSide$ = sockets(alice)
        .connect$(bob.steamId, 7)
        .pipe(
          tap((event) => {
            if (event._tag === 'StateChanged' && event.state === State.Connected) rightOf(sockets(alice).sendMessageToConnection(event.connection, bytes('ping'), NetworkingSendFlags.Reliable));
          }),
          share(),
        );
      // Alice: Connecting seen on the first frame; Bob's accept (sent at 11 ms) lands at 21 ms, seen
      // at 22; her ping lands at 32, Bob reads it at 33, answers and closes; both land at 43, seen at 44.
      expectObservable(letters(aliceSide$)).toBe('1ms a 20ms b 21ms (cd|)', { a: 'c', b: 'C', c: 'm:pong', d: `x:${State.ClosedByPeer}:${End.App_Generic + 1}` });
      // Bob: the incoming connection lands at 10 ms, is seen and accepted at 11, Connected seen at 12; the ping at 33.
      expectObservable(letters(bobSide$), '^ 100ms !').toBe('12ms a 20ms b', { a: 'C', b: 'm:ping' });
      scheduler.schedule(() => {
        expect(steam.network.connections().map((connection) => [connection.processId, connection.state])).toEqual([]);
        expect(steam.network.counts()).toMatchObject({ lost: 0, retransmitted: 0 });
      }, 100);
    });
  });

  it('a partition: the connection fails with ProblemDetectedLocally / Remote_Timeout at TimeoutConnected on both sides (marbles)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam, peer } = simulatedNetwork(scheduler);
      const alice = peer();
      const bob = peer();
      const bobSide$ = bob.client.networkingSockets.listen$(0).pipe(mergeMap((incoming) => (incoming._tag === 'Incoming' ? incoming.accept() : [])));
      const aliceSide$ = alice.client.networkingSockets.connect$(bob.steamId, 0);
      scheduler.schedule(() => {
        steam.network.partition([alice.process], [bob.process]);
        expect(steam.network.connections().map((connection) => connection.state)).toEqual([State.Connected, State.Connected]);
      }, 100);
      const ended = `x:${State.ProblemDetectedLocally}:${End.Remote_Timeout}`;
      // Cut at 100 ms; nothing heard for TimeoutConnected: given up at 1100 ms, seen at 1101.
      expectObservable(letters(aliceSide$)).toBe(`1ms a 20ms b ${1101 - 23}ms (c|)`, { a: 'c', b: 'C', c: ended });
      expectObservable(letters(bobSide$), '^ 2000ms !').toBe(`12ms b ${1101 - 13}ms c`, { b: 'C', c: ended });
    });
  });

  it('listen$ closes incoming connections that end before anyone answers them: the peer gave up, or the accept timed out', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { steam, peer } = simulatedNetwork(scheduler);
      const bob = peer();
      const alice = peer();
      const carol = peer();
      const ignored: number[] = [];
      // Bob listens for the whole test and answers nobody.
      bob.client.networkingSockets.listen$(5).subscribe((incoming) => incoming._tag === 'Incoming' && ignored.push(incoming.connection));
      // Alice gives up at 15 ms (her request landed at 10); Carol waits until Bob's side times out.
      const alice$ = alice.client.networkingSockets.connect$(bob.steamId, 5).subscribe();
      scheduler.schedule(() => alice$.unsubscribe(), 15);
      carol.client.networkingSockets.connect$(bob.steamId, 5).subscribe();
      const bobsConnections = () => steam.network.connections().filter((connection) => connection.processId === bob.process.processId);
      scheduler.schedule(() => {
        expect(ignored).toHaveLength(2);
        expect(bobsConnections().map((connection) => connection.state)).toEqual([State.Connecting]);
      }, 100);
      scheduler.schedule(() => expect(steam.network.connections()).toEqual([]), 1500);
    });
  });

  it('a peer process that dies is noticed only at the timeout; one that closes is noticed at once', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { peer } = simulatedNetwork(scheduler);
      const alice = peer();
      const bob = peer();
      const carol = peer();
      bob.client.networkingSockets.listen$(0).pipe(mergeMap((incoming) => (incoming._tag === 'Incoming' ? incoming.accept() : []))).subscribe();
      carol.client.networkingSockets
        .listen$(0)
        .pipe(
          // Carol hangs up as soon as she is connected.
          mergeMap((incoming) => (incoming._tag === 'Incoming' ? incoming.accept({ reason: End.App_Generic + 2 }).pipe(take(1)) : [])),
        )
        .subscribe();
      const toBob$ = alice.client.networkingSockets.connect$(bob.steamId, 0).pipe(filter((event) => event._tag === 'Closed'));
      const toCarol$ = alice.client.networkingSockets.connect$(carol.steamId, 0).pipe(filter((event) => event._tag === 'Closed'));
      scheduler.schedule(() => bob.process.dispose(), 200);
      expectObservable(letters(toBob$)).toBe(`${1201}ms (a|)`, { a: `x:${State.ProblemDetectedLocally}:${End.Remote_Timeout}` });
      // Carol's close (when her accept stream ends, on seeing Connected at 12 ms) lands at 22 ms, seen at 23.
      expectObservable(letters(toCarol$)).toBe('23ms (a|)', { a: `x:${State.ClosedByPeer}:${End.App_Generic + 2}` });
    });
  });

  it('a client reaches a game server by its address and port; the server sees the client\'s address', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { steam, peer, pumpAlso } = simulatedNetwork(scheduler);
      const alice = peer();
      const host = steam.createProcess();
      const server = rightOf(serverInit('0.0.0.0', 27015, 27016, 3, '1.0.0.0', { backend: 'core', core: host, pump: 'manual' }));
      pumpAlso(() => server.live && server.runCallbacks());
      const publicIp = { ipv4: 0xcb007107, port: 27015 };
      const seen: string[] = [];
      server.networkingSockets
        .listen$({ ipv4: 0, port: 27015 })
        .pipe(
          tap((incoming) => {
            if (incoming._tag === 'Incoming') seen.push(`from ${'ipv4' in incoming.info.addressRemote ? incoming.info.addressRemote.ipv4.toString(16) : '?'}`);
          }),
          mergeMap((incoming) => (incoming._tag === 'Incoming' ? incoming.accept() : [])),
          filter((event) => event._tag === 'Message'),
          map((event) => (event._tag === 'Message' ? text(event.message.data) : '')),
        )
        .subscribe((message) => seen.push(message));
      alice.client.networkingSockets
        .connect$(publicIp)
        .pipe(filter((event) => event._tag === 'StateChanged' && event.state === State.Connected))
        .subscribe((event) => {
          if (event._tag === 'StateChanged') rightOf(alice.client.networkingSockets.sendMessageToConnection(event.connection, bytes('hello server'), NetworkingSendFlags.Reliable));
        });
      scheduler.schedule(() => {
        expect(seen).toEqual([`from ${(0x0a000000 + alice.process.processId).toString(16)}`, 'hello server']);
        const [serverConnection] = steam.network.connections().filter((connection) => connection.pipe === 'server');
        expect(serverConnection?.remote).toMatch(/^ip:10\.0\.0\.\d+:\d+$/);
      }, 100);
    });
  });

  it('a poll group merges the messages of every connection in it, in arrival order', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { peer } = simulatedNetwork(scheduler);
      const host = peer();
      const players = [peer(), peer()];
      const heard: string[] = [];
      host.client.networkingSockets
        .pollGroup$()
        .pipe(
          mergeMap((group) => {
            if (group._tag !== 'PollGroup') return [];
            group.messages$.subscribe((message) => heard.push(text(message.data)));
            return host.client.networkingSockets.listen$(3).pipe(mergeMap((incoming) => (incoming._tag === 'Incoming' ? incoming.accept({ pollGroup: group.pollGroup }) : [])));
          }),
        )
        .subscribe();
      players.forEach((player, index) => {
        scheduler.schedule(() => {
          player.client.networkingSockets
            .connect$(host.steamId, 3)
            .pipe(filter((event) => event._tag === 'StateChanged' && event.state === State.Connected))
            .subscribe((event) => {
              if (event._tag === 'StateChanged') rightOf(player.client.networkingSockets.sendMessageToConnection(event.connection, bytes(`player ${index}`), NetworkingSendFlags.Reliable));
            });
        }, index * 5);
      });
      scheduler.schedule(() => expect(heard).toEqual(['player 0', 'player 1']), 200);
    });
  });

  it('connect$ into a poll group whose pollGroup$ ended is refused and leaves no connection behind', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { steam, peer } = simulatedNetwork(scheduler);
      const host = peer();
      const guest = peer();
      let group = 0;
      host.client.networkingSockets.pollGroup$().pipe(take(1)).subscribe((value) => (group = value._tag === 'PollGroup' ? value.pollGroup : -1));
      expect(group).toBeGreaterThan(0);
      const events: string[] = [];
      letters(host.client.networkingSockets.connect$(guest.steamId, 0, { pollGroup: group })).subscribe((letter) => events.push(letter));
      expect(events).toEqual(['f:CallFailed']);
      scheduler.schedule(() => expect(steam.network.connections()).toEqual([]), 50);
    });
  });

  it('InitAuthentication and GetIdentity: the certificate becomes Current a latency later', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { peer } = simulatedNetwork(scheduler, { latencyMs: 20 });
      const alice = peer();
      const sockets = alice.client.networkingSockets;
      const statuses$ = sockets.netAuthenticationStatus$.pipe(map((status) => status.availability));
      scheduler.schedule(() => sockets.initAuthentication(), 5);
      expectObservable(statuses$, '^ 100ms !').toBe('6ms a 19ms b', { a: 3, b: 100 });
      const identity = sockets.getIdentity();
      expect(isRight(identity) ? identity.right : null).toEqual({ steamId: alice.steamId });
    });
  });
});
