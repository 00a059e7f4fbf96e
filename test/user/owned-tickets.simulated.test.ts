/**
 * Owned tickets on the simulated Steam: requestAuthTicket / requestWebApiTicket resolve to a
 * ticket that stays valid until ticket.cancel() or the client's shutdown, where
 * `await firstValueFrom(authTicket$())` hands over a ticket already cancelled (the Promise trap).
 *
 * Promises resolve between macrotasks, so virtual time runs in phases: a phase schedules game
 * frames for a while and flushes; the test awaits in between.
 */
import { isRight, type Either } from 'fp-ts/Either';
import { firstValueFrom, take, timer } from 'rxjs';
import type { TestScheduler } from 'rxjs/testing';
import { EAuthSessionResponse } from '../../native/enums';
import { ServerMode } from '../../src/enums';
import { NotInitialized } from '../../src/errors';
import { serverInit } from '../../src/init/server-init';
import type { SteamServer } from '../../src/server/steam-server';
import { collect } from '../support/collect';
import { thrown, untyped } from '../support/misuse';
import { FRAME_MS, leftOf, newScheduler, rightOf, world, type World } from './simulated-kit';

/** Runs the game frames of every client (and `server`) for `durationMs` of virtual time from now. */
const phase = (scheduler: TestScheduler, game: World, durationMs: number, server?: SteamServer): void => {
  game.frames(durationMs);
  if (server !== undefined) {
    timer(FRAME_MS, FRAME_MS, scheduler)
      .pipe(take(Math.floor(durationMs / FRAME_MS)))
      .subscribe(() => server.runCallbacks());
  }
  scheduler.flush();
};

/** The verdicts of an auth session so far, as text. */
const verdicts = (session: { values: Array<Either<{ readonly _tag: string }, { readonly response: number }>> }): string[] =>
  session.values.map((verdict) => (isRight(verdict) ? `ok ${verdict.right.response}` : verdict.left._tag));

const setUp = () => {
  const scheduler = newScheduler();
  const game = world(scheduler, {}, 60_000);
  const alice = game.player();
  const server = rightOf(
    serverInit('0.0.0.0', 27015, 27016, ServerMode.SERVER_MODE_AUTHENTICATION_AND_SECURE, '1.0.0.0', { backend: 'simulated', steam: game.steam, pump: 'manual' }),
  );
  return { scheduler, game, steam: game.steam, alice, server };
};

describe('requestAuthTicket', () => {
  it('resolves to a ticket that stays valid after the Promise: a server validates it OK, it is open until cancel(), then released', async () => {
    const { scheduler, game, steam, alice, server } = setUp();
    const request = alice.client.requestAuthTicket();
    phase(scheduler, game, 100, server);
    const ticket = rightOf(await request);
    expect(ticket.cancelled).toBe(false);
    expect(steam.inspect.openTickets().map((open) => open.handle)).toEqual([ticket.id]);

    // Well after the Promise resolved, the server begins a session with it.
    const session = collect(server.authSession$(ticket, alice.steamId));
    phase(scheduler, game, 200, server);
    expect(verdicts(session)).toEqual([`ok ${EAuthSessionResponse.OK}`]);
    expect(steam.inspect.openTickets().map((open) => open.handle)).toEqual([ticket.id]);

    ticket.cancel();
    expect(ticket.cancelled).toBe('cancel');
    expect(steam.inspect.openTickets()).toEqual([]);
    phase(scheduler, game, 200, server);
    expect(verdicts(session)).toEqual([`ok ${EAuthSessionResponse.OK}`, 'AuthSessionRejected']);
    // Idempotent, and the client carries on.
    ticket.cancel();
    expect(ticket.cancelled).toBe('cancel');
    expect(alice.client.live).toBe(true);
    session.unsubscribe();
    server.serverShutdown();
  });

  it('is released at the client’s shutdown, and then says so; cancel() afterwards does nothing', async () => {
    const { scheduler, game, steam, alice, server } = setUp();
    const request = alice.client.requestAuthTicket(undefined, { timeoutMs: 1_000 });
    phase(scheduler, game, 100);
    const ticket = rightOf(await request);
    expect(steam.inspect.openTickets()).toHaveLength(1);
    alice.client.shutdown();
    expect(steam.inspect.openTickets()).toEqual([]);
    expect(ticket.cancelled).toBe('shutdown');
    expect(() => ticket.cancel()).not.toThrow();
    expect(ticket.cancelled).toBe('shutdown');
    server.serverShutdown();
  });

  it('a shutdown before Steam confirmed the ticket resolves Left(NotInitialized), and nothing stays open', async () => {
    const { steam, alice, server } = setUp();
    const request = alice.client.requestAuthTicket();
    alice.client.shutdown();
    expect(leftOf(await request)).toBeInstanceOf(NotInitialized);
    expect(steam.inspect.openTickets()).toEqual([]);
    server.serverShutdown();
  });

  it('misuse throws when called, not as a rejected Promise', () => {
    const { alice, server } = setUp();
    expect(thrown(() => alice.client.requestAuthTicket(untyped('alice')))).toMatchObject({ _tag: 'InvalidArgument', argument: 'remoteSteamId' });
    expect(thrown(() => alice.client.requestAuthTicket(undefined, untyped({ timeoutMs: -1 })))).toMatchObject({ _tag: 'InvalidArgument', argument: 'options.timeoutMs' });
    alice.client.shutdown();
    expect(() => alice.client.requestAuthTicket()).toThrow(NotInitialized);
    server.serverShutdown();
  });

  it('the trap it avoids: firstValueFrom(authTicket$()) hands over a ticket that was cancelled as it resolved', async () => {
    const { scheduler, game, steam, alice, server } = setUp();
    const first = firstValueFrom(alice.client.authTicket$());
    phase(scheduler, game, 100);
    expect(isRight(await first)).toBe(true);
    expect(steam.inspect.openTickets()).toEqual([]);
    server.serverShutdown();
  });
});

describe('requestWebApiTicket', () => {
  it('resolves to a ticket the back end accepts until cancel() or shutdown', async () => {
    const { scheduler, game, steam, alice, server } = setUp();
    const first = alice.client.requestWebApiTicket('my-service');
    const second = alice.client.requestWebApiTicket('my-service');
    phase(scheduler, game, 100);
    const cancelled = rightOf(await first);
    const kept = rightOf(await second);
    expect(steam.inspect.webApiTickets().map((ticket) => ticket.handle).sort()).toEqual([cancelled.authTicket, kept.authTicket].sort());
    expect(rightOf(steam.backend.authenticateWebApiTicket(cancelled.ticket, 'my-service')).steamId).toBe(alice.steamId);
    cancelled.cancel();
    expect(cancelled.cancelled).toBe('cancel');
    expect(steam.inspect.webApiTickets().map((ticket) => ticket.handle)).toEqual([kept.authTicket]);
    expect(steam.backend.authenticateWebApiTicket(cancelled.ticket, 'my-service')._tag).toBe('Left');
    alice.client.shutdown();
    expect(kept.cancelled).toBe('shutdown');
    expect(steam.inspect.webApiTickets()).toEqual([]);
    server.serverShutdown();
  });
});
