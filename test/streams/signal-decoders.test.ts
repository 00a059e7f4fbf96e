import { isLeft, isRight, type Either } from 'fp-ts/Either';
import {
  EAuthSessionResponse,
  EDenyReason,
  EDurationControlNotification,
  EDurationControlProgress,
  EFailureType,
  EMarketNotAllowedReasonFlags,
  EResult,
  isEnumValue,
} from '../../native/enums';
import type { Platform } from '../../native/steam-core';
import { layoutsFor } from '../../native/struct-layouts';
import { DecodeError, type DecodeOrigin } from '../../streams/decode-error';
import { signalDecoders } from '../../streams/signal-decoders';
import { encode } from './messages';

const player = 76561198265685624n;
const owner = 76561197960287930n;
const group = 103582791429521412n;
const asCallback: DecodeOrigin = { pipe: 'client', kind: 'callback' };
const onServer: DecodeOrigin = { pipe: 'server', kind: 'callback' };

const rightOf = <A>(decoded: Either<DecodeError, A>): A => {
  if (isLeft(decoded)) throw new Error(`expected a payload, got ${decoded.left.message}`);
  return decoded.right;
};
const leftOf = <A>(decoded: Either<DecodeError, A>): DecodeError => {
  if (isRight(decoded)) throw new Error('expected a DecodeError, got a payload');
  return decoded.left;
};

