/**
 * Auth tickets and sessions through the public API on the simulated Steam: one player's
 * authTicket$ validated by another player's authSession$, Family Sharing, bans and cancellations
 * after the fact, BeginAuthSession failures. Game frames every 16 ms, Steam latency 20 ms.
 */
import { isRight, left, right, type Either } from 'fp-ts/Either';
import { filter, map, of, shareReplay, switchMap, take, timer, type Observable } from 'rxjs';
import type { TestScheduler } from 'rxjs/testing';
import { EAuthSessionResponse, EBeginAuthSessionResult } from '../../native/enums';
import type { AuthTicket } from '../../src/auth/auth-ticket';
import type { SteamClient } from '../../src/client/steam-client';
import { NotInitialized } from '../../src/errors';
import { newScheduler, rightOf, world } from './simulated-kit';

const LENDER = 76561197960287930n;

/** The holder's ticket handed to the validator: Lefts pass through, a Right begins a session. */
const validate = (ticket$: Observable<Either<unknown, AuthTicket>>, validator: SteamClient, holder: bigint) =>
  ticket$.pipe(switchMap((ticket) => (isRight(ticket) ? validator.authSession$(ticket.right, holder) : of(ticket))));

const ok = (steamId: bigint, owner: bigint = steamId) => right({ steamId, response: EAuthSessionResponse.OK, ownerSteamId: owner });
const rejected = (response: number, steamId: bigint) => left(expect.objectContaining({ _tag: 'AuthSessionRejected', response, steamId }));
const beginFailed = (result: number, steamId: bigint) => left(expect.objectContaining({ _tag: 'BeginAuthSessionFailed', result, steamId }));

describe('authTicket$ -> authSession$ between two players', () => {
  it('marbles: ticket confirmed in the frame after the latency (32 ms), OK with the holder as owner one round trip later (64 ms)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { player, frames } = world(scheduler);
      const alice = player({ name: 'alice' });
      const bob = player({ name: 'bob' });
      frames(400);
      expectObservable(alice.client.authTicket$().pipe(map((ticket) => rightOf(ticket).size))).toBe('32ms a', { a: expect.any(Number) });
      expectObservable(validate(alice.client.authTicket$(), bob.client, alice.steamId)).toBe('64ms a', { a: ok(alice.steamId) });
      flush();
    });
  });

  it('names the Family Sharing lender as owner', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { player, frames } = world(scheduler);
      const borrower = player({ ownsApp: false, familySharingOwner: LENDER });
      const server = player();
      frames(200);
      expectObservable(validate(borrower.client.authTicket$(), server.client, borrower.steamId)).toBe('64ms a', {
        a: ok(borrower.steamId, LENDER),
      });
      flush();
    });
  });

  it('a ticket received into a larger buffer validates when its dictionary gives the size', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { player, frames } = world(scheduler);
      const alice = player();
      const bob = player();
      frames(200);
      const ticket = rightOf(alice.client.getAuthSessionTicket());
      // As read off the network: the ticket, then whatever else was in the receive buffer.
      const received = new Uint8Array(ticket.size + 32).fill(0xee);
      received.set(ticket.buffer);
      expectObservable(bob.client.authSession$({ buffer: received, size: ticket.size }, alice.steamId)).toBe('32ms a', { a: ok(alice.steamId) });
      flush();
    });
  });

  it('a VAC ban after validation reaches the open session as AuthSessionRejected (response 3)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam, player, frames } = world(scheduler);
      const alice = player();
      const bob = player();
      frames(400);
      scheduler.schedule(() => steam.faults.setVacBanned(alice.steamId), 100);
      // Banned at 100, Steam tells the holder at 120, the next frame is 128.
      expectObservable(validate(alice.client.authTicket$(), bob.client, alice.steamId)).toBe('64ms a 63ms b', {
        a: ok(alice.steamId),
        b: rejected(EAuthSessionResponse.VACBanned, alice.steamId),
      });
      flush();
    });
  });

  it('the holder letting go of its ticket reaches the validator as AuthTicketCanceled (response 6); the validator ends its session on unsubscribe', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam, player, frames } = world(scheduler);
      const alice = player();
      const bob = player();
      frames(400);
      const ticket$ = alice.client.authTicket$().pipe(shareReplay({ bufferSize: 1, refCount: true }));
      const session$ = ticket$.pipe(
        filter(isRight),
        take(1),
        switchMap((ticket) => bob.client.authSession$(ticket.right, alice.steamId)),
      );
      const sessionsAt: number[] = [];
      for (const at of [70, 300]) scheduler.schedule(() => sessionsAt.push(steam.inspect.authSessions().length), at);
      const ticketsAt: number[] = [];
      for (const at of [50, 101]) scheduler.schedule(() => ticketsAt.push(steam.inspect.openTickets().length), at);
      expectObservable(session$, '^ 199ms !').toBe('64ms a 63ms b', { a: ok(alice.steamId), b: rejected(EAuthSessionResponse.AuthTicketCanceled, alice.steamId) });
      expectObservable(ticket$, '^ 99ms !').toBe('32ms a', { a: expect.objectContaining({ _tag: 'Right' }) });
      flush();
      expect(ticketsAt).toEqual([1, 0]);
      expect(sessionsAt).toEqual([1, 0]);
    });
  });

  it('shutting the holder down cancels its ticket: the validator hears AuthTicketCanceled, no ticket stays open', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam, player, frames } = world(scheduler);
      const alice = player();
      const bob = player();
      frames(400);
      scheduler.schedule(() => alice.client.shutdown(), 100);
      expectObservable(validate(alice.client.authTicket$(), bob.client, alice.steamId), '^ 300ms !').toBe('64ms a 63ms b', {
        a: ok(alice.steamId),
        b: rejected(EAuthSessionResponse.AuthTicketCanceled, alice.steamId),
      });
      flush();
      expect(steam.inspect.openTickets()).toEqual([]);
      expect(() => alice.client.getSteamID()).toThrow(NotInitialized);
    });
  });
});

