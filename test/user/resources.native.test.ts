/**
 * Resource rules of the reactive flows through the fake libsteam_api: what a subscription holds
 * (ticket, auth session, web API ticket, microphone) is released exactly once, on unsubscribe or on
 * shutdown, and nothing touches Steam after shutdown. Timing is checked with marbles on virtual time.
 */
import { isLeft, left, right } from 'fp-ts/Either';
import { timer, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { EAuthSessionResponse, EResult, EVoiceResult } from '../../native/enums';
import type { FlatSymbol } from '../../native/flat-api';
import type { SteamClient } from '../../src/client/steam-client';
import { NotInitialized } from '../../src/errors';
import { BIG_STEAM_ID, OTHER_STEAM_ID, fake, queueCallback, rightOf, startClient, stopClient } from './native-kit';

afterEach(stopClient);

const ISteamUser = (name: string): FlatSymbol => `SteamAPI_ISteamUser_${name}` as FlatSymbol;
const newScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

const TICKET = Uint8Array.from({ length: 120 }, (_, index) => (index * 3 + 1) & 0xff);
const HANDLE = 0x0badf00d;

const scriptTicket = (): void => {
  fake.setOutput(ISteamUser('GetAuthSessionTicket'), TICKET);
  fake.setReturn(ISteamUser('GetAuthSessionTicket'), HANDLE);
};

const ticketResponse = (handle: number, result: number = EResult.OK): void =>
  queueCallback('GetAuthSessionTicketResponse_t', { m_hAuthTicket: handle, m_eResult: result });

const validation = (steamId: bigint, response: number, owner: bigint = steamId): void =>
  queueCallback('ValidateAuthTicketResponse_t', { m_SteamID: steamId, m_eAuthSessionResponse: response, m_OwnerSteamID: owner });

const collect = <A>(source: Observable<A>) => {
  const values: A[] = [];
  const errors: unknown[] = [];
  let completed = false;
  const subscription = source.subscribe({ next: (value) => values.push(value), error: (error: unknown) => errors.push(error), complete: () => (completed = true) });
  return { values, errors, completed: () => completed, subscription };
};

describe('authTicket$', () => {
  it('emits the ticket when Steam confirms its handle, and cancels it exactly once on unsubscribe', () => {
    const client = startClient();
    scriptTicket();
    const seen = collect(client.authTicket$(BIG_STEAM_ID));
    expect(fake.callCount(ISteamUser('GetAuthSessionTicket'))).toBe(1);
    ticketResponse(HANDLE + 1);
    client.runCallbacks();
    expect(seen.values).toEqual([]);
    ticketResponse(HANDLE);
    client.runCallbacks();
    expect(seen.values).toEqual([right({ id: HANDLE, buffer: TICKET, size: 120 })]);
    expect(fake.callCount(ISteamUser('CancelAuthTicket'))).toBe(0);
    seen.subscription.unsubscribe();
    seen.subscription.unsubscribe();
    expect(fake.callCount(ISteamUser('CancelAuthTicket'))).toBe(1);
    expect(fake.arg(ISteamUser('CancelAuthTicket'), 1)).toBe(BigInt(HANDLE));
    client.shutdown();
    expect(fake.callCount(ISteamUser('CancelAuthTicket'))).toBe(1);
  });

  it('marbles: the ticket comes in the frame that drains its response; unsubscribing later cancels once', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const client = startClient({ scheduler });
      scriptTicket();
      for (const at of [10, 20, 30, 40, 50]) scheduler.schedule(() => client.runCallbacks(), at);
      scheduler.schedule(() => ticketResponse(HANDLE), 25);
      expectObservable(client.authTicket$(), '^ 45ms !').toBe('30ms a', { a: right({ id: HANDLE, buffer: TICKET, size: 120 }) });
      const cancelsAt: number[] = [];
      scheduler.schedule(() => cancelsAt.push(fake.callCount(ISteamUser('CancelAuthTicket'))), 44);
      flush();
      expect(cancelsAt).toEqual([0]);
      expect(fake.callCount(ISteamUser('CancelAuthTicket'))).toBe(1);
    });
  });

  it('marbles: no response within the timeout is a Timeout Left, and the ticket is still cancelled once', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const client = startClient({ scheduler });
      scriptTicket();
      expectObservable(client.authTicket$(undefined, { timeoutMs: 100 })).toBe('100ms (a|)', {
        a: left(expect.objectContaining({ _tag: 'Timeout', waitedMs: 100 })),
      });
      flush();
      expect(fake.callCount(ISteamUser('CancelAuthTicket'))).toBe(1);
    });
  });

  it('a failing response is a SteamResultError, completes and cancels the handle', () => {
    const client = startClient();
    scriptTicket();
    const seen = collect(client.authTicket$());
    ticketResponse(HANDLE, EResult.Fail);
    client.runCallbacks();
    expect(seen.values).toEqual([left(expect.objectContaining({ _tag: 'SteamResultError', result: EResult.Fail }))]);
    expect(seen.completed()).toBe(true);
    expect(fake.callCount(ISteamUser('CancelAuthTicket'))).toBe(1);
  });

  it('requestAuthTicket: the ticket stays held after the Promise resolves and is cancelled once, by cancel()', async () => {
    const client = startClient();
    scriptTicket();
    const request = client.requestAuthTicket(BIG_STEAM_ID);
    ticketResponse(HANDLE);
    client.runCallbacks();
    const ticket = rightOf(await request);
    expect(ticket).toMatchObject({ id: HANDLE, buffer: TICKET, size: 120, cancelled: false });
    expect(fake.callCount(ISteamUser('CancelAuthTicket'))).toBe(0);
    ticket.cancel();
    ticket.cancel();
    expect(fake.callCount(ISteamUser('CancelAuthTicket'))).toBe(1);
    expect(fake.arg(ISteamUser('CancelAuthTicket'), 1)).toBe(BigInt(HANDLE));
    client.shutdown();
    expect(fake.callCount(ISteamUser('CancelAuthTicket'))).toBe(1);
  });

  it('requestAuthTicket: no response within options.timeoutMs resolves Left(Timeout), and the ticket is cancelled once', async () => {
    const scheduler = newScheduler();
    let request: Promise<unknown> = Promise.resolve();
    scheduler.run(({ flush }) => {
      const client = startClient({ scheduler });
      scriptTicket();
      request = client.requestAuthTicket(undefined, { timeoutMs: 100 });
      flush();
    });
    expect(await request).toEqual(left(expect.objectContaining({ _tag: 'Timeout', waitedMs: 100 })));
    expect(fake.callCount(ISteamUser('CancelAuthTicket'))).toBe(1);
  });

  it('no ticket issued (handle 0): TicketUnavailable, nothing to cancel', () => {
    const client = startClient();
    fake.setReturn(ISteamUser('GetAuthSessionTicket'), 0);
    const seen = collect(client.authTicket$());
    expect(seen.values.map((value) => isLeft(value) && value.left._tag)).toEqual(['TicketUnavailable']);
    expect(seen.completed()).toBe(true);
    expect(fake.callCount(ISteamUser('CancelAuthTicket'))).toBe(0);
  });
});

