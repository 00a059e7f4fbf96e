/**
 * simulatedWorld (steamworks-rx/testing): players and servers in one call each, what they still
 * hold, and a dispose() that releases everything through the SDK.
 */
import { map, switchMap, type Subscription } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { isRight, ServerMode } from '../../src';
import { createSimulatedSteam, noOpenResources, simulatedWorld, unwrapRight } from '../../src/testing';

const newScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

describe('simulatedWorld', () => {
  it('adds a player signed in to a client of its own, with the account settings given', () => {
    const scheduler = newScheduler();
    const world = simulatedWorld(scheduler);
    const alice = world.addPlayer({ name: 'alice', vacBanned: true });
    const bob = world.addPlayer();
    expect(alice.client.getSteamID()).toBe(alice.steamId);
    expect(bob.steamId).not.toBe(alice.steamId);
    expect(world.steam.inspect.user(alice.steamId)).toMatchObject({ name: 'alice', vacBanned: true });
    expect(world.steam.inspect.client(alice.process)?.steamId).toBe(alice.steamId);
    world.dispose();
  });

  it('adds a game server with the usual defaults, or the arguments given, not logged on', () => {
    const scheduler = newScheduler();
    const world = simulatedWorld(scheduler);
    const plain = world.addServer();
    const secure = world.addServer({ gamePort: 27115, queryPort: 27116, mode: ServerMode.SERVER_MODE_AUTHENTICATION_AND_SECURE, version: '2.0.0.0' });
    expect(world.steam.inspect.server(plain.process)?.info).toMatchObject({ gamePort: 27015, queryPort: 27016, serverMode: ServerMode.SERVER_MODE_AUTHENTICATION, versionString: '1.0.0.0' });
    expect(world.steam.inspect.server(secure.process)?.info).toMatchObject({ gamePort: 27115, queryPort: 27116, versionString: '2.0.0.0' });
    expect(plain.server.loggedOn()).toBe(false);
    world.dispose();
  });

  it('runs on the scheduler given: a ticket validated by a server in two latencies, as marbles', () => {
    const scheduler = newScheduler();
    const world = simulatedWorld(scheduler, { latencyMs: 5 });
    scheduler.run(({ expectObservable }) => {
      const alice = world.addPlayer();
      const { server } = world.addServer();
      const admitted$ = alice.client.authTicket$().pipe(
        switchMap((ticket) => server.authSession$(unwrapRight(ticket).buffer, alice.steamId)),
        map(isRight),
      );
      expectObservable(admitted$, '^ 20ms !').toBe('10ms a', { a: true });
    });
    world.dispose();
  });

  it('lists what its players and servers hold: tickets, sessions, pending calls, recordings', () => {
    const scheduler = newScheduler();
    const world = simulatedWorld(scheduler);
    expect(world.openResources()).toEqual(noOpenResources);
    const alice = world.addPlayer();
    const { server } = world.addServer();
    const held: Subscription[] = [];
    scheduler.run(({ flush }) => {
      held.push(alice.client.authTicket$().pipe(switchMap((ticket) => server.authSession$(unwrapRight(ticket).buffer, alice.steamId))).subscribe());
      flush();
      held.push(alice.client.getMarketEligibility().subscribe());
      alice.client.startVoiceRecording();
      const open = world.openResources();
      expect(open.tickets.map((ticket) => ticket.issuerSteamId)).toEqual([alice.steamId]);
      expect(open.authSessions.map((session) => session.steamId)).toEqual([alice.steamId]);
      expect(open.pendingCallResults).toHaveLength(1);
      expect(open.recordings).toEqual([alice.steamId]);
      // Released by the logic itself, not by dispose: tickets and sessions at once; a call result
      // cannot be withdrawn, so it stays pending until Steam answers, and the microphone records
      // its tail after the stop.
      held.forEach((subscription) => subscription.unsubscribe());
      alice.client.stopVoiceRecording();
      expect(world.openResources()).toMatchObject({ tickets: [], authSessions: [], recordings: [alice.steamId] });
      expect(world.openResources().pendingCallResults).toHaveLength(1);
      flush();
      expect(world.openResources()).toEqual(noOpenResources);
      world.dispose();
    });
  });

  it('dispose shuts every client and server down through the SDK, releasing every ticket, session and process', () => {
    const scheduler = newScheduler();
    // A Steam the world joins and does not own, so nothing here is released by disposing the Steam.
    const steam = createSimulatedSteam({ scheduler });
    const world = simulatedWorld(scheduler, { steam });
    const alice = world.addPlayer();
    const bob = world.addPlayer();
    const { server } = world.addServer();
    const completed: string[] = [];
    scheduler.run(({ flush }) => {
      alice.client
        .authTicket$()
        .pipe(switchMap((ticket) => server.authSession$(unwrapRight(ticket).buffer, alice.steamId)))
        .subscribe({ complete: () => completed.push('alice session') });
      void bob.client.requestAuthTicket();
      flush();
      // After the flush: an open microphone keeps the simulated Steam busy, so flush() would not return early.
      bob.client.startVoiceRecording();
      expect(steam.inspect.openTickets()).toHaveLength(2);
      expect(steam.inspect.authSessions()).toHaveLength(1);

      world.dispose();

      expect(steam.inspect.openTickets()).toEqual([]);
      expect(steam.inspect.authSessions()).toEqual([]);
      expect(world.openResources()).toEqual(noOpenResources);
      // The SDK cancelled the tickets itself (CancelAuthTicket), before its processes went.
      expect(steam.inspect.callCounts(alice.process)['user.cancelAuthTicket']).toBe(1);
      expect(steam.inspect.callCounts(bob.process)['user.cancelAuthTicket']).toBe(1);
      expect([alice.client.live, bob.client.live, server.live]).toEqual([false, false, false]);
      expect(completed).toEqual(['alice session']);
      expect([alice.process, bob.process].map((process) => steam.inspect.client(process))).toEqual([null, null]);
      expect(steam.disposed).toBe(false);
    });
    steam.dispose();
  });

  it('disposes a simulated Steam it made, once, and takes no one after', () => {
    const scheduler = newScheduler();
    const world = simulatedWorld(scheduler);
    world.addPlayer();
    world.dispose();
    world.dispose();
    expect(world.disposed).toBe(true);
    expect(world.steam.disposed).toBe(true);
    expect(() => world.addPlayer()).toThrow('simulatedWorld: addPlayer after dispose()');
    expect(() => world.addServer()).toThrow('simulatedWorld: addServer after dispose()');
  });

  it('refuses a Steam to join together with settings for a new one, or on another scheduler', () => {
    const scheduler = newScheduler();
    const steam = createSimulatedSteam({ scheduler });
    expect(() => simulatedWorld(scheduler, { steam, latencyMs: 5 })).toThrow('options latencyMs configure a new simulated Steam');
    expect(() => simulatedWorld(newScheduler(), { steam })).toThrow('runs on another scheduler');
    steam.dispose();
  });

  it('throws the reason when the simulated Steam or steamInit refuses a player', () => {
    const scheduler = newScheduler();
    const world = simulatedWorld(scheduler);
    const alice = world.addPlayer();
    expect(() => world.addPlayer({ steamId: alice.steamId })).toThrow(`simulated user ${alice.steamId} already exists`);
    expect(() => world.addPlayer({ pumpIntervalMs: -1 })).toThrow('options.pumpIntervalMs');
    world.dispose();
  });
});