describe('BeginAuthSession failures as Left(BeginAuthSessionFailed)', () => {
  it('a tampered ticket is InvalidTicket, at once, and the stream completes', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { player } = world(scheduler);
      const alice = player();
      const bob = player();
      const ticket = rightOf(alice.client.getAuthSessionTicket());
      const tampered = ticket.buffer.slice();
      tampered[10] = (tampered[10] ?? 0) ^ 0x40;
      expectObservable(bob.client.authSession$(tampered, alice.steamId)).toBe('(a|)', {
        a: beginFailed(EBeginAuthSessionResult.InvalidTicket, alice.steamId),
      });
      // The untouched ticket is fine: the failure was the tampering.
      expectObservable(bob.client.authSession$(ticket, alice.steamId).pipe(take(1)), '^ 40ms !').toBe('');
      flush();
    });
  });

  it('a second session for the same player while one is open is DuplicateRequest; the first carries on', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { player, frames } = world(scheduler);
      const alice = player();
      const bob = player();
      frames(200);
      const first = rightOf(alice.client.getAuthSessionTicket());
      const second = rightOf(alice.client.getAuthSessionTicket());
      expectObservable(bob.client.authSession$(first, alice.steamId)).toBe('32ms a', { a: ok(alice.steamId) });
      expectObservable(bob.client.authSession$(second, alice.steamId)).toBe('(a|)', {
        a: beginFailed(EBeginAuthSessionResult.DuplicateRequest, alice.steamId),
      });
      flush();
    });
  });

  it('a ticket presented after its lifetime is ExpiredTicket', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { player } = world(scheduler, { ticketLifetimeMs: 100 });
      const alice = player();
      const bob = player();
      const ticket = rightOf(alice.client.getAuthSessionTicket());
      const late$ = timer(100, scheduler).pipe(switchMap(() => bob.client.authSession$(ticket, alice.steamId)));
      expectObservable(late$).toBe('100ms (a|)', { a: beginFailed(EBeginAuthSessionResult.ExpiredTicket, alice.steamId) });
      flush();
    });
  });
});

describe('determinism', () => {
  /**
   * A session ticket ends in a 16-byte MAC whose key mixes in which simulated Steam of the process
   * signed it (so two never accept each other's tickets): two runs in one process differ there only.
   */
  const MAC_BYTES = 16;

  /** The whole exchange as [virtual ms, what happened], the ticket's signed bytes included. */
  const exchange = (scheduler: TestScheduler): Array<readonly [number, string]> => {
    const seen: Array<readonly [number, string]> = [];
    scheduler.run(({ flush }) => {
      const { steam, player, frames } = world(scheduler);
      const alice = player({ accountId: 11 });
      const bob = player({ accountId: 12 });
      frames(500);
      scheduler.schedule(() => steam.faults.setPublisherBanned(alice.steamId), 150);
      const ticket$ = alice.client.authTicket$();
      ticket$.subscribe((ticket) => {
        const held = rightOf(ticket);
        seen.push([scheduler.now(), `ticket ${held.id} ${Buffer.from(held.buffer.subarray(0, held.size - MAC_BYTES)).toString('hex')}`]);
        bob.client.authSession$(held, alice.steamId).subscribe((response) =>
          seen.push([scheduler.now(), isRight(response) ? `ok ${response.right.ownerSteamId}` : `${response.left._tag} ${'response' in response.left ? response.left.response : ''}`]),
        );
      });
      flush();
    });
    return seen;
  };

  it('the same scenario gives the same events at the same virtual times, signed ticket bytes included', () => {
    const first = exchange(newScheduler());
    const second = exchange(newScheduler());
    expect(first.map(([at]) => at)).toEqual([32, 64, 176]);
    expect(first[2]?.[1]).toBe(`AuthSessionRejected ${EAuthSessionResponse.PublisherIssuedBan}`);
    expect(second).toEqual(first);
  });
});
