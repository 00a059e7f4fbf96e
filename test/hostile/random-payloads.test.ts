/**
 * Property tests: random bytes of random length as the payload of every callback the client and
 * the game server route, and as the result of every asynchronous call, pushed through the native
 * core (fake libsteam_api, ManualDispatch) into the public streams. Each message gives exactly one
 * valid payload on its stream or one typed DecodeError on decodeErrors$; nothing throws into user
 * code, nothing crashes, and the streams keep working afterwards.
 */
import fc from 'fast-check';
import { isLeft, isRight, type Either } from 'fp-ts/Either';
import type { Observable } from 'rxjs';
import type { FlatSymbol } from '../../native/flat-api';
import { EAuthSessionResponse } from '../../native/enums';
import { writeStruct } from '../../native/struct-bytes';
import { serverSignals, userSignals, type DecodeError } from '../../streams';
import { CLIENT_PIPE, SERVER_PIPE, fake, record, startNativePair, stopNativePair, structOf, type NativePair } from './hostile-kit';

afterEach(stopNativePair);

interface RoutedSignal {
  readonly stream: string;
  readonly struct: string;
  readonly callbackId: number;
  readonly size: number;
}

const routed = (signals: Readonly<Record<string, { readonly struct: string }>>): RoutedSignal[] =>
  Object.entries(signals).map(([name, definition]) => {
    const layout = structOf(definition.struct);
    if (layout.callbackId === undefined) throw new Error(`${definition.struct} has no callback id`);
    return { stream: `${name}$`, struct: definition.struct, callbackId: layout.callbackId, size: layout.size };
  });

const streamOf = (side: object, name: string): Observable<unknown> => {
  const stream: unknown = (side as Record<string, unknown>)[name];
  if (stream === undefined || typeof (stream as { subscribe?: unknown }).subscribe !== 'function') throw new Error(`no stream ${name}`);
  return stream as Observable<unknown>;
};

/** Random bytes up to twice the struct's size (short, exact and long buffers all occur). */
const payloadFor = (signal: RoutedSignal) => fc.uint8Array({ minLength: 0, maxLength: signal.size * 2 + 8 });

const runs = { numRuns: 150 };

let messagesTried = 0;
afterAll(() => {
  // The count of hostile messages is part of the report.
  console.log(`hostile payloads pushed through the native core: ${messagesTried}`);
});

describe.each([
  ['client', CLIENT_PIPE, routed(userSignals)],
  // The server's own getAuthSessionTicketResponse$ has its own router; its typed streams are these.
  ['server', SERVER_PIPE, routed(serverSignals)],
] as const)('random callback payloads on the %s pipe', (side, pipe, signals) => {
  it('each message gives one valid payload or one DecodeError naming its struct; nothing throws', () => {
    const pair = startNativePair();
    const target: NativePair[keyof NativePair] = side === 'client' ? pair.client : pair.server;
    const outputs = signals.map((signal) => ({ signal, seen: record(streamOf(target, signal.stream)) }));
    const errors = record(target.decodeErrors$ as Observable<DecodeError>);
    fc.assert(
      fc.property(
        fc.constantFrom(...signals).chain((signal) => fc.tuple(fc.constant(signal), payloadFor(signal))),
        ([signal, payload]) => {
          const before = outputs.map(({ seen }) => seen.values.length);
          const errorsBefore = errors.values.length;
          fake.queueCallback(pipe, signal.callbackId, payload);
          messagesTried += 1;
          expect(() => target.runCallbacks()).not.toThrow();
          const delivered = outputs.filter(({ seen }, index) => seen.values.length !== before[index]);
          const newErrors = errors.values.slice(errorsBefore);
          expect(delivered.length + newErrors.length).toBe(1);
          if (newErrors.length === 1) {
            const error = newErrors[0] as DecodeError;
            expect(error._tag).toBe('DecodeError');
            expect(error.struct).toBe(signal.struct);
            expect(error.callbackId).toBe(signal.callbackId);
            expect(error.message).toContain(signal.struct);
            if (payload.byteLength < signal.size) expect(error.reason).toBe('ShortBuffer');
          } else {
            expect(delivered[0]?.signal.stream).toBe(signal.stream);
            expect(payload.byteLength).toBeGreaterThanOrEqual(signal.size);
          }
        },
      ),
      runs,
    );
    for (const { seen } of outputs) {
      expect(seen.errors).toEqual([]);
      expect(seen.completed).toBe(false);
    }
    expect(fake.outstandingCallbacks()).toBe(0);
    expect(fake.protocolErrors()).toBe(0);

    // Still working: a well-formed ValidateAuthTicketResponse_t arrives decoded.
    const valid = writeStruct(structOf('ValidateAuthTicketResponse_t'), {
      m_SteamID: 76561198265685624n,
      m_eAuthSessionResponse: EAuthSessionResponse.OK,
      m_OwnerSteamID: 76561198265685624n,
    });
    const validations = record(target.validateAuthTicketResponse$);
    fake.queueCallback(pipe, 143, valid);
    target.runCallbacks();
    expect(validations.values).toEqual([{ steamId: 76561198265685624n, response: EAuthSessionResponse.OK, ownerSteamId: 76561198265685624n }]);
  });

  it('lying sizes, NULL payloads and unknown callback ids are dropped or refused, never read out of bounds', () => {
    const pair = startNativePair();
    const target = side === 'client' ? pair.client : pair.server;
    const errors = record(target.decodeErrors$ as Observable<DecodeError>);
    const everything = record(target.callbacks$);
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...signals.map((signal) => signal.callbackId)), fc.integer({ min: -5, max: 5000 })),
        fc.uint8Array({ maxLength: 64 }),
        fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 128 })),
        fc.boolean(),
        (callbackId, payload, reportedSize, nullPayload) => {
          fake.queueRawCallback(pipe, callbackId, payload, reportedSize, nullPayload);
          messagesTried += 1;
          expect(() => target.runCallbacks()).not.toThrow();
        },
      ),
      runs,
    );
    expect(errors.errors).toEqual([]);
    expect(everything.errors).toEqual([]);
    expect(fake.outstandingCallbacks()).toBe(0);
    expect(fake.protocolErrors()).toBe(0);
    // A payload copied out is never longer than the bytes that were really there (or 1 MiB).
    for (const message of everything.values) expect(message.bytes.byteLength).toBeLessThanOrEqual(1024 * 1024);
  });
});

