/**
 * examples/electron-bridge over an in-memory IPC pair (structured clone, later delivery) and the
 * simulated Steam: a renderer's subscription reaches the client in the main process, and its
 * unsubscription too, so the ticket is cancelled; bigints cross as text; errors as BridgedErrors.
 */
import { asyncScheduler, type Subscription } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { isRight, type SteamIdText } from '../../src';
import { simulatedWorld, unwrapRight, type SimulatedWorld } from '../../src/testing';
import { connectBridge } from '../../examples/electron-bridge/renderer-bridge';
import { serveBridge } from '../../examples/electron-bridge/main-bridge';
import { inMemoryIpc } from '../../examples/electron-bridge/in-memory-ipc';
import { steamBridge, type SteamBridge } from '../../examples/electron-bridge/steam-bridge';
import { BridgedError } from '../../examples/electron-bridge/wire';
import type { StreamValue } from '../../examples/electron-bridge/bridge-definition';

describe('the Electron bridge, on a TestScheduler', () => {
  let scheduler: TestScheduler;
  let world: SimulatedWorld;

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    world = simulatedWorld(scheduler, { latencyMs: 20 });
  });
  afterEach(() => world.dispose());

  /** A player's client served in the "main process", and one window's page connected to it. */
  const setUp = () => {
    const player = world.addPlayer();
    const ipc = inMemoryIpc(scheduler);
    const main = serveBridge(ipc.ipcMain, steamBridge(player.client));
    const window = ipc.openRenderer();
    const page = connectBridge<SteamBridge>(window.ipcRenderer);
    return { player, main, window, page };
  };

  it("yields a ticket to the renderer's authTicket$, and the renderer's unsubscribe cancels it in the main process", () => {
    scheduler.run(({ flush }) => {
      const { main, page } = setUp();
      const tickets: StreamValue<SteamBridge, 'authTicket$'>[] = [];
      const held = page.stream('authTicket$').subscribe((ticket) => tickets.push(ticket));
      flush();
      expect(tickets).toHaveLength(1);
      const [first] = tickets;
      if (first === undefined) throw new Error('no ticket');
      const ticket = unwrapRight(first);
      expect(ticket.buffer).toBeInstanceOf(Uint8Array);
      expect(ticket.buffer.byteLength).toBe(ticket.size);
      expect(world.steam.inspect.openTickets().map((open) => open.handle)).toEqual([ticket.id]);
      expect(main.liveSubscriptions).toBe(1);

      held.unsubscribe();
      // The unsubscribe is a message: until it is delivered, the main process still holds the ticket.
      expect(world.steam.inspect.openTickets()).toHaveLength(1);
      flush();
      expect(world.steam.inspect.openTickets()).toEqual([]);
      expect(main.liveSubscriptions).toBe(0);
    });
  });

  it('sends bigint arguments as text and reads them back as bigints (the ticket is made for that Steam ID)', () => {
    scheduler.run(({ flush }) => {
      const { page } = setUp();
      const { server } = world.addServer();
      server.logOnAnonymous();
      flush();
      const serverId = server.getSteamID();
      page.stream('authTicket$', serverId).subscribe();
      flush();
      expect(world.steam.inspect.openTickets().map((open) => open.remoteSteamId)).toEqual([serverId]);
    });
  });

  it('errors the renderer stream with the main process misuse error, as a BridgedError that narrows on _tag', () => {
    scheduler.run(({ flush }) => {
      const { main, page } = setUp();
      const errors: unknown[] = [];
      page.stream('authTicket$', 'not a Steam ID' as SteamIdText).subscribe({ error: (error: unknown) => errors.push(error) });
      flush();
      const [error] = errors;
      expect(error).toBeInstanceOf(BridgedError);
      expect(error).toMatchObject({ _tag: 'InvalidArgument', argument: 'remoteSteamId' });
      expect(main.liveSubscriptions).toBe(0);
    });
  });

  it('releases what a window held when the window is destroyed', () => {
    scheduler.run(({ flush }) => {
      const { main, window, page } = setUp();
      page.stream('authTicket$').subscribe();
      page.stream('steamServerDisconnected$').subscribe();
      flush();
      expect(main.liveSubscriptions).toBe(2);
      window.destroy();
      expect(world.steam.inspect.openTickets()).toEqual([]);
      expect(main.liveSubscriptions).toBe(0);
    });
  });

  it('releases what a page held when it reloads and connects again', () => {
    scheduler.run(({ flush }) => {
      const { main, window, page } = setUp();
      page.stream('authTicket$').subscribe();
      flush();
      connectBridge<SteamBridge>(window.ipcRenderer);
      flush();
      expect(world.steam.inspect.openTickets()).toEqual([]);
      expect(main.liveSubscriptions).toBe(0);
    });
  });

  it('close() errors the open streams of the page and releases them', () => {
    scheduler.run(({ flush }) => {
      const { main, page } = setUp();
      const errors: string[] = [];
      page.stream('authTicket$').subscribe({ error: (error: Error) => errors.push(error.message) });
      flush();
      page.close();
      expect(errors).toEqual(['the bridge is closed']);
      flush();
      expect(world.steam.inspect.openTickets()).toEqual([]);
      expect(main.liveSubscriptions).toBe(0);
    });
  });

  it('dispose() releases every subscription and stops serving', () => {
    scheduler.run(({ flush }) => {
      const { main, page } = setUp();
      page.stream('authTicket$').subscribe();
      flush();
      main.dispose();
      expect(world.steam.inspect.openTickets()).toEqual([]);
      const late: unknown[] = [];
      page.stream('authTicket$').subscribe((ticket) => late.push(ticket));
      flush();
      expect(late).toEqual([]);
      expect(world.steam.inspect.openTickets()).toEqual([]);
    });
  });

  it('keeps each subscription separate: two tickets for two subscriptions, one released per unsubscribe', () => {
    scheduler.run(({ flush }) => {
      const { page } = setUp();
      const first: Subscription = page.stream('authTicket$').subscribe();
      page.stream('authTicket$').subscribe();
      flush();
      expect(world.steam.inspect.openTickets()).toHaveLength(2);
      first.unsubscribe();
      flush();
      expect(world.steam.inspect.openTickets()).toHaveLength(1);
    });
  });
});

