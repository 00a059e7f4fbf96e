/**
 * The game server's asynchronous calls through the fake libsteam_api: reputation, clan
 * association and new-player compatibility matched on their own SteamAPICall_t (with another
 * handle's result interleaved, and the same handle on the client pipe ignored); the group-status
 * request answered by its GSClientGroupStatus_t callback; gameplay stats on their stream.
 */
import { left, right, type Either } from 'fp-ts/Either';
import type { Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { EResult } from '../../native/enums';
import type { FlatSymbol } from '../../native/flat-api';
import type { FieldValue } from '../../native/struct-bytes';
import { InvalidArgument, NotInitialized } from '../../src/errors';
import type { SteamServer } from '../../src/server/steam-server';
import { thrownBy, untyped } from './misuse-kit';
import {
  BIG_STEAM_ID,
  CLIENT_PIPE,
  OTHER_STEAM_ID,
  SERVER_PIPE,
  callbackIdOf,
  encode,
  fake,
  gameServerSelf,
  queueServerCallResult,
  queueServerCallback,
  startServer,
  stopServer,
} from './server-native-kit';
import { collect } from '../support/collect';

afterEach(stopServer);

const HANDLE = 0x1234_5678_9abc_def0n;
const OTHER_HANDLE = HANDLE + 1n;
const CLAN_STEAM_ID = 103582791429521412n;

type Members = Readonly<Record<string, FieldValue>>;

interface CallCase {
  readonly name: string;
  readonly symbol: FlatSymbol;
  readonly start: (server: SteamServer) => Observable<Either<unknown, unknown>>;
  /** The Steam ID argument Steam must receive, if any. */
  readonly steamIdArgument?: bigint;
  readonly struct: string;
  readonly ok: Members;
  readonly okPayload: unknown;
  readonly other: Members;
  readonly failing: Members;
  readonly failingResult: number;
}

const reputation = (result: number, score: number): Members => ({
  m_eResult: result,
  m_unReputationScore: score,
  m_bBanned: false,
  m_unBannedIP: 0,
  m_usBannedPort: 0,
  m_ulBannedGameID: 0n,
  m_unBanExpires: 0,
});

const compatibility = (result: number, dislikes: number): Members => ({
  m_eResult: result,
  m_cPlayersThatDontLikeCandidate: dislikes,
  m_cPlayersThatCandidateDoesntLike: 0,
  m_cClanPlayersThatDontLikeCandidate: 1,
  m_SteamIDCandidate: BIG_STEAM_ID,
});

const calls: readonly CallCase[] = [
  {
    name: 'getServerReputation',
    symbol: 'SteamAPI_ISteamGameServer_GetServerReputation',
    start: (server) => server.getServerReputation(),
    struct: 'GSReputation_t',
    ok: reputation(EResult.OK, 1500),
    okPayload: { result: EResult.OK, reputationScore: 1500, banned: false, bannedIp: 0, bannedPort: 0, bannedGameId: 0n, banExpires: 0 },
    other: reputation(EResult.OK, 3),
    failing: reputation(EResult.NoConnection, 0),
    failingResult: EResult.NoConnection,
  },
  {
    name: 'associateWithClan',
    symbol: 'SteamAPI_ISteamGameServer_AssociateWithClan',
    start: (server) => server.associateWithClan(CLAN_STEAM_ID),
    steamIdArgument: CLAN_STEAM_ID,
    struct: 'AssociateWithClanResult_t',
    ok: { m_eResult: EResult.OK },
    okPayload: { result: EResult.OK },
    other: { m_eResult: EResult.AccessDenied },
    failing: { m_eResult: EResult.AccessDenied },
    failingResult: EResult.AccessDenied,
  },
  {
    name: 'computeNewPlayerCompatibility',
    symbol: 'SteamAPI_ISteamGameServer_ComputeNewPlayerCompatibility',
    start: (server) => server.computeNewPlayerCompatibility(BIG_STEAM_ID),
    steamIdArgument: BIG_STEAM_ID,
    struct: 'ComputeNewPlayerCompatibilityResult_t',
    ok: compatibility(EResult.OK, 2),
    okPayload: {
      result: EResult.OK,
      playersThatDontLikeCandidate: 2,
      playersThatCandidateDoesntLike: 0,
      clanPlayersThatDontLikeCandidate: 1,
      candidateSteamId: BIG_STEAM_ID,
    },
    other: compatibility(EResult.OK, 9),
    failing: compatibility(EResult.Timeout, 0),
    failingResult: EResult.Timeout,
  },
];

describe.each(calls)('$name', (call) => {
  it('is cold: Steam is called on subscribe with the ISteamGameServer pointer (and the Steam ID)', () => {
    const server = startServer();
    fake.setReturn(call.symbol, HANDLE);
    const result$ = call.start(server);
    expect(fake.callCount(call.symbol)).toBe(0);
    collect(result$);
    expect(fake.callCount(call.symbol)).toBe(1);
    expect(fake.arg(call.symbol, 0)).toBe(gameServerSelf());
    if (call.steamIdArgument !== undefined) expect(fake.arg(call.symbol, 1)).toBe(call.steamIdArgument);
  });

  it('takes the result of its own handle from the server pipe, after another handle’s result', () => {
    const server = startServer();
    fake.setReturn(call.symbol, HANDLE);
    const seen = collect(call.start(server));
    queueServerCallResult(OTHER_HANDLE, call.struct, call.other);
    queueServerCallResult(HANDLE, call.struct, call.ok);
    server.runCallbacks();
    expect(seen.values).toEqual([right(call.okPayload)]);
    expect(seen.completed()).toBe(true);
    expect(fake.arg('SteamAPI_ManualDispatch_GetAPICallResult', 0)).toBe(BigInt(SERVER_PIPE));
  });

  it('a result with its handle on the client pipe is not the server’s', () => {
    const server = startServer();
    fake.setReturn(call.symbol, HANDLE);
    const seen = collect(call.start(server));
    // A completion for the same handle on the client pipe: no client is live, so nothing drains it.
    fake.queueCallResult(CLIENT_PIPE, HANDLE, callbackIdOf(call.struct), encode(call.struct, call.other), false);
    server.runCallbacks();
    expect(seen.values).toEqual([]);
    expect(fake.pendingCallbacks(CLIENT_PIPE)).toBe(1);
  });

  it('a failing EResult is a SteamResultError with that result', () => {
    const server = startServer();
    fake.setReturn(call.symbol, HANDLE);
    const seen = collect(call.start(server));
    queueServerCallResult(HANDLE, call.struct, call.failing);
    server.runCallbacks();
    expect(seen.values).toEqual([left(expect.objectContaining({ _tag: 'SteamResultError', result: call.failingResult }))]);
  });

  it('an I/O failure is a CallResultIoFailure; a call that did not start (handle 0) is an InvalidApiCall', () => {
    const server = startServer();
    fake.setReturn(call.symbol, HANDLE);
    const failed = collect(call.start(server));
    queueServerCallResult(HANDLE, call.struct, call.ok, true);
    server.runCallbacks();
    expect(failed.values).toEqual([left(expect.objectContaining({ _tag: 'CallResultIoFailure', apiCall: HANDLE }))]);
    fake.setReturn(call.symbol, 0);
    const invalid = collect(call.start(server));
    expect(invalid.values).toEqual([left(expect.objectContaining({ _tag: 'InvalidApiCall' }))]);
    expect(invalid.completed()).toBe(true);
  });

  it('times out on virtual time as a CallResultTimeout', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ expectObservable }) => {
      const server = startServer({ scheduler, callResultTimeoutMs: 250 });
      fake.setReturn(call.symbol, HANDLE);
      scheduler.schedule(() => {
        queueServerCallResult(HANDLE, call.struct, call.ok);
        server.runCallbacks();
      }, 300);
      expectObservable(call.start(server)).toBe('250ms (a|)', {
        a: left(expect.objectContaining({ _tag: 'CallResultTimeout', apiCall: HANDLE, timeoutMs: 250 })),
      });
    });
  });

  it('a shutdown while pending answers Left(NotInitialized); after shutdown the call throws NotInitialized and Steam is not called', () => {
    const server = startServer();
    fake.setReturn(call.symbol, HANDLE);
    const seen = collect(call.start(server));
    server.serverShutdown();
    expect(seen.values).toEqual([left(expect.any(NotInitialized))]);
    expect(seen.completed()).toBe(true);
    thrownBy(NotInitialized, () => call.start(server));
    expect(fake.callCount(call.symbol)).toBe(1);
  });

  it('made while live and subscribed after shutdown, it answers Left(NotInitialized) without calling Steam', () => {
    const server = startServer();
    fake.setReturn(call.symbol, HANDLE);
    const result$ = call.start(server);
    server.serverShutdown();
    const late = collect(result$);
    expect(late.values).toEqual([left(expect.any(NotInitialized))]);
    expect(late.completed()).toBe(true);
    expect(fake.callCount(call.symbol)).toBe(0);
  });
});