describe('authSession$', () => {
  it('begins with the ticket, follows ValidateAuthTicketResponse for that id only, and ends the session exactly once', () => {
    const client = startClient();
    fake.setReturn(ISteamUser('BeginAuthSession'), 0);
    const seen = collect(client.authSession$(TICKET, BIG_STEAM_ID));
    expect(fake.argBytes(ISteamUser('BeginAuthSession'), 1)).toEqual(TICKET);
    expect(fake.arg(ISteamUser('BeginAuthSession'), 3)).toBe(BIG_STEAM_ID);
    validation(OTHER_STEAM_ID, EAuthSessionResponse.OK);
    validation(BIG_STEAM_ID, EAuthSessionResponse.OK, OTHER_STEAM_ID);
    client.runCallbacks();
    expect(seen.values).toEqual([right({ steamId: BIG_STEAM_ID, response: EAuthSessionResponse.OK, ownerSteamId: OTHER_STEAM_ID })]);
    validation(BIG_STEAM_ID, EAuthSessionResponse.AuthTicketCanceled);
    client.runCallbacks();
    expect(seen.values[1]).toEqual(
      left(expect.objectContaining({ _tag: 'AuthSessionRejected', response: EAuthSessionResponse.AuthTicketCanceled, steamId: BIG_STEAM_ID })),
    );
    expect(fake.callCount(ISteamUser('EndAuthSession'))).toBe(0);
    seen.subscription.unsubscribe();
    seen.subscription.unsubscribe();
    expect(fake.callCount(ISteamUser('EndAuthSession'))).toBe(1);
    expect(fake.arg(ISteamUser('EndAuthSession'), 1)).toBe(BIG_STEAM_ID);
    client.shutdown();
    expect(fake.callCount(ISteamUser('EndAuthSession'))).toBe(1);
  });

  it('a failing BeginAuthSession is a BeginAuthSessionFailed Left, completes, and ends nothing', () => {
    const client = startClient();
    fake.setReturn(ISteamUser('BeginAuthSession'), 5);
    const seen = collect(client.authSession$({ buffer: TICKET, size: 120 }, BIG_STEAM_ID));
    expect(seen.values).toEqual([left(expect.objectContaining({ _tag: 'BeginAuthSessionFailed', result: 5, steamId: BIG_STEAM_ID }))]);
    expect(seen.completed()).toBe(true);
    expect(fake.callCount(ISteamUser('EndAuthSession'))).toBe(0);
  });

  it('marbles: the response is emitted in the frame that drains it', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const client = startClient({ scheduler });
      for (const at of [16, 32, 48]) scheduler.schedule(() => client.runCallbacks(), at);
      scheduler.schedule(() => validation(BIG_STEAM_ID, EAuthSessionResponse.OK), 20);
      scheduler.schedule(() => validation(BIG_STEAM_ID, EAuthSessionResponse.VACBanned), 40);
      expectObservable(client.authSession$(TICKET, BIG_STEAM_ID), '^ 60ms !').toBe('32ms a 15ms b', {
        a: right({ steamId: BIG_STEAM_ID, response: 0, ownerSteamId: BIG_STEAM_ID }),
        b: left(expect.objectContaining({ _tag: 'AuthSessionRejected', response: EAuthSessionResponse.VACBanned })),
      });
      flush();
      expect(fake.callCount(ISteamUser('EndAuthSession'))).toBe(1);
    });
  });
});

