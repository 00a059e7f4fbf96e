/**
 * Every game-server flow that awaits Steam holds the pump exactly while it awaits: an auth
 * session until its FIRST validation (later verdicts are unsolicited), the server's own tickets,
 * call results and requestUserGroupStatus. Each hold is released in every way the flow can end.
 * Over the fake library with a manual pump; a client on the same core shares the pump and its count.
 */
import { isRight } from 'fp-ts/Either';
import { TestScheduler } from 'rxjs/testing';
import { EAuthSessionResponse, EBeginAuthSessionResult, EResult } from '../../native/enums';
import type { SteamServer } from '../../src/server/steam-server';
import { collect } from '../support/collect';
import { steamInit } from '../../src/init/steam-init';
import {
  BIG_STEAM_ID,
  OTHER_STEAM_ID,
  fake,
  nativeOptions,
  queueServerCallResult,
  queueServerCallback,
  rightOf,
  startServer,
  stopServer,
} from '../server/server-native-kit';

afterEach(stopServer);
// The fake is process-wide: later test files in this worker find it reset.
afterAll(() => fake.reset());

const BEGIN = 'SteamAPI_ISteamGameServer_BeginAuthSession';
const ISSUE = 'SteamAPI_ISteamGameServer_GetAuthSessionTicket';
const REPUTATION = 'SteamAPI_ISteamGameServer_GetServerReputation';
const GROUP_STATUS = 'SteamAPI_ISteamGameServer_RequestUserGroupStatus';
const CLAN_STEAM_ID = 103582791429521412n;
const API_CALL = 0x77_0000_0001n;

const ticket = Uint8Array.from({ length: 64 }, (_, index) => index);
const validation = (steamId: bigint, response: number): void =>
  queueServerCallback('ValidateAuthTicketResponse_t', { m_SteamID: steamId, m_eAuthSessionResponse: response, m_OwnerSteamID: steamId });
const groupStatus = (): void =>
  queueServerCallback('GSClientGroupStatus_t', { m_SteamIDUser: BIG_STEAM_ID, m_SteamIDGroup: CLAN_STEAM_ID, m_bMember: true, m_bOfficer: false });

const awaiting = (server: SteamServer): number => server.pump.awaiting;

describe('authSession$ holds the pump until its first validation', () => {
  it('from an accepted begin to the first verdict; a later verdict (a ban) takes no hold', () => {
    const server = startServer();
    const session = collect(server.authSession$(ticket, BIG_STEAM_ID));
    expect(awaiting(server)).toBe(1);
    validation(OTHER_STEAM_ID, EAuthSessionResponse.OK);
    server.runCallbacks();
    expect(awaiting(server)).toBe(1);
    validation(BIG_STEAM_ID, EAuthSessionResponse.OK);
    server.runCallbacks();
    expect(awaiting(server)).toBe(0);
    validation(BIG_STEAM_ID, EAuthSessionResponse.VACBanned);
    server.runCallbacks();
    expect(session.values.map(isRight)).toEqual([true, false]);
    expect(awaiting(server)).toBe(0);
    session.unsubscribe();
    expect(awaiting(server)).toBe(0);
  });

  it('a rejecting first verdict releases it too', () => {
    const server = startServer();
    const session = collect(server.authSession$(ticket, BIG_STEAM_ID));
    validation(BIG_STEAM_ID, EAuthSessionResponse.AuthTicketInvalid);
    server.runCallbacks();
    expect(session.values.map(isRight)).toEqual([false]);
    expect(awaiting(server)).toBe(0);
  });

  it('until an unsubscribe or the shutdown; a refused begin never takes one', () => {
    const server = startServer();
    const dropped = collect(server.authSession$(ticket, BIG_STEAM_ID));
    const open = collect(server.authSession$(ticket, OTHER_STEAM_ID));
    expect(awaiting(server)).toBe(2);
    dropped.unsubscribe();
    expect(awaiting(server)).toBe(1);
    fake.setReturn(BEGIN, EBeginAuthSessionResult.DuplicateRequest);
    const refused = collect(server.authSession$(ticket, BIG_STEAM_ID));
    expect(refused.completed()).toBe(true);
    expect(awaiting(server)).toBe(1);
    server.serverShutdown();
    expect(open.completed()).toBe(true);
    expect(awaiting(server)).toBe(0);
  });
});

