/**
 * A table of bad arguments for every public function of the client and the game server (the
 * object's function-valued keys are enumerated, so a new function without an entry fails here).
 * Each bad value, put in one argument position with the others valid, gives a typed
 * Left(InvalidArgument) — or an Observable of one — whose message names the argument. Nothing
 * throws, nothing reaches Steam.
 */
import { isLeft, type Either } from 'fp-ts/Either';
import { isObservable, of, type Observable, type OperatorFunction } from 'rxjs';
import { fake, record, startNativePair, stopNativePair, type NativePair } from './hostile-kit';

afterEach(stopNativePair);

type Kind = 'secret' | 'steamId' | 'optionalSteamId' | 'ticket' | 'ticketSize' | 'port' | 'ip' | 'sampleRate' | 'text' | 'boolean' | 'handle' | 'int32' | 'count' | 'bytes' | 'enum' | 'bufferSize' | 'options' | 'score';

interface Param {
  readonly name: string;
  readonly kind: Kind;
  readonly valid: unknown;
  /** Has a default: undefined is a valid value. */
  readonly optional?: boolean;
}

const STEAM_ID = 76561198265685624n;
const TICKET = Uint8Array.from({ length: 100 }, (_, index) => index + 1);

const notAnything: readonly unknown[] = [null, {}, [], Symbol('hostile'), () => 1, new Date(0)];

const badValues: Readonly<Record<Kind, readonly unknown[]>> = {
  steamId: [-1, -1n, 1.5, Number.NaN, Infinity, -Infinity, 2n ** 64n, 2 ** 64, '18446744073709551616', 'not a steam id', '', '12abc', true, ...notAnything],
  optionalSteamId: [-1, -1n, 1.5, Number.NaN, Infinity, 2n ** 64n, 2 ** 64, 'not a steam id', '12abc', true, {}, [], Symbol('hostile')],
  ticket: [new Uint8Array(0), new Uint8Array(8193), new Uint8Array(65536), 'a ticket', 42, Array.from(TICKET), TICKET.buffer, ...notAnything],
  ticketSize: [0, -1, 1.5, Number.NaN, Infinity, TICKET.byteLength + 1, 2 ** 40, '50', ...notAnything],
  port: [-1, 65536, 1.5, Number.NaN, Infinity, -Infinity, 2 ** 53, -1n, 70000n, '27015', '', ...notAnything],
  ip: ['256.0.0.1', '1.2.3', '1.2.3.4.5', 'localhost', '::1', ' 1.2.3.4', '1.2.3.4 ', '01.2.3.4x', '1.2.3.-4', -1, 2 ** 32, 1.5, Number.NaN, Infinity, -1n, 2n ** 32n, ...notAnything],
  sampleRate: [11024, 48001, 0, -1, 44100.5, Number.NaN, Infinity, -Infinity, '48000', 96000n, ...notAnything],
  text: [42, 42n, true, 'with a \0 NUL', 'x'.repeat(70_000), ...notAnything],
  boolean: ['true', 1, 0, 1n, ...notAnything],
  handle: [0, -1, 1.5, Number.NaN, Infinity, 2 ** 32, 2n ** 32n, '7', ...notAnything],
  int32: [2 ** 31, -(2 ** 31) - 1, 1.5, Number.NaN, Infinity, '1', ...notAnything],
  count: [-1, 2 ** 31, 1.5, Number.NaN, Infinity, '8', ...notAnything],
  bytes: [new Uint8Array(0), 'bytes', 42, ...notAnything],
  /** Bytes or text; empty is allowed (no data). */
  secret: [42, 42n, true, 'with a \0 NUL', ...notAnything],
  enum: [99, -1, 1.5, Number.NaN, '1', ...notAnything],
  bufferSize: [-1, 1.5, Number.NaN, Infinity, 2 ** 40, '100', ...notAnything],
  options: [null, 42, 'fast', Symbol('hostile'), { timeoutMs: Number.NaN }, { timeoutMs: -1 }, { timeoutMs: '10' }],
  score: [-1, 2 ** 32, 1.5, Number.NaN, '3', ...notAnything],
};