describe('the Electron bridge, on the real clock', () => {
  it('answers calls with plain values: a Steam ID arrives as a bigint', async () => {
    const world = simulatedWorld(asyncScheduler, { latencyMs: 2 });
    try {
      const player = world.addPlayer({ steamLevel: 12 });
      const ipc = inMemoryIpc();
      const main = serveBridge(ipc.ipcMain, steamBridge(player.client));
      const page = connectBridge<SteamBridge>(ipc.openRenderer().ipcRenderer);
      const steamId: bigint = await page.call('getSteamID');
      expect(steamId).toBe(player.steamId);
      expect(await page.call('loggedOn')).toBe(true);
      expect(await page.call('getPlayerSteamLevel')).toBe(12);
      main.dispose();
    } finally {
      world.dispose();
    }
  });

  it('rejects a call that threw in the main process with a BridgedError, and an unknown call by name', async () => {
    const world = simulatedWorld(asyncScheduler, { latencyMs: 2 });
    try {
      const player = world.addPlayer();
      const ipc = inMemoryIpc();
      serveBridge(ipc.ipcMain, steamBridge(player.client));
      const page = connectBridge<SteamBridge>(ipc.openRenderer().ipcRenderer);
      player.client.shutdown();
      await expect(page.call('getSteamID')).rejects.toMatchObject({ _tag: 'NotInitialized', what: 'SteamClient' });
      const untyped = page as unknown as { call(name: string): Promise<unknown> };
      await expect(untyped.call('shutdown')).rejects.toThrow('the bridge has no call named "shutdown"');
    } finally {
      world.dispose();
    }
  });

  it('a ticket through the bridge is one the simulated Steam validates', async () => {
    const world = simulatedWorld(asyncScheduler, { latencyMs: 2 });
    try {
      const player = world.addPlayer();
      const { server } = world.addServer();
      const ipc = inMemoryIpc();
      serveBridge(ipc.ipcMain, steamBridge(player.client));
      const page = connectBridge<SteamBridge>(ipc.openRenderer().ipcRenderer);
      const buffer = await new Promise<Uint8Array>((resolve) => {
        page.stream('authTicket$').subscribe((ticket) => {
          if (isRight(ticket)) resolve(ticket.right.buffer);
        });
      });
      const verdict = await new Promise<boolean>((resolve) => {
        server.authSession$(buffer, player.steamId).subscribe((outcome) => resolve(isRight(outcome)));
      });
      expect(verdict).toBe(true);
    } finally {
      world.dispose();
    }
  });
});
