import { config, Subject, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { EAuthSessionResponse, EResult } from '../../native/enums';
import type { RawCallback } from '../../native/steam-core';
import type { RawStruct } from '../../native/struct-bytes';
import type { DecodeError } from '../../streams/decode-error';
import type { SignalDefinition } from '../../streams/signal-definition';
import { createSignalRouter } from '../../streams/signal-router';
import { steamServerDisconnectedSignal, type SteamServerDisconnected } from '../../streams/signals/steam-server-disconnected';
import {
  validateAuthTicketResponseSignal,
  type ValidateAuthTicketResponse,
} from '../../streams/signals/validate-auth-ticket-response';
import { callback, callResult, rawCallback } from './messages';

const player = 76561198265685624n;
const owner = 76561197960287930n;

const testScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

const validated = (response: number, steamId = player) =>
  callback('client', 'ValidateAuthTicketResponse_t', { m_SteamID: steamId, m_eAuthSessionResponse: response, m_OwnerSteamID: owner });
const disconnected = (result: number) => callback('client', 'SteamServersDisconnected_t', { m_eResult: result });
const validatedPayload = (response: ValidateAuthTicketResponse['response'], steamId = player): ValidateAuthTicketResponse => ({
  steamId,
  response,
  ownerSteamId: owner,
});

/** A signal definition that counts how often its bytes are decoded (fromRaw runs once per decode). */
const counting = <P>(definition: SignalDefinition<P>): { readonly definition: SignalDefinition<P>; readonly count: () => number } => {
  let decodes = 0;
  return {
    definition: {
      ...definition,
      fromRaw: (raw: RawStruct) => {
        decodes += 1;
        return definition.fromRaw(raw);
      },
    },
    count: () => decodes,
  };
};

describe('createSignalRouter', () => {
  it('splits by callback id: each stream gets its own signal, others and unknown ids are ignored', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      const source = hot<RawCallback>('-a-b-c-d-e-|', {
        a: validated(EAuthSessionResponse.OK),
        b: disconnected(EResult.NoConnection),
        c: rawCallback('client', 304, new Uint8Array(16)), // a callback of another interface
        d: rawCallback('client', 703, new Uint8Array(16)), // SteamAPICallCompleted_t, consumed by the core
        e: validated(EAuthSessionResponse.VACBanned),
      });
      const router = createSignalRouter(source, 'client', 'linux64');
      expectObservable(router.stream(validateAuthTicketResponseSignal)).toBe('-a-------e-|', {
        a: validatedPayload(EAuthSessionResponse.OK),
        e: validatedPayload(EAuthSessionResponse.VACBanned),
      });
      expectObservable(router.stream(steamServerDisconnectedSignal)).toBe('---b-------|', {
        b: { result: EResult.NoConnection },
      });
      expectObservable(router.decodeErrors$).toBe('-----------|');
    });
  });

  it('takes only its own pipe', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      const server = callback('server', 'ValidateAuthTicketResponse_t', {
        m_SteamID: 5n,
        m_eAuthSessionResponse: EAuthSessionResponse.OK,
        m_OwnerSteamID: 5n,
      });
      const source = hot<RawCallback>('-a-s-a-|', { a: validated(EAuthSessionResponse.OK), s: server });
      const client = createSignalRouter(source, 'client', 'linux64');
      const gameServer = createSignalRouter(source, 'server', 'linux64');
      const forClient = validatedPayload(EAuthSessionResponse.OK);
      expectObservable(client.stream(validateAuthTicketResponseSignal)).toBe('-a---a-|', { a: forClient });
      expectObservable(gameServer.stream(validateAuthTicketResponseSignal)).toBe('---s---|', {
        s: { steamId: 5n, response: EAuthSessionResponse.OK, ownerSteamId: 5n },
      });
    });
  });

  it('puts call results on the stream like callbacks, and skips call results with the I/O-failure flag', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      const source = hot<RawCallback>('-a-f-r-|', {
        a: disconnected(EResult.Timeout),
        f: callResult('client', 'SteamServersDisconnected_t', 11n, {}, { ioFailure: true }),
        r: callResult('client', 'SteamServersDisconnected_t', 12n, { m_eResult: EResult.OK }),
      });
      const router = createSignalRouter(source, 'client', 'linux64');
      expectObservable(router.stream(steamServerDisconnectedSignal)).toBe('-a---r-|', {
        a: { result: EResult.Timeout },
        r: { result: EResult.OK },
      });
      expectObservable(router.decodeErrors$).toBe('-------|');
    });
  });

  it('decodes each message once however many subscribers, and all of them get the same payload object', () => {
    const counted = counting(validateAuthTicketResponseSignal);
    const received: ValidateAuthTicketResponse[][] = [[], [], []];
    testScheduler().run(({ hot, expectObservable, flush }) => {
      const source = hot<RawCallback>('-a-b-c-|', {
        a: validated(EAuthSessionResponse.OK),
        b: validated(EAuthSessionResponse.AuthTicketCanceled),
        c: disconnected(EResult.OK),
      });
      const router = createSignalRouter(source, 'client', 'linux64');
      const stream$ = router.stream(counted.definition);
      for (const list of received) stream$.subscribe((payload) => list.push(payload));
      expectObservable(router.decodeErrors$).toBe('-------|');
      flush();
    });
    expect(counted.count()).toBe(2);
    expect(received[0]).toHaveLength(2);
    expect(received[1]?.[0]).toBe(received[0]?.[0]);
    expect(received[2]?.[1]).toBe(received[0]?.[1]);
  });

  it('does not decode a signal nobody observes (neither its stream nor decodeErrors$)', () => {
    const counted = counting(validateAuthTicketResponseSignal);
    testScheduler().run(({ hot, expectObservable }) => {
      const source = hot<RawCallback>('-a-b-a-|', { a: validated(EAuthSessionResponse.OK), b: disconnected(EResult.OK) });
      const router = createSignalRouter(source, 'client', 'linux64');
      router.stream(counted.definition);
      expectObservable(router.stream(steamServerDisconnectedSignal)).toBe('---b---|', { b: { result: EResult.OK } });
    });
    expect(counted.count()).toBe(0);
  });

  it('subscribes to the source once for all streams, while any is subscribed', () => {
    testScheduler().run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot<RawCallback>('-a-b-a-b-a-', { a: validated(EAuthSessionResponse.OK), b: disconnected(EResult.OK) });
      const router = createSignalRouter(source, 'client', 'linux64');
      const payload = validatedPayload(EAuthSessionResponse.OK);
      expectObservable(router.stream(validateAuthTicketResponseSignal), '^----!').toBe('-a---', { a: payload });
      expectObservable(router.stream(steamServerDisconnectedSignal), '--^-----!').toBe('---b---b', { b: { result: EResult.OK } });
      expectObservable(router.decodeErrors$, '-^--!').toBe('');
      expectSubscriptions(source.subscriptions).toBe('^-------!');
    });
  });

  it('connects again after every stream was unsubscribed', () => {
    testScheduler().run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot<RawCallback>('-a-a-a-a-', { a: validated(EAuthSessionResponse.OK) });
      const router = createSignalRouter(source, 'client', 'linux64');
      const stream$ = router.stream(validateAuthTicketResponseSignal);
      const payload = validatedPayload(EAuthSessionResponse.OK);
      expectObservable(stream$, '^--!').toBe('-a-', { a: payload });
      expectObservable(stream$, '----^---!').toBe('-----a-a', { a: payload });
      expectSubscriptions(source.subscriptions).toBe(['^--!', '----^---!']);
    });
  });

  it('sends bytes that do not decode to decodeErrors$ and keeps the stream going', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      const source = hot<RawCallback>('-a-s-x-b-|', {
        a: validated(EAuthSessionResponse.OK),
        s: rawCallback('client', 143, new Uint8Array(7)),
        x: validated(42),
        b: validated(EAuthSessionResponse.AuthTicketInvalid),
      });
      const router = createSignalRouter(source, 'client', 'linux64');
      expectObservable(router.stream(validateAuthTicketResponseSignal)).toBe('-a-----b-|', {
        a: validatedPayload(EAuthSessionResponse.OK),
        b: validatedPayload(EAuthSessionResponse.AuthTicketInvalid),
      });
      const shortBuffer: Partial<DecodeError> = {
        _tag: 'DecodeError',
        pipe: 'client',
        callbackId: 143,
        struct: 'ValidateAuthTicketResponse_t',
        kind: 'callback',
        reason: 'ShortBuffer',
        report: 'expected at least 20 bytes, got 7',
      };
      const errors$: Observable<Partial<DecodeError>> = router.decodeErrors$;
      expectObservable(errors$.pipe()).toBe('---s-x---|', {
        s: expect.objectContaining(shortBuffer),
        x: expect.objectContaining({
          reason: 'InvalidPayload',
          report: 'ValidateAuthTicketResponse.response: expected a member of EAuthSessionResponse, got 42',
        }),
      });
    });
  });

  it('reports decode errors even when the signal has no subscriber', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      const source = hot<RawCallback>('-s-|', { s: rawCallback('client', 103, new Uint8Array(2)) });
      const router = createSignalRouter(source, 'client', 'linux64');
      router.stream(steamServerDisconnectedSignal);
      expectObservable(router.decodeErrors$).toBe('-s-|', {
        s: expect.objectContaining({ callbackId: 103, reason: 'ShortBuffer' }),
      });
    });
  });

  describe('a subscriber that throws', () => {
    const original = config.onUnhandledError;
    afterEach(() => {
      config.onUnhandledError = original;
    });

    it('is reported by rxjs and breaks neither the other subscribers nor the shared source', () => {
      const reported: unknown[] = [];
      config.onUnhandledError = (error) => reported.push(error);
      const fromThrower: SteamServerDisconnected[] = [];
      testScheduler().run(({ hot, expectObservable, expectSubscriptions, flush }) => {
        const source = hot<RawCallback>('-a-b-c-|', {
          a: disconnected(EResult.Fail),
          b: disconnected(EResult.Busy),
          c: disconnected(EResult.OK),
        });
        const router = createSignalRouter(source, 'client', 'linux64');
        const stream$ = router.stream(steamServerDisconnectedSignal);
        stream$.subscribe((payload) => {
          fromThrower.push(payload);
          throw new Error(`subscriber bug on ${payload.result}`);
        });
        expectObservable(stream$).toBe('-a-b-c-|', {
          a: { result: EResult.Fail },
          b: { result: EResult.Busy },
          c: { result: EResult.OK },
        });
        expectSubscriptions(source.subscriptions).toBe('^------!');
        flush();
      });
      expect(fromThrower).toHaveLength(3);
      expect(reported.map((error) => (error instanceof Error ? error.message : error))).toEqual([
        `subscriber bug on ${EResult.Fail}`,
        `subscriber bug on ${EResult.Busy}`,
        `subscriber bug on ${EResult.OK}`,
      ]);
    });
  });

  it('completes every stream when the source completes, and later subscribers complete at once', () => {
    const source = new Subject<RawCallback>();
    const router = createSignalRouter(source, 'client', 'linux64');
    const events: string[] = [];
    const validate$ = router.stream(validateAuthTicketResponseSignal);
    validate$.subscribe({ complete: () => events.push('validate complete') });
    router.decodeErrors$.subscribe({ complete: () => events.push('errors complete') });
    source.complete();
    expect([...events].sort()).toEqual(['errors complete', 'validate complete']);
    validate$.subscribe({ complete: () => events.push('late subscriber complete') });
    router.stream(steamServerDisconnectedSignal).subscribe({ complete: () => events.push('late stream complete') });
    expect(events.slice(2)).toEqual(['late subscriber complete', 'late stream complete']);
    expect(source.observed).toBe(false);
  });

  it('passes a source error to every stream', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      const source = hot<RawCallback>('-a-#', { a: disconnected(EResult.OK) }, new Error('core broke'));
      const router = createSignalRouter(source, 'client', 'linux64');
      expectObservable(router.stream(steamServerDisconnectedSignal)).toBe('-a-#', { a: { result: EResult.OK } }, new Error('core broke'));
      expectObservable(router.decodeErrors$).toBe('---#', undefined, new Error('core broke'));
    });
  });

  it('reads callback ids when it first connects: a struct without one fails that subscription, not the router', () => {
    const router = createSignalRouter(new Subject<RawCallback>(), 'client', 'linux64');
    const broken = router.stream({ ...steamServerDisconnectedSignal, struct: 'NoSuchStruct_t' });
    const errors: unknown[] = [];
    broken.subscribe({ error: (error: unknown) => errors.push(error) });
    expect(errors).toEqual([new Error('steamworks-rx: no struct layout named NoSuchStruct_t')]);
  });

  it('refuses to route one callback id twice (a bug in the caller)', () => {
    const router = createSignalRouter(new Subject<RawCallback>(), 'client', 'linux64');
    router.stream(validateAuthTicketResponseSignal);
    expect(() => router.stream(validateAuthTicketResponseSignal)).toThrow('callback 143 (ValidateAuthTicketResponse_t) is already routed');
  });
});
