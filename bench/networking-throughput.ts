/**
 * Benchmark 10: networking on the simulated network.
 *
 * - Messages per second through client.networkingMessages (send + channel$) and through a
 *   NetworkingSockets connection (sendMessageToConnection + connect$/accept message events), each
 *   beside the raw port calls doing the same work (sendMessageToUser / ReceiveMessagesOnChannel,
 *   sendMessageToConnection / ReceiveMessagesOnConnection) in the same run: what the SDK layer
 *   costs. Virtual time, one game frame per virtual millisecond, a batch of reliable messages per
 *   frame; the figure is wall-clock throughput.
 * - The latency the pump adds to a message: on the real clock with the default (demand-driven)
 *   pump, from the moment a message lands on the receiver's machine (its wake-up) to the moment a
 *   channel$ subscriber sees it.
 */
import { firstValueFrom, map, mergeMap, take, timer, toArray } from 'rxjs';
import { createSimulatedSteam, type SimulatedProcess, type SimulatedSteam } from '../simulated';
import { layoutOf, layoutsFor } from '../native/struct-layouts';
import { readUint32 } from '../native/scalar-bytes';
import type { SteamClient } from '../src/client/steam-client';
import { steamInit } from '../src/init/steam-init';
import type { BenchResult } from './bench-result';
import { rightOf } from './right-of';
import { alternate, elapsedNs, median, now } from './timing';
import { VirtualClock } from './virtual-clock';

const FRAMES = 400;
const PER_FRAME = 100;
const DRAIN_FRAMES = 50;
const PAYLOAD = new Uint8Array(64).fill(7);
const TRIALS = 5;
/** k_nSteamNetworkingSend_Reliable (steamworks-abi-1.60-more.json constants). */
const RELIABLE = 8;
const CONNECTED = 3;
const TARGET_RATIO = 1.5;
const LATENCY_MESSAGES = 40;
const LATENCY_GAP_MS = 15;
const TARGET_LATENCY_MS = 1;

interface Pair {
  readonly scheduler: VirtualClock;
  readonly steam: SimulatedSteam;
  readonly alice: { readonly steamId: bigint; readonly process: SimulatedProcess };
  readonly bob: { readonly steamId: bigint; readonly process: SimulatedProcess };
}

const pair = (): Pair => {
  const scheduler = new VirtualClock();
  const steam = createSimulatedSteam({ scheduler, horizonMs: Number.POSITIVE_INFINITY, network: { link: { latencyMs: 1 } } });
  const machine = (): { steamId: bigint; process: SimulatedProcess } => {
    const steamId = steam.addUser();
    return { steamId, process: steam.createProcess({ user: steamId }) };
  };
  return { scheduler, steam, alice: machine(), bob: machine() };
};

/** Runs FRAMES frames of `frame` (sending from frame `from` on) and the drain; returns messages per wall-clock second. */
const drive = (world: Pair, frame: (sending: boolean) => void, received: () => number, expected: number): number => {
  for (let index = 1; index <= FRAMES + DRAIN_FRAMES; index += 1) world.scheduler.schedule(() => frame(index <= FRAMES), index);
  const start = now();
  world.scheduler.flush();
  const seconds = elapsedNs(start) / 1e9;
  world.steam.dispose();
  if (received() !== expected) throw new Error(`bench: ${received()} messages received, expected ${expected}`);
  return expected / seconds;
};

const manualClient = (process: SimulatedProcess): SteamClient => rightOf(steamInit({ backend: 'core', core: process, pump: 'manual' }));

