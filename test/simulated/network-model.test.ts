/**
 * The simulated network's model on its own (no ports, no pump): the transport's link properties
 * and partitions, Steam's connection state machine and end reasons, and NetworkingMessages
 * sessions, on a TestScheduler. Marble tests show when each state change happens.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReplaySubject } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { EResult } from '../../native/generated/core';
import { ESteamNetConnectionEnd as End, ESteamNetworkingConnectionState as State } from '../../native/generated/networking-types';
import type { NetworkingIdentity } from '../../native/networking-identity';
import { networkingConstantValues, SEND_AUTO_RESTART_BROKEN_SESSION, SEND_RELIABLE, SEND_UNRELIABLE } from '../../simulated/network/networking-constants';
import { SimulatedNetwork, type ConnectionEnd, type NetworkNode, type NetworkOptions } from '../../simulated/network/network-model';
import { SeededRandom } from '../../simulated/network/seeded-random';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (data: Uint8Array): string => new TextDecoder().decode(data);

interface Recorded {
  readonly seen: ReplaySubject<string>;
  readonly log: string[];
}

/** A network on `scheduler` with nodes whose events are recorded as short strings. */
const makeNetwork = (scheduler: TestScheduler, options: Partial<NetworkOptions> = {}) => {
  const network = new SimulatedNetwork(
    { now: () => scheduler.now(), later: (action, delayMs) => void scheduler.schedule(action, delayMs) },
    { seed: 'network-model-test', timeoutInitialMs: 1000, timeoutConnectedMs: 1000, ...options },
  );
  const node = (host: number, steamId: bigint, onEvent?: (event: string, end?: ConnectionEnd) => void): NetworkNode & Recorded => {
    // Replays what happened during the set-up at frame 0, before the marble subscription.
    const seen = new ReplaySubject<string>();
    const log: string[] = [];
    const emit = (event: string, end?: ConnectionEnd): void => {
      log.push(`${scheduler.now()}:${event}`);
      seen.next(event);
      onEvent?.(event, end);
    };
    const made = network.attach(host, 'client', () => ({ steamId }), 0x0a000000 + host, {
      connectionStatusChanged: (end, old) => emit(`${old}>${end.reportedState()}${end.endReason !== 0 ? `:${end.endReason}` : ''}`, end),
      sessionRequest: (remote) => emit(`request:${'steamId' in remote ? remote.steamId : '?'}`),
      sessionFailed: (end) => emit(`failed:${end.endReason}`, end),
      messagesArrived: () => emit('arrived'),
    });
    return Object.assign(made, { seen, log });
  };
  return { network, node };
};

const steam = (steamId: bigint): NetworkingIdentity => ({ steamId });

