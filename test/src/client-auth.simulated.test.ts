import { isRight, type Either } from 'fp-ts/Either';
import { TestScheduler } from 'rxjs/testing';
import { createSimulatedSteam } from '../../simulated';
import { NotInitialized } from '../../src/errors';
import { steamInit } from '../../src/init/steam-init';
import type { SteamClient } from '../../src/client/steam-client';

const rightOf = <E, A>(value: Either<E, A>): A => {
  if (!isRight(value)) throw new Error(`expected Right, got ${JSON.stringify(value.left, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v))}`);
  return value.right;
};

describe('client auth on the simulated Steam', () => {
  it('one player validates another player ticket, and cancelling reaches the holder', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler, latencyMs: 20 });
      const alice: SteamClient = rightOf(steamInit({ backend: 'simulated', steam, user: steam.addUser({ accountId: 1 }) }));
      const bob: SteamClient = rightOf(steamInit({ backend: 'simulated', steam, user: steam.addUser({ accountId: 2 }) }));
      const aliceId = alice.getSteamID();
      const seen: string[] = [];
      const ticketSub = alice.authTicket$().subscribe((ticket) => {
        const held = rightOf(ticket);
        seen.push(`ticket ${held.size}`);
        bob.authSession$(held, aliceId).subscribe((response) => seen.push(isRight(response) ? `ok ${response.right.ownerSteamId === aliceId}` : response.left._tag + ':' + (response.left as { response?: number }).response));
      });
      flush();
      expect(seen[0]).toMatch(/^ticket \d+$/);
      expect(seen[1]).toBe('ok true');
      ticketSub.unsubscribe();
      flush();
      expect(seen[2]).toBe('AuthSessionRejected:6');
      alice.shutdown();
      bob.shutdown();
      expect(() => alice.getSteamID()).toThrow(NotInitialized);
    });
  });
});