describe('signal decoders (linux64 bytes)', () => {
  const decoders = signalDecoders('linux64');

  it('clientGameServerDeny: the host-order IP as a dotted quad and as a number, uint16 secure as a boolean', () => {
    const bytes = encode('ClientGameServerDeny_t', {
      m_uAppID: 480,
      m_unGameServerIP: 0xc0a80a02,
      m_usGameServerPort: 27015,
      m_bSecure: 1,
      m_uReason: 7,
    });
    expect(rightOf(decoders.clientGameServerDeny.decode(bytes, asCallback))).toEqual({
      appId: 480,
      serverIp: '192.168.10.2',
      serverIpNumber: 0xc0a80a02,
      serverPort: 27015,
      secure: true,
      reason: 7,
    });
  });

  it('durationControl: the nested duration with the notification text', () => {
    const bytes = encode('DurationControl_t', {
      m_eResult: EResult.OK,
      m_appid: 480,
      m_bApplicable: true,
      m_csecsLast5h: 3600,
      m_progress: EDurationControlProgress.Half,
      m_notification: EDurationControlNotification._1Hour,
      m_csecsToday: 7200,
      m_csecsRemaining: -1,
    });
    expect(rightOf(decoders.durationControl.decode(bytes, asCallback))).toEqual({
      result: EResult.OK,
      duration: {
        appId: 480,
        applicable: true,
        secondsLast5hrs: 3600,
        progress: EDurationControlProgress.Half,
        notification: EDurationControlNotification._1Hour,
        notificationVerbal: "You've been playing for N hours.",
        secondsToday: 7200,
        secondsRemaining: -1,
      },
    });
  });

  it('encryptedAppTicketResponse, associateWithClanResult, steamServerDisconnected: the result', () => {
    expect(
      rightOf(decoders.encryptedAppTicketResponse.decode(encode('EncryptedAppTicketResponse_t', { m_eResult: EResult.LimitExceeded }), asCallback)),
    ).toEqual({ result: EResult.LimitExceeded });
    expect(
      rightOf(decoders.associateWithClanResult.decode(encode('AssociateWithClanResult_t', { m_eResult: EResult.OK }), onServer)),
    ).toEqual({ result: EResult.OK });
    expect(
      rightOf(decoders.steamServerDisconnected.decode(encode('SteamServersDisconnected_t', { m_eResult: EResult.NoConnection }), asCallback)),
    ).toEqual({ result: EResult.NoConnection });
  });

  it('gameWebCallback and storeAuthUrlResponse: C strings cut at the NUL', () => {
    const web = encode('GameWebCallback_t', { m_szURL: 'steam://gamewebcallback/done' });
    web.set(new TextEncoder().encode('garbage'), 40); // after the terminator
    expect(rightOf(decoders.gameWebCallback.decode(web, asCallback))).toEqual({ url: 'steam://gamewebcallback/done' });
    const store = encode('StoreAuthURLResponse_t', { m_szURL: 'https://store.steampowered.com/login/?token=abc' });
    expect(rightOf(decoders.storeAuthUrlResponse.decode(store, asCallback))).toEqual({
      url: 'https://store.steampowered.com/login/?token=abc',
    });
  });

  it('getAuthSessionTicketResponse', () => {
    const bytes = encode('GetAuthSessionTicketResponse_t', { m_hAuthTicket: 12, m_eResult: EResult.OK });
    expect(rightOf(decoders.getAuthSessionTicketResponse.decode(bytes, asCallback))).toEqual({ authTicket: 12, result: EResult.OK });
  });

  it('getTicketForWebApi: the ticket trimmed to m_cubTicket, as a copy', () => {
    const ticket = Uint8Array.from({ length: 240 }, (_, index) => (index * 7 + 1) & 0xff);
    const bytes = encode('GetTicketForWebApiResponse_t', {
      m_hAuthTicket: 3,
      m_eResult: EResult.OK,
      m_cubTicket: ticket.length,
      m_rgubTicket: ticket,
    });
    bytes[12 + 500] = 0xee; // beyond the ticket: must not be in the payload
    const payload = rightOf(decoders.getTicketForWebApi.decode(bytes, asCallback));
    expect(payload).toEqual({ authTicket: 3, result: EResult.OK, ticketSize: 240, ticketBuffer: ticket });
    expect(payload.ticketBuffer.byteLength).toBe(240);
    expect(payload.ticketBuffer.buffer.byteLength).toBe(240);
    bytes[12] = 0xff; // the payload does not share the callback's memory
    expect(payload.ticketBuffer[0]).toBe(1);
  });

  it('getTicketForWebApi: the full 2560 bytes and an empty ticket are valid sizes', () => {
    const full = encode('GetTicketForWebApiResponse_t', { m_cubTicket: 2560, m_rgubTicket: new Uint8Array(2560).fill(9) });
    expect(rightOf(decoders.getTicketForWebApi.decode(full, asCallback)).ticketBuffer).toEqual(new Uint8Array(2560).fill(9));
    const empty = encode('GetTicketForWebApiResponse_t', { m_eResult: EResult.Fail, m_cubTicket: 0 });
    expect(rightOf(decoders.getTicketForWebApi.decode(empty, asCallback))).toEqual({
      authTicket: 0,
      result: EResult.Fail,
      ticketSize: 0,
      ticketBuffer: new Uint8Array(0),
    });
  });

  it.each([2561, -1, 0x7fffffff])('getTicketForWebApi: m_cubTicket %d is an InvalidPayload that does not print the ticket', (size) => {
    const ticket = new Uint8Array(2560).fill(0xab);
    const bytes = encode('GetTicketForWebApiResponse_t', { m_hAuthTicket: 3, m_cubTicket: size, m_rgubTicket: ticket });
    const error = leftOf(decoders.getTicketForWebApi.decode(bytes, asCallback));
    expect(error).toMatchObject({
      _tag: 'DecodeError',
      reason: 'InvalidPayload',
      struct: 'GetTicketForWebApiResponse_t',
      callbackId: 168,
      pipe: 'client',
      kind: 'callback',
    });
    expect(error.report).toContain('GetTicketForWebApi.ticketSize');
    expect(error.report).toContain(String(size));
    for (const text of [error.report, error.message]) {
      expect(text).not.toMatch(/171/); // 0xab
      expect(text).not.toMatch(/ab,ab|\bab\b/i);
    }
  });

  it('ipcFailure: the failure type; an unknown type is refused', () => {
    expect(rightOf(decoders.ipcFailure.decode(encode('IPCFailure_t', { m_eFailureType: EFailureType.PipeFail }), asCallback))).toEqual({
      type: EFailureType.PipeFail,
    });
    const error = leftOf(decoders.ipcFailure.decode(encode('IPCFailure_t', { m_eFailureType: 2 }), asCallback));
    expect(error.reason).toBe('InvalidPayload');
    expect(error.report).toBe('IpcFailure.type: expected a member of EFailureType, got 2');
  });

  it('licensesUpdated and steamServerConnected: empty payloads from the 1-byte empty struct', () => {
    expect(rightOf(decoders.licensesUpdated.decode(new Uint8Array(1), asCallback))).toEqual({});
    expect(rightOf(decoders.steamServerConnected.decode(new Uint8Array(1), asCallback))).toEqual({});
    expect(leftOf(decoders.steamServerConnected.decode(new Uint8Array(0), asCallback)).reason).toBe('ShortBuffer');
  });

  it('marketEligibilityResponse: the reason flags as an unsigned bit set, unknown bits kept', () => {
    const reasons = EMarketNotAllowedReasonFlags.TradeBanned | EMarketNotAllowedReasonFlags.UsingNewDevice | 0x8000_0000;
    const bytes = encode('MarketEligibilityResponse_t', {
      m_bAllowed: false,
      m_eNotAllowedReason: reasons,
      m_rtAllowedAtTime: 1_700_000_000,
      m_cdaySteamGuardRequiredDays: 15,
      m_cdayNewDeviceCooldown: 7,
    });
    expect(rightOf(decoders.marketEligibilityResponse.decode(bytes, asCallback))).toEqual({
      isAllowed: false,
      disallowReason: reasons >>> 0,
      allowedAtTime: 1_700_000_000,
      steamGuardRequiredDays: 15,
      newDeviceCooldown: 7,
    });
  });

  it('microtransactionAuthResponse: the uint64 order id as bigint, uint8 authorized as a boolean', () => {
    const bytes = encode('MicroTxnAuthorizationResponse_t', { m_unAppID: 480, m_ulOrderID: 0xfedcba9876543210n, m_bAuthorized: 1 });
    expect(rightOf(decoders.microtransactionAuthResponse.decode(bytes, asCallback))).toEqual({
      appId: 480,
      orderId: 0xfedcba9876543210n,
      authorized: true,
    });
  });

  it('steamServerConnectFailed', () => {
    const bytes = encode('SteamServerConnectFailure_t', { m_eResult: EResult.ConnectFailed, m_bStillRetrying: true });
    expect(rightOf(decoders.steamServerConnectFailed.decode(bytes, asCallback))).toEqual({ result: EResult.ConnectFailed, retrying: true });
  });

  it('validateAuthTicketResponse: Steam IDs as bigint; an unknown EAuthSessionResponse is refused', () => {
    const bytes = encode('ValidateAuthTicketResponse_t', {
      m_SteamID: player,
      m_eAuthSessionResponse: EAuthSessionResponse.AuthTicketCanceled,
      m_OwnerSteamID: owner,
    });
    expect(rightOf(decoders.validateAuthTicketResponse.decode(bytes, onServer))).toEqual({
      steamId: player,
      response: EAuthSessionResponse.AuthTicketCanceled,
      ownerSteamId: owner,
    });
    const bad = encode('ValidateAuthTicketResponse_t', { m_SteamID: player, m_eAuthSessionResponse: 11, m_OwnerSteamID: owner });
    const error = leftOf(decoders.validateAuthTicketResponse.decode(bad, onServer));
    expect(error).toMatchObject({ reason: 'InvalidPayload', pipe: 'server', callbackId: 143, struct: 'ValidateAuthTicketResponse_t' });
    expect(error.report).toBe('ValidateAuthTicketResponse.response: expected a member of EAuthSessionResponse, got 11');
    expect(error.message).toContain('ValidateAuthTicketResponse_t (callback 143 on the server pipe)');
  });

  it('gsClientApprove, gsClientDeny, gsClientKick', () => {
    expect(
      rightOf(decoders.gsClientApprove.decode(encode('GSClientApprove_t', { m_SteamID: player, m_OwnerSteamID: owner }), onServer)),
    ).toEqual({ steamId: player, ownerSteamId: owner });
    expect(
      rightOf(
        decoders.gsClientDeny.decode(
          encode('GSClientDeny_t', { m_SteamID: player, m_eDenyReason: EDenyReason.Cheater, m_rgchOptionalText: 'VAC' }),
          onServer,
        ),
      ),
    ).toEqual({ steamId: player, denyReason: EDenyReason.Cheater, optionalText: 'VAC' });
    expect(
      rightOf(decoders.gsClientKick.decode(encode('GSClientKick_t', { m_SteamID: player, m_eDenyReason: EDenyReason.NoLicense }), onServer)),
    ).toEqual({ steamId: player, denyReason: EDenyReason.NoLicense });
    const unknownReason = encode('GSClientKick_t', { m_SteamID: player, m_eDenyReason: 16 });
    expect(leftOf(decoders.gsClientKick.decode(unknownReason, onServer)).report).toBe(
      'GsClientKick.denyReason: expected a member of EDenyReason, got 16',
    );
  });

  it('gsClientAchievementStatus, gsPolicyResponse, gsGameplayStats, gsClientGroupStatus', () => {
    expect(
      rightOf(
        decoders.gsClientAchievementStatus.decode(
          encode('GSClientAchievementStatus_t', { m_SteamID: player, m_pchAchievement: 'ACH_WIN_ONE_GAME', m_bUnlocked: true }),
          onServer,
        ),
      ),
    ).toEqual({ steamId: player, achievement: 'ACH_WIN_ONE_GAME', unlocked: true });
    expect(rightOf(decoders.gsPolicyResponse.decode(encode('GSPolicyResponse_t', { m_bSecure: 1 }), onServer))).toEqual({ secure: true });
    expect(
      rightOf(
        decoders.gsGameplayStats.decode(
          encode('GSGameplayStats_t', { m_eResult: EResult.OK, m_nRank: -3, m_unTotalConnects: 4_000_000_000, m_unTotalMinutesPlayed: 90 }),
          onServer,
        ),
      ),
    ).toEqual({ result: EResult.OK, rank: -3, totalConnects: 4_000_000_000, totalMinutesPlayed: 90 });
    expect(
      rightOf(
        decoders.gsClientGroupStatus.decode(
          encode('GSClientGroupStatus_t', { m_SteamIDUser: player, m_SteamIDGroup: group, m_bMember: true, m_bOfficer: false }),
          onServer,
        ),
      ),
    ).toEqual({ userSteamId: player, groupSteamId: group, member: true, officer: false });
  });

  it('gsReputation and computeNewPlayerCompatibilityResult', () => {
    expect(
      rightOf(
        decoders.gsReputation.decode(
          encode('GSReputation_t', {
            m_eResult: EResult.OK,
            m_unReputationScore: 42,
            m_bBanned: true,
            m_unBannedIP: 0x0a000001,
            m_usBannedPort: 27016,
            m_ulBannedGameID: 0x0100000000000000n | 480n,
            m_unBanExpires: 1_800_000_000,
          }),
          onServer,
        ),
      ),
    ).toEqual({
      result: EResult.OK,
      reputationScore: 42,
      banned: true,
      bannedIp: 0x0a000001,
      bannedPort: 27016,
      bannedGameId: 0x0100000000000000n | 480n,
      banExpires: 1_800_000_000,
    });
    expect(
      rightOf(
        decoders.computeNewPlayerCompatibilityResult.decode(
          encode('ComputeNewPlayerCompatibilityResult_t', {
            m_eResult: EResult.OK,
            m_cPlayersThatDontLikeCandidate: 1,
            m_cPlayersThatCandidateDoesntLike: 2,
            m_cClanPlayersThatDontLikeCandidate: 3,
            m_SteamIDCandidate: player,
          }),
          onServer,
        ),
      ),
    ).toEqual({
      result: EResult.OK,
      playersThatDontLikeCandidate: 1,
      playersThatCandidateDoesntLike: 2,
      clanPlayersThatDontLikeCandidate: 3,
      candidateSteamId: player,
    });
  });
});

