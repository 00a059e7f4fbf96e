/**
 * The client's asynchronous calls through the fake libsteam_api: each is matched to its own
 * SteamAPICall_t (above 2^53) even when another call's result comes first, and every way it can
 * end (OK, a failing EResult, I/O failure, timeout, no call started, unsubscribe, shutdown) is a
 * distinct typed value.
 */
import { left, right, type Either } from 'fp-ts/Either';
import type { Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { EDurationControlNotification, EDurationControlProgress, EResult } from '../../native/enums';
import type { FlatSymbol } from '../../native/flat-api';
import type { FieldValue } from '../../native/struct-bytes';
import type { SteamClient } from '../../src/client/steam-client';
import { fake, leftOf, queueCallResult, startClient, startCountedClient, stopClient } from './native-kit';
import { collect } from '../support/collect';
import { thrown } from '../support/misuse';

afterEach(stopClient);

const HANDLE = 0x1234_5678_9abc_def0n;

/** ES2024's resizable ArrayBuffer (Node 20 has it; the project's lib does not declare it yet). */
const ResizableArrayBuffer = ArrayBuffer as unknown as new (length: number, options: { maxByteLength: number }) => ArrayBuffer & { resize(length: number): void };
const OTHER_HANDLE = HANDLE + 1n;

type Members = Readonly<Record<string, FieldValue>>;

interface CallCase {
  readonly name: string;
  readonly symbol: FlatSymbol;
  readonly start: (client: SteamClient) => Observable<Either<unknown, unknown>>;
  readonly struct: string;
  readonly ok: Members;
  readonly okPayload: unknown;
  readonly other: Members;
  /** A payload Steam sends when the call failed, and the EResult the Left must carry. */
  readonly failing?: { readonly members: Members; readonly result: number };
}

const duration = (result: number, seconds: number): Members => ({
  m_eResult: result,
  m_appid: 480,
  m_bApplicable: true,
  m_csecsLast5h: seconds,
  m_progress: EDurationControlProgress.Full,
  m_notification: EDurationControlNotification.None,
  m_csecsToday: seconds + 1,
  m_csecsRemaining: 3600,
});

const calls: readonly CallCase[] = [
  {
    name: 'requestEncryptedAppTicket',
    symbol: 'SteamAPI_ISteamUser_RequestEncryptedAppTicket',
    start: (client) => client.requestEncryptedAppTicket('secret'),
    struct: 'EncryptedAppTicketResponse_t',
    ok: { m_eResult: EResult.OK },
    okPayload: { result: EResult.OK },
    other: { m_eResult: EResult.Fail },
    failing: { members: { m_eResult: EResult.LimitExceeded }, result: EResult.LimitExceeded },
  },
  {
    name: 'requestStoreAuthURL',
    symbol: 'SteamAPI_ISteamUser_RequestStoreAuthURL',
    start: (client) => client.requestStoreAuthURL('https://example.com/back?x=1'),
    struct: 'StoreAuthURLResponse_t',
    ok: { m_szURL: 'https://store.steampowered.com/login/?token=ours' },
    okPayload: { url: 'https://store.steampowered.com/login/?token=ours' },
    other: { m_szURL: 'https://store.steampowered.com/login/?token=theirs' },
    failing: { members: { m_szURL: '' }, result: EResult.Fail },
  },
  {
    name: 'getMarketEligibility',
    symbol: 'SteamAPI_ISteamUser_GetMarketEligibility',
    start: (client) => client.getMarketEligibility(),
    struct: 'MarketEligibilityResponse_t',
    ok: { m_bAllowed: true, m_eNotAllowedReason: 0, m_rtAllowedAtTime: 0, m_cdaySteamGuardRequiredDays: 15, m_cdayNewDeviceCooldown: 7 },
    okPayload: { isAllowed: true, disallowReason: 0, allowedAtTime: 0, steamGuardRequiredDays: 15, newDeviceCooldown: 7 },
    other: { m_bAllowed: false, m_eNotAllowedReason: 16, m_rtAllowedAtTime: 5, m_cdaySteamGuardRequiredDays: 1, m_cdayNewDeviceCooldown: 1 },
  },
  {
    name: 'getDurationControl',
    symbol: 'SteamAPI_ISteamUser_GetDurationControl',
    start: (client) => client.getDurationControl(),
    struct: 'DurationControl_t',
    ok: duration(EResult.OK, 100),
    okPayload: {
      result: EResult.OK,
      duration: {
        appId: 480,
        applicable: true,
        secondsLast5hrs: 100,
        progress: EDurationControlProgress.Full,
        notification: EDurationControlNotification.None,
        notificationVerbal: 'Just informing you about progress, no notification to show.',
        secondsToday: 101,
        secondsRemaining: 3600,
      },
    },
    other: duration(EResult.OK, 999),
    failing: { members: duration(EResult.Fail, 0), result: EResult.Fail },
  },
];

describe.each(calls)('$name', (call) => {
  it('is cold: Steam is called on subscribe, once per subscription', () => {
    const client = startClient();
    fake.setReturn(call.symbol, HANDLE);
    const result$ = call.start(client);
    expect(fake.callCount(call.symbol)).toBe(0);
    collect(result$);
    expect(fake.callCount(call.symbol)).toBe(1);
    expect(fake.arg(call.symbol, 0)).toBe(fake.interfacePointer('user'));
  });

  it('takes the result of its own handle even when another handle’s result comes first, then lets go of callbacks$', () => {
    const { client, counter } = startCountedClient();
    const baseline = counter.open();
    fake.setReturn(call.symbol, HANDLE);
    const seen = collect(call.start(client));
    expect(counter.open()).toBe(baseline + 1);
    queueCallResult(OTHER_HANDLE, call.struct, call.other);
    queueCallResult(HANDLE, call.struct, call.ok);
    client.runCallbacks();
    expect(seen.values).toEqual([right(call.okPayload)]);
    expect(seen.completed()).toBe(true);
    expect(counter.open()).toBe(baseline);
  });

  it('an I/O failure is a CallResultIoFailure naming the handle', () => {
    const client = startClient();
    fake.setReturn(call.symbol, HANDLE);
    const seen = collect(call.start(client));
    queueCallResult(HANDLE, call.struct, call.ok, true);
    client.runCallbacks();
    expect(seen.values).toEqual([left(expect.objectContaining({ _tag: 'CallResultIoFailure', apiCall: HANDLE }))]);
  });

  it('a call that did not start (handle 0) is an InvalidApiCall at once', () => {
    const client = startClient();
    fake.setReturn(call.symbol, 0);
    const seen = collect(call.start(client));
    expect(seen.values).toEqual([left(expect.objectContaining({ _tag: 'InvalidApiCall' }))]);
    expect(seen.completed()).toBe(true);
  });

  it('times out on virtual time as a CallResultTimeout; a late result is dropped and nothing stays subscribed', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ expectObservable, flush }) => {
      const { client, counter } = startCountedClient({ scheduler, callResultTimeoutMs: 250 });
      const baseline = counter.open();
      fake.setReturn(call.symbol, HANDLE);
      const late: unknown[] = [];
      scheduler.schedule(() => {
        queueCallResult(HANDLE, call.struct, call.ok);
        client.runCallbacks();
      }, 300);
      const result$ = call.start(client);
      expectObservable(result$).toBe('250ms (a|)', {
        a: left(expect.objectContaining({ _tag: 'CallResultTimeout', apiCall: HANDLE, timeoutMs: 250 })),
      });
      client.callbacks$.subscribe((message) => late.push(message));
      flush();
      expect(counter.open()).toBe(baseline + 1); // only the probe above
      expect(late).toEqual([expect.objectContaining({ kind: 'callResult', apiCall: HANDLE })]);
    });
  });

  it('unsubscribed while pending: the subscription is gone and the late result reaches nobody', () => {
    const { client, counter } = startCountedClient();
    const baseline = counter.open();
    fake.setReturn(call.symbol, HANDLE);
    const seen = collect(call.start(client));
    expect(counter.open()).toBe(baseline + 1);
    seen.unsubscribe();
    expect(counter.open()).toBe(baseline);
    queueCallResult(HANDLE, call.struct, call.ok);
    client.runCallbacks();
    expect(seen.values).toEqual([]);
    expect(fake.pendingCallResults()).toBe(0);
    expect(fake.protocolErrors()).toBe(0);
  });

  it('a shutdown while pending answers Left(NotInitialized)', () => {
    const client = startClient();
    fake.setReturn(call.symbol, HANDLE);
    const seen = collect(call.start(client));
    client.shutdown();
    expect(seen.values).toEqual([left(expect.objectContaining({ _tag: 'NotInitialized' }))]);
    expect(seen.completed()).toBe(true);
  });

  if (call.failing !== undefined) {
    const failing = call.failing;
    it('a failing EResult in the payload is a SteamResultError with that result', () => {
      const client = startClient();
      fake.setReturn(call.symbol, HANDLE);
      const seen = collect(call.start(client));
      queueCallResult(HANDLE, call.struct, failing.members);
      client.runCallbacks();
      expect(seen.values).toEqual([left(expect.objectContaining({ _tag: 'SteamResultError', result: failing.result }))]);
    });
  }
});

