/**
 * A table of bad arguments for every public function of the client and the game server (the
 * object's function-valued keys are enumerated, so a new function without an entry fails here).
 * Each bad value, put in one argument position with the others valid, throws an InvalidArgument
 * (a SteamworksError) naming the argument at call time — also for functions that return an
 * Observable or a Promise: misuse is thrown, never a Left, never a raw TypeError, never on an
 * Observable's error channel. Nothing reaches Steam.
 */
import { InvalidArgument } from '../../src/errors';
import { describeValue } from '../../src/validation/describe-value';
import {
  appsTable,
  appsWithoutArguments,
  friendsTable,
  friendsWithoutArguments,
  badValues,
  gameServerStatsTable,
  gameServerStatsWithoutArguments,
  userStatsTable,
  userStatsWithoutArguments,
  clientTable,
  clientWithoutArguments,
  networkingMessagesTable,
  networkingMessagesWithoutArguments,
  networkingSocketsTable,
  networkingSocketsWithoutArguments,
  networkingUtilsTable,
  networkingUtilsWithoutArguments,
  serverTable,
  serverWithoutArguments,
  utilsTable,
  utilsWithoutArguments,
} from './function-table';
import { fake, record, startNativePair, stopNativePair, type NativePair } from './hostile-kit';

afterEach(stopNativePair);

const functionKeys = (side: object): string[] =>
  Object.keys(side).filter((key) => typeof (side as Record<string, unknown>)[key] === 'function').sort();

const show = (value: unknown): string => {
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…(${value.length})` : value);
  if (describeValue(value).endsWith(' bytes')) return `Uint8Array(${describeValue(value)})`;
  if (typeof value === 'function') return 'a function';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // A revoked Proxy cannot even be turned into a string.
    try {
      return String(value);
    } catch {
      return 'an object that cannot be inspected';
    }
  }
};

let tried = 0;
afterAll(() => {
  console.log(`bad arguments tried on client and server functions: ${tried}`);
  // Every table entry ran: a filter that silently skipped values would lower this.
  expect(tried).toBeGreaterThan(1000);
});

describe.each([
  ['client', clientTable, clientWithoutArguments],
  ['server', serverTable, serverWithoutArguments],
  // Namespaces are objects, not functions: their functions are walked on their own.
  ['client.utils', utilsTable, utilsWithoutArguments],
  ['server.utils', utilsTable, utilsWithoutArguments],
  ['client.apps', appsTable, appsWithoutArguments],
  ['client.friends', friendsTable, friendsWithoutArguments],
  ['client.stats', userStatsTable, userStatsWithoutArguments],
  ['server.stats', gameServerStatsTable, gameServerStatsWithoutArguments],
  ['client.networkingMessages', networkingMessagesTable, networkingMessagesWithoutArguments],
  ['server.networkingMessages', networkingMessagesTable, networkingMessagesWithoutArguments],
  ['client.networkingUtils', networkingUtilsTable, networkingUtilsWithoutArguments],
  ['client.networkingSockets', networkingSocketsTable, networkingSocketsWithoutArguments],
  ['server.networkingSockets', networkingSocketsTable, networkingSocketsWithoutArguments],
] as const)('bad arguments to every %s function', (side, table, withoutArguments) => {
  const target = (pair: NativePair): Record<string, (...args: unknown[]) => unknown> => {
    const sides: Record<typeof side, object> = {
      client: pair.client,
      server: pair.server,
      'client.utils': pair.client.utils,
      'server.utils': pair.server.utils,
      'client.apps': pair.client.apps,
      'client.friends': pair.client.friends,
      'client.stats': pair.client.stats,
      'server.stats': pair.server.stats,
      'client.networkingMessages': pair.client.networkingMessages,
      'server.networkingMessages': pair.server.networkingMessages,
      'client.networkingUtils': pair.client.networkingUtils,
      'client.networkingSockets': pair.client.networkingSockets,
      'server.networkingSockets': pair.server.networkingSockets,
    };
    return sides[side] as unknown as Record<string, (...args: unknown[]) => unknown>;
  };

  it('the table covers every function-valued key, and nothing else', () => {
    const functions = functionKeys(target(startNativePair()));
    expect([...Object.keys(table), ...withoutArguments].sort()).toEqual(functions);
  });

  it.each(Object.entries(table))('%s: each bad value throws an InvalidArgument naming the argument', (name, entry) => {
    const pair = startNativePair();
    const call = (args: readonly unknown[]): unknown => {
      const fn = target(pair)[name];
      if (fn === undefined) throw new Error(`no function ${name}`);
      return fn(...args);
    };
    const failures: string[] = [];
    entry.params.forEach((param, position) => {
      const values = [...badValues[param.kind], ...(entry.extra?.[param.name] ?? [])].filter((value) => !(param.optional && value === undefined));
      for (const value of values) {
        const args = entry.params.map((other, index) => (index === position ? value : other.valid));
        tried += 1;
        let result: unknown;
        try {
          result = call(args);
        } catch (error) {
          if (!(error instanceof InvalidArgument) || !error.argument.includes(param.name)) {
            failures.push(`${name}(${param.name} = ${show(value)}) threw ${String(error)}`);
          }
          continue;
        }
        failures.push(`${name}(${param.name} = ${show(value)}) did not throw; it returned ${show(result)}`);
      }
    });
    expect(failures).toEqual([]);
    // Nothing that was refused reached Steam as a ticket, a stat, a store, an upload or a message.
    expect(fake.callCount('SteamAPI_ISteamUser_BeginAuthSession') + fake.callCount('SteamAPI_ISteamGameServer_BeginAuthSession')).toBe(0);
    for (const symbol of ['SteamAPI_ISteamUserStats_SetStatFloat', 'SteamAPI_ISteamUserStats_StoreStats', 'SteamAPI_ISteamUserStats_UploadLeaderboardScore', 'SteamAPI_ISteamGameServerStats_SetUserStatFloat'] as const) {
      expect(fake.callCount(symbol)).toBe(0);
    }
    expect(fake.callCount('SteamAPI_ISteamNetworkingMessages_SendMessageToUser')).toBe(0);
  });
});

describe('voice$ options', () => {
  it('a bad options value throws an InvalidArgument naming it, and voice$ still works afterwards', () => {
    const { client } = startNativePair();
    const failures: string[] = [];
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const hostile = [null, 42, 'fast', Symbol('hostile'), { initialBufferBytes: Number.NaN }, { maxDrainFrames: -1 }, { stop$: 5 }, revoked, { get stop$(): never { throw new TypeError('getter'); } }];
    for (const options of hostile) {
      tried += 1;
      try {
        const seen = record(client.voice$(options as never));
        seen.unsubscribe();
        failures.push(`voice$(${show(options)}) did not throw; its stream gave ${show(seen.errors[0] ?? seen.values[0])}`);
      } catch (error) {
        if (!(error instanceof InvalidArgument) || !error.argument.startsWith('options')) failures.push(`voice$(${show(options)}) threw ${String(error)}`);
      }
    }
    const afterwards = record(client.voice$());
    expect(afterwards.errors).toEqual([]);
    afterwards.unsubscribe();
    expect(failures).toEqual([]);
  });
});