describe('the simulated network model', () => {
  it('uses the constants of the measured ABI JSON', () => {
    const abi = JSON.parse(readFileSync(join(__dirname, '../../../shared/steamworks-abi-1.60-more.json'), 'utf8')) as { constants: Record<string, { value: number }> };
    for (const [name, value] of Object.entries(networkingConstantValues)) expect({ name, value: abi.constants[name]?.value }).toEqual({ name, value });
  });

  it('draws the same numbers from the same seed, and others from another', () => {
    const draw = (seed: string): number[] => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
    for (const value of draw('c')) expect(value >= 0 && value < 1).toBe(true);
  });

  it('connect → accept → exchange → close: each side sees Steam\'s states at the link latency (marbles)', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ expectObservable }) => {
      const { network, node } = makeNetwork(scheduler);
      let received: string[] = [];
      const server = node(2, 200n, (event, end) => {
        // The listener accepts what arrives, echoes what it reads, then hangs up.
        if (event === '0>1' && end !== undefined) expect(network.acceptConnection(server, end.handle)).toBe(EResult.OK);
        if (event === 'arrived') {
          const [connection] = [...server.connections.values()];
          if (connection === undefined) return;
          received = network.receiveMessagesOnConnection(server, connection.handle, 10).map((message) => text(message.data));
          network.closeConnection(server, connection.handle, End.App_Generic + 7, 'bye', true);
        }
      });
      const client = node(1, 100n, (event, end) => {
        if (event === '1>3' && end !== undefined) expect(network.sendMessageToConnection(client, end.handle, bytes('hello'), SEND_RELIABLE).result).toBe(EResult.OK);
      });
      expect(network.createListenSocketP2P(server, 7)).not.toBe(0);
      const handle = network.connectP2P(client, steam(200n), 7);
      expect(handle).not.toBe(0);
      // Client: Connecting at once, Connected when the accept comes back, ClosedByPeer with the server's reason.
      expectObservable(client.seen).toBe('a 19ms b 19ms c', { a: '0>1', b: '1>3', c: `3>4:${End.App_Generic + 7}` });
      // Server: the incoming connection at 10 ms, Connected on accept, the message at 30 ms.
      expectObservable(server.seen).toBe('10ms (ab) 16ms c', { a: '0>1', b: '1>3', c: 'arrived' });
      scheduler.schedule(() => {
        expect(received).toEqual(['hello']);
        expect(network.connectionsOf(client)).toEqual([{ handle, state: State.ClosedByPeer, endReason: End.App_Generic + 7, endDebug: 'bye' }]);
        // The application still has to close its end; nothing is reported for that.
        expect(network.closeConnection(client, handle, 0, null, false)).toBe(true);
        expect(network.connections()).toEqual([]);
      }, 100);
    });
  });

  it('a P2P connect to a machine with nothing on that virtual port is ClosedByPeer with PeerSentNoConnection', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ expectObservable }) => {
      const { network, node } = makeNetwork(scheduler);
      node(2, 200n);
      const client = node(1, 100n);
      network.connectP2P(client, steam(200n), 99);
      expectObservable(client.seen).toBe('a 19ms b', { a: '0>1', b: `1>4:${End.Misc_PeerSentNoConnection}` });
    });
  });

  it('a connect nobody answers fails at TimeoutInitial with Misc_Timeout', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ expectObservable }) => {
      const { network, node } = makeNetwork(scheduler);
      const client = node(1, 100n);
      network.connectP2P(client, steam(999n), 0);
      expectObservable(client.seen).toBe('a 999ms b', { a: '0>1', b: `1>5:${End.Misc_Timeout}` });
    });
  });

  it('a partition: unheard peers fail at TimeoutConnected with ProblemDetectedLocally / Remote_Timeout on both sides (marbles)', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ expectObservable }) => {
      const { network, node } = makeNetwork(scheduler);
      const server = node(2, 200n, (event, end) => {
        if (event === '0>1' && end !== undefined) network.acceptConnection(server, end.handle);
      });
      const client = node(1, 100n);
      network.createListenSocketP2P(server, 0);
      network.connectP2P(client, steam(200n), 0);
      scheduler.schedule(() => network.transport.partition([1], [2]), 100);
      expectObservable(client.seen).toBe('a 19ms b 1079ms c', { a: '0>1', b: '1>3', c: `3>5:${End.Remote_Timeout}` });
      expectObservable(server.seen).toBe('10ms (ab) 1086ms c', { a: '0>1', b: '1>3', c: `3>5:${End.Remote_Timeout}` });
    });
  });

  it('a partition healed before the timeout loses unreliable packets but delivers the held reliable ones once, in order', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(() => {
      const { network, node } = makeNetwork(scheduler);
      const server = node(2, 200n, (event, end) => {
        if (event === '0>1' && end !== undefined) network.acceptConnection(server, end.handle);
      });
      const client = node(1, 100n);
      network.createListenSocketP2P(server, 0);
      const handle = network.connectP2P(client, steam(200n), 0);
      scheduler.schedule(() => {
        network.transport.partition([1], [2]);
        for (const word of ['r1', 'r2', 'r3']) network.sendMessageToConnection(client, handle, bytes(word), SEND_RELIABLE);
        network.sendMessageToConnection(client, handle, bytes('u1'), SEND_UNRELIABLE);
      }, 50);
      scheduler.schedule(() => {
        expect(network.transport.inFlight().filter((packet) => packet.held).map((packet) => packet.kind)).toEqual(['data', 'data', 'data']);
        network.transport.heal();
      }, 500);
      scheduler.schedule(() => {
        const [serverEnd] = [...server.connections.values()];
        const words = network.receiveMessagesOnConnection(server, serverEnd?.handle ?? 0, 10).map((message) => text(message.data));
        expect(words).toEqual(['r1', 'r2', 'r3']);
        expect(network.transport.counts().lost).toBe(1);
        expect(network.connectionsOf(client)[0]?.state).toBe(State.Connected);
      }, 2000);
    });
  });

  it('a process that leaves while a partition holds its reliable packets retransmits nothing: the heal delivers none of them', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(() => {
      const { network, node } = makeNetwork(scheduler);
      const server = node(2, 200n, (event, end) => {
        if (event === '0>1' && end !== undefined) network.acceptConnection(server, end.handle);
      });
      const client = node(1, 100n);
      network.createListenSocketP2P(server, 0);
      const handle = network.connectP2P(client, steam(200n), 0);
      scheduler.schedule(() => {
        network.transport.partition([1], [2]);
        for (const word of ['r1', 'r2']) network.sendMessageToConnection(client, handle, bytes(word), SEND_RELIABLE);
      }, 50);
      scheduler.schedule(() => {
        expect(network.transport.inFlight().filter((packet) => packet.held)).toHaveLength(2);
        // The sender's process stops: whatever it was retransmitting stops with it.
        network.detach(client);
        expect(network.transport.inFlight().filter((packet) => packet.held)).toEqual([]);
        network.transport.heal();
      }, 300);
      scheduler.schedule(() => {
        const [serverEnd] = [...server.connections.values()];
        expect(network.receiveMessagesOnConnection(server, serverEnd?.handle ?? 0, 10)).toEqual([]);
      }, 600);
    });
  });

  it('a peer process that dies is noticed at the timeout (Remote_Timeout), not at once', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ expectObservable }) => {
      const { network, node } = makeNetwork(scheduler);
      const server = node(2, 200n, (event, end) => {
        if (event === '0>1' && end !== undefined) network.acceptConnection(server, end.handle);
      });
      const client = node(1, 100n);
      network.createListenSocketP2P(server, 0);
      network.connectP2P(client, steam(200n), 0);
      scheduler.schedule(() => network.detach(server), 200);
      expectObservable(client.seen).toBe('a 19ms b 1179ms c', { a: '0>1', b: '1>3', c: `3>5:${End.Remote_Timeout}` });
    });
  });

  it('reliable messages arrive exactly once and in order over a lossy, jittery link', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(() => {
      const { network, node } = makeNetwork(scheduler, { link: { latencyMs: 15, jitterMs: 40, loss: 0.3 } });
      const alice = node(1, 100n);
      const bob = node(2, 200n, (event) => {
        if (event === 'request:100') network.acceptSessionWithUser(bob, steam(100n));
      });
      for (let index = 0; index < 200; index += 1) expect(network.sendMessageToUser(alice, steam(200n), bytes(`m${index}`), SEND_RELIABLE, 3)).toBe(EResult.OK);
      scheduler.schedule(() => {
        const got = network.receiveMessagesOnChannel(bob, 3, 1000).map((message) => text(message.data));
        expect(got).toEqual(Array.from({ length: 200 }, (_unused, index) => `m${index}`));
        expect(network.transport.counts().retransmitted).toBeGreaterThan(0);
      }, 5000);
    });
  });

  it('unreliable messages are lost, duplicated and reordered by the link, the same way on every run', () => {
    const run = (): string[] => {
      const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
      let got: string[] = [];
      scheduler.run(() => {
        const { network, node } = makeNetwork(scheduler, { link: { latencyMs: 10, jitterMs: 30, loss: 0.2, duplicate: 0.2 } });
        const alice = node(1, 100n);
        const bob = node(2, 200n, (event) => {
          if (event === 'request:100') network.acceptSessionWithUser(bob, steam(100n));
        });
        // The session is opened reliably first; then a burst of unreliable messages.
        network.sendMessageToUser(alice, steam(200n), bytes('hello'), SEND_RELIABLE, 0);
        scheduler.schedule(() => {
          for (let index = 0; index < 100; index += 1) network.sendMessageToUser(alice, steam(200n), bytes(`${index}`), SEND_UNRELIABLE, 1);
        }, 200);
        scheduler.schedule(() => {
          got = network.receiveMessagesOnChannel(bob, 1, 1000).map((message) => text(message.data));
        }, 1000);
      });
      return got;
    };
    const first = run();
    expect(run()).toEqual(first);
    const distinct = new Set(first);
    expect(distinct.size).toBeLessThan(100);
    expect(first.length).toBeGreaterThan(distinct.size);
    const numbers = first.map(Number);
    expect(numbers).not.toEqual([...numbers].sort((a, b) => a - b));
  });

  it('bandwidth spaces messages out by their size', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(() => {
      const { network, node } = makeNetwork(scheduler, { link: { latencyMs: 10, bandwidthBytesPerSecond: 10_000 } });
      const alice = node(1, 100n);
      const arrivals: number[] = [];
      const bob = node(2, 200n, (event) => {
        if (event === 'request:100') network.acceptSessionWithUser(bob, steam(100n));
        if (event === 'arrived') arrivals.push(scheduler.now());
      });
      // 972 bytes + a 28-byte header: 100 ms each at 10 kB/s.
      for (let index = 0; index < 3; index += 1) network.sendMessageToUser(alice, steam(200n), new Uint8Array(972), SEND_RELIABLE, 0);
      scheduler.schedule(() => {
        expect(arrivals.length).toBe(3);
        expect((arrivals[1] ?? 0) - (arrivals[0] ?? 0)).toBeCloseTo(100, 5);
        expect((arrivals[2] ?? 0) - (arrivals[1] ?? 0)).toBeCloseTo(100, 5);
      }, 2000);
    });
  });

  it('behind a bandwidth limit, bytes on their way count as pending reliable or unreliable by their own flag', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(() => {
      const { network, node } = makeNetwork(scheduler, { link: { latencyMs: 10, bandwidthBytesPerSecond: 10_000 } });
      const alice = node(1, 100n);
      const bob = node(2, 200n, (event) => {
        if (event === 'request:100') network.acceptSessionWithUser(bob, steam(100n));
      });
      network.sendMessageToUser(alice, steam(200n), bytes('hello'), SEND_RELIABLE, 0);
      scheduler.schedule(() => {
        // Connected: 972 bytes go out unreliable, then 472 reliable, both behind the 10 kB/s link.
        network.sendMessageToUser(alice, steam(200n), new Uint8Array(972), SEND_UNRELIABLE, 0);
        network.sendMessageToUser(alice, steam(200n), new Uint8Array(472), SEND_RELIABLE, 0);
        const end = network.session(alice, steam(200n));
        expect(end).not.toBeNull();
        if (end === null) return;
        expect({ reliable: end.pendingBytes(true), all: end.pendingBytes() }).toEqual({ reliable: 472, all: 972 + 472 });
      }, 500);
    });
  });

  it('messages wait for the session to be accepted; an unaccepted request makes the sender\'s session fail', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ expectObservable }) => {
      const { network, node } = makeNetwork(scheduler);
      const alice = node(1, 100n);
      const bob = node(2, 200n);
      network.sendMessageToUser(alice, steam(200n), bytes('anyone?'), SEND_RELIABLE, 0);
      scheduler.schedule(() => expect(network.receiveMessagesOnChannel(bob, 0, 10)).toEqual([]), 500);
      // The restarted session (at 1500 ms) asks again, and fails again unanswered.
      expectObservable(bob.seen).toBe('10ms a 1499ms a', { a: 'request:100' });
      expectObservable(alice.seen).toBe('1000ms a 1499ms a', { a: `failed:${End.Misc_Timeout}` });
      scheduler.schedule(() => {
        // A failed session refuses sends until it is closed or restarted.
        expect(network.sendMessageToUser(alice, steam(200n), bytes('again'), SEND_RELIABLE, 0)).toBe(EResult.NoConnection);
        expect(network.sendMessageToUser(alice, steam(200n), bytes('again'), SEND_RELIABLE | SEND_AUTO_RESTART_BROKEN_SESSION, 0)).toBe(EResult.OK);
      }, 1500);
    });
  });

  it('a session closed by one side is ClosedByPeer on the other, silently; sending there then answers NoConnection', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(() => {
      const { network, node } = makeNetwork(scheduler);
      const alice = node(1, 100n);
      const bob = node(2, 200n, (event) => {
        if (event === 'request:100') network.acceptSessionWithUser(bob, steam(100n));
      });
      network.sendMessageToUser(alice, steam(200n), bytes('hi'), SEND_RELIABLE, 0);
      scheduler.schedule(() => expect(network.closeSessionWithUser(bob, steam(100n))).toBe(true), 50);
      scheduler.schedule(() => {
        expect(network.session(alice, steam(200n))?.reportedState()).toBe(State.ClosedByPeer);
        expect(network.sendMessageToUser(alice, steam(200n), bytes('still there?'), SEND_RELIABLE, 0)).toBe(EResult.NoConnection);
        expect(alice.log.filter((entry) => entry.includes('failed'))).toEqual([]);
        expect(network.session(bob, steam(100n))).toBeNull();
      }, 100);
    });
  });

  it('two users who both send first are connected without a request (simultaneous open)', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(() => {
      const { network, node } = makeNetwork(scheduler);
      const alice = node(1, 100n);
      const bob = node(2, 200n);
      network.sendMessageToUser(alice, steam(200n), bytes('from alice'), SEND_RELIABLE, 0);
      network.sendMessageToUser(bob, steam(100n), bytes('from bob'), SEND_RELIABLE, 0);
      scheduler.schedule(() => {
        expect(network.receiveMessagesOnChannel(bob, 0, 10).map((message) => text(message.data))).toEqual(['from alice']);
        expect(network.receiveMessagesOnChannel(alice, 0, 10).map((message) => text(message.data))).toEqual(['from bob']);
        expect([...alice.log, ...bob.log].filter((entry) => entry.includes('request'))).toEqual([]);
      }, 100);
    });
  });
});