describe('EResult is open: unknown codes decode with their raw number', () => {
  const decoders = signalDecoders('linux64');
  it.each([4, 130, 9999, -1])('result %d', (code) => {
    const payload = rightOf(decoders.steamServerDisconnected.decode(encode('SteamServersDisconnected_t', { m_eResult: code }), asCallback));
    expect(payload.result).toBe(code);
    expect(isEnumValue(EResult, payload.result)).toBe(false);
  });
});

describe('closed enums refuse values outside the ABI', () => {
  const decoders = signalDecoders('linux64');
  it('duration control progress and notification', () => {
    const bytes = encode('DurationControl_t', { m_progress: 6, m_notification: 8 });
    const error = leftOf(decoders.durationControl.decode(bytes, asCallback));
    expect(error.report).toBe(
      'DurationControl.duration.progress: expected a member of EDurationControlProgress, got 6; ' +
        'DurationControl.duration.notification: expected a member of EDurationControlNotification, got 8',
    );
  });
});

describe('short buffers', () => {
  it('are a ShortBuffer DecodeError naming sizes, never the bytes', () => {
    const decoders = signalDecoders('linux64');
    const bytes = encode('ValidateAuthTicketResponse_t', { m_SteamID: player }).subarray(0, 19);
    const error = leftOf(decoders.validateAuthTicketResponse.decode(bytes, { pipe: 'client', kind: 'callResult' }));
    expect(error).toBeInstanceOf(DecodeError);
    expect(error).toMatchObject({
      _tag: 'DecodeError',
      pipe: 'client',
      callbackId: 143,
      struct: 'ValidateAuthTicketResponse_t',
      kind: 'callResult',
      reason: 'ShortBuffer',
      report: 'expected at least 20 bytes, got 19',
      message:
        'steamworks-rx: ValidateAuthTicketResponse_t (call result 143 on the client pipe) is too short to decode: expected at least 20 bytes, got 19',
    });
    // Those fields and nothing else: no bytes ride along.
    expect(Object.keys(error).sort()).toEqual(['_tag', 'callbackId', 'kind', 'pipe', 'reason', 'report', 'struct']);
  });
});

