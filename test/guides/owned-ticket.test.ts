import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { asyncScheduler, firstValueFrom } from 'rxjs';
import { isRight } from '../../src';
import { noOpenResources, simulatedWorld, type SimulatedWorld } from '../../src/testing';

// No marbles: the real clock, a short latency, and async/await.
let world: SimulatedWorld;
beforeEach(() => {
  world = simulatedWorld(asyncScheduler, { latencyMs: 2 });
});
afterEach(() => world.dispose());

it('a ticket from requestAuthTicket stays valid until the player cancels it', async () => {
  const alice = world.addPlayer();
  const { server } = world.addServer();
  const ticket = await alice.client.requestAuthTicket();
  if (!isRight(ticket)) throw ticket.left;

  // firstValueFrom unsubscribes after the first verdict, which ends the session: fine here.
  const verdict = await firstValueFrom(server.authSession$(ticket.right.buffer, alice.steamId));
  expect(isRight(verdict)).toBe(true);
  expect(ticket.right.cancelled).toBe(false);

  ticket.right.cancel();
  expect(ticket.right.cancelled).toBe('cancel');
  expect(world.openResources()).toEqual(noOpenResources);
});