describe('call arguments', () => {
  it('requestEncryptedAppTicket encrypts UTF-8 text or raw bytes, up to 1 KiB', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamUser_RequestEncryptedAppTicket', HANDLE);
    collect(client.requestEncryptedAppTicket('sécret'));
    expect(fake.argBytes('SteamAPI_ISteamUser_RequestEncryptedAppTicket', 1)).toEqual(new TextEncoder().encode('sécret'));
    expect(fake.arg('SteamAPI_ISteamUser_RequestEncryptedAppTicket', 2)).toBe(7n);
    collect(client.requestEncryptedAppTicket(Uint8Array.of(0, 255, 1)));
    expect(fake.argBytes('SteamAPI_ISteamUser_RequestEncryptedAppTicket', 1)).toEqual(Uint8Array.of(0, 255, 1));
    collect(client.requestEncryptedAppTicket());
    expect(fake.arg('SteamAPI_ISteamUser_RequestEncryptedAppTicket', 2)).toBe(0n);
    expect(thrown(() => client.requestEncryptedAppTicket(new Uint8Array(1025)))).toMatchObject({ _tag: 'InvalidArgument', argument: 'secret' });
    expect(fake.callCount('SteamAPI_ISteamUser_RequestEncryptedAppTicket')).toBe(3);
  });

  it('requestEncryptedAppTicket copies its bytes when called: a buffer grown or changed before the subscription changes nothing', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamUser_RequestEncryptedAppTicket', HANDLE);
    const memory = new ResizableArrayBuffer(4, { maxByteLength: 1 << 20 });
    // Length-tracking: its byteLength follows the buffer when it grows.
    const secret = new Uint8Array(memory);
    secret.set([1, 2, 3, 4]);
    const request$ = client.requestEncryptedAppTicket(secret);
    memory.resize(1 << 20);
    secret.fill(9);
    expect(secret.byteLength).toBe(1 << 20);
    collect(request$);
    expect(fake.arg('SteamAPI_ISteamUser_RequestEncryptedAppTicket', 2)).toBe(4n);
    expect(fake.argBytes('SteamAPI_ISteamUser_RequestEncryptedAppTicket', 1)).toEqual(Uint8Array.of(1, 2, 3, 4));
    // Grown before the call, the same bytes are refused there, before Steam sees them.
    expect(thrown(() => client.requestEncryptedAppTicket(secret))).toMatchObject({ _tag: 'InvalidArgument', argument: 'secret' });
    expect(fake.callCount('SteamAPI_ISteamUser_RequestEncryptedAppTicket')).toBe(1);
  });

  it('requestStoreAuthURL passes the URL as a C string; a NUL inside is refused', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamUser_RequestStoreAuthURL', HANDLE);
    collect(client.requestStoreAuthURL('https://example.com/back?x=1'));
    expect(fake.argString('SteamAPI_ISteamUser_RequestStoreAuthURL', 1)).toBe('https://example.com/back?x=1');
    expect(thrown(() => client.requestStoreAuthURL('https://example.com/\0'))).toMatchObject({ _tag: 'InvalidArgument', argument: 'redirectUrl' });
    expect(fake.callCount('SteamAPI_ISteamUser_RequestStoreAuthURL')).toBe(1);
  });
});