interface AsyncCall {
  readonly name: string;
  readonly side: 'client' | 'server';
  readonly symbol: FlatSymbol;
  readonly struct: string;
  readonly start: (pair: NativePair) => Observable<Either<{ readonly _tag: string; readonly message: string }, unknown>>;
}

const asyncCalls: readonly AsyncCall[] = [
  { name: 'requestEncryptedAppTicket', side: 'client', symbol: 'SteamAPI_ISteamUser_RequestEncryptedAppTicket', struct: 'EncryptedAppTicketResponse_t', start: ({ client }) => client.requestEncryptedAppTicket('secret') },
  { name: 'encryptedAppTicket$', side: 'client', symbol: 'SteamAPI_ISteamUser_RequestEncryptedAppTicket', struct: 'EncryptedAppTicketResponse_t', start: ({ client }) => client.encryptedAppTicket$('secret') },
  { name: 'requestStoreAuthURL', side: 'client', symbol: 'SteamAPI_ISteamUser_RequestStoreAuthURL', struct: 'StoreAuthURLResponse_t', start: ({ client }) => client.requestStoreAuthURL('https://example.com/') },
  { name: 'getMarketEligibility', side: 'client', symbol: 'SteamAPI_ISteamUser_GetMarketEligibility', struct: 'MarketEligibilityResponse_t', start: ({ client }) => client.getMarketEligibility() },
  { name: 'getDurationControl', side: 'client', symbol: 'SteamAPI_ISteamUser_GetDurationControl', struct: 'DurationControl_t', start: ({ client }) => client.getDurationControl() },
  { name: 'getServerReputation', side: 'server', symbol: 'SteamAPI_ISteamGameServer_GetServerReputation', struct: 'GSReputation_t', start: ({ server }) => server.getServerReputation() },
  { name: 'associateWithClan', side: 'server', symbol: 'SteamAPI_ISteamGameServer_AssociateWithClan', struct: 'AssociateWithClanResult_t', start: ({ server }) => server.associateWithClan(103582791429521412n) },
  {
    name: 'computeNewPlayerCompatibility',
    side: 'server',
    symbol: 'SteamAPI_ISteamGameServer_ComputeNewPlayerCompatibility',
    struct: 'ComputeNewPlayerCompatibilityResult_t',
    start: ({ server }) => server.computeNewPlayerCompatibility(76561198265685624n),
  },
];

describe('random call results', () => {
  it.each(asyncCalls.map((call) => [call.name, call] as const))('%s: random result bytes, ids and I/O flags give exactly one Either, then completion', (_name, call) => {
    const pair = startNativePair();
    const { callbackId, size } = structOf(call.struct);
    let apiCall = 0x1_0000_0000n;
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: size * 2 + 8 }),
        fc.oneof(fc.constant(callbackId ?? 0), fc.integer({ min: 0, max: 5000 })),
        fc.boolean(),
        (payload, resultCallbackId, ioFailure) => {
          apiCall += 1n;
          fake.setReturn(call.symbol, apiCall);
          const seen = record(call.start(pair));
          fake.queueCallResult(call.side === 'client' ? CLIENT_PIPE : SERVER_PIPE, apiCall, resultCallbackId, payload, ioFailure);
          messagesTried += 1;
          expect(() => (call.side === 'client' ? pair.client : pair.server).runCallbacks()).not.toThrow();
          expect(seen.errors).toEqual([]);
          expect(seen.values).toHaveLength(1);
          expect(seen.completed).toBe(true);
          const outcome = seen.values[0] as Either<{ readonly _tag: string; readonly message: string }, unknown>;
          if (isLeft(outcome)) {
            expect(typeof outcome.left._tag).toBe('string');
            expect(outcome.left.message.length).toBeGreaterThan(0);
          } else {
            expect(isRight(outcome)).toBe(true);
            expect(ioFailure).toBe(false);
            expect(resultCallbackId).toBe(callbackId);
            expect(payload.byteLength).toBeGreaterThanOrEqual(size);
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(fake.outstandingCallbacks()).toBe(0);
  });
});
