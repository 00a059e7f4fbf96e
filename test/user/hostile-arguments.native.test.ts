/**
 * Hostile arguments from an untyped caller, through the fake libsteam_api: a Proxy around bytes, a
 * revoked Proxy as a Steam ID, an object whose prototype trap throws, throwing getters on an
 * options object or on a ticket dictionary's buffer/size, a faked byteLength. Each is a thrown
 * InvalidArgument at call time (never a raw TypeError, never on an Observable's error channel or
 * as a rejected Promise), and nothing reaches Steam.
 */
import type { FlatSymbol } from '../../native/flat-api';
import type { SteamClient } from '../../src/client/steam-client';
import { InvalidArgument } from '../../src/errors';
import { thrown, untyped } from '../support/misuse';
import { BIG_STEAM_ID, fake, startClient, stopClient } from './native-kit';

afterEach(stopClient);

const ISteamUser = (name: string): FlatSymbol => `SteamAPI_ISteamUser_${name}` as FlatSymbol;
const TICKET = Uint8Array.from({ length: 64 }, (_, index) => index + 1);

const trap = (): never => {
  throw new Error('a trap the SDK must not let escape');
};

/** Hostile values, made fresh for each test. */
const hostile = () => {
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  return {
    proxiedBytes: new Proxy(Uint8Array.of(1, 2, 3), {}),
    revokedProxy: revocable.proxy,
    prototypeTrap: new Proxy({}, { getPrototypeOf: trap }),
    everyTrap: new Proxy({}, { get: trap, has: trap, getPrototypeOf: trap, ownKeys: trap, getOwnPropertyDescriptor: trap }),
    throwingOptions: Object.defineProperty({}, 'timeoutMs', { get: trap, enumerable: true }),
    throwingBuffer: Object.defineProperty({ size: 64 }, 'buffer', { get: trap, enumerable: true }),
    throwingSize: Object.defineProperty({ buffer: TICKET }, 'size', { get: trap, enumerable: true }),
  };
};

/** Each call must throw an InvalidArgument; returns what each threw that was not one. */
const notInvalidArgument = (calls: ReadonlyArray<readonly [string, () => unknown]>): string[] =>
  calls.flatMap(([name, call]) => {
    try {
      call();
    } catch (error) {
      return error instanceof InvalidArgument ? [] : [`${name}: ${String(error)}`];
    }
    return [`${name}: returned`];
  });

const STEAM_CALLS = [
  'BeginAuthSession',
  'EndAuthSession',
  'GetAuthSessionTicket',
  'CancelAuthTicket',
  'UserHasLicenseForApp',
  'GetAuthTicketForWebApi',
  'AdvertiseGame',
  'InitiateGameConnection_DEPRECATED',
  'DecompressVoice',
  'StartVoiceRecording',
  'RequestEncryptedAppTicket',
] as const;

const steamCalls = (): number => STEAM_CALLS.reduce((total, name) => total + fake.callCount(ISteamUser(name)), 0);