/** Extra bad values for one parameter (e.g. the oversize limit of one text). */
const sized = (limitBytes: number): readonly unknown[] => ['x'.repeat(limitBytes)];

interface Entry {
  readonly params: readonly Param[];
  readonly extra?: Readonly<Record<string, readonly unknown[]>>;
}

const p = (name: string, kind: Kind, valid: unknown, optional = false): Param => ({ name, kind, valid, optional });

const authEntries: Readonly<Record<string, Entry>> = {
  getAuthSessionTicket: { params: [p('remoteSteamId', 'optionalSteamId', STEAM_ID, true)] },
  cancelAuthTicket: { params: [p('authTicket', 'handle', 7)] },
  authTicket$: { params: [p('remoteSteamId', 'optionalSteamId', STEAM_ID, true), p('options', 'options', {}, true)] },
  beginAuthSession: { params: [p('authTicket', 'ticket', TICKET), p('ticketSize', 'ticketSize', TICKET.byteLength, true), p('steamId', 'steamId', STEAM_ID)] },
  endAuthSession: { params: [p('steamId', 'steamId', STEAM_ID)] },
  authSession$: { params: [p('authTicket', 'ticket', TICKET), p('steamId', 'steamId', STEAM_ID)] },
  userHasLicenseForApp: { params: [p('steamId', 'steamId', STEAM_ID), p('appId', 'handle', 480)] },
};

const clientTable: Readonly<Record<string, Entry>> = {
  ...authEntries,
  getGameBadgeLevel: { params: [p('series', 'int32', 1), p('foil', 'boolean', false)] },
  setDurationControlOnlineState: { params: [p('newState', 'enum', 1)] },
  advertiseGame: { params: [p('serverIp', 'ip', '10.0.0.1', true), p('serverPort', 'port', 27015, true), p('serverSteamId', 'steamId', 90071992547409920n, true)] },
  initiateGameConnection: { params: [p('serverId', 'steamId', 90071992547409920n), p('serverIp', 'ip', '10.0.0.1'), p('serverPort', 'port', 27015), p('secure', 'boolean', true)] },
  terminateGameConnection: { params: [p('serverIp', 'ip', '10.0.0.1'), p('serverPort', 'port', 27015)] },
  getAuthTicketForWebApi: { params: [p('serviceIdentity', 'text', 'service', true)], extra: { serviceIdentity: sized(256) } },
  webApiTicket$: { params: [p('serviceIdentity', 'text', 'service', true), p('options', 'options', {}, true)], extra: { serviceIdentity: sized(256) } },
  requestEncryptedAppTicket: { params: [p('secret', 'secret', 'secret', true)], extra: { secret: [new Uint8Array(1025), 'x'.repeat(1025)] } },
  encryptedAppTicket$: { params: [p('secret', 'secret', 'secret', true)], extra: { secret: [new Uint8Array(1025), 'x'.repeat(1025)] } },
  requestStoreAuthURL: { params: [p('redirectUrl', 'text', 'https://example.com/')], extra: { redirectUrl: sized(2048) } },
  getVoice: { params: [p('bufferSizeOverride', 'bufferSize', 1024, true)] },
  decompressVoice: { params: [p('voice', 'bytes', TICKET), p('sampleRate', 'sampleRate', 48000), p('bufferSizeOverride', 'bufferSize', 20480, true)], extra: { voice: [new Uint8Array(4 * 1024 * 1024 + 1)] } },
  decompress: { params: [p('sampleRate', 'sampleRate', 48000)] },
};