/** `send`: the SDK's named-options form; `flat`: its sendMessageToUser; `raw`: the port. */
const messagesTrial = (mode: 'send' | 'flat' | 'raw'): number => {
  const world = pair();
  const { alice, bob } = world;
  let received = 0;
  const expected = FRAMES * PER_FRAME;
  if (mode !== 'raw') {
    const a = manualClient(alice.process);
    const b = manualClient(bob.process);
    const send =
      mode === 'send'
        ? (): unknown => a.networkingMessages.send({ steamId: bob.steamId }, PAYLOAD, { reliable: true })
        : (): unknown => a.networkingMessages.sendMessageToUser({ steamId: bob.steamId }, PAYLOAD, RELIABLE, 0);
    // Both send first: each send accepts the other's session.
    rightOf(b.networkingMessages.send({ steamId: alice.steamId }, PAYLOAD, { reliable: true, channel: 1 }));
    b.networkingMessages.channel$(0).subscribe(() => {
      received += 1;
    });
    return drive(
      world,
      (sending) => {
        if (sending) for (let index = 0; index < PER_FRAME; index += 1) send();
        a.runCallbacks();
        b.runCallbacks();
      },
      () => received,
      expected,
    );
  }
  const a = rightOf(alice.process.initClient()).networkingMessages;
  const b = rightOf(bob.process.initClient()).networkingMessages;
  b.sendMessageToUser({ steamId: alice.steamId }, PAYLOAD, RELIABLE, 1);
  return drive(
    world,
    (sending) => {
      if (sending) for (let index = 0; index < PER_FRAME; index += 1) a.sendMessageToUser({ steamId: bob.steamId }, PAYLOAD, RELIABLE, 0);
      alice.process.runCallbacks();
      bob.process.runCallbacks();
      for (;;) {
        const got = b.receiveMessagesOnChannel(0, 64);
        received += got.length;
        if (got.length < 64) break;
      }
    },
    () => received,
    expected,
  );
};

const connectionTrial = (sdk: boolean): number => {
  const world = pair();
  const { alice, bob } = world;
  let received = 0;
  const expected = FRAMES * PER_FRAME;
  if (sdk) {
    const a = manualClient(alice.process);
    const b = manualClient(bob.process);
    b.networkingSockets
      .listen$(0)
      .pipe(mergeMap((incoming) => (incoming._tag === 'Incoming' ? incoming.accept() : [])))
      .subscribe((event) => {
        if (event._tag === 'Message') received += 1;
      });
    let connection = 0;
    a.networkingSockets.connect$(bob.steamId, 0).subscribe((event) => {
      if (event._tag === 'StateChanged' && event.state === CONNECTED) connection = event.connection;
    });
    return drive(
      world,
      (sending) => {
        if (sending && connection !== 0) for (let index = 0; index < PER_FRAME; index += 1) a.networkingSockets.sendMessageToConnection(connection, PAYLOAD, RELIABLE);
        a.runCallbacks();
        b.runCallbacks();
      },
      () => received,
      // The first frames pass while connecting (a round trip): those sends were not made.
      expected - connectingFrames * PER_FRAME,
    );
  }
  const a = rightOf(alice.process.initClient()).networkingSockets;
  const b = rightOf(bob.process.initClient()).networkingSockets;
  const statusLayout = layoutOf(layoutsFor(bob.process.platform), 'SteamNetConnectionStatusChangedCallback_t');
  let incoming = 0;
  bob.process.callbacks$.subscribe((message) => {
    if (message.callbackId === statusLayout.callbackId && incoming === 0) {
      incoming = readUint32(message.bytes, statusLayout.field.m_hConn?.offset ?? 0);
      b.acceptConnection(incoming);
    }
  });
  b.createListenSocketP2P(0);
  const connection = a.connectP2P({ steamId: bob.steamId }, 0);
  let connected = false;
  return drive(
    world,
    (sending) => {
      if (sending && connected) for (let index = 0; index < PER_FRAME; index += 1) a.sendMessageToConnection(connection, PAYLOAD, RELIABLE);
      alice.process.runCallbacks();
      bob.process.runCallbacks();
      connected ||= a.getConnectionInfo(connection)?.state === CONNECTED;
      for (;;) {
        const got = b.receiveMessagesOnConnection(incoming, 64);
        received += got.length;
        if (got.length < 64) break;
      }
    },
    () => received,
    expected - connectingFrames * PER_FRAME,
  );
};

/** Frames (virtual ms) before a connection is up at 1 ms latency, seen by the frame after: connect, accept, answer. */
const connectingFrames = 3;

