import { isRight, type Either } from 'fp-ts/Either';
import { TestScheduler } from 'rxjs/testing';
import { ServerMode, serverInit, steamInit } from '../../src';
import { createSimulatedSteam } from '../../src/testing';

const rightOf = <E, A>(value: Either<E, A>): A => {
  if (!isRight(value)) throw new Error(`expected Right: ${String((value.left as { message?: string }).message)}`);
  return value.right;
};

describe('a client authenticating to a game server on the simulated Steam', () => {
  it('logs the server on, approves the player, and sees the cancellation when the player leaves', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ expectObservable, cold, flush }) => {
      const steam = createSimulatedSteam({ scheduler, latencyMs: 5 });
      const player = steam.addUser({ accountId: 77 });
      const client = rightOf(steamInit({ backend: 'simulated', steam, user: player }));
      const server = rightOf(serverInit('0.0.0.0', 27015, 27016, ServerMode.SERVER_MODE_AUTHENTICATION_AND_SECURE, '1.0.0.0', { backend: 'simulated', steam }));
      server.logOnAnonymous();
      expectObservable(server.gsPolicyResponse$, '^ 20ms !').toBe('5ms a', { a: { secure: true } });
      const approvals: bigint[] = [];
      server.gsClientApprove$.subscribe((approve) => approvals.push(approve.steamId));
      const responses: string[] = [];
      const ticket$ = client.authTicket$();
      const held = ticket$.subscribe((ticket) => {
        server.authSession$(rightOf(ticket), player).subscribe((response) => responses.push(isRight(response) ? 'ok' : `${response.left._tag}`));
      });
      cold('---- 100ms x').subscribe(() => held.unsubscribe());
      flush();
      expect(server.isServerSecure()).toBe(true);
      expect(approvals).toEqual([player]);
      expect(responses).toEqual(['ok', 'AuthSessionRejected']);
      server.serverShutdown();
      client.shutdown();
      expect(steam.inspect.authSessions()).toEqual([]);
      expect(steam.inspect.openTickets()).toEqual([]);
    });
  });
});