const serverTable: Readonly<Record<string, Entry>> = {
  ...authEntries,
  logOn: { params: [p('token', 'text', 'a1b2c3')], extra: { token: ['', ...sized(256)] } },
  updateUserData: { params: [p('userSteamId', 'steamId', STEAM_ID), p('playerName', 'text', 'Player'), p('score', 'score', 3)], extra: { playerName: sized(256) } },
  handleIncomingPacket: { params: [p('data', 'bytes', TICKET), p('sourceIp', 'ip', '10.0.0.1'), p('sourcePort', 'port', 27015)], extra: { data: [new Uint8Array(65536)] } },
  setProduct: { params: [p('product', 'text', 'spacewar')], extra: { product: sized(4096) } },
  setGameDescription: { params: [p('gameDescription', 'text', 'Spacewar')], extra: { gameDescription: sized(64) } },
  setModDir: { params: [p('modDir', 'text', 'spacewar')], extra: { modDir: sized(32) } },
  setDedicatedServer: { params: [p('dedicated', 'boolean', true)] },
  setMaxPlayerCount: { params: [p('playersMax', 'count', 8)] },
  setBotPlayerCount: { params: [p('botPlayers', 'count', 0)] },
  setServerName: { params: [p('serverName', 'text', 'A server')], extra: { serverName: sized(64) } },
  setMapName: { params: [p('mapName', 'text', 'dust')], extra: { mapName: sized(32) } },
  setPasswordProtected: { params: [p('passwordProtected', 'boolean', false)] },
  setSpectatorPort: { params: [p('spectatorPort', 'port', 27020)] },
  setSpectatorServerName: { params: [p('spectatorServerName', 'text', 'Spectate')], extra: { spectatorServerName: sized(64) } },
  setGameTags: { params: [p('gameTags', 'text', 'a,b')], extra: { gameTags: sized(128) } },
  setGameData: { params: [p('gameData', 'text', 'data')], extra: { gameData: sized(2048) } },
  setRegion: { params: [p('region', 'text', 'eu')], extra: { region: sized(4096) } },
  setAdvertiseServerActive: { params: [p('active', 'boolean', true)] },
  setKeyValue: { params: [p('key', 'text', 'k'), p('value', 'text', 'v')], extra: { key: sized(4096), value: sized(4096) } },
  associateWithClan: { params: [p('clanSteamId', 'steamId', 103582791429521412n)] },
  computeNewPlayerCompatibility: { params: [p('newPlayerSteamId', 'steamId', STEAM_ID)] },
  requestUserGroupStatus: { params: [p('userSteamId', 'steamId', STEAM_ID), p('groupSteamId', 'steamId', 103582791429521412n)] },
};

/** Functions that take no argument at all (extra arguments are ignored). */
const clientWithoutArguments = [
  'runCallbacks', 'shutdown', 'loggedOn', 'getSteamID', 'getPlayerSteamLevel', 'isBehindNAT', 'isPhoneIdentifying',
  'isPhoneRequiringVerification', 'isPhoneVerified', 'isTwoFactorEnabled', 'getMarketEligibility', 'getDurationControl',
  'getEncryptedAppTicket', 'voice$', 'startVoiceRecording', 'stopVoiceRecording', 'getAvailableVoice', 'getVoiceOptimalSampleRate',
];
const serverWithoutArguments = [
  'runCallbacks', 'serverShutdown', 'shutdown', 'isServerSecure', 'getServerSteamID', 'serverReleaseCurrentThreadMemory', 'secure',
  'getSteamID', 'loggedOn', 'wasRestartRequested', 'logOnAnonymous', 'logOff', 'getPublicIP', 'createUnauthenticatedUserConnection',
  'getNextOutgoingPacket', 'clearAllKeyValues', 'getServerReputation', 'getGameplayStats',
];

const functionKeys = (side: object): string[] =>
  Object.keys(side).filter((key) => typeof (side as Record<string, unknown>)[key] === 'function').sort();

type Outcome = { readonly kind: 'either'; readonly value: Either<unknown, unknown> } | { readonly kind: 'error'; readonly error: unknown } | { readonly kind: 'other'; readonly value: unknown };

