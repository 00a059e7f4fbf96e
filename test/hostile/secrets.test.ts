/**
 * Secrets never leak into error text: session ticket bytes, encrypted-app-ticket data and web API
 * tickets are generated with a distinctive pattern, pushed through every failing path we can
 * provoke (bad sizes, NULs, tampered or cancelled tickets, undecodable callbacks, failed results),
 * and every error produced — message, String(), JSON, util.inspect — and everything logged is
 * searched for the pattern in the forms a careless formatter would print (text, hex, base64,
 * decimal lists).
 */
import { inspect } from 'node:util';
import { isLeft } from 'fp-ts/Either';
import { isObservable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { EResult, EServerMode } from '../../native/enums';
import { createSimulatedSteam } from '../../simulated';
import { writeStruct } from '../../native/struct-bytes';
import type { DecodeError } from '../../streams';
import { serverInit } from '../../src/init/server-init';
import { steamInit } from '../../src/init/steam-init';
import { CLIENT_PIPE, fake, record, rightOf, startNativePair, stopNativePair, structOf } from './hostile-kit';

afterEach(stopNativePair);

const MARKER = 'S3CR3T-T1CK3T-B17E5';
/** Distinctive bytes: the marker, then a pattern no error text would contain by chance. */
const secretBytes = (length: number): Uint8Array => {
  const bytes = new Uint8Array(length);
  bytes.set(new TextEncoder().encode(MARKER));
  for (let index = MARKER.length; index < length; index += 1) bytes[index] = (index * 37 + 11) & 0xff;
  return bytes;
};

/** The forms in which bytes could end up in text. */
const leakForms = (bytes: Uint8Array): string[] => {
  const head = bytes.subarray(0, 12);
  const tail = bytes.subarray(MARKER.length, MARKER.length + 12);
  return [
    MARKER,
    Buffer.from(head).toString('hex'),
    Buffer.from(head).toString('hex').toUpperCase(),
    Buffer.from(tail).toString('hex'),
    Buffer.from(head).toString('base64').slice(0, 12),
    Array.from(head.subarray(0, 6)).join(','),
    Array.from(head.subarray(0, 6)).join(', '),
    Array.from(tail.subarray(0, 6)).join(','),
  ];
};

const everyText = (value: unknown): string[] => {
  const texts = [inspect(value, { depth: 10, maxArrayLength: Infinity, maxStringLength: Infinity }), String(value)];
  try {
    texts.push(JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? `${item}n` : item)) ?? '');
  } catch {
    // A circular error object: inspect() above already covers it.
  }
  const message = (value as { message?: unknown } | null)?.message;
  if (typeof message === 'string') texts.push(message);
  return texts;
};

interface Harvest {
  readonly errors: unknown[];
  readonly logs: string[];
  restore(): void;
}

/** Captures console output and stderr while failing paths run. */
const harvest = (): Harvest => {
  const logs: string[] = [];
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logs.push(args.map((arg) => inspect(arg, { depth: 10 })).join(' '));
    }),
  );
  const write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    logs.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('latin1'));
    return true;
  });
  return {
    errors: [],
    logs,
    restore: () => {
      for (const spy of spies) spy.mockRestore();
      write.mockRestore();
    },
  };
};

const leftsOf = (values: readonly unknown[]): unknown[] =>
  values.flatMap((value) => (typeof value === 'object' && value !== null && (value as { _tag?: unknown })._tag === 'Left' ? [(value as { left: unknown }).left] : []));

const expectNoLeak = (collected: Harvest, secrets: readonly Uint8Array[], minimumErrors: number): void => {
  // The failing paths really failed (a silent success would make this test vacuous).
  expect(collected.errors.length).toBeGreaterThanOrEqual(minimumErrors);
  const forms = secrets.flatMap(leakForms);
  const texts = [...collected.errors.flatMap(everyText), ...collected.logs];
  for (const text of texts) for (const form of forms) expect(text.includes(form) ? `${form} found in: ${text.slice(0, 200)}` : 'clean').toBe('clean');
};