describe("the server's other awaited answers", () => {
  it("authTicket$: the server's own ticket until its response", () => {
    const server = startServer();
    fake.setOutput(ISSUE, ticket);
    fake.setReturn(ISSUE, 0xfffffff0);
    const held = collect(server.authTicket$());
    expect(awaiting(server)).toBe(1);
    queueServerCallback('GetAuthSessionTicketResponse_t', { m_hAuthTicket: 0xfffffff0, m_eResult: EResult.OK });
    server.runCallbacks();
    expect(held.values.map(isRight)).toEqual([true]);
    expect(awaiting(server)).toBe(0);
    held.unsubscribe();
  });

  it('a call result until its answer, or the shutdown', () => {
    const server = startServer();
    fake.setReturn(REPUTATION, API_CALL);
    const answered = collect(server.getServerReputation());
    expect(awaiting(server)).toBe(1);
    queueServerCallResult(API_CALL, 'GSReputation_t', { m_eResult: EResult.OK, m_unReputationScore: 9 });
    server.runCallbacks();
    expect(answered.completed()).toBe(true);
    expect(awaiting(server)).toBe(0);
    const pending = collect(server.getServerReputation());
    expect(awaiting(server)).toBe(1);
    server.serverShutdown();
    expect(pending.completed()).toBe(true);
    expect(awaiting(server)).toBe(0);
  });

  it('requestUserGroupStatus: until the answer, an unsubscribe or the shutdown; a refused request takes none', () => {
    const server = startServer();
    const refused = collect(server.requestUserGroupStatus(BIG_STEAM_ID, CLAN_STEAM_ID));
    expect(refused.completed()).toBe(true);
    expect(awaiting(server)).toBe(0);
    fake.setReturn(GROUP_STATUS, true);
    const answered = collect(server.requestUserGroupStatus(BIG_STEAM_ID, CLAN_STEAM_ID));
    const dropped = collect(server.requestUserGroupStatus(BIG_STEAM_ID, CLAN_STEAM_ID));
    expect(awaiting(server)).toBe(2);
    dropped.unsubscribe();
    expect(awaiting(server)).toBe(1);
    groupStatus();
    server.runCallbacks();
    expect(answered.values.map(isRight)).toEqual([true]);
    expect(awaiting(server)).toBe(0);
    const pending = collect(server.requestUserGroupStatus(BIG_STEAM_ID, CLAN_STEAM_ID));
    expect(awaiting(server)).toBe(1);
    server.serverShutdown();
    expect(pending.completed()).toBe(true);
    expect(awaiting(server)).toBe(0);
  });

  it('requestUserGroupStatus: until the timeout (virtual time)', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ flush }) => {
      const server = startServer({ scheduler, callResultTimeoutMs: 400 });
      fake.setReturn(GROUP_STATUS, true);
      const timedOut = collect(server.requestUserGroupStatus(BIG_STEAM_ID, CLAN_STEAM_ID));
      scheduler.schedule(() => expect(awaiting(server)).toBe(1), 399);
      flush();
      expect(timedOut.completed()).toBe(true);
      expect(awaiting(server)).toBe(0);
    });
  });
});

describe('a client and a server on one core', () => {
  it("share one pump: both sides' holds are counted on it, and the count returns to 0", () => {
    const server = startServer();
    const client = rightOf(steamInit(nativeOptions()));
    try {
      expect(client.pump).toBe(server.pump);
      const session = collect(server.authSession$(ticket, BIG_STEAM_ID));
      fake.setReturn('SteamAPI_ISteamUser_GetAuthSessionTicket', 7);
      fake.setOutput('SteamAPI_ISteamUser_GetAuthSessionTicket', ticket);
      const held = collect(client.authTicket$());
      expect(server.pump.awaiting).toBe(2);
      client.shutdown();
      expect(held.completed()).toBe(true);
      expect(server.pump.awaiting).toBe(1);
      validation(BIG_STEAM_ID, EAuthSessionResponse.OK);
      server.runCallbacks();
      expect(server.pump.awaiting).toBe(0);
      session.unsubscribe();
    } finally {
      client.shutdown();
    }
  });
});