describe('webApiTicket$', () => {
  it('resolves to the ticket bytes of its own handle and cancels the handle exactly once on unsubscribe', () => {
    const client = startClient();
    fake.setReturn(ISteamUser('GetAuthTicketForWebApi'), 41);
    const bytes = Uint8Array.from({ length: 234 }, (_, index) => index & 0xff);
    const seen = collect(client.webApiTicket$('my-service'));
    expect(fake.argString(ISteamUser('GetAuthTicketForWebApi'), 1)).toBe('my-service');
    queueCallback('GetTicketForWebApiResponse_t', { m_hAuthTicket: 40, m_eResult: EResult.OK, m_cubTicket: 3, m_rgubTicket: Uint8Array.of(1, 2, 3) });
    queueCallback('GetTicketForWebApiResponse_t', { m_hAuthTicket: 41, m_eResult: EResult.OK, m_cubTicket: 234, m_rgubTicket: bytes });
    client.runCallbacks();
    expect(seen.values).toEqual([right({ authTicket: 41, ticket: bytes, size: 234 })]);
    seen.subscription.unsubscribe();
    expect(fake.callCount(ISteamUser('CancelAuthTicket'))).toBe(1);
    expect(fake.arg(ISteamUser('CancelAuthTicket'), 1)).toBe(41n);
    seen.subscription.unsubscribe();
    expect(fake.callCount(ISteamUser('CancelAuthTicket'))).toBe(1);
  });
});

