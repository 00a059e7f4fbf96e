/**
 * client.networkingMessages on the simulated network, through the public API on virtual time:
 * a session request accepted before messages flow, reliable messages once and in order, unreliable
 * ones lost, duplicated and reordered by the link (the same way on every run), a session closed by
 * the peer, and a partition's SessionFailed with Remote_Timeout. Marble tests show when.
 */
import { isLeft } from 'fp-ts/Either';
import { filter, map, mergeMap, take, tap } from 'rxjs';
import type { TestScheduler } from 'rxjs/testing';
import { EResult } from '../../native/enums';
import { ESteamNetConnectionEnd as End, ESteamNetworkingConnectionState as State } from '../../native/generated/networking-types';
import type { SteamClient } from '../../src/client/steam-client';
import { simulatedNetwork as network } from '../simulated/network-kit';
import { newScheduler, rightOf } from '../user/simulated-kit';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (data: Uint8Array): string => new TextDecoder().decode(data);

describe('client.networkingMessages on the simulated network', () => {
  it('connect → accept → exchange → close: the request at one latency, replies a round trip later (marbles)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam, peer } = network(scheduler, {}, 400);
      const alice = peer();
      const bob = peer();
      // Bob accepts whoever asks, and answers each message on channel 0 with its upper case.
      bob.client.networkingMessages.sessionRequest$.subscribe((request) => request.accept());
      const bobHeard$ = bob.client.networkingMessages.channel$(0).pipe(
        tap((message) => rightOf(bob.client.networkingMessages.send(message.identityPeer, bytes(text(message.data).toUpperCase()), { reliable: true }))),
        map((message) => text(message.data)),
      );
      const aliceHeard$ = alice.client.networkingMessages.channel$(0).pipe(map((message) => text(message.data)));
      const requests$ = bob.client.networkingMessages.sessionRequest$.pipe(map((request) => ('steamId' in request.identityRemote ? request.identityRemote.steamId : 0n)));
      scheduler.schedule(() => {
        rightOf(alice.client.networkingMessages.send({ steamId: bob.steamId }, bytes('hello'), { reliable: true }));
        rightOf(alice.client.networkingMessages.send({ steamId: bob.steamId }, bytes('again'), { reliable: true }));
      }, 5);
      // Alice's first message (5 ms) asks for the session: it lands at 15 ms, Bob's pump sees it on
      // its next frame (16 ms) and accepts; the accept lands at 26 ms and Alice's queued messages go,
      // landing at 36 ms (read at 37 ms); Bob's answers land at 47 ms (read at 48 ms).
      expectObservable(requests$, '^ 100ms !').toBe('16ms a', { a: alice.steamId });
      expectObservable(bobHeard$, '^ 100ms !').toBe('37ms (ab)', { a: 'hello', b: 'again' });
      expectObservable(aliceHeard$, '^ 100ms !').toBe('48ms (AB)', { A: 'HELLO', B: 'AGAIN' });
      scheduler.schedule(() => {
        expect(alice.client.networkingMessages.getSessionConnectionInfo({ steamId: bob.steamId }).state).toBe(State.Connected);
        // Bob closes: Alice's session is ClosedByPeer (no callback), and sending answers NoConnection.
        expect(bob.client.networkingMessages.closeSessionWithUser({ steamId: alice.steamId })).toBe(true);
      }, 200);
      scheduler.schedule(() => {
        const info = alice.client.networkingMessages.getSessionConnectionInfo({ steamId: bob.steamId });
        expect([info.state, info.info?.endReason]).toEqual([State.ClosedByPeer, End.App_Generic]);
        const refused = alice.client.networkingMessages.send({ steamId: bob.steamId }, bytes('still there?'), { reliable: true });
        expect(isLeft(refused) ? refused.left.result : 'sent').toBe(EResult.NoConnection);
        expect(steam.network.sessions().map((session) => session.state)).toEqual([State.ClosedByPeer]);
      }, 300);
    });
  });

  it('unreliable messages over a lossy, jittery link: some lost, some twice, out of order; reliable ones all, in order', () => {
    const run = (): { unreliable: number[]; reliable: number[] } => {
      const scheduler = newScheduler();
      const got = { unreliable: [] as number[], reliable: [] as number[] };
      scheduler.run(() => {
        const { peer } = network(scheduler, { network: { seed: 'lossy', link: { latencyMs: 10, jitterMs: 25, loss: 0.25, duplicate: 0.15 } } });
        const alice = peer();
        const bob = peer();
        bob.client.networkingMessages.sessionRequest$.subscribe((request) => request.accept());
        bob.client.networkingMessages.channel$(1).subscribe((message) => got.unreliable.push(Number(text(message.data))));
        bob.client.networkingMessages.channel$(2).subscribe((message) => got.reliable.push(Number(text(message.data))));
        rightOf(alice.client.networkingMessages.send({ steamId: bob.steamId }, bytes('0'), { reliable: true, channel: 2 }));
        scheduler.schedule(() => {
          for (let index = 0; index < 60; index += 1) {
            rightOf(alice.client.networkingMessages.send({ steamId: bob.steamId }, bytes(`${index}`), { channel: 1 }));
            rightOf(alice.client.networkingMessages.send({ steamId: bob.steamId }, bytes(`${index + 1}`), { channel: 2, reliable: true }));
          }
        }, 200);
      });
      return got;
    };
    const first = run();
    expect(run()).toEqual(first);
    expect(first.reliable).toEqual(Array.from({ length: 61 }, (_unused, index) => index));
    const distinct = new Set(first.unreliable);
    expect(distinct.size).toBeLessThan(60);
    expect(first.unreliable.length).toBeGreaterThan(distinct.size);
    expect(first.unreliable).not.toEqual([...first.unreliable].sort((a, b) => a - b));
  });

  it('a partition: the session fails on both sides at TimeoutConnected with Remote_Timeout (marbles)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam, peer } = network(scheduler);
      const alice = peer();
      const bob = peer();
      bob.client.networkingMessages.sessionRequest$.subscribe((request) => request.accept());
      rightOf(alice.client.networkingMessages.send({ steamId: bob.steamId }, bytes('hi'), { reliable: true }));
      const failures = (client: SteamClient) =>
        client.networkingMessages.networkingMessagesSessionFailed$.pipe(map((failure) => `${failure.info.state}:${failure.info.endReason}`));
      scheduler.schedule(() => steam.network.partition([alice.process], [bob.process]), 100);
      // Cut at 100 ms, given up at 1100 ms, seen on the next frame.
      expectObservable(failures(alice.client), '^ 2000ms !').toBe('1101ms a', { a: `${State.ProblemDetectedLocally}:${End.Remote_Timeout}` });
      expectObservable(failures(bob.client), '^ 2000ms !').toBe('1101ms a', { a: `${State.ProblemDetectedLocally}:${End.Remote_Timeout}` });
    });
  });

  it('a peer that never accepts: the sender\'s session fails with Misc_Timeout at TimeoutInitial, and nothing was delivered', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { peer } = network(scheduler);
      const alice = peer();
      const bob = peer();
      rightOf(alice.client.networkingMessages.send({ steamId: bob.steamId }, bytes('let me in'), { reliable: true }));
      const heard: string[] = [];
      bob.client.networkingMessages.channel$(0).subscribe((message) => heard.push(text(message.data)));
      const failure$ = alice.client.networkingMessages.networkingMessagesSessionFailed$.pipe(map((failure) => failure.info.endReason));
      // TimeoutInitial (1000 ms) after the first send, seen on the next frame.
      expectObservable(failure$, '^ 2000ms !').toBe('1001ms a', { a: End.Misc_Timeout });
      scheduler.schedule(() => expect(heard).toEqual([]), 1500);
    });
  });

  it('the request stream offers accept and decline; a declined peer\'s session is closed', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { peer } = network(scheduler);
      const alice = peer();
      const bob = peer();
      bob.client.networkingMessages.sessionRequest$
        .pipe(
          take(1),
          mergeMap((request) => [request.decline()]),
          filter(Boolean),
        )
        .subscribe();
      rightOf(alice.client.networkingMessages.send({ steamId: bob.steamId }, bytes('hello?'), { reliable: true }));
      scheduler.schedule(() => {
        expect(alice.client.networkingMessages.getSessionConnectionInfo({ steamId: bob.steamId }).state).toBe(State.ClosedByPeer);
        expect(bob.client.networkingMessages.getSessionConnectionInfo({ steamId: alice.steamId }).state).toBe(State.None);
      }, 100);
    });
  });
});
