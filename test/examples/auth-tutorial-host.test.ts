/**
 * The tutorial's host (the game server's side, shared by peers) in virtual time: host$ over fake
 * connections and the simulated Steam on a TestScheduler, so every verdict, message to the
 * player and session end is checked at its frame.
 */
import { isRight, left, right, type Either } from 'fp-ts/Either';
import { NEVER, map, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { ServerMode, serverInit, steamInit } from '../../src';
import { createSimulatedSteam } from '../../src/testing';
import type { HostEvent } from '../../examples/auth-tutorial/events';
import { host$, type HostConnection } from '../../examples/auth-tutorial/host';
import { protocolError, type HostMessage, type PlayerMessage, type ProtocolError } from '../../examples/auth-tutorial/protocol';
import type { Closed } from '../../examples/auth-tutorial/tcp-connection';

const rightOf = <E, A>(value: Either<E, A>): A => {
  if (!isRight(value)) throw new Error(`expected Right: ${String((value.left as { message?: string }).message)}`);
  return value.right;
};

interface FakeConnection {
  readonly connection: HostConnection;
  readonly sent: HostMessage[];
  readonly closes: () => number;
}

const fakeConnection = (messages$: Observable<Either<ProtocolError, PlayerMessage>>, closed$: Observable<Closed>): FakeConnection => {
  const sent: HostMessage[] = [];
  let closes = 0;
  return {
    connection: {
      remote: '127.0.0.1:50000',
      messages$,
      closed$,
      send: (message) => sent.push(message),
      close: () => {
        closes += 1;
      },
    },
    sent,
    closes: () => closes,
  };
};

/** A world: one player (alice) with a ticket, and a game server, on a simulated Steam with 5 ms latency. */
const world = (scheduler: TestScheduler) => {
  const steam = createSimulatedSteam({ scheduler, latencyMs: 5 });
  const alice = steam.addUser({ accountId: 7, name: 'alice' });
  const client = rightOf(steamInit({ backend: 'simulated', steam, user: alice }));
  // The server's own simulated process, so the test can count the calls it makes to Steam.
  const serverProcess = steam.createProcess();
  const server = rightOf(
    serverInit('127.0.0.1', 0, 0xffff, ServerMode.SERVER_MODE_AUTHENTICATION_AND_SECURE, '1.0.0.0', { backend: 'core', core: serverProcess, scheduler }),
  );
  const ticket = rightOf(client.getAuthSessionTicket());
  const offer: PlayerMessage = { type: 'ticket', name: 'alice', steamId: alice, ticket: ticket.buffer };
  return { steam, alice, client, server, serverProcess, ticket, offer };
};

const kinds = (events$: Observable<HostEvent>): Observable<string> =>
  events$.pipe(map((event) => (event.kind === 'rejected' ? `rejected:${event.response.response}` : event.kind)));

describe('host$: the server side of the tutorial, in virtual time', () => {
  it('greets, validates, admits, then drops the player when Steam says the ticket was cancelled', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ cold, hot, expectObservable, flush }) => {
      const { steam, alice, client, server, serverProcess, ticket, offer } = world(scheduler);
      const fake = fakeConnection(cold('-a', { a: right(offer) }), NEVER);
      const lines: string[] = [];
      const events$ = host$(
        { name: 'server', steamId: 90071992547409921n, validator: server, stop$: hot('100ms s'), log: (line) => lines.push(line) },
        { port: 4242, connections$: cold('c|', { c: fake.connection }) },
      );
      cold('50ms x').subscribe(() => client.cancelAuthTicket(ticket.id));
      // Frame 1: the offer (begin); Steam answers after its latency and the next pump frame; the
      // cancellation at 50 ms reaches the server the same way; the game ends at 100 ms.
      expectObservable(kinds(events$)).toBe('lo 4ms v 48ms (re) 41ms (g|)', {
        l: 'listening',
        o: 'offered',
        v: 'validated',
        r: 'rejected:6',
        e: 'session-ended',
        g: 'game-over',
      });
      flush();
      expect(fake.sent).toEqual([{ type: 'welcome', host: 'server', steamId: 90071992547409921n }, { type: 'admitted' }, { type: 'refused', reason: 'The ticket has been canceled by the issuer.' }]);
      expect(fake.closes()).toBe(1);
      expect(steam.inspect.authSessions()).toEqual([]);
      // One session, begun once and ended once (by unsubscribing).
      expect(steam.inspect.callCounts(serverProcess)['server.beginAuthSession']).toBe(1);
      expect(steam.inspect.callCounts(serverProcess)['server.endAuthSession']).toBe(1);
      expect(lines).toEqual([
        'Listening for players on 127.0.0.1:4242',
        `alice (${alice}) sent an auth ticket of ${ticket.size} bytes: beginAuthSession`,
        'Auth verification response: Ticket is valid for this game and this Steam ID.',
        `Ticket Owner: ${alice}`,
        'Auth response: Steam has verified the user is online, the ticket is valid and ticket has not been reused.',
        `Game owner ID: ${alice}`,
        'Validation successful, adding alice to the game',
        'Players in the game: alice',
        `Ticket Owner: ${alice}`,
        'Auth response: The ticket has been canceled by the issuer.',
        `Game owner ID: ${alice}`,
        'Dropping alice: The ticket has been canceled by the issuer.',
        `endAuthSession(alice (${alice})): session ended`,
        'Players in the game: none',
        'Game over: ending the auth session of every player (none left)',
      ]);
      server.serverShutdown();
      client.shutdown();
    });
  });

  it('ends the sessions of everyone still in when the game is over, after saying so', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ cold, hot, expectObservable, flush }) => {
      const { steam, alice, client, server, offer } = world(scheduler);
      const fake = fakeConnection(cold('-a', { a: right(offer) }), NEVER);
      const lines: string[] = [];
      const events$ = host$(
        { name: 'server', steamId: 1n, validator: server, stop$: hot('30ms s'), stopReason: 'Time is up', log: (line) => lines.push(line) },
        { port: 1, connections$: cold('c|', { c: fake.connection }) },
      );
      expectObservable(kinds(events$)).toBe('lo 4ms v 23ms (ge|)', { l: 'listening', o: 'offered', v: 'validated', g: 'game-over', e: 'session-ended' });
      flush();
      expect(lines.slice(-3)).toEqual(['Time is up: ending the auth session of every player (alice)', `endAuthSession(alice (${alice})): session ended`, 'Players in the game: none']);
      expect(steam.inspect.authSessions(undefined, 'server')).toEqual([]);
      expect(fake.closes()).toBe(1);
      server.serverShutdown();
      client.shutdown();
    });
  });

  it("ends the session when the player's connection closes, and the game goes on", () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ cold, hot, expectObservable, flush }) => {
      const { steam, client, server, offer } = world(scheduler);
      const fake = fakeConnection(cold('-a', { a: right(offer) }), hot('20ms c', { c: {} }));
      const events$ = host$(
        { name: 'server', steamId: 1n, validator: server, stop$: NEVER, log: () => undefined },
        { port: 1, connections$: cold('c', { c: fake.connection }) },
      );
      expectObservable(kinds(events$), '^ 50ms !').toBe('lo 4ms v 13ms e', { l: 'listening', o: 'offered', v: 'validated', e: 'session-ended' });
      flush();
      expect(steam.inspect.authSessions(undefined, 'server')).toEqual([]);
      server.serverShutdown();
      client.shutdown();
    });
  });

  it('refuses a ticket Steam cannot begin a session with, with the tutorial\'s verbose result', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ cold, hot, expectObservable, flush }) => {
      const { alice, client, server, offer } = world(scheduler);
      const forged: PlayerMessage = { ...offer, ticket: new Uint8Array(offer.ticket.byteLength).fill(7) };
      const fake = fakeConnection(cold('-a', { a: right(forged) }), NEVER);
      const lines: string[] = [];
      const events$ = host$(
        { name: 'server', steamId: 1n, validator: server, stop$: hot('10ms s'), log: (line) => lines.push(line) },
        { port: 1, connections$: cold('c|', { c: fake.connection }) },
      );
      expectObservable(kinds(events$)).toBe('l(obe) 4ms (g|)', { l: 'listening', o: 'offered', b: 'begin-failed', e: 'session-ended', g: 'game-over' });
      flush();
      expect(lines.slice(1, 4)).toEqual([`alice (${alice}) sent an auth ticket of ${forged.ticket.byteLength} bytes: beginAuthSession`, 'Auth verification response: The ticket is invalid.', 'Refusing alice']);
      // No session was begun, so none is reported ended.
      expect(lines.filter((line) => line.startsWith('endAuthSession'))).toEqual([]);
      expect(fake.sent.at(-1)).toEqual({ type: 'refused', reason: 'The ticket is invalid.' });
      expect(fake.closes()).toBe(1);
      server.serverShutdown();
      client.shutdown();
    });
  });

  it('closes a connection whose first message is not a ticket, without asking Steam', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ cold, hot, expectObservable, flush }) => {
      const { steam, client, server, serverProcess } = world(scheduler);
      const fake = fakeConnection(cold('-a', { a: left(protocolError('not JSON: hello')) }), NEVER);
      const lines: string[] = [];
      const events$ = host$(
        { name: 'server', steamId: 1n, validator: server, stop$: hot('5ms s'), log: (line) => lines.push(line) },
        { port: 1, connections$: cold('c|', { c: fake.connection }) },
      );
      expectObservable(kinds(events$)).toBe('lx 3ms (g|)', { l: 'listening', x: 'bad-message', g: 'game-over' });
      flush();
      expect(lines[1]).toBe('Refusing the connection from 127.0.0.1:50000: not JSON: hello');
      expect(fake.closes()).toBe(1);
      expect(steam.inspect.callCounts(serverProcess)['server.beginAuthSession'] ?? 0).toBe(0);
      expect(steam.inspect.callCounts(serverProcess)['server.getAuthSessionTicket'] ?? 0).toBe(0);
      server.serverShutdown();
      client.shutdown();
    });
  });
});
