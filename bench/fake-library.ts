/**
 * The fake libsteam_api for benchmarks: built if missing (with test/fake/build.js, plain JS,
 * required from the repository root because .build/ holds no copy of it), then the few control
 * functions the benchmarks script bound with koffi. dlopen returns the same handle as the core's,
 * so queueing here feeds the core under test.
 */
import { join } from 'node:path';
import koffi, { type LibraryHandle } from 'koffi';
import { repositoryRoot } from './repository-root';

interface FakeBuildScript {
  readonly buildFakeLibrary: () => string;
}

export interface BenchFake {
  readonly libraryPath: string;
  readonly library: LibraryHandle;
  reset(): void;
  setReturn(symbol: string, value: bigint): void;
  /** Bytes the function writes into the caller's buffer (e.g. the ticket of GetAuthSessionTicket). */
  setOutput(symbol: string, bytes: Uint8Array): void;
  /** Every issued GetAuthSessionTicket posts its OK response `delayMs` (monotonic) after the call; -1: none. */
  setTicketResponseDelay(delayMs: number): void;
  /** `count` copies of one callback on `pipe`, queued in O(count). */
  queueCallbacks(pipe: number, callbackId: number, payload: Uint8Array, count: number): void;
  /** Frees the poisoned payloads the fake parks after FreeLastCallback (all but the last). */
  discardFreedPayloads(): number;
  pendingCallbacks(pipe: number): number;
  outstandingCallbacks(): number;
  protocolErrors(): number;
  /** ISteamUser's address, the `self` of every ISteamUser call. */
  userInterface(): bigint;
}

export const CLIENT_PIPE = 1;
export const SERVER_PIPE = 2;

export const loadBenchFake = (): BenchFake => {
  // A plain CommonJS script outside the compiled tree: loaded by absolute path at run time.
  const script: FakeBuildScript = require(join(repositoryRoot(), 'test', 'fake', 'build.js'));
  const libraryPath = script.buildFakeLibrary();
  const library = koffi.load(libraryPath);
  const reset = library.func('FakeSteam_Reset', 'void', []);
  const setReturn = library.func('FakeSteam_SetReturn', 'void', ['const char *', 'uint64_t']);
  const setOutput = library.func('FakeSteam_SetOutput', 'void', ['const char *', 'void *', 'int']);
  const setTicketResponseDelay = library.func('FakeSteam_SetTicketResponseDelay', 'void', ['int']);
  const queueCallbacks = library.func('FakeSteam_QueueCallbacks', 'void', ['int', 'int', 'void *', 'int', 'int']);
  const discardFreedPayloads = library.func('FakeSteam_DiscardFreedPayloads', 'int', []);
  const pendingCallbacks = library.func('FakeSteam_PendingCallbacks', 'int', ['int']);
  const outstandingCallbacks = library.func('FakeSteam_OutstandingCallbacks', 'int', []);
  const protocolErrors = library.func('FakeSteam_ProtocolErrors', 'int', []);
  const interfacePointer = library.func('FakeSteam_InterfacePointer', 'uint64_t', ['int']);
  return {
    libraryPath,
    library,
    reset: () => reset(),
    setReturn: (symbol, value) => setReturn(symbol, value),
    setOutput: (symbol, bytes) => setOutput(symbol, bytes, bytes.byteLength),
    setTicketResponseDelay: (delayMs) => setTicketResponseDelay(delayMs),
    queueCallbacks: (pipe, callbackId, payload, count) => queueCallbacks(pipe, callbackId, payload, payload.byteLength, count),
    discardFreedPayloads: () => discardFreedPayloads(),
    pendingCallbacks: (pipe) => pendingCallbacks(pipe),
    outstandingCallbacks: () => outstandingCallbacks(),
    protocolErrors: () => protocolErrors(),
    userInterface: () => BigInt(interfacePointer(0)),
  };
};
