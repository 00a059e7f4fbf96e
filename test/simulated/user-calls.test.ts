import { isRight } from 'fp-ts/Either';
import { TestScheduler } from 'rxjs/testing';
import { EDurationControlProgress, EMarketNotAllowedReasonFlags, EResult, ESteamAPICallFailure } from '../../native/enums';
import { createSimulatedSteam } from '../../simulated';
import type { CallResultMessage, RawCallback } from '../../native/steam-core';
import { decode, messagesOf, pump, record, unwrap } from './simulated-test-kit';

const newScheduler = (): TestScheduler => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

const player = (scheduler: TestScheduler, options: Parameters<ReturnType<typeof createSimulatedSteam>['addUser']>[0] = {}) => {
  const steam = createSimulatedSteam({ scheduler });
  const steamId = steam.addUser(options);
  const core = steam.createProcess({ user: steamId });
  const session = unwrap(core.initClient());
  return { steam, steamId, core, ...session };
};

const resultFor = (messages: readonly RawCallback[], apiCall: bigint): CallResultMessage | undefined =>
  messages.find((message): message is CallResultMessage => message.kind === 'callResult' && message.apiCall === apiCall);

describe('Web API tickets', () => {
  it('GetTicketForWebApiResponse_t carries a ticket the back end accepts for that identity only', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam, steamId, core, user } = player(scheduler);
      const handle = user.getAuthTicketForWebApi('my-service');
      expect(handle).toBeGreaterThan(0);
      pump(scheduler, [core], 30);
      expectObservable(messagesOf(core, 'GetTicketForWebApiResponse_t')).toBe('20ms a', {
        a: expect.objectContaining({ m_hAuthTicket: handle, m_eResult: EResult.OK }),
      });
      let ticket = new Uint8Array();
      messagesOf(core, 'GetTicketForWebApiResponse_t').subscribe((message) => {
        const size = Number(message['m_cubTicket']);
        expect(size).toBeGreaterThan(0);
        expect(size).toBeLessThanOrEqual(2560);
        ticket = (message['m_rgubTicket'] as Uint8Array).slice(0, size);
      });
      flush();
      const accepted = steam.backend.authenticateWebApiTicket(ticket, 'my-service');
      expect(isRight(accepted) && accepted.right.steamId).toBe(steamId);
      const wrongIdentity = steam.backend.authenticateWebApiTicket(ticket, 'other');
      expect(wrongIdentity._tag === 'Left' && wrongIdentity.left._tag).toBe('IdentityMismatch');
      ticket[10] = (ticket[10] ?? 0) ^ 1;
      expect(steam.backend.authenticateWebApiTicket(ticket, 'my-service')._tag).toBe('Left');
    });
  });
});

describe('encrypted app tickets', () => {
  it('OK, DuplicateRequest while pending, LimitExceeded inside 60 s of a success; the ticket contains the data', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { steam, steamId, core, user } = player(scheduler);
      const seen = record(core);
      const first = user.requestEncryptedAppTicket(Uint8Array.of(1, 2, 3));
      const duplicate = user.requestEncryptedAppTicket(Uint8Array.of(9));
      expect(user.getEncryptedAppTicket(new Uint8Array(1024))).toEqual({ ok: false, size: 0 });
      let limited = 0n;
      let later = 0n;
      scheduler.schedule(() => (limited = user.requestEncryptedAppTicket(Uint8Array.of(4))), 30_000);
      scheduler.schedule(() => (later = user.requestEncryptedAppTicket(Uint8Array.of(5))), 60_021);
      flush();
      core.runCallbacks();
      const resultOf = (apiCall: bigint): unknown => decode(core, 'EncryptedAppTicketResponse_t', resultFor(seen, apiCall)?.bytes ?? new Uint8Array())['m_eResult'];
      expect(resultOf(first)).toBe(EResult.OK);
      expect(resultOf(duplicate)).toBe(EResult.DuplicateRequest);
      expect(resultOf(limited)).toBe(EResult.LimitExceeded);
      expect(resultOf(later)).toBe(EResult.OK);
      const buffer = new Uint8Array(1024);
      const { ok, size } = user.getEncryptedAppTicket(buffer);
      expect(ok).toBe(true);
      expect(user.getEncryptedAppTicket(new Uint8Array(size - 1))).toEqual({ ok: false, size });
      const opened = steam.backend.decryptEncryptedAppTicket(buffer.slice(0, size));
      expect(isRight(opened) && opened.right).toEqual({ appId: steam.appId, steamId, issuedAtMs: 60_041, userData: Uint8Array.of(5) });
      expect(steam.inspect.client(core)?.encryptedAppTicket).toEqual({ pending: false, lastSuccessAtMs: 60_041, ready: true });
    });
  });
});

