/**
 * Every typed stream of the client, fed by callbacks queued in the fake libsteam_api and drained
 * by client.runCallbacks() through ManualDispatch: each receives its own payload, decoded.
 */
import { isObservable, type Observable } from 'rxjs';
import { EDurationControlNotification, EDurationControlProgress, EFailureType, EMarketNotAllowedReasonFlags, EResult } from '../../native/enums';
import type { FieldValue } from '../../native/struct-bytes';
import type { SteamClient } from '../../src/client/steam-client';
import { BIG_STEAM_ID, CLIENT_PIPE, OTHER_STEAM_ID, SERVER_PIPE, callbackIdOf, encode, fake, queueCallback, sizeOf, startClient, stopClient } from './native-kit';
import { collect as collectAll, collectValues as collect } from '../support/collect';

afterEach(stopClient);

type StreamName =
  | 'clientGameServerDeny$'
  | 'durationControl$'
  | 'encryptedAppTicketResponse$'
  | 'gameWebCallback$'
  | 'getAuthSessionTicketResponse$'
  | 'getTicketForWebApi$'
  | 'ipcFailure$'
  | 'licensesUpdated$'
  | 'marketEligibilityResponse$'
  | 'microtransactionAuthResponse$'
  | 'steamServerConnectFailed$'
  | 'steamServerConnected$'
  | 'steamServerDisconnected$'
  | 'storeAuthUrlResponse$'
  | 'validateAuthTicketResponse$';

interface Case {
  readonly stream: StreamName;
  readonly struct: string;
  readonly members: Readonly<Record<string, FieldValue>>;
  readonly payload: unknown;
}

const webTicket = Uint8Array.from({ length: 300 }, (_, index) => (index * 11) & 0xff);

const cases: readonly Case[] = [
  {
    stream: 'clientGameServerDeny$',
    struct: 'ClientGameServerDeny_t',
    members: { m_uAppID: 480, m_unGameServerIP: 0xc0a80114, m_usGameServerPort: 27015, m_bSecure: 1, m_uReason: 2 },
    payload: { appId: 480, serverIp: '192.168.1.20', serverIpNumber: 0xc0a80114, serverPort: 27015, secure: true, reason: 2 },
  },
  {
    stream: 'durationControl$',
    struct: 'DurationControl_t',
    members: {
      m_eResult: EResult.OK,
      m_appid: 480,
      m_bApplicable: true,
      m_csecsLast5h: 7200,
      m_progress: EDurationControlProgress.Half,
      m_notification: EDurationControlNotification.HalfProgress,
      m_csecsToday: 9000,
      m_csecsRemaining: -5,
    },
    payload: {
      result: EResult.OK,
      duration: {
        appId: 480,
        applicable: true,
        secondsLast5hrs: 7200,
        progress: EDurationControlProgress.Half,
        notification: EDurationControlNotification.HalfProgress,
        notificationVerbal: 'Your XP / progress is half normal (deprecated).',
        secondsToday: 9000,
        secondsRemaining: -5,
      },
    },
  },
  {
    stream: 'encryptedAppTicketResponse$',
    struct: 'EncryptedAppTicketResponse_t',
    members: { m_eResult: EResult.LimitExceeded },
    payload: { result: EResult.LimitExceeded },
  },
  {
    stream: 'gameWebCallback$',
    struct: 'GameWebCallback_t',
    members: { m_szURL: 'steam://gamewebcallback/signup?done=1' },
    payload: { url: 'steam://gamewebcallback/signup?done=1' },
  },
  {
    stream: 'getAuthSessionTicketResponse$',
    struct: 'GetAuthSessionTicketResponse_t',
    members: { m_hAuthTicket: 0xfffffff0, m_eResult: EResult.OK },
    payload: { authTicket: 0xfffffff0, result: EResult.OK },
  },
  {
    stream: 'getTicketForWebApi$',
    struct: 'GetTicketForWebApiResponse_t',
    members: { m_hAuthTicket: 77, m_eResult: EResult.OK, m_cubTicket: 300, m_rgubTicket: webTicket },
    payload: { authTicket: 77, result: EResult.OK, ticketSize: 300, ticketBuffer: webTicket },
  },
  { stream: 'ipcFailure$', struct: 'IPCFailure_t', members: { m_eFailureType: EFailureType.PipeFail }, payload: { type: EFailureType.PipeFail } },
  { stream: 'licensesUpdated$', struct: 'LicensesUpdated_t', members: {}, payload: {} },
  {
    stream: 'marketEligibilityResponse$',
    struct: 'MarketEligibilityResponse_t',
    members: {
      m_bAllowed: false,
      m_eNotAllowedReason: EMarketNotAllowedReasonFlags.TradeBanned | EMarketNotAllowedReasonFlags.UsingNewDevice,
      m_rtAllowedAtTime: 4_000_000_000,
      m_cdaySteamGuardRequiredDays: 15,
      m_cdayNewDeviceCooldown: 7,
    },
    payload: { isAllowed: false, disallowReason: 16 | 2048, allowedAtTime: 4_000_000_000, steamGuardRequiredDays: 15, newDeviceCooldown: 7 },
  },
  {
    stream: 'microtransactionAuthResponse$',
    struct: 'MicroTxnAuthorizationResponse_t',
    members: { m_unAppID: 480, m_ulOrderID: 0xfedcba9876543210n, m_bAuthorized: 1 },
    payload: { appId: 480, orderId: 0xfedcba9876543210n, authorized: true },
  },
  {
    stream: 'steamServerConnectFailed$',
    struct: 'SteamServerConnectFailure_t',
    members: { m_eResult: EResult.NoConnection, m_bStillRetrying: true },
    payload: { result: EResult.NoConnection, retrying: true },
  },
  { stream: 'steamServerConnected$', struct: 'SteamServersConnected_t', members: {}, payload: {} },
  {
    stream: 'steamServerDisconnected$',
    struct: 'SteamServersDisconnected_t',
    members: { m_eResult: EResult.LoggedInElsewhere },
    payload: { result: EResult.LoggedInElsewhere },
  },
  {
    stream: 'storeAuthUrlResponse$',
    struct: 'StoreAuthURLResponse_t',
    members: { m_szURL: 'https://store.steampowered.com/login/?token=abc' },
    payload: { url: 'https://store.steampowered.com/login/?token=abc' },
  },
  {
    stream: 'validateAuthTicketResponse$',
    struct: 'ValidateAuthTicketResponse_t',
    members: { m_SteamID: BIG_STEAM_ID, m_eAuthSessionResponse: 3, m_OwnerSteamID: OTHER_STEAM_ID },
    payload: { steamId: BIG_STEAM_ID, response: 3, ownerSteamId: OTHER_STEAM_ID },
  },
];

