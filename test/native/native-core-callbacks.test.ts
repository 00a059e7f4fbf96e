import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isLeft } from 'fp-ts/Either';
import { config } from 'rxjs';
import { loadNativeCore } from '../../native/native-core';
import type { RawCallback } from '../../native/steam-core';
import { writeStruct } from '../../native/struct-bytes';
import { hostPlatform, layoutOf, layoutsFor } from '../../native/struct-layouts';
import { loadFakeSteam } from '../fake/fake-steam';
import { freshFakeCore, liveClient, liveServer } from './fake-core';

const layouts = layoutsFor(hostPlatform());
const clientPipe = 1;
const serverPipe = 2;

const validateAuthTicketResponse = (steamId: bigint, response: number, owner: bigint): Uint8Array =>
  writeStruct(layoutOf(layouts, 'ValidateAuthTicketResponse_t'), { m_SteamID: steamId, m_eAuthSessionResponse: response, m_OwnerSteamID: owner });

const collect = (run: () => void, source: { subscribe: (next: (value: RawCallback) => void) => { unsubscribe(): void } }): RawCallback[] => {
  const received: RawCallback[] = [];
  const subscription = source.subscribe((value) => received.push(value));
  try {
    run();
  } finally {
    subscription.unsubscribe();
  }
  return received;
};