/** Calls, then reads what came back: an Either, the first emission of an Observable, or its error. */
const outcomeOf = (name: string, result: unknown): Outcome => {
  if (name === 'decompress') return outcomeOf('decompress()', of(Uint8Array.of(1, 2, 3)).pipe(result as OperatorFunction<Uint8Array, unknown>));
  if (isObservable(result)) {
    const seen = record(result as Observable<unknown>);
    seen.unsubscribe();
    if (seen.errors.length > 0) return { kind: 'error', error: seen.errors[0] };
    const first = seen.values[0];
    return isEither(first) ? { kind: 'either', value: first } : { kind: 'other', value: first };
  }
  return isEither(result) ? { kind: 'either', value: result } : { kind: 'other', value: result };
};

const isEither = (value: unknown): value is Either<unknown, unknown> =>
  typeof value === 'object' && value !== null && ((value as { _tag?: unknown })._tag === 'Left' || (value as { _tag?: unknown })._tag === 'Right');

const invalidArgumentOf = (outcome: Outcome): { readonly _tag: string; readonly argument?: string; readonly message: string } | undefined => {
  const error = outcome.kind === 'either' && isLeft(outcome.value) ? outcome.value.left : outcome.kind === 'error' ? outcome.error : undefined;
  return typeof error === 'object' && error !== null && 'message' in error ? (error as { _tag: string; argument?: string; message: string }) : undefined;
};

const show = (value: unknown): string => {
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…(${value.length})` : value);
  if (value instanceof Uint8Array) return `Uint8Array(${value.byteLength})`;
  if (typeof value === 'function') return 'a function';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
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
] as const)('bad arguments to every %s function', (side, table, withoutArguments) => {
  const target = (pair: NativePair): Record<string, (...args: unknown[]) => unknown> =>
    (side === 'client' ? pair.client : pair.server) as unknown as Record<string, (...args: unknown[]) => unknown>;

  it('the table covers every function-valued key, and nothing else', () => {
    const functions = functionKeys(target(startNativePair()));
    expect([...Object.keys(table), ...withoutArguments].sort()).toEqual(functions);
  });

  it.each(Object.entries(table))('%s: each bad value gives a typed Left naming the argument', (name, entry) => {
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
        let outcome: Outcome;
        try {
          outcome = outcomeOf(name, call(args));
        } catch (error) {
          failures.push(`${name}(${param.name} = ${show(value)}) threw ${String(error)}`);
          continue;
        }
        const error = invalidArgumentOf(outcome);
        if (error === undefined || error._tag !== 'InvalidArgument' || !error.message.includes(param.name)) {
          failures.push(`${name}(${param.name} = ${show(value)}) gave ${show(error ?? outcome)}`);
        }
      }
    });
    expect(failures).toEqual([]);
    // Nothing that was refused reached Steam as a ticket.
    expect(fake.callCount('SteamAPI_ISteamUser_BeginAuthSession') + fake.callCount('SteamAPI_ISteamGameServer_BeginAuthSession')).toBe(0);
  });
});

describe('voice$ options', () => {
  // KNOWN BUG, reported: voice$(null) throws a TypeError inside subscribe (options.maxDrainFrames)
  // after counting itself as the recording subscription, so every later voice$ of that client
  // fails with "another voice$ subscription is recording"; non-object options and bad
  // initialBufferBytes / maxDrainFrames are accepted silently. src/voice/voice-stream.ts was being
  // rewritten by another helper when this was found. `failing` flips to a failure once it is fixed:
  // then make this a plain `it`.
  it.failing('a bad options value is a typed InvalidArgument naming it, and voice$ still works afterwards', () => {
    const { client } = startNativePair();
    const failures: string[] = [];
    for (const options of [null, 42, 'fast', Symbol('hostile'), { initialBufferBytes: Number.NaN }, { maxDrainFrames: -1 }, { stop$: 5 }]) {
      tried += 1;
      const seen = record(client.voice$(options as never));
      seen.unsubscribe();
      const error = seen.errors[0] as { _tag?: string; message?: string } | undefined;
      if (error?._tag !== 'InvalidArgument' || !(error.message ?? '').includes('options')) failures.push(`voice$(${show(options)}) gave ${show(error)}`);
    }
    const afterwards = record(client.voice$());
    expect(afterwards.errors).toEqual([]);
    afterwards.unsubscribe();
    expect(failures).toEqual([]);
  });
});