describe('win64 layouts (pack 8)', () => {
  const win = signalDecoders('win64');
  const linux = signalDecoders('linux64');

  it('MicroTxnAuthorizationResponse_t: order id at offset 8, 24 bytes', () => {
    const bytes = encode('MicroTxnAuthorizationResponse_t', { m_unAppID: 480, m_ulOrderID: 77n, m_bAuthorized: 0 }, 'win64');
    expect(bytes.byteLength).toBe(24);
    expect(rightOf(win.microtransactionAuthResponse.decode(bytes, asCallback))).toEqual({ appId: 480, orderId: 77n, authorized: false });
    // The same 24 bytes read with the Linux layout put the order id at offset 4: a different value.
    expect(rightOf(linux.microtransactionAuthResponse.decode(bytes, asCallback)).orderId).not.toBe(77n);
    // Linux bytes are too short for the Windows struct.
    const linuxBytes = encode('MicroTxnAuthorizationResponse_t', { m_unAppID: 480, m_ulOrderID: 77n }, 'linux64');
    expect(leftOf(win.microtransactionAuthResponse.decode(linuxBytes, asCallback))).toMatchObject({
      reason: 'ShortBuffer',
      report: 'expected at least 24 bytes, got 16',
    });
  });

  it('GSClientAchievementStatus_t: 144 bytes with tail padding', () => {
    const bytes = encode('GSClientAchievementStatus_t', { m_SteamID: player, m_pchAchievement: 'ACH_TRAVEL', m_bUnlocked: true }, 'win64');
    expect(bytes.byteLength).toBe(144);
    expect(rightOf(win.gsClientAchievementStatus.decode(bytes, onServer))).toEqual({
      steamId: player,
      achievement: 'ACH_TRAVEL',
      unlocked: true,
    });
    const linuxBytes = encode('GSClientAchievementStatus_t', { m_SteamID: player }, 'linux64');
    expect(leftOf(win.gsClientAchievementStatus.decode(linuxBytes, onServer)).reason).toBe('ShortBuffer');
  });

  it('GSReputation_t: banned game id at offset 24, 40 bytes', () => {
    const members = {
      m_eResult: EResult.OK,
      m_unReputationScore: 5,
      m_bBanned: false,
      m_unBannedIP: 0x7f000001,
      m_usBannedPort: 1,
      m_ulBannedGameID: 480n,
      m_unBanExpires: 9,
    };
    const bytes = encode('GSReputation_t', members, 'win64');
    expect(bytes.byteLength).toBe(40);
    expect(rightOf(win.gsReputation.decode(bytes, onServer))).toEqual({
      result: EResult.OK,
      reputationScore: 5,
      banned: false,
      bannedIp: 0x7f000001,
      bannedPort: 1,
      bannedGameId: 480n,
      banExpires: 9,
    });
    expect(rightOf(linux.gsReputation.decode(encode('GSReputation_t', members, 'linux64'), onServer)).bannedGameId).toBe(480n);
  });

  it('structs whose layout does not differ decode the same on both platforms', () => {
    const bytes = encode('ValidateAuthTicketResponse_t', { m_SteamID: player, m_eAuthSessionResponse: 0, m_OwnerSteamID: owner });
    expect(win.validateAuthTicketResponse.decode(bytes, asCallback)).toEqual(linux.validateAuthTicketResponse.decode(bytes, asCallback));
  });
});