describe('typed client streams over ManualDispatch', () => {
  it('the table covers every signal stream the client exposes (15)', () => {
    const client = startClient();
    const exposed = Object.entries(client)
      .filter(([name, value]) => isObservable(value) && name !== 'callbacks$' && name !== 'decodeErrors$')
      .map(([name]) => name)
      .sort();
    expect(exposed).toHaveLength(15);
    expect(exposed).toEqual(cases.map((entry) => entry.stream).sort());
  });

  it.each(cases)('$stream receives a queued $struct with its decoded payload', ({ stream, struct, members, payload }) => {
    const client = startClient();
    const seen = collect(client[stream] as Observable<unknown>);
    queueCallback(struct, members);
    expect(seen).toEqual([]);
    client.runCallbacks();
    expect(seen).toEqual([payload]);
    expect(fake.outstandingCallbacks()).toBe(0);
  });

  it('one frame with every signal queued: each stream gets exactly its own payload, in one pass', () => {
    const client: SteamClient = startClient();
    const seen = new Map(cases.map((entry) => [entry.stream, collect(client[entry.stream] as Observable<unknown>)] as const));
    const errors = collect(client.decodeErrors$);
    for (const entry of cases) queueCallback(entry.struct, entry.members);
    client.runCallbacks();
    for (const entry of cases) expect(seen.get(entry.stream)).toEqual([entry.payload]);
    expect(errors).toEqual([]);
    expect(fake.callCount('SteamAPI_ManualDispatch_FreeLastCallback')).toBe(15);
  });

  it('messages on the game-server pipe never reach the client streams', () => {
    const client = startClient();
    const seen = collect(client.validateAuthTicketResponse$);
    fake.queueCallback(SERVER_PIPE, callbackIdOf('ValidateAuthTicketResponse_t'), encode('ValidateAuthTicketResponse_t', { m_SteamID: BIG_STEAM_ID }));
    client.runCallbacks();
    expect(seen).toEqual([]);
    expect(fake.pendingCallbacks(SERVER_PIPE)).toBe(1);
  });
});