describe('secrets never reach error text or logs', () => {
  it('native: session tickets, web API tickets and encrypted-app-ticket data in failing calls and undecodable callbacks', () => {
    const collected = harvest();
    try {
      const { client, server } = startNativePair();
      const ticket = secretBytes(240);
      const oversized = secretBytes(9000);
      const appData = secretBytes(1500);
      const webTicket = secretBytes(300);
      // Misuse throws at call time, a real failure is a Left: both kinds of error are collected.
      const push = (call: () => unknown): void => {
        try {
          const value = call();
          collected.errors.push(...(isLeft(value as never) ? [(value as { left: unknown }).left] : []));
          collected.errors.push(...leftsOf(isObservable(value) ? record(value).values : []));
        } catch (error) {
          collected.errors.push(error);
        }
      };
      const untyped = <A>(value: unknown): A => value as A;
      // Bad sizes and shapes around real ticket bytes.
      push(() => client.beginAuthSession(oversized, undefined, 76561198265685624n));
      push(() => client.beginAuthSession(ticket, ticket.byteLength + 1, 76561198265685624n));
      push(() => client.beginAuthSession(ticket, 0, 76561198265685624n));
      push(() => client.beginAuthSession(untyped({ buffer: ticket, size: 99999 }), undefined, 76561198265685624n));
      push(() => server.beginAuthSession(ticket, -3, untyped('not an id')));
      push(() => client.authSession$(oversized, 76561198265685624n));
      push(() => server.authSession$(untyped({ buffer: oversized }), 76561198265685624n));
      push(() => client.decompressVoice(oversized, 5, 1));
      push(() => server.handleIncomingPacket(ticket, 'not an ip', 1));
      // Encrypted-app-ticket data: too long, with a NUL, as text.
      push(() => client.requestEncryptedAppTicket(appData));
      push(() => client.requestEncryptedAppTicket(`${MARKER}${'x'.repeat(1100)}`));
      push(() => client.encryptedAppTicket$(`${MARKER}\0tail`));
      // A failed encrypted app ticket response, then no ticket to read.
      fake.setReturn('SteamAPI_ISteamUser_RequestEncryptedAppTicket', 0x1_0000_0042n);
      const appTicket = record(client.encryptedAppTicket$(secretBytes(100)));
      const appResponse = structOf('EncryptedAppTicketResponse_t');
      fake.queueCallResult(CLIENT_PIPE, 0x1_0000_0042n, appResponse.callbackId ?? 0, writeStruct(appResponse, { m_eResult: EResult.LimitExceeded }), false);
      // Web API ticket: a response that fails, and bytes that do not decode.
      fake.setReturn('SteamAPI_ISteamUser_GetAuthTicketForWebApi', 77);
      const web = record(client.webApiTicket$('service'));
      const webLayout = structOf('GetTicketForWebApiResponse_t');
      const webMembers = { m_hAuthTicket: 77, m_eResult: EResult.AccessDenied, m_cubTicket: webTicket.byteLength, m_rgubTicket: webTicket };
      const decodeErrors = record(client.decodeErrors$);
      fake.queueCallback(CLIENT_PIPE, webLayout.callbackId ?? 0, writeStruct(webLayout, webMembers));
      const broken = writeStruct(webLayout, { ...webMembers, m_eResult: EResult.OK, m_cubTicket: 99999 });
      fake.queueCallback(CLIENT_PIPE, webLayout.callbackId ?? 0, broken);
      fake.queueCallback(CLIENT_PIPE, webLayout.callbackId ?? 0, broken.subarray(0, 200));
      // A store URL (a login secret) in an undecodable call result.
      fake.setReturn('SteamAPI_ISteamUser_RequestStoreAuthURL', 0x1_0000_0043n);
      const store = record(client.requestStoreAuthURL('https://example.com/'));
      const storeLayout = structOf('StoreAuthURLResponse_t');
      fake.queueCallResult(CLIENT_PIPE, 0x1_0000_0043n, storeLayout.callbackId ?? 0, secretBytes(100), false);
      client.runCallbacks();
      for (const flow of [appTicket, web, store]) collected.errors.push(...leftsOf(flow.values), ...flow.errors);
      collected.errors.push(...(decodeErrors.values as DecodeError[]));
      expect(decodeErrors.values.length).toBeGreaterThanOrEqual(1);
      expectNoLeak(collected, [ticket, oversized, appData, webTicket, secretBytes(100)], 15);
    } finally {
      collected.restore();
    }
  });

  it('simulated: tampered, truncated, reused and cancelled tickets give errors that never contain the ticket', () => {
    const collected = harvest();
    try {
      const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
      const tickets: Uint8Array[] = [];
      scheduler.run(({ flush }) => {
        const steam = createSimulatedSteam({ scheduler, latencyMs: 5 });
        const player = steam.addUser();
        const client = rightOf(steamInit({ backend: 'simulated', steam, user: player }));
        const server = rightOf(serverInit('0.0.0.0', 27015, 27016, EServerMode.AuthenticationAndSecure, '1.0.0.0', { backend: 'simulated', steam }));
        server.logOnAnonymous();
        const issued = rightOf(client.getAuthSessionTicket());
        tickets.push(issued.buffer);
        flush();
        const tampered = issued.buffer.slice();
        tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 0xff;
        const truncated = issued.buffer.slice(0, Math.floor(issued.buffer.length / 2));
        const flows = [
          record(server.authSession$(tampered, player)),
          record(server.authSession$(truncated, player)),
          record(server.authSession$(secretBytes(240), player)),
          record(server.authSession$(issued.buffer, player + 1n)),
        ];
        const valid = record(server.authSession$(issued.buffer, player));
        flush();
        client.cancelAuthTicket(issued);
        flush();
        for (const flow of [...flows, valid]) collected.errors.push(...leftsOf(flow.values), ...flow.errors);
        client.shutdown();
        server.serverShutdown();
      });
      expect(collected.errors.map((error) => (error as { _tag: string })._tag)).toContain('AuthSessionRejected');
      expectNoLeak(collected, [...tickets, secretBytes(240)], 5);
    } finally {
      collected.restore();
    }
  });
});
