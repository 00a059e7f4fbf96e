import fc from 'fast-check';
import { isLeft } from 'fp-ts/Either';
import { Subject, type Observable } from 'rxjs';
import type { Pipe, Platform, RawCallback } from '../../native/steam-core';
import { layoutsFor } from '../../native/struct-layouts';
import { createServerStreams } from '../../streams/server-streams';
import { serverSignals } from '../../streams/server-signals';
import { signalDecoders } from '../../streams/signal-decoders';
import { createUserStreams } from '../../streams/user-streams';
import { userSignals } from '../../streams/user-signals';

const platforms: readonly Platform[] = ['linux64', 'win64'];

const decoderArbitrary = fc.constantFrom(...platforms).chain((platform) =>
  fc.constantFrom(...Object.values(signalDecoders(platform))).map((decoder) => ({ platform, decoder })),
);

// Lengths around every struct size (short, exact, long) and plain random ones.
const bytesArbitrary = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc.uint8Array({ minLength: 100, maxLength: 180 }),
  fc.uint8Array({ minLength: 250, maxLength: 600 }),
  fc.uint8Array({ minLength: 2560, maxLength: 2600 }),
);

describe('decoding random bytes', () => {
  it('gives a payload or a DecodeError for every callback id, never a throw', () => {
    fc.assert(
      fc.property(
        decoderArbitrary,
        bytesArbitrary,
        fc.constantFrom<Pipe>('client', 'server'),
        fc.boolean(),
        ({ platform, decoder }, bytes, pipe, asCallResult) => {
          const decoded = decoder.decode(bytes, { pipe, kind: asCallResult ? 'callResult' : 'callback' });
          const size = layoutsFor(platform).byCallbackId.get(decoder.callbackId)?.size ?? Number.NaN;
          if (isLeft(decoded)) {
            expect(decoded.left).toMatchObject({ _tag: 'DecodeError', callbackId: decoder.callbackId, struct: decoder.struct, pipe });
            expect(decoded.left.reason).toBe(bytes.byteLength < size ? 'ShortBuffer' : 'InvalidPayload');
            // Bounded text: a report never spells out the struct's bytes.
            expect(decoded.left.message.length).toBeLessThan(600);
          } else {
            expect(bytes.byteLength).toBeGreaterThanOrEqual(size);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('turns every routed message into exactly one payload or decode error, and never ends a stream', () => {
    const messageArbitrary = fc.record({
      kind: fc.constantFrom<'callback' | 'callResult'>('callback', 'callResult'),
      pipe: fc.constantFrom<Pipe>('client', 'server'),
      callbackId: fc.oneof(fc.constantFrom(...layoutsFor('linux64').byCallbackId.keys()), fc.integer({ min: 0, max: 2000 })),
      apiCall: fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
      ioFailure: fc.boolean(),
      bytes: bytesArbitrary,
    });
    const routedIds: Readonly<Record<Pipe, ReadonlySet<number>>> = {
      client: new Set(Object.values(userSignals).map(({ struct }) => layoutsFor('linux64').byName[struct]?.callbackId ?? -1)),
      server: new Set(Object.values(serverSignals).map(({ struct }) => layoutsFor('linux64').byName[struct]?.callbackId ?? -1)),
    };
    fc.assert(
      fc.property(fc.constantFrom(...platforms), fc.array(messageArbitrary, { maxLength: 40 }), (platform, messages) => {
        const source = new Subject<RawCallback>();
        const ends: string[] = [];
        let outputs = 0;
        const observe = (streams: object): void => {
          Object.entries(streams).forEach(([name, stream$]: [string, Observable<unknown>]) =>
            stream$.subscribe({
              next: () => {
                outputs += 1;
              },
              error: () => ends.push(`${name} errored`),
              complete: () => ends.push(`${name} completed`),
            }),
          );
        };
        observe(createUserStreams(source, platform));
        observe(createServerStreams(source, platform));
        let expected = 0;
        for (const message of messages) {
          const raw: RawCallback =
            message.kind === 'callback'
              ? { kind: 'callback', pipe: message.pipe, callbackId: message.callbackId, bytes: message.bytes }
              : message;
          if (routedIds[raw.pipe].has(raw.callbackId) && !(raw.kind === 'callResult' && raw.ioFailure)) expected += 1;
          source.next(raw);
        }
        expect(outputs).toBe(expected);
        expect(ends).toEqual([]);
        expect(source.observed).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
