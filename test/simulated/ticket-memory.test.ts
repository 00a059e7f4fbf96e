/**
 * What a universe keeps of the session tickets it issued, over many auth cycles: a cancelled
 * ticket is a compact row (its full record, with its bytes, goes), and tickets past their expiry
 * are forgotten altogether, so a long-running server does not grow without bound.
 */
import { TestScheduler } from 'rxjs/testing';
import { EAuthSessionResponse, EBeginAuthSessionResult, EServerMode } from '../../native/enums';
import type { ClientSession } from '../../native/steam-core';
import { ProcessRecord } from '../../simulated/process-record';
import type { SimulatedSteamOptions } from '../../simulated/simulated-options';
import { createSimulatedProcess } from '../../simulated/simulated-process';
import { individualSteamId } from '../../simulated/steam-id';
import { Universe } from '../../simulated/universe';
import { createUserRecord } from '../../simulated/user-record';
import { messagesOf, unwrap } from './simulated-test-kit';

const newScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

/** One authenticating server and `clientCount` clients, built on a universe the test can look into. */
const serverWithClients = (options: SimulatedSteamOptions, clientCount: number) => {
  const universe = new Universe(options);
  const startProcess = (userSteamId: bigint | null) => {
    const user = userSteamId === null ? null : (universe.users.get(userSteamId) ?? null);
    const record = new ProcessRecord(universe.nextProcessId(), user, 'linux64', true, universe.appId);
    universe.processes.add(record);
    return createSimulatedProcess(universe, record);
  };
  const serverCore = startProcess(null);
  const { server } = unwrap(
    serverCore.initServer({ ip: 0, gamePort: 27015, queryPort: 27016, serverMode: EServerMode.AuthenticationAndSecure, versionString: '1.0.0.0' }),
  );
  server.logOnAnonymous();
  const clients: Array<{ readonly steamId: bigint; readonly user: ClientSession['user']; handle: number }> = [];
  for (let index = 0; index < clientCount; index += 1) {
    const steamId = individualSteamId(1000 + index);
    universe.users.set(steamId, createUserRecord(steamId, {}));
    clients.push({ steamId, user: unwrap(startProcess(steamId).initClient()).user, handle: 0 });
  }
  return { universe, serverCore, server, clients };
};

describe('Issued tickets kept by the universe', () => {
  it('keeps a cancelled ticket only as a row, however many cycles run', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { universe, serverCore, server, clients } = serverWithClients({ scheduler }, 20);
      const responses: number[] = [];
      messagesOf(serverCore, 'ValidateAuthTicketResponse_t').subscribe((message) => responses.push(Number(message['m_eAuthSessionResponse'])));
      flush();
      const buffer = new Uint8Array(1024);
      const rounds = 150;
      for (let round = 0; round < rounds; round += 1) {
        for (const client of clients) {
          const { handle, size } = client.user.getAuthSessionTicket(buffer, null);
          client.handle = handle;
          expect(server.beginAuthSession(buffer.subarray(0, size), client.steamId)).toBe(EBeginAuthSessionResult.OK);
        }
        flush();
        serverCore.runCallbacks();
        for (const client of clients) {
          server.endAuthSession(client.steamId);
          client.user.cancelAuthTicket(client.handle);
        }
      }
      const issued = rounds * clients.length;
      expect(responses).toEqual(new Array<number>(issued).fill(EAuthSessionResponse.OK));
      expect(universe.tickets.size()).toEqual({ chunks: Math.ceil(issued / 256), openTickets: 0, canceledTickets: issued });
      // The rows still answer for the tickets: the first one issued, cancelled long ago, is known.
      expect(universe.tickets.find(1)).toMatchObject({ ticketId: 1, issuerSteamId: clients[0]?.steamId, canceled: true, usedBy: server.getSteamID() });
      expect(universe.tickets.openTicket(1)).toBeUndefined();
    });
  });

  it('forgets tickets once they have expired, open or cancelled', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const lifetimeMs = 1000;
      const { universe, clients } = serverWithClients({ scheduler, ticketLifetimeMs: lifetimeMs }, 10);
      const buffer = new Uint8Array(1024);
      const kept: number[] = [];
      let firstBytes = new Uint8Array(0);
      // Ten tickets every 10 ms for 3 s, half of them never cancelled: 1000 live within a lifetime.
      for (let at = 0; at < 3000; at += 10) {
        scheduler.schedule(() => {
          for (const [index, client] of clients.entries()) {
            const { handle, size } = client.user.getAuthSessionTicket(buffer, null);
            if (index === 1 && firstBytes.length === 0) firstBytes = buffer.slice(0, size);
            if (index % 2 === 0) client.user.cancelAuthTicket(handle);
          }
          const { chunks } = universe.tickets.size();
          kept.push(chunks);
        }, at);
      }
      flush();
      const { openTickets, canceledTickets } = universe.tickets.size();
      expect(openTickets + canceledTickets).toBeLessThanOrEqual(1000 + 2 * 256);
      expect(Math.max(...kept)).toBeLessThanOrEqual(Math.ceil(1000 / 256) + 2);
      expect(universe.tickets.find(1)).toBeUndefined();
      // Ticket 2 was never cancelled: forgotten all the same, and still refused as expired.
      expect(universe.tickets.find(2)).toBeUndefined();
      const [holder, issuer] = clients;
      expect(holder?.user.beginAuthSession(firstBytes, issuer?.steamId ?? 0n)).toBe(EBeginAuthSessionResult.ExpiredTicket);
    });
  });
});
