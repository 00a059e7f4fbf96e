import { left, right } from 'fp-ts/Either';
import { Subject } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { EResult } from '../../native/enums';
import type { RawCallback } from '../../native/steam-core';
import { CallResultDecodeError, CallResultIoFailure, CallResultMismatchedCallback, CallResultTimeout, InvalidApiCall, callResult } from '../../streams/call-result';
import { signalDecoders } from '../../streams/signal-decoders';
import { anError } from '../support/error-matcher';
import { callback, callResult as callResultMessage } from './messages';

const testScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
const decoders = signalDecoders('linux64');

const ticketResult = (apiCall: bigint, result: number, pipe: 'client' | 'server' = 'client') =>
  callResultMessage(pipe, 'EncryptedAppTicketResponse_t', apiCall, { m_eResult: result });

describe('callResult', () => {
  it('matches on the API call handle among interleaved results of other handles, then completes', () => {
    testScheduler().run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot<RawCallback>('-a-b-c-d-', {
        a: ticketResult(7n, EResult.LimitExceeded), // same kind, another call
        b: callback('client', 'EncryptedAppTicketResponse_t', { m_eResult: EResult.Fail }), // a plain callback: no handle
        c: ticketResult(8n, EResult.OK),
        d: ticketResult(8n, EResult.Busy), // a second message for the handle is never seen
      });
      const result$ = callResult(source, { pipe: 'client', apiCall: 8n, ...decoders.encryptedAppTicketResponse });
      expectObservable(result$).toBe('-----(c|)', { c: right({ result: EResult.OK }) });
      expectSubscriptions(source.subscriptions).toBe('^----!');
    });
  });

  it('does not take a result with the same handle from the other pipe', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      const source = hot<RawCallback>('-s-c-', { s: ticketResult(3n, EResult.Fail, 'server'), c: ticketResult(3n, EResult.OK) });
      expectObservable(callResult(source, { pipe: 'client', apiCall: 3n, ...decoders.encryptedAppTicketResponse })).toBe('---(c|)', {
        c: right({ result: EResult.OK }),
      });
    });
  });

  it('leaves the Steam EResult in the payload to the caller', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      const source = hot<RawCallback>('-r-', { r: ticketResult(3n, EResult.DuplicateRequest) });
      expectObservable(callResult(source, { pipe: 'client', apiCall: 3n, ...decoders.encryptedAppTicketResponse })).toBe('-(r|)', {
        r: right({ result: EResult.DuplicateRequest }),
      });
    });
  });

  it('times out on the given scheduler with a CallResultTimeout, and drops a late result', () => {
    const scheduler = testScheduler();
    scheduler.run(({ hot, expectObservable, expectSubscriptions, time }) => {
      const source = hot<RawCallback>('-a-------------r-', { a: ticketResult(1n, EResult.OK), r: ticketResult(2n, EResult.OK) });
      const timeoutMs = time('----------|');
      const result$ = callResult(source, { pipe: 'client', apiCall: 2n, ...decoders.encryptedAppTicketResponse, timeoutMs, scheduler });
      expectObservable(result$).toBe('----------(t|)', {
        t: left(
          anError(CallResultTimeout, {
            _tag: 'CallResultTimeout',
            apiCall: 2n,
            timeoutMs: 10,
            message: 'steamworks-rx: no result for API call 2 within 10 ms',
          }),
        ),
      });
      expectSubscriptions(source.subscriptions).toBe('^---------!');
    });
  });

  it('defaults to a 10 second timeout', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      const source = hot<RawCallback>('-');
      expectObservable(callResult(source, { pipe: 'server', apiCall: 9n, ...decoders.gsReputation })).toBe('10000ms (t|)', {
        t: left(expect.objectContaining({ _tag: 'CallResultTimeout', timeoutMs: 10_000 })),
      });
    });
  });

  it('waits for ever with timeoutMs Infinity', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      const source = hot<RawCallback>('1000s r', { r: ticketResult(4n, EResult.OK) });
      expectObservable(
        callResult(source, { pipe: 'client', apiCall: 4n, ...decoders.encryptedAppTicketResponse, timeoutMs: Infinity }),
      ).toBe('1000s (r|)', { r: right({ result: EResult.OK }) });
    });
  });

  it('turns the I/O-failure flag into CallResultIoFailure without decoding', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      const source = hot<RawCallback>('--f-', { f: callResultMessage('server', 'GSReputation_t', 5n, {}, { ioFailure: true }) });
      expectObservable(callResult(source, { pipe: 'server', apiCall: 5n, ...decoders.gsReputation })).toBe('--(f|)', {
        f: left(anError(CallResultIoFailure, { _tag: 'CallResultIoFailure', apiCall: 5n, message: 'steamworks-rx: Steam reported an I/O failure for API call 5' })),
      });
    });
  });

  it.each([
    [{ _tag: 'SizeMismatch', claimed: 512, expected: 32 }, 'the result of API call 5 claims 512 bytes where its struct has 32; it was not read'],
    [{ _tag: 'AbsurdSize', claimed: 1 << 30 }, `the result of API call 5 claims ${1 << 30} bytes, more than any Steam struct; it was not read`],
    [{ _tag: 'NotHandedOver' }, 'Steam did not hand over the result of API call 5 (GetAPICallResult failed)'],
  ] as const)('a result the native core refused (%o) says why, not "Steam reported an I/O failure"', (fault, message) => {
    testScheduler().run(({ hot, expectObservable }) => {
      const refused: RawCallback = { kind: 'callResult', pipe: 'server', callbackId: 209, apiCall: 5n, ioFailure: true, fault, bytes: new Uint8Array(0) };
      expectObservable(callResult(hot<RawCallback>('--f-', { f: refused }), { pipe: 'server', apiCall: 5n, ...decoders.gsReputation })).toBe('--(f|)', {
        f: left(anError(CallResultIoFailure, { _tag: 'CallResultIoFailure', apiCall: 5n, message: `steamworks-rx: ${message}` })),
      });
    });
  });

  it('reports bytes that do not decode as CallResultDecodeError', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      const short: RawCallback = { kind: 'callResult', pipe: 'server', callbackId: 209, apiCall: 5n, ioFailure: false, bytes: new Uint8Array(32) };
      const source = hot<RawCallback>('--s-', { s: short });
      // 32 bytes are a whole GSReputation_t on linux64 but short of the 40 bytes of win64.
      const win = signalDecoders('win64');
      expectObservable(callResult(source, { pipe: 'server', apiCall: 5n, ...win.gsReputation })).toBe('--(s|)', {
        s: left(
          anError(CallResultDecodeError, {
            _tag: 'CallResultDecodeError',
            apiCall: 5n,
            decodeError: expect.objectContaining({ reason: 'ShortBuffer', kind: 'callResult', callbackId: 209, struct: 'GSReputation_t' }),
            message: 'steamworks-rx: GSReputation_t (call result 209 on the server pipe) is too short to decode: expected at least 40 bytes, got 32',
          }),
        ),
      });
    });
  });

  it('reports a result of another struct for the handle as CallResultMismatchedCallback', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      const source = hot<RawCallback>('-m-', { m: callResultMessage('client', 'StoreAuthURLResponse_t', 6n, { m_szURL: 'x' }) });
      expectObservable(callResult(source, { pipe: 'client', apiCall: 6n, ...decoders.encryptedAppTicketResponse })).toBe('-(m|)', {
        m: left(
          anError(CallResultMismatchedCallback, {
            _tag: 'CallResultMismatchedCallback',
            apiCall: 6n,
            expectedCallbackId: 154,
            actualCallbackId: 165,
            message: 'steamworks-rx: API call 6 completed with callback 165, expected 154',
          }),
        ),
      });
    });
  });

  it('answers k_uAPICallInvalid (0) with InvalidApiCall at once, without subscribing', () => {
    testScheduler().run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot<RawCallback>('-r-', { r: ticketResult(0n, EResult.OK) });
      expectObservable(callResult(source, { pipe: 'client', apiCall: 0n, ...decoders.encryptedAppTicketResponse })).toBe('(i|)', {
        i: left(anError(InvalidApiCall, { _tag: 'InvalidApiCall', message: 'steamworks-rx: the API call handle is k_uAPICallInvalid (0): the call did not start' })),
      });
      expectSubscriptions(source.subscriptions).toBe([]);
    });
  });

  it('answers a handle outside uint64 with InvalidApiCall', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      expectObservable(callResult(cold<RawCallback>('-'), { pipe: 'client', apiCall: -1n, ...decoders.encryptedAppTicketResponse })).toBe(
        '(i|)',
        { i: left(expect.objectContaining({ _tag: 'InvalidApiCall' })) },
      );
    });
  });

  it('reports a pipe that closes before the result as CallResultIoFailure', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      const source = hot<RawCallback>('-a-|', { a: ticketResult(1n, EResult.OK) });
      expectObservable(callResult(source, { pipe: 'client', apiCall: 2n, ...decoders.encryptedAppTicketResponse })).toBe('---(c|)', {
        c: left(anError(CallResultIoFailure, { _tag: 'CallResultIoFailure', apiCall: 2n, message: 'steamworks-rx: the client pipe closed before API call 2 completed' })),
      });
    });
  });

  it('leaves nothing behind on unsubscribe, and drops a result that comes after', () => {
    testScheduler().run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot<RawCallback>('------r-', { r: ticketResult(2n, EResult.OK) });
      const result$ = callResult(source, { pipe: 'client', apiCall: 2n, ...decoders.encryptedAppTicketResponse, timeoutMs: 5 });
      expectObservable(result$, '^--!').toBe('---');
      expectSubscriptions(source.subscriptions).toBe('^--!');
    });
  });

  it('leaves no timer behind on unsubscribe (asyncScheduler)', () => {
    const source = new Subject<RawCallback>();
    const values: unknown[] = [];
    const subscription = callResult(source, { pipe: 'client', apiCall: 2n, ...decoders.encryptedAppTicketResponse, timeoutMs: 60_000 }).subscribe(
      (value) => values.push(value),
    );
    expect(source.observed).toBe(true);
    subscription.unsubscribe();
    expect(source.observed).toBe(false);
    source.next(ticketResult(2n, EResult.OK));
    expect(values).toEqual([]);
    // jest would report an open 60 s timer handle at exit if the timeout had not been cleared.
  });

  it('refuses a NaN or negative timeout as a programming error', () => {
    const source = new Subject<RawCallback>();
    expect(() => callResult(source, { pipe: 'client', apiCall: 2n, ...decoders.encryptedAppTicketResponse, timeoutMs: -1 })).toThrow(RangeError);
    expect(() => callResult(source, { pipe: 'client', apiCall: 2n, ...decoders.encryptedAppTicketResponse, timeoutMs: Number.NaN })).toThrow(
      RangeError,
    );
  });
});