describe('decodeErrors$', () => {
  it('a payload with an out-of-range enum is an InvalidPayload DecodeError and never reaches its stream', () => {
    const client = startClient();
    const seen = collect(client.validateAuthTicketResponse$);
    const errors = collect(client.decodeErrors$);
    queueCallback('ValidateAuthTicketResponse_t', { m_SteamID: BIG_STEAM_ID, m_eAuthSessionResponse: 99, m_OwnerSteamID: BIG_STEAM_ID });
    queueCallback('ValidateAuthTicketResponse_t', { m_SteamID: BIG_STEAM_ID, m_eAuthSessionResponse: 0, m_OwnerSteamID: BIG_STEAM_ID });
    client.runCallbacks();
    expect(errors).toEqual([
      expect.objectContaining({ _tag: 'DecodeError', pipe: 'client', callbackId: 143, struct: 'ValidateAuthTicketResponse_t', kind: 'callback', reason: 'InvalidPayload' }),
    ]);
    expect(seen).toEqual([{ steamId: BIG_STEAM_ID, response: 0, ownerSteamId: BIG_STEAM_ID }]);
  });

  it('a payload shorter than its struct is a ShortBuffer DecodeError', () => {
    const client = startClient();
    const errors = collect(client.decodeErrors$);
    const seen = collect(client.steamServerDisconnected$);
    fake.queueCallback(CLIENT_PIPE, callbackIdOf('DurationControl_t'), new Uint8Array(sizeOf('DurationControl_t') - 1));
    client.runCallbacks();
    expect(errors).toEqual([expect.objectContaining({ callbackId: 167, reason: 'ShortBuffer', kind: 'callback' })]);
    expect(seen).toEqual([]);
  });
});

describe('the client’s streams end with the client', () => {
  /** Every Observable on the client value: the 15 signal streams, decodeErrors$ and callbacks$. */
  const streamsOf = (client: SteamClient): Array<readonly [string, Observable<unknown>]> =>
    Object.entries(client).filter((entry): entry is [string, Observable<unknown>] => isObservable(entry[1]));

  it('a stream subscribed before shutdown completes at shutdown; one subscribed after completes at once', () => {
    const client = startClient();
    const streams = streamsOf(client);
    expect(streams.map(([name]) => name)).toEqual(expect.arrayContaining(['callbacks$', 'decodeErrors$', 'validateAuthTicketResponse$']));
    expect(streams).toHaveLength(17);
    const before = streams.map(([name, stream$]) => [name, collectAll(stream$)] as const);
    for (const [, seen] of before) expect(seen.completed()).toBe(false);
    client.shutdown();
    expect(before.filter(([, seen]) => !seen.completed()).map(([name]) => name)).toEqual([]);
    const after = streams.map(([name, stream$]) => [name, collectAll(stream$)] as const);
    expect(after.filter(([, seen]) => !seen.completed()).map(([name]) => name)).toEqual([]);
  });

  it('a new steamInit’s callbacks never reach the old client’s subscribers', () => {
    const old = startClient();
    const oldSignal = collectAll(old.steamServerDisconnected$);
    const oldRaw = collectAll(old.callbacks$);
    queueCallback('SteamServersDisconnected_t', { m_eResult: EResult.NoConnection });
    old.runCallbacks();
    expect(oldSignal.values).toEqual([{ result: EResult.NoConnection }]);
    expect(oldRaw.values).toHaveLength(1);
    // startClient shuts the old client down and starts the next session on the same native core.
    const next = startClient();
    const nextSignal = collect(next.steamServerDisconnected$);
    queueCallback('SteamServersDisconnected_t', { m_eResult: EResult.LoggedInElsewhere });
    next.runCallbacks();
    expect(nextSignal).toEqual([{ result: EResult.LoggedInElsewhere }]);
    expect(oldSignal.values).toEqual([{ result: EResult.NoConnection }]);
    expect(oldRaw.values).toHaveLength(1);
    expect([oldSignal.completed(), oldRaw.completed()]).toEqual([true, true]);
  });
});
