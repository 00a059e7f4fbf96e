/**
 * Benchmark 2: one pump frame with both pipes live and nothing queued, against the four FFI calls
 * such a frame cannot avoid (RunFrame and GetNextCallback per pipe) made directly through koffi.
 */
import type { BenchFake } from './fake-library';
import { CLIENT_PIPE, SERVER_PIPE } from './fake-library';
import type { BenchResult } from './bench-result';
import { startNativeClient, startNativeServer } from './native-client';
import { alternate, nsPerCall } from './timing';

const FRAMES = 200_000;
const TRIALS = 5;
const TARGET_US = 5;

export const idlePump = (fake: BenchFake): BenchResult[] => {
  const client = startNativeClient(fake);
  const server = startNativeServer(fake);
  try {
    const runFrame = fake.library.func('SteamAPI_ManualDispatch_RunFrame', 'void', ['int32_t']);
    const getNextCallback = fake.library.func('SteamAPI_ManualDispatch_GetNextCallback', 'bool', ['int32_t', 'void *']);
    const message = new Uint8Array(24);
    const rawFrame = (): unknown => {
      runFrame(CLIENT_PIPE);
      getNextCallback(CLIENT_PIPE, message);
      runFrame(SERVER_PIPE);
      return getNextCallback(SERVER_PIPE, message);
    };
    // A typed subscriber on each side, as a game would have: idle frames must stay cheap with them.
    const subscriptions = [client.validateAuthTicketResponse$.subscribe(), server.validateAuthTicketResponse$.subscribe()];
    const figures = alternate(TRIALS, {
      sdk: () => nsPerCall(FRAMES, () => client.runCallbacks()),
      raw: () => nsPerCall(FRAMES, rawFrame),
    });
    for (const subscription of subscriptions) subscription.unsubscribe();
    if (fake.protocolErrors() !== 0) throw new Error(`bench: the fake counted ${fake.protocolErrors()} ManualDispatch protocol errors`);
    const microseconds = figures.sdk / 1000;
    return [
      {
        name: 'idle pump frame (client + server pipes)',
        value: microseconds,
        unit: 'µs/frame',
        baseline: { name: 'raw RunFrame+GetNextCallback x2', value: figures.raw / 1000, unit: 'µs' },
        ratio: figures.sdk / figures.raw,
        target: `< ${TARGET_US} µs/frame`,
        met: microseconds < TARGET_US,
      },
    ];
  } finally {
    server.serverShutdown();
    client.shutdown();
  }
};
