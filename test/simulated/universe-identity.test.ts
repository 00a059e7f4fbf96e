/**
 * Every simulated Steam is a Steam of its own: it recognises only the tickets it issued, even when
 * another one in the same process has the same seed, gives its users the same Steam IDs and counts
 * its ticket IDs from 1 as well. Runs stay reproducible: the same seed, in the same order of
 * creation, gives the same bytes.
 */
import { TestScheduler } from 'rxjs/testing';
import { EAuthSessionResponse, EBeginAuthSessionResult } from '../../native/enums';
import { createSimulatedSteam, type SimulatedSteam } from '../../simulated';
import { decodeSessionTicket } from '../../simulated/session-ticket';
import { messagesOf, pump, unwrap } from './simulated-test-kit';

const newScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

const ticketOf = (user: { getAuthSessionTicket(buffer: Uint8Array, remote: bigint | null): { handle: number; size: number } }) => {
  const buffer = new Uint8Array(1024);
  const { handle, size } = user.getAuthSessionTicket(buffer, null);
  return { handle, bytes: buffer.slice(0, size) };
};

/** A simulated Steam with one player signed in. */
const playerIn = (steam: SimulatedSteam) => {
  const steamId = steam.addUser();
  const core = steam.createProcess({ user: steamId });
  return { steamId, core, user: unwrap(core.initClient()).user };
};

describe('Tickets from another simulated Steam', () => {
  it('refuses a session ticket another Steam issued, though its issuer and ticket ID are the same as one of its own', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const here = createSimulatedSteam({ scheduler });
      const elsewhere = createSimulatedSteam({ scheduler });
      const alice = playerIn(here);
      const aliceElsewhere = playerIn(elsewhere);
      expect(aliceElsewhere.steamId).toBe(alice.steamId);
      const own = ticketOf(alice.user);
      const foreign = ticketOf(aliceElsewhere.user);
      expect(decodeSessionTicket(foreign.bytes).ticketId).toBe(decodeSessionTicket(own.bytes).ticketId);
      aliceElsewhere.user.cancelAuthTicket(foreign.handle);
      const serverCore = here.createProcess();
      const { server } = unwrap(serverCore.initServer({ ip: 0, gamePort: 27015, queryPort: 27016, serverMode: 3, versionString: '1' }));
      server.logOnAnonymous();
      flush();
      const responses: number[] = [];
      messagesOf(serverCore, 'ValidateAuthTicketResponse_t').subscribe((message) => responses.push(Number(message['m_eAuthSessionResponse'])));
      expect(server.beginAuthSession(foreign.bytes, alice.steamId)).toBe(EBeginAuthSessionResult.InvalidTicket);
      flush();
      serverCore.runCallbacks();
      expect(responses).toEqual([]);
      expect(here.inspect.openTickets()[0]?.usedBy).toBeNull();
      // Its own ticket still validates.
      expect(server.beginAuthSession(own.bytes, alice.steamId)).toBe(EBeginAuthSessionResult.OK);
      flush();
      serverCore.runCallbacks();
      expect(responses).toEqual([EAuthSessionResponse.OK]);
    });
  });

  it('refuses a ticket from another Steam whose ticket ID it never gave out', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const here = createSimulatedSteam({ scheduler });
      const elsewhere = createSimulatedSteam({ scheduler });
      const bob = playerIn(here);
      const stranger = playerIn(elsewhere);
      expect(bob.user.beginAuthSession(ticketOf(stranger.user).bytes, stranger.steamId)).toBe(EBeginAuthSessionResult.InvalidTicket);
      expect(here.inspect.authSessions()).toEqual([]);
    });
  });

  it('refuses web API and encrypted app tickets another Steam issued', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const here = createSimulatedSteam({ scheduler });
      const elsewhere = createSimulatedSteam({ scheduler });
      playerIn(here);
      const stranger = playerIn(elsewhere);
      let webTicket = new Uint8Array(0);
      messagesOf(stranger.core, 'GetTicketForWebApiResponse_t').subscribe((message) => {
        webTicket = (message['m_rgubTicket'] as Uint8Array).slice(0, Number(message['m_cubTicket']));
      });
      stranger.user.getAuthTicketForWebApi('service');
      stranger.user.requestEncryptedAppTicket(Uint8Array.of(1, 2));
      pump(scheduler, [stranger.core], 40);
      flush();
      const appTicket = new Uint8Array(1024);
      const { ok, size } = stranger.user.getEncryptedAppTicket(appTicket);
      expect(ok).toBe(true);
      expect(webTicket.byteLength).toBeGreaterThan(0);
      expect(elsewhere.backend.authenticateWebApiTicket(webTicket, 'service')._tag).toBe('Right');
      expect(elsewhere.backend.decryptEncryptedAppTicket(appTicket.slice(0, size))._tag).toBe('Right');
      expect(here.backend.authenticateWebApiTicket(webTicket, 'service')).toMatchObject({ _tag: 'Left', left: { _tag: 'InvalidTicket' } });
      expect(here.backend.decryptEncryptedAppTicket(appTicket.slice(0, size))).toMatchObject({ _tag: 'Left', left: { _tag: 'InvalidTicket' } });
    });
  });
});

describe('Reproducible bytes', () => {
  /** The first session ticket of the first simulated Steam made in a fresh copy of the module. */
  const firstTicketOfFreshModule = (seed: string | undefined): Uint8Array => {
    let bytes = new Uint8Array(0);
    jest.isolateModules(() => {
      // A fresh module registry: as if the process had just started.
      const fresh = jest.requireActual<typeof import('../../simulated')>('../../simulated');
      const scheduler = newScheduler();
      scheduler.run(() => {
        const steam = fresh.createSimulatedSteam(seed === undefined ? { scheduler } : { scheduler, seed });
        bytes = ticketOf(playerIn(steam).user).bytes;
        steam.dispose();
      });
    });
    return bytes;
  };

  it('the same seed in the same order of creation gives the same ticket bytes; another seed other bytes', () => {
    const first = firstTicketOfFreshModule(undefined);
    expect(first.byteLength).toBeGreaterThan(0);
    expect(firstTicketOfFreshModule(undefined)).toEqual(first);
    expect(firstTicketOfFreshModule('another seed')).not.toEqual(first);
  });

  it('a second simulated Steam with the same seed signs differently from the first', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const first = ticketOf(playerIn(createSimulatedSteam({ scheduler })).user).bytes;
      const second = ticketOf(playerIn(createSimulatedSteam({ scheduler })).user).bytes;
      // The same fields, so the same signed bytes; only the MAC differs.
      expect(second.subarray(0, 46)).toEqual(first.subarray(0, 46));
      expect(second.subarray(46)).not.toEqual(first.subarray(46));
    });
  });
});

