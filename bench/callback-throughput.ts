/**
 * Benchmark 3: callbacks per second from the fake's queue to user code. N
 * ValidateAuthTicketResponse_t are queued (untimed), then one pump frame drains them through
 * ManualDispatch (copy out, free), routes, decodes once, and delivers to 1 or 10 subscribers of
 * validateAuthTicketResponse$. The baseline is draining alone: callbacks$ observed, no typed
 * subscriber (so no routing or decoding).
 */
import { EAuthSessionResponse } from '../native/enums';
import { writeStruct } from '../native/struct-bytes';
import { hostPlatform, layoutOf, layoutsFor } from '../native/struct-layouts';
import type { SteamClient } from '../src/client/steam-client';
import type { BenchResult } from './bench-result';
import { CLIENT_PIPE, type BenchFake } from './fake-library';
import { startNativeClient } from './native-client';
import { alternate, elapsedNs, now } from './timing';

const CALLBACKS = 200_000;
const TRIALS = 3;
const TARGET_PER_SECOND = 300_000;

export const validateAuthTicketResponseBytes = (steamId: bigint): { readonly callbackId: number; readonly bytes: Uint8Array } => {
  const layout = layoutOf(layoutsFor(hostPlatform()), 'ValidateAuthTicketResponse_t');
  if (layout.callbackId === undefined) throw new Error('bench: ValidateAuthTicketResponse_t has no callback id');
  const bytes = writeStruct(layout, { m_SteamID: steamId, m_eAuthSessionResponse: EAuthSessionResponse.OK, m_OwnerSteamID: steamId });
  return { callbackId: layout.callbackId, bytes };
};

/** Queues CALLBACKS messages, times the frame that drains them, checks every one arrived. */
const drainTrial = (fake: BenchFake, client: SteamClient, subscribe: (count: () => void) => () => void, expectedPerCallback: number): number => {
  const { callbackId, bytes } = validateAuthTicketResponseBytes(76561198265685624n);
  let delivered = 0;
  const unsubscribe = subscribe(() => {
    delivered += 1;
  });
  fake.queueCallbacks(CLIENT_PIPE, callbackId, bytes, CALLBACKS);
  const start = now();
  client.runCallbacks();
  const spent = elapsedNs(start);
  unsubscribe();
  fake.discardFreedPayloads();
  if (delivered !== CALLBACKS * expectedPerCallback || fake.pendingCallbacks(CLIENT_PIPE) !== 0) {
    throw new Error(`bench: ${delivered} deliveries for ${CALLBACKS} callbacks x ${expectedPerCallback} subscribers`);
  }
  return CALLBACKS / (spent / 1e9);
};

export const callbackThroughput = (fake: BenchFake): BenchResult[] => {
  const client = startNativeClient(fake);
  try {
    const typed = (subscribers: number) => (count: () => void) => {
      const subscriptions = Array.from({ length: subscribers }, () => client.validateAuthTicketResponse$.subscribe(count));
      return () => subscriptions.forEach((subscription) => subscription.unsubscribe());
    };
    const figures = alternate(TRIALS, {
      drain: () =>
        drainTrial(fake, client, (count) => {
          const subscription = client.callbacks$.subscribe(count);
          return () => subscription.unsubscribe();
        }, 1),
      one: () => drainTrial(fake, client, typed(1), 1),
      ten: () => drainTrial(fake, client, typed(10), 10),
    });
    const drain = { name: 'drain only (callbacks$, no typed subscriber)', value: figures.drain, unit: 'callbacks/s' };
    return [
      { name: `drain ${CALLBACKS} callbacks, callbacks$ only`, value: figures.drain, unit: 'callbacks/s' },
      {
        name: 'validateAuthTicketResponse$, 1 subscriber',
        value: figures.one,
        unit: 'callbacks/s',
        baseline: drain,
        ratio: figures.one / figures.drain,
        target: `>= ${TARGET_PER_SECOND.toLocaleString('en')}/s`,
        met: figures.one >= TARGET_PER_SECOND,
      },
      {
        name: 'validateAuthTicketResponse$, 10 subscribers',
        value: figures.ten,
        unit: 'callbacks/s',
        baseline: drain,
        ratio: figures.ten / figures.drain,
      },
    ];
  } finally {
    client.shutdown();
  }
};