describe('encryptedAppTicket$', () => {
  it('OK response, then the ticket bytes Steam wrote', () => {
    const client = startClient();
    const ticket = Uint8Array.from({ length: 200 }, (_, index) => 255 - index);
    fake.setReturn('SteamAPI_ISteamUser_RequestEncryptedAppTicket', HANDLE);
    fake.setOutput('SteamAPI_ISteamUser_GetEncryptedAppTicket', ticket);
    const seen = collect(client.encryptedAppTicket$('player data'));
    expect(fake.callCount('SteamAPI_ISteamUser_GetEncryptedAppTicket')).toBe(0);
    queueCallResult(OTHER_HANDLE, 'EncryptedAppTicketResponse_t', { m_eResult: EResult.OK });
    queueCallResult(HANDLE, 'EncryptedAppTicketResponse_t', { m_eResult: EResult.OK });
    client.runCallbacks();
    expect(seen.values).toEqual([right({ buffer: ticket, size: 200 })]);
    expect(seen.completed()).toBe(true);
    expect(fake.callCount('SteamAPI_ISteamUser_GetEncryptedAppTicket')).toBe(1);
  });

  it('a LimitExceeded response is a SteamResultError and no stale ticket is read', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamUser_RequestEncryptedAppTicket', HANDLE);
    fake.setOutput('SteamAPI_ISteamUser_GetEncryptedAppTicket', Uint8Array.of(1, 2, 3));
    const seen = collect(client.encryptedAppTicket$());
    queueCallResult(HANDLE, 'EncryptedAppTicketResponse_t', { m_eResult: EResult.LimitExceeded });
    client.runCallbacks();
    expect(leftOf(seen.values[0] ?? right(null))).toMatchObject({ _tag: 'SteamResultError', result: EResult.LimitExceeded });
    expect(fake.callCount('SteamAPI_ISteamUser_GetEncryptedAppTicket')).toBe(0);
  });

  it('OK but no ticket ready is a CallFailed', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamUser_RequestEncryptedAppTicket', HANDLE);
    const seen = collect(client.encryptedAppTicket$());
    queueCallResult(HANDLE, 'EncryptedAppTicketResponse_t', { m_eResult: EResult.OK });
    client.runCallbacks();
    expect(seen.values).toEqual([left(expect.objectContaining({ _tag: 'CallFailed', call: 'getEncryptedAppTicket' }))]);
    expect(fake.callCount('SteamAPI_ISteamUser_GetEncryptedAppTicket')).toBe(1);
  });
});