describe('coverage', () => {
  it.each<Platform>(['linux64', 'win64'])('every callback struct but SteamAPICallCompleted_t has exactly one decoder (%s)', (platform) => {
    const decoders = Object.values(signalDecoders(platform));
    const table = layoutsFor(platform);
    // By struct name, not by id: 1108 is UserStatsUnloaded_t on the client pipe and
    // GSStatsUnloaded_t on the server pipe, one decoder each.
    const callbackStructs = Object.values(table.byName)
      .filter((layout) => layout.callbackId !== undefined && layout.callbackId !== 703)
      .map((layout) => layout.name)
      .sort();
    expect(decoders.map((decoder) => decoder.struct).sort()).toEqual(callbackStructs);
    for (const decoder of decoders) expect(table.byName[decoder.struct]?.callbackId).toBe(decoder.callbackId);
    const decodedIds = new Set(decoders.map((decoder) => decoder.callbackId));
    expect([...decodedIds].sort((a, b) => a - b)).toEqual([...table.byCallbackId.keys()].filter((id) => id !== 703).sort((a, b) => a - b));
  });

  it.each<Platform>(['linux64', 'win64'])('the only id two decoders share is 1108, one per pipe, with one layout (%s)', (platform) => {
    const decoders = Object.values(signalDecoders(platform));
    const byId = new Map<number, string[]>();
    for (const decoder of decoders) byId.set(decoder.callbackId, [...(byId.get(decoder.callbackId) ?? []), decoder.struct]);
    const shared = [...byId].filter(([, structs]) => structs.length > 1);
    expect(shared).toEqual([[1108, ['UserStatsUnloaded_t', 'GSStatsUnloaded_t']]]);
    const table = layoutsFor(platform);
    expect(table.byName.UserStatsUnloaded_t?.size).toBe(table.byName.GSStatsUnloaded_t?.size);
    expect(table.byCallbackId.get(1108)?.name).toBe('UserStatsUnloaded_t');
    // 1112 is GlobalStatsReceived_t only: PS3TrophiesInstalled_t is not in the table.
    expect(table.byCallbackId.get(1112)?.name).toBe('GlobalStatsReceived_t');
    expect(table.byName.PS3TrophiesInstalled_t).toBeUndefined();
  });
});