describe('call arguments', () => {
  it('associateWithClan and computeNewPlayerCompatibility throw InvalidArgument for a bad Steam ID when called, before Steam', () => {
    const server = startServer();
    expect(thrownBy(InvalidArgument, () => untyped(server).associateWithClan('clan'))).toMatchObject({ argument: 'clanSteamId' });
    expect(thrownBy(InvalidArgument, () => untyped(server).computeNewPlayerCompatibility(-5))).toMatchObject({ argument: 'newPlayerSteamId' });
    expect(fake.callCount('SteamAPI_ISteamGameServer_AssociateWithClan')).toBe(0);
    expect(fake.callCount('SteamAPI_ISteamGameServer_ComputeNewPlayerCompatibility')).toBe(0);
  });
});

const groupStatus = (user: bigint, group: bigint, member: boolean, officer: boolean): Members => ({
  m_SteamIDUser: user,
  m_SteamIDGroup: group,
  m_bMember: member,
  m_bOfficer: officer,
});

describe('requestUserGroupStatus', () => {
  const REQUEST = 'SteamAPI_ISteamGameServer_RequestUserGroupStatus';

  it('answers with the GSClientGroupStatus_t for that user and group, skipping others', () => {
    const server = startServer();
    fake.setReturn(REQUEST, true);
    const seen = collect(server.requestUserGroupStatus(BIG_STEAM_ID, CLAN_STEAM_ID));
    expect(fake.arg(REQUEST, 0)).toBe(gameServerSelf());
    expect(fake.arg(REQUEST, 1)).toBe(BIG_STEAM_ID);
    expect(fake.arg(REQUEST, 2)).toBe(CLAN_STEAM_ID);
    queueServerCallback('GSClientGroupStatus_t', groupStatus(OTHER_STEAM_ID, CLAN_STEAM_ID, true, true));
    queueServerCallback('GSClientGroupStatus_t', groupStatus(BIG_STEAM_ID, CLAN_STEAM_ID + 1n, true, true));
    queueServerCallback('GSClientGroupStatus_t', groupStatus(BIG_STEAM_ID, CLAN_STEAM_ID, true, false));
    queueServerCallback('GSClientGroupStatus_t', groupStatus(BIG_STEAM_ID, CLAN_STEAM_ID, false, false));
    server.runCallbacks();
    expect(seen.values).toEqual([right({ userSteamId: BIG_STEAM_ID, groupSteamId: CLAN_STEAM_ID, member: true, officer: false })]);
    expect(seen.completed()).toBe(true);
  });

  it('the same callback on the client pipe is not an answer', () => {
    const server = startServer();
    fake.setReturn(REQUEST, true);
    const seen = collect(server.requestUserGroupStatus(BIG_STEAM_ID, CLAN_STEAM_ID));
    fake.queueCallback(CLIENT_PIPE, callbackIdOf('GSClientGroupStatus_t'), encode('GSClientGroupStatus_t', groupStatus(BIG_STEAM_ID, CLAN_STEAM_ID, true, false)));
    server.runCallbacks();
    expect(seen.values).toEqual([]);
  });

  it('a refused request (false: not logged on) is Left(CallFailed) at once, and a later callback is not taken', () => {
    const server = startServer();
    const seen = collect(server.requestUserGroupStatus(BIG_STEAM_ID, CLAN_STEAM_ID));
    expect(seen.values).toEqual([left(expect.objectContaining({ _tag: 'CallFailed', call: 'requestUserGroupStatus' }))]);
    expect(seen.completed()).toBe(true);
    queueServerCallback('GSClientGroupStatus_t', groupStatus(BIG_STEAM_ID, CLAN_STEAM_ID, true, false));
    server.runCallbacks();
    expect(seen.values).toHaveLength(1);
  });

  it('no answer within the call-result timeout is Left(Timeout) on virtual time', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ expectObservable }) => {
      const server = startServer({ scheduler, callResultTimeoutMs: 400 });
      fake.setReturn(REQUEST, true);
      expectObservable(server.requestUserGroupStatus(BIG_STEAM_ID, CLAN_STEAM_ID)).toBe('400ms (a|)', {
        a: left(expect.objectContaining({ _tag: 'Timeout', waitedMs: 400 })),
      });
    });
  });

  it('an answer in a frame before the timeout wins (marbles)', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ expectObservable }) => {
      const server = startServer({ scheduler, callResultTimeoutMs: 400 });
      fake.setReturn(REQUEST, true);
      scheduler.schedule(() => {
        queueServerCallback('GSClientGroupStatus_t', groupStatus(BIG_STEAM_ID, CLAN_STEAM_ID, true, true));
        server.runCallbacks();
      }, 48);
      expectObservable(server.requestUserGroupStatus(BIG_STEAM_ID, CLAN_STEAM_ID)).toBe('48ms (a|)', {
        a: right({ userSteamId: BIG_STEAM_ID, groupSteamId: CLAN_STEAM_ID, member: true, officer: true }),
      });
    });
  });

  it('a shutdown while waiting is Left(NotInitialized); bad Steam IDs throw InvalidArgument when called and never reach Steam', () => {
    const server = startServer();
    fake.setReturn(REQUEST, true);
    const seen = collect(server.requestUserGroupStatus(BIG_STEAM_ID, CLAN_STEAM_ID));
    expect(thrownBy(InvalidArgument, () => untyped(server).requestUserGroupStatus('x', CLAN_STEAM_ID))).toMatchObject({ argument: 'userSteamId' });
    expect(thrownBy(InvalidArgument, () => untyped(server).requestUserGroupStatus(BIG_STEAM_ID, null))).toMatchObject({ argument: 'groupSteamId' });
    server.serverShutdown();
    expect(seen.values).toEqual([left(expect.any(NotInitialized))]);
    expect(seen.completed()).toBe(true);
    expect(fake.callCount(REQUEST)).toBe(1);
  });

  it('after shutdown it throws NotInitialized when called; one made before answers Left(NotInitialized) on subscribe, without Steam', () => {
    const server = startServer();
    fake.setReturn(REQUEST, true);
    const made = server.requestUserGroupStatus(BIG_STEAM_ID, CLAN_STEAM_ID);
    server.serverShutdown();
    thrownBy(NotInitialized, () => server.requestUserGroupStatus(BIG_STEAM_ID, CLAN_STEAM_ID));
    expect(collect(made).values).toEqual([left(expect.any(NotInitialized))]);
    expect(fake.callCount(REQUEST)).toBe(0);
  });
});

describe('getGameplayStats', () => {
  it('asks Steam, and the GSGameplayStats_t arrives on gsGameplayStats$', () => {
    const server = startServer();
    const stats = collect(server.gsGameplayStats$);
    expect(server.getGameplayStats()).toBeUndefined();
    expect(fake.callCount('SteamAPI_ISteamGameServer_GetGameplayStats')).toBe(1);
    expect(fake.arg('SteamAPI_ISteamGameServer_GetGameplayStats', 0)).toBe(gameServerSelf());
    queueServerCallback('GSGameplayStats_t', { m_eResult: EResult.OK, m_nRank: 12, m_unTotalConnects: 345, m_unTotalMinutesPlayed: 6789 });
    server.runCallbacks();
    expect(stats.values).toEqual([{ result: EResult.OK, rank: 12, totalConnects: 345, totalMinutesPlayed: 6789 }]);
    server.serverShutdown();
    thrownBy(NotInitialized, () => server.getGameplayStats());
    expect(fake.callCount('SteamAPI_ISteamGameServer_GetGameplayStats')).toBe(1);
  });
});
