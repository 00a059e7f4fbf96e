/**
 * Web API tickets as Steam's back end treats them: valid from delivery until cancelled, until
 * their holder shuts down, or until they expire (WEB_API_TICKET_LIFETIME_MS of virtual time).
 */
import { TestScheduler } from 'rxjs/testing';
import { createSimulatedSteam, WEB_API_TICKET_LIFETIME_MS, type SimulatedSteam } from '../../simulated';
import type { SimulatedProcess } from '../../simulated';
import type { UserPort } from '../../native/steam-core';
import { messagesOf, unwrap } from './simulated-test-kit';

const newScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

/** A player whose web API tickets are collected by handle as they are delivered. */
const player = (steam: SimulatedSteam) => {
  const steamId = steam.addUser();
  const core = steam.createProcess({ user: steamId });
  const { user } = unwrap(core.initClient());
  const tickets = new Map<number, Uint8Array>();
  messagesOf(core, 'GetTicketForWebApiResponse_t').subscribe((message) => {
    tickets.set(Number(message['m_hAuthTicket']), (message['m_rgubTicket'] as Uint8Array).slice(0, Number(message['m_cubTicket'])));
  });
  return { steamId, core, user, tickets };
};

/** Requests a ticket and lets it arrive: its handle and bytes. */
const deliveredTicket = (
  scheduler: TestScheduler,
  flush: () => void,
  holder: { core: SimulatedProcess; user: UserPort; tickets: Map<number, Uint8Array> },
  identity = 'service',
) => {
  const handle = holder.user.getAuthTicketForWebApi(identity);
  scheduler.schedule(() => holder.core.runCallbacks(), 20);
  flush();
  const bytes = holder.tickets.get(handle);
  if (bytes === undefined) throw new Error('the ticket did not arrive');
  return { handle, bytes };
};

const rejection = (steam: SimulatedSteam, bytes: Uint8Array): string | null => {
  const answer = steam.backend.authenticateWebApiTicket(bytes, 'service');
  return answer._tag === 'Left' ? answer.left._tag : null;
};

describe('Web API tickets on the simulated back end', () => {
  it('a cancelled ticket is rejected as TicketCanceled; the holder’s other tickets stay valid', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler });
      const alice = player(steam);
      const first = deliveredTicket(scheduler, flush, alice);
      const second = deliveredTicket(scheduler, flush, alice);
      expect(rejection(steam, first.bytes)).toBeNull();
      alice.user.cancelAuthTicket(first.handle);
      expect(rejection(steam, first.bytes)).toBe('TicketCanceled');
      expect(rejection(steam, second.bytes)).toBeNull();
      expect(steam.inspect.client(alice.core)?.webApiTicketHandles).toEqual([second.handle]);
      expect(steam.inspect.webApiTickets(alice.core)).toEqual([
        expect.objectContaining({ handle: second.handle, processId: alice.core.processId, steamId: alice.steamId, identity: 'service' }),
      ]);
    });
  });

  it('tickets of a holder that shut down (or whose process was disposed) are rejected; others are not', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler });
      const alice = player(steam);
      const bob = player(steam);
      const carol = player(steam);
      const aliceTicket = deliveredTicket(scheduler, flush, alice);
      const bobTicket = deliveredTicket(scheduler, flush, bob);
      const carolTicket = deliveredTicket(scheduler, flush, carol);
      alice.core.shutdownClient();
      bob.core.dispose();
      expect(rejection(steam, aliceTicket.bytes)).toBe('TicketCanceled');
      expect(rejection(steam, bobTicket.bytes)).toBe('TicketCanceled');
      expect(rejection(steam, carolTicket.bytes)).toBeNull();
      // A new client of the same user does not bring the old one's tickets back.
      unwrap(alice.core.initClient());
      expect(rejection(steam, aliceTicket.bytes)).toBe('TicketCanceled');
    });
  });

  it('expires WEB_API_TICKET_LIFETIME_MS after it was issued, on virtual time', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler });
      const alice = player(steam);
      const issuedAt = scheduler.now();
      const { handle, bytes } = deliveredTicket(scheduler, flush, alice);
      const answers: Array<string | null> = [];
      const handles: number[][] = [];
      for (const at of [WEB_API_TICKET_LIFETIME_MS - 1, WEB_API_TICKET_LIFETIME_MS]) {
        scheduler.schedule(() => {
          answers.push(rejection(steam, bytes));
          handles.push([...(steam.inspect.client(alice.core)?.webApiTicketHandles ?? [])]);
        }, issuedAt + at - scheduler.now());
      }
      flush();
      expect(answers).toEqual([null, 'TicketExpired']);
      expect(handles).toEqual([[handle], []]);
    });
  });

  it('takes its lifetime from webApiTicketLifetimeMs when given', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const steam = createSimulatedSteam({ scheduler, webApiTicketLifetimeMs: 1000 });
      const { bytes } = deliveredTicket(scheduler, flush, player(steam));
      const answers: Array<string | null> = [];
      scheduler.schedule(() => answers.push(rejection(steam, bytes)), 1000 - scheduler.now() - 1);
      scheduler.schedule(() => answers.push(rejection(steam, bytes)), 1000 - scheduler.now());
      flush();
      expect(answers).toEqual([null, 'TicketExpired']);
    });
  });

  it('forgets expired tickets: many issued over many lifetimes leave only the live ones', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const lifetimeMs = 1000;
      const steam = createSimulatedSteam({ scheduler, webApiTicketLifetimeMs: lifetimeMs });
      const alice = player(steam);
      for (let at = 0; at < 20 * lifetimeMs; at += 10) scheduler.schedule(() => alice.user.getAuthTicketForWebApi('service'), at);
      flush();
      const held = steam.inspect.client(alice.core)?.webApiTicketHandles.length ?? -1;
      expect(held).toBeLessThanOrEqual(lifetimeMs / 10);
      expect(steam.inspect.webApiTickets()).toHaveLength(held);
    });
  });
});
