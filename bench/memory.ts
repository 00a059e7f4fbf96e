/**
 * Benchmark 6: memory after 1,000,000 callbacks through the pump (fake library) against before,
 * after a full GC. Two million-callback runs follow each other: the first settles the process
 * (compiled code, the fake's and the allocator's pools, and the native memory behind the external
 * ArrayBuffers koffi.view creates per message, which V8 frees late and glibc keeps mapped), and
 * the target is about the second, "once settled". The first run's RSS growth is reported too.
 * The fake's parked, poisoned payloads are freed after each batch: they are the fake's memory,
 * not the SDK's.
 */
import type { BenchResult } from './bench-result';
import { validateAuthTicketResponseBytes } from './callback-throughput';
import { CLIENT_PIPE, type BenchFake } from './fake-library';
import { startNativeClient } from './native-client';
import { collectGarbage } from './timing';

const TOTAL = 1_000_000;
const BATCH = 50_000;
const TARGET_BYTES = 2 * 1024 * 1024;

const settle = async (): Promise<NodeJS.MemoryUsage> => {
  // Let finalizers and V8's background ArrayBuffer sweeping run between collections.
  for (let round = 0; round < 4; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    collectGarbage();
  }
  return process.memoryUsage();
};

const mebibytes = (bytes: number): number => bytes / (1024 * 1024);

export const memoryGrowth = async (fake: BenchFake): Promise<BenchResult[]> => {
  if (!collectGarbage()) {
    return [{ name: 'memory after 1M callbacks', value: Number.NaN, unit: 'MiB', note: 'skipped: this engine exposes no full GC' }];
  }
  const client = startNativeClient(fake);
  try {
    const { callbackId, bytes } = validateAuthTicketResponseBytes(76561198265685624n);
    let delivered = 0;
    const subscription = client.validateAuthTicketResponse$.subscribe(() => {
      delivered += 1;
    });
    const batch = (): void => {
      fake.queueCallbacks(CLIENT_PIPE, callbackId, bytes, BATCH);
      client.runCallbacks();
      fake.discardFreedPayloads();
    };
    const million = (): void => {
      for (let sent = 0; sent < TOTAL; sent += BATCH) batch();
    };
    batch();
    const start = await settle();
    million();
    const before = await settle();
    delivered = 0;
    million();
    const after = await settle();
    subscription.unsubscribe();
    if (delivered !== TOTAL) throw new Error(`bench: ${delivered} of ${TOTAL} callbacks delivered`);
    const heap = after.heapUsed - before.heapUsed;
    const rss = after.rss - before.rss;
    const firstRss = before.rss - start.rss;
    return [
      {
        name: `heap growth over ${TOTAL.toLocaleString('en')} callbacks (settled)`,
        value: mebibytes(heap),
        unit: 'MiB',
        baseline: { name: 'heapUsed before', value: mebibytes(before.heapUsed), unit: 'MiB' },
        target: '< 2 MiB',
        met: heap < TARGET_BYTES,
      },
      {
        name: `RSS growth over ${TOTAL.toLocaleString('en')} callbacks (settled)`,
        value: mebibytes(rss),
        unit: 'MiB',
        baseline: { name: 'RSS before', value: mebibytes(before.rss), unit: 'MiB' },
        target: '< 2 MiB',
        met: rss < TARGET_BYTES,
      },
      {
        name: `RSS growth over the first ${TOTAL.toLocaleString('en')} callbacks`,
        value: mebibytes(firstRss),
        unit: 'MiB',
        baseline: { name: 'RSS at start', value: mebibytes(start.rss), unit: 'MiB' },
        note: 'how far the process grows before it settles (payloads are memcpy-ed into a reused scratch buffer, then sliced)',
      },
    ];
  } finally {
    client.shutdown();
  }
};
