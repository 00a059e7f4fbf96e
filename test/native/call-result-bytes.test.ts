/**
 * Call results are fetched into a reused scratch buffer. A result must carry only what Steam wrote
 * for it: never bytes of an earlier result (a store URL holds a login token), whether Steam claims
 * more bytes than it writes, reports an I/O failure, or writes fewer bytes than it claims.
 */
import type { CallResultMessage, RawCallback } from '../../native/steam-core';
import { writeStruct } from '../../native/struct-bytes';
import { hostPlatform, layoutOf, layoutsFor } from '../../native/struct-layouts';
import { freshFakeCore, liveClient, liveServer } from './fake-core';

const layouts = layoutsFor(hostPlatform());
const clientPipe = 1;
const serverPipe = 2;
const storeUrl = layoutOf(layouts, 'StoreAuthURLResponse_t');
const reputation = layoutOf(layouts, 'GSReputation_t');

const secretUrl = 'https://store.steampowered.com/login/?token=SECRET-LOGIN-TOKEN';

/** A 512-byte store URL result: the URL, then (past its NUL) more of a secret, as a real buffer may hold. */
const secretStoreUrl = (): Uint8Array => {
  const bytes = writeStruct(storeUrl, { m_szURL: secretUrl });
  bytes.fill(0x53, 100);
  return bytes;
};

const hasSecret = (bytes: Uint8Array): boolean => Buffer.from(bytes).includes('SECRET') || bytes.includes(0x53);

const receive = (run: () => void, source: { subscribe: (next: (value: RawCallback) => void) => { unsubscribe(): void } }): RawCallback[] => {
  const received: RawCallback[] = [];
  const subscription = source.subscribe((value) => received.push(value));
  try {
    run();
  } finally {
    subscription.unsubscribe();
  }
  return received;
};

/** Fetches a store URL result on the client pipe first, so the scratch buffer holds the secret. */
const afterStoreUrl = () => {
  const { core, fake } = freshFakeCore();
  liveClient(core);
  liveServer(core);
  fake.queueCallResult(clientPipe, 1n, storeUrl.callbackId ?? 0, secretStoreUrl(), false);
  return { core, fake };
};

describe('call-result bytes never carry an earlier result', () => {
  it('a GSReputation_t whose completion claims 512 bytes is a typed size-mismatch failure with no bytes', () => {
    const { core, fake } = afterStoreUrl();
    const genuine = writeStruct(reputation, { m_eResult: 1, m_unReputationScore: 77 });
    fake.queueCallResultClaiming(serverPipe, 2n, reputation.callbackId ?? 0, genuine, storeUrl.size, false);
    const received = receive(() => core.runCallbacks(), core.callbacks$);
    expect(received).toHaveLength(2);
    // The store URL itself arrives (cut at its NUL), and fills the scratch buffer with the secret.
    expect(received[0]?.bytes).toEqual(writeStruct(storeUrl, { m_szURL: secretUrl }));
    expect(received[1]).toEqual({
      kind: 'callResult',
      pipe: 'server',
      callbackId: reputation.callbackId,
      apiCall: 2n,
      ioFailure: true,
      fault: { _tag: 'SizeMismatch', claimed: storeUrl.size, expected: reputation.size },
      bytes: new Uint8Array(0),
    });
    // Steam was still asked for it, so it does not keep the result forever.
    expect(fake.pendingCallResults()).toBe(0);
  });

  it('a completion claiming fewer bytes than the struct is a size mismatch too', () => {
    const { core, fake } = afterStoreUrl();
    fake.queueCallResultClaiming(serverPipe, 3n, reputation.callbackId ?? 0, new Uint8Array(8), 8, false);
    const result = receive(() => core.runCallbacks(), core.callbacks$)[1] as CallResultMessage;
    expect(result.ioFailure).toBe(true);
    expect(result.fault).toEqual({ _tag: 'SizeMismatch', claimed: 8, expected: reputation.size });
    expect(result.bytes.byteLength).toBe(0);
  });

  it('bytes Steam claims but does not write are zero, not what the buffer held before', () => {
    const { core, fake } = afterStoreUrl();
    const written = Uint8Array.of(1, 0, 0, 0, 9, 0, 0, 0);
    fake.queueCallResultClaiming(serverPipe, 4n, reputation.callbackId ?? 0, written, reputation.size, false);
    const result = receive(() => core.runCallbacks(), core.callbacks$)[1] as CallResultMessage;
    expect(result.ioFailure).toBe(false);
    expect(result.fault).toBeUndefined();
    const expected = new Uint8Array(reputation.size);
    expected.set(written);
    expect(result.bytes).toEqual(expected);
  });

  it('an I/O failure carries no bytes', () => {
    const { core, fake } = afterStoreUrl();
    fake.queueCallResultClaiming(serverPipe, 5n, reputation.callbackId ?? 0, new Uint8Array(0), reputation.size, true);
    const result = receive(() => core.runCallbacks(), core.callbacks$)[1] as CallResultMessage;
    expect(result).toEqual({ kind: 'callResult', pipe: 'server', callbackId: reputation.callbackId, apiCall: 5n, ioFailure: true, bytes: new Uint8Array(0) });
  });

  it('a result Steam will not hand over and an absurd size say so in `fault`', () => {
    const { core, fake } = afterStoreUrl();
    fake.queueCallCompleted(serverPipe, 6n, reputation.callbackId ?? 0, reputation.size);
    fake.queueCallCompleted(serverPipe, 7n, reputation.callbackId ?? 0, 0xfffffff0);
    const [, notHanded, absurd] = receive(() => core.runCallbacks(), core.callbacks$) as CallResultMessage[];
    expect(notHanded?.fault).toEqual({ _tag: 'NotHandedOver' });
    expect(absurd?.fault).toEqual({ _tag: 'AbsurdSize', claimed: 0xfffffff0 });
    for (const result of [notHanded, absurd]) {
      expect(result?.ioFailure).toBe(true);
      expect(result?.bytes.byteLength).toBe(0);
    }
  });

  it('an unknown result id (no layout to check) still gets no stale bytes', () => {
    const { core, fake } = afterStoreUrl();
    fake.queueCallResultClaiming(clientPipe, 8n, 4242, Uint8Array.of(7, 7), 600, false);
    const received = receive(() => core.runCallbacks(), core.callbacks$);
    const result = received[1] as CallResultMessage;
    expect(result.ioFailure).toBe(false);
    expect(result.bytes.byteLength).toBe(600);
    expect(Array.from(result.bytes.subarray(0, 2))).toEqual([7, 7]);
    expect(result.bytes.subarray(2).every((value) => value === 0)).toBe(true);
    for (const message of received.slice(1)) expect(hasSecret(message.bytes)).toBe(false);
  });
});
