/**
 * Flows started while the client shuts down, from a completion handler that shutdown() runs: the
 * client is dead by then, so a new flow throws NotInitialized at once and a flow made earlier
 * answers Left(NotInitialized) when subscribed. Nothing is left open: no ticket, no auth
 * session, no timeout waiting (a timer there would keep a real process alive).
 */
import { left } from 'fp-ts/Either';
import { filter, isObservable, type Observable } from 'rxjs';
import { NotInitialized } from '../../src/errors';
import { timeoutQueueCount } from '../../src/session/timeout-queue';
import { collect } from '../support/collect';
import { newScheduler, rightOf, world } from './simulated-kit';

describe('flows started from a completion handler during shutdown()', () => {
  it('authTicket$, authSession$ and requestAuthTicket throw NotInitialized at once; flows made before answer Left(NotInitialized); nothing stays open', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { steam, player, frames } = world(scheduler);
      const alice = player();
      const bob = player();
      frames(200);
      const ticket = rightOf(bob.client.getAuthSessionTicket());
      const madeBefore = [alice.client.authTicket$(), alice.client.authSession$(ticket, bob.steamId)];
      const thrownInHandlers: unknown[] = [];
      const lateFlows: Array<ReturnType<typeof collect<unknown>>> = [];
      const startFlows = (): void => {
        for (const start of [() => alice.client.authTicket$(), () => alice.client.authSession$(ticket, bob.steamId), () => alice.client.requestAuthTicket()]) {
          try {
            const started: unknown = start();
            if (isObservable(started)) collect(started);
          } catch (error) {
            thrownInHandlers.push(error);
          }
        }
        for (const flow of madeBefore) lateFlows.push(collect(flow as Observable<unknown>));
      };
      // Two kinds of completion handler that shutdown() runs: a signal stream's, and a held ticket's.
      alice.client.steamServerConnected$.subscribe({ complete: startFlows });
      alice.client
        .authTicket$()
        .pipe(filter(() => false))
        .subscribe({ complete: startFlows });
      scheduler.schedule(() => alice.client.shutdown(), 100);
      flush();
      expect(thrownInHandlers).toHaveLength(6);
      for (const error of thrownInHandlers) expect(error).toBeInstanceOf(NotInitialized);
      expect(lateFlows).toHaveLength(4);
      for (const flow of lateFlows) {
        expect(flow.values).toEqual([left(expect.objectContaining({ _tag: 'NotInitialized' }))]);
        expect(flow.completed()).toBe(true);
      }
      expect(steam.inspect.openTickets().filter((open) => open.issuerSteamId === alice.steamId)).toEqual([]);
      expect(steam.inspect.authSessions()).toEqual([]);
      expect(timeoutQueueCount(scheduler)).toBe(0);
    });
  });
});