describe('hostile arguments are a thrown InvalidArgument, and reach nothing', () => {
  let client: SteamClient;
  beforeEach(() => {
    client = startClient();
    fake.setReturn(ISteamUser('RequestEncryptedAppTicket'), 0x1234n);
  });

  it('a Proxy around a Uint8Array is not bytes', () => {
    const { proxiedBytes } = hostile();
    expect(
      notInvalidArgument([
        ['beginAuthSession', () => client.beginAuthSession(untyped(proxiedBytes), undefined, BIG_STEAM_ID)],
        ['authSession$', () => client.authSession$(untyped(proxiedBytes), BIG_STEAM_ID)],
        ['authSession$ dictionary', () => client.authSession$(untyped({ buffer: proxiedBytes }), BIG_STEAM_ID)],
        ['decompressVoice', () => client.decompressVoice(untyped(proxiedBytes), 24000)],
        ['requestEncryptedAppTicket', () => client.requestEncryptedAppTicket(untyped(proxiedBytes))],
        ['encryptedAppTicket$', () => client.encryptedAppTicket$(untyped(proxiedBytes))],
      ]),
    ).toEqual([]);
    expect(steamCalls()).toBe(0);
  });

  it('a revoked Proxy, or an object whose traps throw, is not a Steam ID', () => {
    const { revokedProxy, everyTrap, prototypeTrap } = hostile();
    for (const id of [revokedProxy, everyTrap, prototypeTrap]) {
      expect(
        notInvalidArgument([
          ['getAuthSessionTicket', () => client.getAuthSessionTicket(untyped(id))],
          ['authTicket$', () => client.authTicket$(untyped(id))],
          ['requestAuthTicket', () => client.requestAuthTicket(untyped(id))],
          ['beginAuthSession', () => client.beginAuthSession(TICKET, undefined, untyped(id))],
          ['authSession$', () => client.authSession$(TICKET, untyped(id))],
          ['endAuthSession', () => client.endAuthSession(untyped(id))],
          ['userHasLicenseForApp', () => client.userHasLicenseForApp(untyped(id), 480)],
          ['advertiseGame', () => client.advertiseGame('10.0.0.1', 27015, untyped(id))],
          ['initiateGameConnection', () => client.initiateGameConnection(untyped(id), '10.0.0.1', 27015, true)],
        ]),
      ).toEqual([]);
    }
    expect(steamCalls()).toBe(0);
  });

  it('an object whose traps throw is not a ticket, a ticket handle or a number', () => {
    const { prototypeTrap, everyTrap, revokedProxy } = hostile();
    for (const value of [prototypeTrap, everyTrap, revokedProxy]) {
      expect(
        notInvalidArgument([
          ['beginAuthSession ticket', () => client.beginAuthSession(untyped(value), undefined, BIG_STEAM_ID)],
          ['authSession$ ticket', () => client.authSession$(untyped(value), BIG_STEAM_ID)],
          ['cancelAuthTicket', () => client.cancelAuthTicket(untyped(value))],
          ['getGameBadgeLevel', () => client.getGameBadgeLevel(untyped(value), true)],
          ['getAuthTicketForWebApi', () => client.getAuthTicketForWebApi(untyped(value))],
          ['voice$ stop$', () => client.voice$({ stop$: untyped(value) })],
          ['decompress', () => client.decompress(untyped(value))],
        ]),
      ).toEqual([]);
    }
    expect(steamCalls()).toBe(0);
  });

  it('an options object that cannot be read (its traps throw, or it is revoked) is an InvalidArgument', () => {
    // A Proxy whose only trap is getPrototypeOf reads like {}: valid options, so not in this list.
    const { everyTrap, revokedProxy } = hostile();
    for (const value of [everyTrap, revokedProxy]) {
      expect(
        notInvalidArgument([
          ['authTicket$ options', () => client.authTicket$(undefined, untyped(value))],
          ['requestAuthTicket options', () => client.requestAuthTicket(undefined, untyped(value))],
          ['webApiTicket$ options', () => client.webApiTicket$('svc', untyped(value))],
          ['requestWebApiTicket options', () => client.requestWebApiTicket('svc', untyped(value))],
          ['voice$ options', () => client.voice$(untyped(value))],
        ]),
      ).toEqual([]);
    }
    expect(steamCalls()).toBe(0);
  });

  it('a throwing getter on an options object, or on a ticket dictionary’s buffer or size, is an InvalidArgument naming it', () => {
    const { throwingOptions, throwingBuffer, throwingSize } = hostile();
    expect(thrown(() => client.authTicket$(undefined, untyped(throwingOptions)))).toMatchObject({ _tag: 'InvalidArgument', argument: 'options.timeoutMs' });
    expect(thrown(() => client.requestAuthTicket(undefined, untyped(throwingOptions)))).toMatchObject({ argument: 'options.timeoutMs' });
    expect(thrown(() => client.webApiTicket$(undefined, untyped(throwingOptions)))).toMatchObject({ argument: 'options.timeoutMs' });
    expect(thrown(() => client.requestWebApiTicket(undefined, untyped(throwingOptions)))).toMatchObject({ argument: 'options.timeoutMs' });
    const throwingVoiceOptions = Object.defineProperty({}, 'maxDrainFrames', { get: trap });
    expect(thrown(() => client.voice$(untyped(throwingVoiceOptions)))).toMatchObject({ argument: 'options.maxDrainFrames' });
    expect(thrown(() => client.authSession$(untyped(throwingBuffer), BIG_STEAM_ID))).toMatchObject({ argument: 'authTicket.buffer' });
    expect(thrown(() => client.authSession$(untyped(throwingSize), BIG_STEAM_ID))).toMatchObject({ argument: 'authTicket.size' });
    expect(thrown(() => client.beginAuthSession(untyped(throwingBuffer), undefined, BIG_STEAM_ID))).toMatchObject({ argument: 'authTicket.buffer' });
    expect(thrown(() => client.beginAuthSession(untyped(throwingSize), undefined, BIG_STEAM_ID))).toMatchObject({ argument: 'authTicket.size' });
    expect(steamCalls()).toBe(0);
  });

  it('a faked byteLength cannot make Steam read past the bytes; changing them after the call changes nothing', () => {
    const liar = Uint8Array.from({ length: 16 }, (_, index) => index + 1);
    Object.defineProperty(liar, 'byteLength', { value: 8192 });
    fake.setReturn(ISteamUser('BeginAuthSession'), 0);
    client.beginAuthSession(liar, undefined, BIG_STEAM_ID);
    expect(fake.arg(ISteamUser('BeginAuthSession'), 2)).toBe(16n);
    const session$ = client.authSession$(liar, BIG_STEAM_ID);
    liar.fill(0);
    session$.subscribe().unsubscribe();
    expect(fake.arg(ISteamUser('BeginAuthSession'), 2)).toBe(16n);
    expect(fake.argBytes(ISteamUser('BeginAuthSession'), 1)).toEqual(Uint8Array.from({ length: 16 }, (_, index) => index + 1));
  });
});