/** On the real clock: per message, ms from its landing (the receiver's wake-up) to channel$ seeing it. */
const pumpLatency = async (): Promise<number[]> => {
  const steam = createSimulatedSteam({ network: { link: { latencyMs: 5 } } });
  const alice = steam.addUser();
  const bob = steam.addUser();
  const aliceProcess = steam.createProcess({ user: alice });
  const bobProcess = steam.createProcess({ user: bob });
  const a = rightOf(steamInit({ backend: 'core', core: aliceProcess }));
  const b = rightOf(steamInit({ backend: 'core', core: bobProcess }));
  let landedAt = 0;
  bobProcess.wakeups$?.subscribe(() => {
    landedAt = performance.now();
  });
  b.networkingMessages.sessionRequest$.subscribe((request) => request.accept());
  const seen = firstValueFrom(
    b.networkingMessages.channel$(0).pipe(
      map(() => performance.now() - landedAt),
      take(LATENCY_MESSAGES),
      toArray(),
    ),
  );
  timer(0, LATENCY_GAP_MS)
    .pipe(take(LATENCY_MESSAGES))
    .subscribe(() => rightOf(a.networkingMessages.send({ steamId: bob }, PAYLOAD, { reliable: true })));
  try {
    return await seen;
  } finally {
    a.shutdown();
    b.shutdown();
    steam.dispose();
  }
};

export const networkingThroughput = async (): Promise<BenchResult[]> => {
  const messages = alternate(TRIALS, { send: () => messagesTrial('send'), flat: () => messagesTrial('flat'), raw: () => messagesTrial('raw') });
  const connections = alternate(TRIALS, { sdk: () => connectionTrial(true), raw: () => connectionTrial(false) });
  const latencies = await pumpLatency();
  const ratio = (sdk: number, raw: number): number => raw / sdk;
  const messagesRatio = ratio(messages.send, messages.raw);
  const flatRatio = ratio(messages.flat, messages.raw);
  const connectionsRatio = ratio(connections.sdk, connections.raw);
  const medianLatency = median(latencies);
  return [
    {
      name: 'NetworkingMessages send({ reliable }) + channel$ (simulated network)',
      value: messages.send,
      unit: 'messages/s',
      baseline: { name: 'raw port sendMessageToUser + receiveMessagesOnChannel', value: messages.raw, unit: 'messages/s' },
      ratio: messagesRatio,
      target: `raw/SDK time ratio <= ${TARGET_RATIO}`,
      met: messagesRatio <= TARGET_RATIO,
      note: `${PER_FRAME} reliable 64-byte messages per frame, ${FRAMES} frames, virtual time`,
    },
    {
      name: 'NetworkingMessages sendMessageToUser + channel$ (simulated network)',
      value: messages.flat,
      unit: 'messages/s',
      baseline: { name: 'raw port sendMessageToUser + receiveMessagesOnChannel', value: messages.raw, unit: 'messages/s' },
      ratio: flatRatio,
      target: `raw/SDK time ratio <= ${TARGET_RATIO}`,
      met: flatRatio <= TARGET_RATIO,
      note: 'the flat form with the same flags as the raw call',
    },
    {
      name: 'NetworkingSockets connection send + message events (simulated network)',
      value: connections.sdk,
      unit: 'messages/s',
      baseline: { name: 'raw port sendMessageToConnection + receiveMessagesOnConnection', value: connections.raw, unit: 'messages/s' },
      ratio: connectionsRatio,
      target: `raw/SDK time ratio <= ${TARGET_RATIO}`,
      met: connectionsRatio <= TARGET_RATIO,
      note: `${PER_FRAME} reliable 64-byte messages per frame, virtual time`,
    },
    {
      name: 'latency the pump adds to a message (channel$, default pump, real clock)',
      value: medianLatency,
      unit: 'ms (median)',
      target: `<= ${TARGET_LATENCY_MS} ms`,
      met: medianLatency <= TARGET_LATENCY_MS,
      note: `max ${Math.max(...latencies).toFixed(2)} ms over ${latencies.length} messages, from the receiver's wake-up to the subscriber`,
    },
  ];
};
