/**
 * The client's and server's function groups (src/session/function-groups.ts) are built on first
 * read: every name is on the value from the start, a group is built once whichever of its names is
 * read first, and a group built after shutdown throws NotInitialized like one built before.
 */
import { isRight, type Either } from 'fp-ts/Either';
import { serverInit, ServerMode, steamInit, type SteamClient, type SteamServer } from '../../src';
import { createSimulatedSteam } from '../../src/testing';
import { accountNames, authNames, gameConnectionNames, lazyGroup, serverCallNames, userCallNames, voiceNames, webApiNames } from '../../src/session/function-groups';

const rightOf = <E, A>(value: Either<E, A>): A => {
  if (!isRight(value)) throw new Error('expected Right');
  return value.right;
};

const clientGroups = [accountNames, gameConnectionNames, authNames, webApiNames, userCallNames, voiceNames];

const startClient = (): SteamClient => {
  const steam = createSimulatedSteam();
  return rightOf(steamInit({ backend: 'core', core: steam.createProcess({ user: steam.addUser() }), pump: 'manual' }));
};

describe('lazyGroup', () => {
  it('builds the group once, on the first read of any of its names, and hands out the functions it built', () => {
    let builds = 0;
    const first = (): number => 1;
    const second = (): number => 2;
    const builders = lazyGroup<{ first: () => number; second: () => number }>({ first: true, second: true }, () => {
      builds += 1;
      return { first, second };
    });
    expect(Object.keys(builders)).toEqual(['first', 'second']);
    expect(builds).toBe(0);
    expect(builders.second()).toBe(second);
    expect(builders.first()).toBe(first);
    expect(builds).toBe(1);
  });
});

describe('a client value', () => {
  it('makes its signal streams on the first read of one: every `<name>$` is there from the start, then a plain property', () => {
    const client = startClient();
    expect(Object.keys(client)).toEqual(expect.arrayContaining(['validateAuthTicketResponse$', 'steamServerConnected$', 'decodeErrors$', 'callbacks$']));
    // Not made yet: a start builds no signal router.
    expect(Object.getOwnPropertyDescriptor(client, 'validateAuthTicketResponse$')?.get).toBeDefined();
    const validations = client.validateAuthTicketResponse$;
    expect(Object.getOwnPropertyDescriptor(client, 'validateAuthTicketResponse$')).toMatchObject({ value: validations, writable: true, enumerable: true });
    expect(client.validateAuthTicketResponse$).toBe(validations);
    const completed: string[] = [];
    client.steamServerConnected$.subscribe({ complete: () => completed.push('steamServerConnected$') });
    validations.subscribe({ complete: () => completed.push('validateAuthTicketResponse$') });
    client.shutdown();
    expect(completed.sort()).toEqual(['steamServerConnected$', 'validateAuthTicketResponse$']);
  });

  it('carries every function of every group as an enumerable property from the start, each read giving the same function', () => {
    const client = startClient();
    const keys = Object.keys(client);
    for (const names of clientGroups) expect(keys).toEqual(expect.arrayContaining(Object.keys(names)));
    for (const name of Object.keys(voiceNames) as Array<keyof typeof voiceNames>) {
      expect(typeof client[name]).toBe('function');
      expect(client[name]).toBe(client[name]);
    }
    expect(client.getSteamID()).toBeGreaterThan(0n);
    client.shutdown();
  });

  it('turns each function into a plain data property on its first read, so a test can spy on it or replace it, before or after', () => {
    const client = startClient();
    expect(Object.getOwnPropertyDescriptor(client, 'getSteamID')?.get).toBeDefined();
    const steamId = client.getSteamID();
    expect(Object.getOwnPropertyDescriptor(client, 'getSteamID')).toMatchObject({ writable: true, configurable: true, enumerable: true });
    const spy = jest.spyOn(client, 'getSteamID').mockReturnValue(7n);
    expect(client.getSteamID()).toBe(7n);
    spy.mockRestore();
    expect(client.getSteamID()).toBe(steamId);
    // Never read yet: spying reads (builds) it first; assigning replaces it.
    const ticket = jest.spyOn(client, 'getAuthSessionTicket');
    expect(ticket).not.toHaveBeenCalled();
    const replaced = (): boolean => true;
    Object.assign(client, { isBehindNAT: replaced });
    expect(client.isBehindNAT).toBe(replaced);
    client.shutdown();
  });

  it('throws NotInitialized from a group first read after shutdown', () => {
    const client = startClient();
    client.shutdown();
    expect(() => client.getSteamID()).toThrow(expect.objectContaining({ _tag: 'NotInitialized' }));
    expect(() => client.voice$()).toThrow(expect.objectContaining({ _tag: 'NotInitialized' }));
    expect(() => client.getAuthSessionTicket()).toThrow(expect.objectContaining({ _tag: 'NotInitialized' }));
  });
});

describe('a server value', () => {
  it('carries the auth and call functions from the start and builds them on first read', () => {
    const steam = createSimulatedSteam();
    const server: SteamServer = rightOf(
      serverInit('0.0.0.0', 27015, 27016, ServerMode.SERVER_MODE_AUTHENTICATION, '1.0.0.0', { backend: 'simulated', steam, pump: 'manual' }),
    );
    const keys = Object.keys(server);
    expect(keys).toEqual(expect.arrayContaining([...Object.keys(authNames), ...Object.keys(serverCallNames)]));
    expect(typeof server.authSession$).toBe('function');
    server.serverShutdown();
    expect(() => server.getGameplayStats()).toThrow(expect.objectContaining({ _tag: 'NotInitialized' }));
  });
});