describe('voice$', () => {
  const FRAME = Uint8Array.of(5, 6, 7, 8);

  it('starts recording on subscribe and emits one frame per pump frame', () => {
    const client = startClient();
    fake.setOutput(ISteamUser('GetVoice'), FRAME);
    const seen = collect(client.voice$());
    expect(fake.callCount(ISteamUser('StartVoiceRecording'))).toBe(1);
    client.runCallbacks();
    client.runCallbacks();
    expect(seen.values).toEqual([right(FRAME), right(FRAME)]);
    expect(fake.arg(ISteamUser('GetVoice'), 3)).toBe(8192n);
    seen.subscription.unsubscribe();
  });

  it('unsubscribing stops recording once and keeps reading Steam’s buffer until NotRecording, then stops reading', () => {
    const client = startClient();
    fake.setOutput(ISteamUser('GetVoice'), FRAME);
    const seen = collect(client.voice$());
    client.runCallbacks();
    seen.subscription.unsubscribe();
    expect(fake.callCount(ISteamUser('StopVoiceRecording'))).toBe(1);
    const readsAtStop = fake.callCount(ISteamUser('GetVoice'));
    client.runCallbacks();
    client.runCallbacks();
    expect(fake.callCount(ISteamUser('GetVoice'))).toBe(readsAtStop + 2);
    fake.setReturn(ISteamUser('GetVoice'), EVoiceResult.NotRecording);
    client.runCallbacks();
    client.runCallbacks();
    client.runCallbacks();
    expect(fake.callCount(ISteamUser('GetVoice'))).toBe(readsAtStop + 3);
    expect(fake.callCount(ISteamUser('StopVoiceRecording'))).toBe(1);
    expect(seen.values).toEqual([right(FRAME)]);
  });

  it('marbles: stop$ stops recording, the tail is still emitted, NotRecording completes the stream', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const client = startClient({ scheduler });
      fake.setOutput(ISteamUser('GetVoice'), FRAME);
      for (const at of [10, 20, 30, 40]) scheduler.schedule(() => client.runCallbacks(), at);
      scheduler.schedule(() => fake.setReturn(ISteamUser('GetVoice'), EVoiceResult.NotRecording), 25);
      const stopsAt: number[] = [];
      scheduler.schedule(() => stopsAt.push(fake.callCount(ISteamUser('StopVoiceRecording'))), 14);
      scheduler.schedule(() => stopsAt.push(fake.callCount(ISteamUser('StopVoiceRecording'))), 16);
      expectObservable(client.voice$({ stop$: timer(15, scheduler) })).toBe('10ms a 9ms b 9ms |', { a: right(FRAME), b: right(FRAME) });
      flush();
      expect(stopsAt).toEqual([0, 1]);
      expect(fake.callCount(ISteamUser('StopVoiceRecording'))).toBe(1);
      expect(fake.callCount(ISteamUser('GetVoice'))).toBe(3);
    });
  });

  it('grows its buffer when Steam says it is too small; a failing EVoiceResult is a Left, stops the recording and completes', () => {
    const client = startClient();
    const big = Uint8Array.from({ length: 100 }, (_, index) => index);
    fake.setOutput(ISteamUser('GetVoice'), big);
    fake.setOutValue(ISteamUser('GetAvailableVoice'), 0, 100);
    const seen = collect(client.voice$({ initialBufferBytes: 64 }));
    client.runCallbacks();
    expect(seen.values).toEqual([right(big)]);
    expect(fake.arg(ISteamUser('GetVoice'), 3)).toBe(128n);
    fake.setReturn(ISteamUser('GetVoice'), EVoiceResult.Restricted);
    client.runCallbacks();
    expect(seen.values[1]).toEqual(left(expect.objectContaining({ _tag: 'VoiceError', result: EVoiceResult.Restricted })));
    expect(seen.completed()).toBe(true);
    expect(seen.errors).toEqual([]);
    expect(fake.callCount(ISteamUser('StopVoiceRecording'))).toBe(1);
    const reads = fake.callCount(ISteamUser('GetVoice'));
    client.runCallbacks();
    expect(fake.callCount(ISteamUser('GetVoice'))).toBe(reads);
  });
});