describe('native core callbacks through ManualDispatch (fake library)', () => {
  it('a queued ValidateAuthTicketResponse_t arrives on callbacks$ with its bytes and pipe, freed once', () => {
    const { core, fake } = freshFakeCore();
    liveClient(core);
    const payload = validateAuthTicketResponse(76561198265685624n, 0, 76561198265685624n);
    fake.queueCallback(clientPipe, 143, payload);
    const received = collect(() => core.runCallbacks(), core.callbacks$);
    expect(received).toEqual([{ kind: 'callback', pipe: 'client', callbackId: 143, bytes: payload }]);
    expect(received[0]?.bytes.byteLength).toBe(20);
    expect(fake.callCount('SteamAPI_ManualDispatch_FreeLastCallback')).toBe(1);
    expect(fake.outstandingCallbacks()).toBe(0);
    expect(fake.protocolErrors()).toBe(0);
    expect(fake.arg('SteamAPI_ManualDispatch_RunFrame', 0)).toBe(BigInt(clientPipe));
  });

  it('the emitted bytes are a copy: intact after the fake poisons the freed payload', () => {
    const { core, fake } = freshFakeCore();
    liveClient(core);
    const payload = validateAuthTicketResponse(76561197960287930n, 5, 76561197960287931n);
    fake.queueCallback(clientPipe, 143, payload);
    const received = collect(() => core.runCallbacks(), core.callbacks$);
    const freed = fake.lastFreedPayload();
    expect(freed).not.toBeNull();
    expect(freed?.every((value) => value === 0xcd)).toBe(true);
    expect(received[0]?.bytes).toEqual(payload);
    expect(received[0]?.bytes.buffer.byteLength).toBe(payload.byteLength);
  });

  it('FreeLastCallback runs exactly once per message, in order, across a frame of many', () => {
    const { core, fake } = freshFakeCore();
    liveClient(core);
    for (let index = 0; index < 5; index += 1) fake.queueCallback(clientPipe, 101 + index, Uint8Array.of(index));
    const received = collect(() => core.runCallbacks(), core.callbacks$);
    expect(received.map((message) => message.callbackId)).toEqual([101, 102, 103, 104, 105]);
    expect(received.map((message) => Array.from(message.bytes))).toEqual([[0], [1], [2], [3], [4]]);
    expect(fake.callCount('SteamAPI_ManualDispatch_FreeLastCallback')).toBe(5);
    expect(fake.callCount('SteamAPI_ManualDispatch_GetNextCallback')).toBe(6);
    expect(fake.protocolErrors()).toBe(0);
    expect(fake.pendingCallbacks(clientPipe)).toBe(0);
  });

  it('a subscriber that throws synchronously cannot leave a callback un-freed', () => {
    const { core, fake } = freshFakeCore();
    liveClient(core);
    fake.queueCallback(clientPipe, 101, Uint8Array.of(1));
    fake.queueCallback(clientPipe, 102, Uint8Array.of(2));
    const previous = config.useDeprecatedSynchronousErrorHandling;
    config.useDeprecatedSynchronousErrorHandling = true;
    const subscription = core.callbacks$.subscribe(() => {
      throw new Error('subscriber bug');
    });
    try {
      expect(() => core.runCallbacks()).toThrow('subscriber bug');
    } finally {
      subscription.unsubscribe();
      config.useDeprecatedSynchronousErrorHandling = previous;
    }
    expect(fake.callCount('SteamAPI_ManualDispatch_FreeLastCallback')).toBe(1);
    expect(fake.outstandingCallbacks()).toBe(0);
    // The second message is still Steam's, delivered on the next frame.
    const received = collect(() => core.runCallbacks(), core.callbacks$);
    expect(received.map((message) => message.callbackId)).toEqual([102]);
    expect(fake.protocolErrors()).toBe(0);
  });

  it('a subscriber error reported asynchronously (rxjs default) does not stop the drain', () => {
    const { core, fake } = freshFakeCore();
    liveClient(core);
    fake.queueCallback(clientPipe, 101, Uint8Array.of(1));
    fake.queueCallback(clientPipe, 102, Uint8Array.of(2));
    const reported: unknown[] = [];
    const previous = config.onUnhandledError;
    config.onUnhandledError = (error) => reported.push(error);
    const subscription = core.callbacks$.subscribe(() => {
      throw new Error('subscriber bug');
    });
    try {
      core.runCallbacks();
    } finally {
      subscription.unsubscribe();
    }
    return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
      config.onUnhandledError = previous;
      expect(reported).toHaveLength(2);
      expect(fake.callCount('SteamAPI_ManualDispatch_FreeLastCallback')).toBe(2);
      expect(fake.outstandingCallbacks()).toBe(0);
    });
  });

  it('a call result arrives with its handle, result id, bytes and I/O-failure flag', () => {
    const { core, fake } = freshFakeCore();
    liveClient(core);
    const result = writeStruct(layoutOf(layouts, 'EncryptedAppTicketResponse_t'), { m_eResult: 1 });
    fake.queueCallResult(clientPipe, 0x8000000000000abcn, 154, result, false);
    fake.queueCallResult(clientPipe, 42n, 154, result, true);
    const received = collect(() => core.runCallbacks(), core.callbacks$);
    expect(received).toEqual([
      { kind: 'callResult', pipe: 'client', callbackId: 154, apiCall: 0x8000000000000abcn, ioFailure: false, bytes: result },
      // An I/O failure's bytes mean nothing, so none are passed on.
      { kind: 'callResult', pipe: 'client', callbackId: 154, apiCall: 42n, ioFailure: true, bytes: new Uint8Array(0) },
    ]);
    const call = 'SteamAPI_ManualDispatch_GetAPICallResult';
    expect(fake.callCount(call)).toBe(2);
    expect(fake.signedArg(call, 0)).toBe(BigInt(clientPipe));
    expect(fake.arg(call, 1)).toBe(42n);
    expect(fake.signedArg(call, 3)).toBe(BigInt(result.byteLength));
    expect(fake.signedArg(call, 4)).toBe(154n);
    expect(fake.callCount('SteamAPI_ManualDispatch_FreeLastCallback')).toBe(2);
    expect(fake.pendingCallResults()).toBe(0);
    // The result was fetched while Steam still held the SteamAPICallCompleted_t.
    expect(fake.protocolErrors()).toBe(0);
  });

  it('a completed call whose result Steam will not hand over ends as an I/O failure with no bytes', () => {
    const { core, fake } = freshFakeCore();
    liveClient(core);
    fake.queueCallCompleted(clientPipe, 7n, 165, 512);
    const received = collect(() => core.runCallbacks(), core.callbacks$);
    expect(received).toEqual([
      { kind: 'callResult', pipe: 'client', callbackId: 165, apiCall: 7n, ioFailure: true, fault: { _tag: 'NotHandedOver' }, bytes: new Uint8Array(0) },
    ]);
    expect(fake.callCount('SteamAPI_ManualDispatch_FreeLastCallback')).toBe(1);
  });

  it('an absurd call-result size is not allocated nor fetched', () => {
    const { core, fake } = freshFakeCore();
    liveClient(core);
    fake.queueCallCompleted(clientPipe, 8n, 154, 0xfffffff0);
    const received = collect(() => core.runCallbacks(), core.callbacks$);
    expect(received).toEqual([
      { kind: 'callResult', pipe: 'client', callbackId: 154, apiCall: 8n, ioFailure: true, fault: { _tag: 'AbsurdSize', claimed: 0xfffffff0 }, bytes: new Uint8Array(0) },
    ]);
    expect(fake.callCount('SteamAPI_ManualDispatch_GetAPICallResult')).toBe(0);
    expect(fake.callCount('SteamAPI_ManualDispatch_FreeLastCallback')).toBe(1);
  });

  it('client and server pipes are told apart, each drained with its own handle', () => {
    const { core, fake } = freshFakeCore();
    fake.setPipes(5, 9);
    liveClient(core);
    liveServer(core);
    fake.queueCallback(9, 201, Uint8Array.of(0xaa));
    fake.queueCallback(5, 143, Uint8Array.of(0xbb));
    const reputation = writeStruct(layoutOf(layouts, 'GSReputation_t'), { m_eResult: 1, m_unReputationScore: 3 });
    fake.queueCallResult(9, 3n, 209, reputation, false);
    const received = collect(() => core.runCallbacks(), core.callbacks$);
    expect(received).toEqual([
      { kind: 'callback', pipe: 'client', callbackId: 143, bytes: Uint8Array.of(0xbb) },
      { kind: 'callback', pipe: 'server', callbackId: 201, bytes: Uint8Array.of(0xaa) },
      { kind: 'callResult', pipe: 'server', callbackId: 209, apiCall: 3n, ioFailure: false, bytes: reputation },
    ]);
    expect(fake.callCount('SteamAPI_ManualDispatch_RunFrame')).toBe(2);
    expect(fake.signedArg('SteamAPI_ManualDispatch_GetAPICallResult', 0)).toBe(9n);
    expect(fake.protocolErrors()).toBe(0);
  });

  it.each([
    ['negative m_cubParam', 20, -1, false, 0],
    ['m_cubParam far beyond the payload (1 GiB)', 4, 1 << 30, false, 0],
    ['m_cubParam just over 1 MiB', 4, 1024 * 1024 + 1, false, 0],
    ['a NULL payload with a size', 20, 20, true, 0],
    ['a truncated size', 20, 4, false, 4],
  ])('garbage in CallbackMsg_t (%s) is delivered without the payload and still freed', (_, allocated, reported, nullPayload, expectedLength) => {
    const { core, fake } = freshFakeCore();
    liveClient(core);
    const payload = new Uint8Array(allocated).fill(0x11);
    fake.queueRawCallback(clientPipe, 143, payload, reported, nullPayload);
    fake.queueCallback(clientPipe, 101, Uint8Array.of(0));
    const received = collect(() => core.runCallbacks(), core.callbacks$);
    expect(received.map((message) => [message.callbackId, message.bytes.byteLength])).toEqual([
      [143, expectedLength],
      [101, 1],
    ]);
    expect(Array.from(received[0]?.bytes ?? [])).toEqual(new Array(expectedLength).fill(0x11));
    expect(fake.callCount('SteamAPI_ManualDispatch_FreeLastCallback')).toBe(2);
    expect(fake.protocolErrors()).toBe(0);
  });

  it('a SteamAPICallCompleted_t too short to read is passed on as a plain callback', () => {
    const { core, fake } = freshFakeCore();
    liveClient(core);
    fake.queueRawCallback(clientPipe, 703, Uint8Array.of(1, 2, 3, 4), 4, false);
    const received = collect(() => core.runCallbacks(), core.callbacks$);
    expect(received).toEqual([{ kind: 'callback', pipe: 'client', callbackId: 703, bytes: Uint8Array.of(1, 2, 3, 4) }]);
    expect(fake.callCount('SteamAPI_ManualDispatch_GetAPICallResult')).toBe(0);
  });

  it('an idle frame runs the frame and asks once; no live pipe means no call at all', () => {
    const { core, fake } = freshFakeCore();
    core.runCallbacks();
    expect(fake.callCount('SteamAPI_ManualDispatch_RunFrame')).toBe(0);
    expect(fake.callCount('SteamAPI_ManualDispatch_GetNextCallback')).toBe(0);
    liveClient(core);
    const received = collect(() => core.runCallbacks(), core.callbacks$);
    expect(received).toEqual([]);
    expect(fake.callCount('SteamAPI_ManualDispatch_RunFrame')).toBe(1);
    expect(fake.callCount('SteamAPI_ManualDispatch_GetNextCallback')).toBe(1);
    expect(fake.callCount('SteamAPI_ManualDispatch_FreeLastCallback')).toBe(0);
  });

  it('a subscriber that shuts the client down mid-frame stops that pipe cleanly', () => {
    const { core, fake } = freshFakeCore();
    liveClient(core);
    fake.queueCallback(clientPipe, 101, Uint8Array.of(1));
    fake.queueCallback(clientPipe, 102, Uint8Array.of(2));
    const received: number[] = [];
    const subscription = core.callbacks$.subscribe((message) => {
      received.push(message.callbackId);
      core.shutdownClient();
    });
    core.runCallbacks();
    subscription.unsubscribe();
    expect(received).toEqual([101]);
    expect(fake.callCount('SteamAPI_ManualDispatch_FreeLastCallback')).toBe(1);
    expect(fake.callCount('SteamAPI_ManualDispatch_GetNextCallback')).toBe(1);
    expect(fake.protocolErrors()).toBe(0);
  });

  it('ManualDispatch_Init runs right after each successful init, never before one (Valve refuses that)', () => {
    // A private copy of the fake: a different file is a different dlopen handle, so fresh state.
    const directory = mkdtempSync(path.join(tmpdir(), 'steamworks-rx-fake-'));
    const copy = path.join(directory, 'libsteam_api.so');
    copyFileSync(freshFakeCore().fake.libraryPath, copy);
    const fake = loadFakeSteam(copy);
    fake.reset();
    const loaded = loadNativeCore({ libraryPath: directory });
    if (isLeft(loaded)) throw new Error(loaded.left.message);
    const core = loaded.right;
    fake.setClientInit(2, 'no Steam client');
    expect(isLeft(core.initClient())).toBe(true);
    expect(fake.callCount('SteamAPI_ManualDispatch_Init')).toBe(0);
    fake.setClientInit(0, '');
    liveClient(core);
    expect(fake.callCount('SteamAPI_ManualDispatch_Init')).toBe(1);
    expect(fake.callSequence('SteamAPI_ManualDispatch_Init')).toBeGreaterThan(fake.callSequence('SteamAPI_InitFlat'));
    core.runCallbacks();
    expect(fake.callSequence('SteamAPI_ManualDispatch_RunFrame')).toBeGreaterThan(fake.callSequence('SteamAPI_ManualDispatch_Init'));
    core.shutdownClient();
    liveClient(core);
    liveServer(core);
    expect(fake.callCount('SteamAPI_ManualDispatch_Init')).toBe(3);
    expect(fake.callSequence('SteamAPI_ManualDispatch_Init')).toBeGreaterThan(fake.callSequence('SteamInternal_GameServer_Init_V2'));
    core.runCallbacks();
    expect(fake.protocolErrors()).toBe(0);
    core.shutdownClient();
    core.shutdownServer();
    // Same real path, same core (Valve's library is process-global).
    const again = loadNativeCore({ libraryPath: copy });
    expect(isLeft(again) ? undefined : again.right).toBe(core);
    rmSync(directory, { recursive: true, force: true });
  });
});
