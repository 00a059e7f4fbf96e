import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { map, mergeMap, takeUntil, takeWhile, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { isRight, type AuthSessionError, type SteamServer } from '../../src';
import { noOpenResources, simulatedWorld, unwrapRight, type SimulatedPlayer, type SimulatedWorld } from '../../src/testing';

// ---- The game's own logic (in a game, this lives in its own module) ----

/** What the game decides about a player who sent an auth ticket. */
export type Admission =
  | { readonly kind: 'admitted' }
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'kicked'; readonly reason: string };

const reasonOf = (error: AuthSessionError): string => (error._tag === 'NotInitialized' ? error.message : error.description);

/**
 * Validates a player's ticket for as long as the player is in: 'admitted' once Steam says OK,
 * then 'kicked' if Steam withdraws it later; 'refused' if it never says OK. Unsubscribing ends
 * the auth session (authSession$ calls EndAuthSession).
 */
export const admission$ = (server: Pick<SteamServer, 'authSession$'>, ticket: Uint8Array, steamId: bigint): Observable<Admission> =>
  server.authSession$(ticket, steamId).pipe(
    map((verdict, index): Admission => {
      if (isRight(verdict)) return { kind: 'admitted' };
      return { kind: index === 0 ? 'refused' : 'kicked', reason: reasonOf(verdict.left) };
    }),
    takeWhile((admission) => admission.kind === 'admitted', true),
  );

// ---- Its tests, on the simulated Steam ----

const admitted: Admission = { kind: 'admitted' };

describe('admission$', () => {
  let scheduler: TestScheduler;
  let world: SimulatedWorld;

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    // Every callback arrives 20 ms (virtual) after its cause: ticket at 20, verdict at 40.
    world = simulatedWorld(scheduler, { latencyMs: 20 });
  });

  // After the test's run, so the marble flush has happened: shuts down every client and server.
  afterEach(() => world.dispose());

  /**
   * The player's side: hold a ticket until `leave$` and hand it to the server as it arrives. The
   * stream completes once the player has left and the server has decided.
   */
  const joins$ = (player: SimulatedPlayer, server: SteamServer, leave$: Observable<unknown>): Observable<Admission> =>
    player.client.authTicket$().pipe(
      takeUntil(leave$), // leaving unsubscribes, which cancels the ticket
      mergeMap((ticket) => admission$(server, unwrapRight(ticket, 'the ticket').buffer, player.steamId)),
    );

  it('admits a player whose ticket Steam validates', () => {
    scheduler.run(({ expectObservable, hot }) => {
      const alice = world.addPlayer({ name: 'alice' });
      const { server } = world.addServer();
      expectObservable(joins$(alice, server, hot('-'))).toBe('40ms a', { a: admitted });
    });
  });

  it('refuses a VAC-banned player, and ends the session', () => {
    scheduler.run(({ expectObservable, hot }) => {
      const mallory = world.addPlayer({ vacBanned: true });
      const { server } = world.addServer();
      expectObservable(joins$(mallory, server, hot('-'))).toBe('40ms r', {
        r: { kind: 'refused', reason: 'The user is VAC banned for this game.' },
      });
    });
    expect(world.openResources().authSessions).toEqual([]);
  });

  it('kicks a player who leaves: the cancelled ticket reaches the server one latency later', () => {
    scheduler.run(({ expectObservable, hot }) => {
      const alice = world.addPlayer();
      const { server } = world.addServer();
      const leave$ = hot('100ms x');
      expectObservable(joins$(alice, server, leave$)).toBe('40ms a 79ms (k|)', {
        a: admitted,
        k: { kind: 'kicked', reason: 'The ticket has been canceled by the issuer.' },
      });
    });
  });

  it('kicks a player Steam bans while playing', () => {
    scheduler.run(({ expectObservable, hot }) => {
      const alice = world.addPlayer();
      const { server } = world.addServer();
      // Faults are things Steam does on its own: schedule them on the test's clock.
      scheduler.schedule(() => world.steam.faults.setVacBanned(alice.steamId), 80);
      expectObservable(joins$(alice, server, hot('-'))).toBe('40ms a 59ms k', {
        a: admitted,
        k: { kind: 'kicked', reason: 'The user is VAC banned for this game.' },
      });
    });
  });

  it('releases the ticket and the session when the game stops listening', () => {
    scheduler.run(({ expectObservable, hot, flush }) => {
      const alice = world.addPlayer();
      const { server } = world.addServer();
      expectObservable(joins$(alice, server, hot('-')), '^ 60ms !').toBe('40ms a', { a: admitted });
      flush();
      // Nothing open, and not because of dispose(): it has not run yet.
      expect(world.openResources()).toEqual(noOpenResources);
    });
  });
});