describe('shutdown', () => {
  const openEverything = (client: SteamClient) => {
    scriptTicket();
    fake.setReturn(ISteamUser('BeginAuthSession'), 0);
    fake.setReturn(ISteamUser('GetAuthTicketForWebApi'), 77);
    fake.setOutput(ISteamUser('GetVoice'), Uint8Array.of(1));
    const ticket = collect(client.authTicket$());
    const session = collect(client.authSession$(TICKET, BIG_STEAM_ID));
    const web = collect(client.webApiTicket$());
    const voice = collect(client.voice$());
    ticketResponse(HANDLE);
    client.runCallbacks();
    return { ticket, session, web, voice };
  };

  it('releases the open ticket, web ticket, session and recording before SteamAPI_Shutdown, and completes their streams', () => {
    const client = startClient();
    const open = openEverything(client);
    expect(open.ticket.values).toHaveLength(1);
    client.shutdown();
    expect(fake.callCount(ISteamUser('CancelAuthTicket'))).toBe(2);
    expect(fake.callCount(ISteamUser('EndAuthSession'))).toBe(1);
    expect(fake.callCount(ISteamUser('StopVoiceRecording'))).toBe(1);
    expect(fake.callCount('SteamAPI_Shutdown')).toBe(1);
    const shutdownAt = fake.callSequence('SteamAPI_Shutdown');
    for (const symbol of ['CancelAuthTicket', 'EndAuthSession', 'StopVoiceRecording']) {
      expect(fake.callSequence(ISteamUser(symbol))).toBeLessThan(shutdownAt);
    }
    expect([open.ticket, open.session, open.web, open.voice].map((flow) => flow.completed())).toEqual([true, true, true, true]);
    expect(client.live).toBe(false);
    expect(fake.clientLive()).toBe(false);
  });

  it('is idempotent: a second shutdown calls nothing', () => {
    const client = startClient();
    openEverything(client);
    client.shutdown();
    const counts = ['SteamAPI_Shutdown', ISteamUser('CancelAuthTicket'), ISteamUser('EndAuthSession'), ISteamUser('StopVoiceRecording')].map((symbol) =>
      fake.callCount(symbol as FlatSymbol),
    );
    client.shutdown();
    expect(['SteamAPI_Shutdown', ISteamUser('CancelAuthTicket'), ISteamUser('EndAuthSession'), ISteamUser('StopVoiceRecording')].map((symbol) => fake.callCount(symbol as FlatSymbol))).toEqual(counts);
  });

  it('after shutdown every function throws NotInitialized at call time without calling Steam', () => {
    const client = startClient();
    client.shutdown();
    const sequence = fake.callSequence('SteamAPI_Shutdown');
    const calls: ReadonlyArray<() => unknown> = [
      () => client.loggedOn(),
      () => client.getSteamID(),
      () => client.getPlayerSteamLevel(),
      () => client.isBehindNAT(),
      () => client.isPhoneIdentifying(),
      () => client.isPhoneRequiringVerification(),
      () => client.isPhoneVerified(),
      () => client.isTwoFactorEnabled(),
      () => client.getGameBadgeLevel(1, false),
      () => client.setDurationControlOnlineState(2),
      () => client.advertiseGame(),
      () => client.initiateGameConnection(BIG_STEAM_ID, '1.2.3.4', 1, true),
      () => client.terminateGameConnection('1.2.3.4', 1),
      () => client.getAuthSessionTicket(),
      () => client.cancelAuthTicket(1),
      () => client.beginAuthSession(TICKET, 120, BIG_STEAM_ID),
      () => client.endAuthSession(BIG_STEAM_ID),
      () => client.userHasLicenseForApp(BIG_STEAM_ID, 480),
      () => client.getAuthTicketForWebApi(),
      () => client.getEncryptedAppTicket(),
      () => client.startVoiceRecording(),
      () => client.stopVoiceRecording(),
      () => client.getAvailableVoice(),
      () => client.getVoice(),
      () => client.decompressVoice(Uint8Array.of(1), 24000),
      () => client.getVoiceOptimalSampleRate(),
      // The ones that answer later throw at call time too, before any Observable or Promise exists.
      () => client.authTicket$(),
      () => client.requestAuthTicket(),
      () => client.authSession$(TICKET, BIG_STEAM_ID),
      () => client.webApiTicket$(),
      () => client.requestWebApiTicket(),
      () => client.requestEncryptedAppTicket(),
      () => client.encryptedAppTicket$(),
      () => client.requestStoreAuthURL('https://example.com'),
      () => client.getMarketEligibility(),
      () => client.getDurationControl(),
      () => client.voice$(),
      () => client.decompress(24000),
    ];
    for (const call of calls) expect(call).toThrow(NotInitialized);
    client.runCallbacks();
    // Nothing reached the library after SteamAPI_Shutdown.
    for (const symbol of ['SteamAPI_ManualDispatch_RunFrame', ISteamUser('GetSteamID'), ISteamUser('GetAuthSessionTicket'), ISteamUser('StartVoiceRecording')]) {
      expect(fake.callSequence(symbol as FlatSymbol)).toBeLessThan(sequence);
    }
  });

  it('a flow made before shutdown and subscribed after it answers Left(NotInitialized) and completes, calling nothing', () => {
    const client = startClient();
    const made: ReadonlyArray<Observable<unknown>> = [
      client.authTicket$(),
      client.authSession$(TICKET, BIG_STEAM_ID),
      client.webApiTicket$(),
      client.requestEncryptedAppTicket(),
      client.encryptedAppTicket$(),
      client.requestStoreAuthURL('https://example.com'),
      client.getMarketEligibility(),
      client.getDurationControl(),
      client.voice$(),
    ];
    client.shutdown();
    for (const flow of made) {
      const seen = collect(flow);
      expect(seen.values).toEqual([left(expect.objectContaining({ _tag: 'NotInitialized' }))]);
      expect(seen.completed()).toBe(true);
      expect(seen.errors).toEqual([]);
    }
    // Cold until subscribed, and dead when subscribed: Steam never heard of any of them.
    for (const symbol of ['GetAuthSessionTicket', 'BeginAuthSession', 'GetAuthTicketForWebApi', 'RequestEncryptedAppTicket', 'GetMarketEligibility', 'StartVoiceRecording']) {
      expect(fake.callCount(ISteamUser(symbol))).toBe(0);
    }
  });
});