describe('other call results', () => {
  it('store auth URL, market eligibility and duration control arrive latency after the call', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { core, user, utils } = player(scheduler, {
        marketEligibility: { allowed: false, notAllowedReason: EMarketNotAllowedReasonFlags.TradeBanned, allowedAtTime: 1_700_000_000 },
        durationControl: { applicable: true, secondsLast5h: 100, secondsToday: 200, secondsRemaining: 3600, progress: EDurationControlProgress.Half },
      });
      pump(scheduler, [core], 3100, 10);
      const store = user.requestStoreAuthURL('https://example.com/after?x=1');
      const market = user.getMarketEligibility();
      let duration = 0n;
      scheduler.schedule(() => (duration = user.getDurationControl()), 3000);
      expectObservable(core.callbacks$.pipe()).toBe('20ms (ab) 2996ms c', {
        a: expect.objectContaining({ kind: 'callResult', apiCall: store, callbackId: 165 }),
        b: expect.objectContaining({ kind: 'callResult', apiCall: market, callbackId: 166 }),
        c: expect.objectContaining({ kind: 'callResult', callbackId: 167 }),
      });
      const seen = record(core);
      flush();
      expect(String(decode(core, 'StoreAuthURLResponse_t', resultFor(seen, store)?.bytes ?? new Uint8Array())['m_szURL'])).toContain(
        encodeURIComponent('https://example.com/after?x=1'),
      );
      expect(decode(core, 'MarketEligibilityResponse_t', resultFor(seen, market)?.bytes ?? new Uint8Array())).toEqual({
        m_bAllowed: false,
        m_eNotAllowedReason: EMarketNotAllowedReasonFlags.TradeBanned,
        m_rtAllowedAtTime: 1_700_000_000,
        m_cdaySteamGuardRequiredDays: 15,
        m_cdayNewDeviceCooldown: 7,
      });
      expect(decode(core, 'DurationControl_t', resultFor(seen, duration)?.bytes ?? new Uint8Array())).toEqual({
        m_eResult: EResult.OK,
        m_appid: 480,
        m_bApplicable: true,
        m_csecsLast5h: 103,
        m_progress: EDurationControlProgress.Half,
        m_notification: 0,
        m_csecsToday: 203,
        m_csecsRemaining: 3597,
      });
      expect(utils.isAPICallCompleted(duration)).toEqual({ completed: true, failed: false });
    });
  });

  it('a call whose user is offline completes with the I/O-failure flag', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { core, user, utils } = player(scheduler, { loggedOn: false });
      expect(user.loggedOn()).toBe(false);
      const seen = record(core);
      const call = user.getMarketEligibility();
      flush();
      core.runCallbacks();
      expect(resultFor(seen, call)?.ioFailure).toBe(true);
      expect(utils.getAPICallFailureReason(call)).toBe(ESteamAPICallFailure.NetworkFailure);
    });
  });
});

describe('account facts and legacy calls', () => {
  it('answers flags, levels and badges from the user configuration', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { user, utils, steamId, core } = player(scheduler, {
        phoneVerified: false,
        twoFactor: false,
        phoneIdentifying: true,
        phoneRequiringVerification: true,
        steamLevel: 42,
        badges: [{ series: 1, foil: false, level: 3 }, { series: 1, foil: true, level: 1 }],
        behindNat: false,
      });
      expect(user.getSteamID()).toBe(steamId);
      expect(user.getHSteamUser()).toBe(core.processId);
      expect(user.loggedOn()).toBe(true);
      expect(user.isPhoneVerified()).toBe(false);
      expect(user.isTwoFactorEnabled()).toBe(false);
      expect(user.isPhoneIdentifying()).toBe(true);
      expect(user.isPhoneRequiringVerification()).toBe(true);
      expect(user.getPlayerSteamLevel()).toBe(42);
      expect(user.getGameBadgeLevel(1, false)).toBe(3);
      expect(user.getGameBadgeLevel(1, true)).toBe(1);
      expect(user.getGameBadgeLevel(2, false)).toBe(0);
      expect(user.isBehindNAT()).toBe(false);
      expect(utils.getAppID()).toBe(480);
      const folder = new Uint8Array(256);
      expect(user.getUserDataFolder(folder)).toBe(true);
      expect(new TextDecoder().decode(folder.slice(0, folder.indexOf(0)))).toMatch(/\/480\/local$/);
      expect(user.getUserDataFolder(new Uint8Array(4))).toBe(false);
      expect(user.setDurationControlOnlineState(2)).toBe(true);
      expect(user.setDurationControlOnlineState(0)).toBe(false);
    });
  });

  it('records AdvertiseGame and the InitiateGameConnection / TerminateGameConnection pair', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { steam, core, user } = player(scheduler);
      user.advertiseGame(90071992547409921n, 0x7f000001, 27015);
      expect(steam.inspect.client(core)?.advertisedGame).toEqual({ serverSteamId: 90071992547409921n, serverIp: 0x7f000001, serverPort: 27015 });
      user.advertiseGame(0n, 0, 0);
      expect(steam.inspect.client(core)?.advertisedGame).toBeNull();
      expect(user.initiateGameConnection(new Uint8Array(8), 1n, 0x7f000001, 27015, true)).toBe(0);
      const blob = new Uint8Array(256);
      const size = user.initiateGameConnection(blob, 90071992547409921n, 0x7f000001, 27015, true);
      expect(size).toBeGreaterThan(0);
      expect(new TextDecoder().decode(blob.slice(0, 4))).toBe('SGCB');
      expect(steam.inspect.client(core)?.gameConnections).toHaveLength(1);
      user.terminateGameConnection(0x7f000001, 27015);
      expect(steam.inspect.client(core)?.gameConnections).toHaveLength(0);
    });
  });
});
