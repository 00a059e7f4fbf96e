/**
 * Every typed stream of the game server, fed by callbacks queued on the game-server pipe of the
 * fake libsteam_api and drained through ManualDispatch; and a client and a server in one process,
 * where each pipe's callbacks reach only their own side.
 */
import { isObservable, type Observable } from 'rxjs';
import { EDenyReason, EResult } from '../../native/enums';
import type { FieldValue } from '../../native/struct-bytes';
import { ServerMode } from '../../src/enums';
import { serverInit } from '../../src/init/server-init';
import type { SteamServer } from '../../src/server/steam-server';
import { startClient } from '../user/native-kit';
import {
  BIG_STEAM_ID,
  CLIENT_PIPE,
  OTHER_STEAM_ID,
  SERVER_PIPE,
  adoptServer,
  callbackIdOf,
  encode,
  fake,
  nativeOptions,
  queueServerCallback,
  rightOf,
  sizeOf,
  startServer,
  stopServer,
} from './server-native-kit';
import { collectValues as collect } from '../support/collect';

afterEach(stopServer);

type StreamName = {
  [K in keyof SteamServer]: SteamServer[K] extends Observable<unknown> ? K : never;
}[keyof SteamServer];

interface Case {
  readonly stream: Exclude<StreamName, 'callbacks$' | 'decodeErrors$'>;
  readonly struct: string;
  readonly members: Readonly<Record<string, FieldValue>>;
  readonly payload: unknown;
}

const GROUP_STEAM_ID = 103582791429521412n;

const cases: readonly Case[] = [
  {
    stream: 'gsClientApprove$',
    struct: 'GSClientApprove_t',
    members: { m_SteamID: BIG_STEAM_ID, m_OwnerSteamID: OTHER_STEAM_ID },
    payload: { steamId: BIG_STEAM_ID, ownerSteamId: OTHER_STEAM_ID },
  },
  {
    stream: 'gsClientDeny$',
    struct: 'GSClientDeny_t',
    members: { m_SteamID: BIG_STEAM_ID, m_eDenyReason: EDenyReason.NoLicense, m_rgchOptionalText: 'no licence for 480' },
    payload: { steamId: BIG_STEAM_ID, denyReason: EDenyReason.NoLicense, optionalText: 'no licence for 480' },
  },
  {
    stream: 'gsClientKick$',
    struct: 'GSClientKick_t',
    members: { m_SteamID: BIG_STEAM_ID, m_eDenyReason: EDenyReason.Cheater },
    payload: { steamId: BIG_STEAM_ID, denyReason: EDenyReason.Cheater },
  },
  {
    stream: 'gsClientAchievementStatus$',
    struct: 'GSClientAchievementStatus_t',
    members: { m_SteamID: BIG_STEAM_ID, m_pchAchievement: 'ACH_WIN_ONE_GAME', m_bUnlocked: true },
    payload: { steamId: BIG_STEAM_ID, achievement: 'ACH_WIN_ONE_GAME', unlocked: true },
  },
  { stream: 'gsPolicyResponse$', struct: 'GSPolicyResponse_t', members: { m_bSecure: 1 }, payload: { secure: true } },
  {
    stream: 'gsGameplayStats$',
    struct: 'GSGameplayStats_t',
    members: { m_eResult: EResult.OK, m_nRank: -3, m_unTotalConnects: 4_000_000_000, m_unTotalMinutesPlayed: 77 },
    payload: { result: EResult.OK, rank: -3, totalConnects: 4_000_000_000, totalMinutesPlayed: 77 },
  },
  {
    stream: 'gsClientGroupStatus$',
    struct: 'GSClientGroupStatus_t',
    members: { m_SteamIDUser: BIG_STEAM_ID, m_SteamIDGroup: GROUP_STEAM_ID, m_bMember: true, m_bOfficer: false },
    payload: { userSteamId: BIG_STEAM_ID, groupSteamId: GROUP_STEAM_ID, member: true, officer: false },
  },
  {
    stream: 'gsReputation$',
    struct: 'GSReputation_t',
    members: {
      m_eResult: EResult.OK,
      m_unReputationScore: 1234,
      m_bBanned: true,
      m_unBannedIP: 0xc0a80114,
      m_usBannedPort: 27015,
      m_ulBannedGameID: 0xfedc_ba98_7654_3210n,
      m_unBanExpires: 4_000_000_000,
    },
    payload: {
      result: EResult.OK,
      reputationScore: 1234,
      banned: true,
      bannedIp: 0xc0a80114,
      bannedPort: 27015,
      bannedGameId: 0xfedc_ba98_7654_3210n,
      banExpires: 4_000_000_000,
    },
  },
  { stream: 'associateWithClanResult$', struct: 'AssociateWithClanResult_t', members: { m_eResult: EResult.AccessDenied }, payload: { result: EResult.AccessDenied } },
  {
    stream: 'computeNewPlayerCompatibilityResult$',
    struct: 'ComputeNewPlayerCompatibilityResult_t',
    members: {
      m_eResult: EResult.OK,
      m_cPlayersThatDontLikeCandidate: 2,
      m_cPlayersThatCandidateDoesntLike: 1,
      m_cClanPlayersThatDontLikeCandidate: 0,
      m_SteamIDCandidate: BIG_STEAM_ID,
    },
    payload: {
      result: EResult.OK,
      playersThatDontLikeCandidate: 2,
      playersThatCandidateDoesntLike: 1,
      clanPlayersThatDontLikeCandidate: 0,
      candidateSteamId: BIG_STEAM_ID,
    },
  },
  { stream: 'steamServerConnected$', struct: 'SteamServersConnected_t', members: {}, payload: {} },
  {
    stream: 'steamServerConnectFailed$',
    struct: 'SteamServerConnectFailure_t',
    members: { m_eResult: EResult.GSLTDenied, m_bStillRetrying: false },
    payload: { result: EResult.GSLTDenied, retrying: false },
  },
  {
    stream: 'steamServerDisconnected$',
    struct: 'SteamServersDisconnected_t',
    members: { m_eResult: EResult.NoConnection },
    payload: { result: EResult.NoConnection },
  },
  {
    stream: 'validateAuthTicketResponse$',
    struct: 'ValidateAuthTicketResponse_t',
    members: { m_SteamID: BIG_STEAM_ID, m_eAuthSessionResponse: 6, m_OwnerSteamID: OTHER_STEAM_ID },
    payload: { steamId: BIG_STEAM_ID, response: 6, ownerSteamId: OTHER_STEAM_ID },
  },
  {
    stream: 'getAuthSessionTicketResponse$',
    struct: 'GetAuthSessionTicketResponse_t',
    members: { m_hAuthTicket: 0xfffffff0, m_eResult: EResult.OK },
    payload: { authTicket: 0xfffffff0, result: EResult.OK },
  },
];

describe('typed game-server streams over ManualDispatch', () => {
  it('the table covers every signal stream the server exposes (15)', () => {
    const server = startServer();
    const exposed = Object.entries(server)
      .filter(([name, value]) => isObservable(value) && name !== 'callbacks$' && name !== 'decodeErrors$')
      .map(([name]) => name)
      .sort();
    expect(exposed).toEqual(cases.map((entry) => entry.stream).sort());
  });

  it.each(cases)('$stream receives a $struct queued on the server pipe, decoded', ({ stream, struct, members, payload }) => {
    const server = startServer();
    const seen = collect(server[stream] as Observable<unknown>);
    queueServerCallback(struct, members);
    expect(seen).toEqual([]);
    server.runCallbacks();
    expect(seen).toEqual([payload]);
    expect(fake.arg('SteamAPI_ManualDispatch_GetNextCallback', 0)).toBe(BigInt(SERVER_PIPE));
    expect(fake.outstandingCallbacks()).toBe(0);
  });

  it('one frame with every signal queued: each stream gets exactly its own payload, every message freed', () => {
    const server = startServer();
    const seen = new Map(cases.map((entry) => [entry.stream, collect(server[entry.stream] as Observable<unknown>)] as const));
    const errors = collect(server.decodeErrors$);
    for (const entry of cases) queueServerCallback(entry.struct, entry.members);
    server.runCallbacks();
    for (const entry of cases) expect(seen.get(entry.stream)).toEqual([entry.payload]);
    expect(errors).toEqual([]);
    expect(fake.callCount('SteamAPI_ManualDispatch_FreeLastCallback')).toBe(cases.length);
    expect(fake.protocolErrors()).toBe(0);
  });

  it('callbacks$ carries the raw server-pipe messages, tagged with their pipe', () => {
    const server = startServer();
    const raw = collect(server.callbacks$);
    queueServerCallback('GSPolicyResponse_t', { m_bSecure: 0 });
    server.runCallbacks();
    expect(raw).toEqual([expect.objectContaining({ pipe: 'server', callbackId: 115 })]);
  });
});

describe('decodeErrors$ of the server', () => {
  it('an out-of-range EDenyReason is an InvalidPayload DecodeError on the server pipe and never reaches gsClientDeny$', () => {
    const server = startServer();
    const denies = collect(server.gsClientDeny$);
    const errors = collect(server.decodeErrors$);
    queueServerCallback('GSClientDeny_t', { m_SteamID: BIG_STEAM_ID, m_eDenyReason: 99, m_rgchOptionalText: '' });
    queueServerCallback('GSClientDeny_t', { m_SteamID: BIG_STEAM_ID, m_eDenyReason: EDenyReason.Generic, m_rgchOptionalText: '' });
    server.runCallbacks();
    expect(errors).toEqual([
      expect.objectContaining({ _tag: 'DecodeError', pipe: 'server', callbackId: 202, struct: 'GSClientDeny_t', kind: 'callback', reason: 'InvalidPayload' }),
    ]);
    expect(denies).toEqual([{ steamId: BIG_STEAM_ID, denyReason: EDenyReason.Generic, optionalText: '' }]);
  });

  it('a payload shorter than its struct is a ShortBuffer DecodeError', () => {
    const server = startServer();
    const errors = collect(server.decodeErrors$);
    const kicks = collect(server.gsClientKick$);
    fake.queueCallback(SERVER_PIPE, callbackIdOf('GSClientKick_t'), new Uint8Array(sizeOf('GSClientKick_t') - 1));
    server.runCallbacks();
    expect(errors).toEqual([expect.objectContaining({ pipe: 'server', callbackId: 203, reason: 'ShortBuffer' })]);
    expect(kicks).toEqual([]);
  });
});

describe('decodeErrors$ of the server, for the tickets it issues itself', () => {
  it('a short GetAuthSessionTicketResponse_t on the server pipe is a DecodeError there, and never a ticket response', () => {
    const server = startServer();
    const errors = collect(server.decodeErrors$);
    const responses = collect(server.getAuthSessionTicketResponse$);
    fake.queueCallback(SERVER_PIPE, callbackIdOf('GetAuthSessionTicketResponse_t'), new Uint8Array(sizeOf('GetAuthSessionTicketResponse_t') - 1));
    server.runCallbacks();
    expect(errors).toEqual([expect.objectContaining({ pipe: 'server', callbackId: 163, reason: 'ShortBuffer' })]);
    expect(responses).toEqual([]);
  });
});

describe('a client and a game server in one process', () => {
  const both = () => {
    const client = startClient();
    const server = adoptServer(rightOf(serverInit('', 27015, 27016, ServerMode.SERVER_MODE_AUTHENTICATION, '1.0.0.0', nativeOptions())));
    return { client, server };
  };

  const shared = [
    {
      name: 'validateAuthTicketResponse$',
      struct: 'ValidateAuthTicketResponse_t',
      client: { m_SteamID: BIG_STEAM_ID, m_eAuthSessionResponse: 0, m_OwnerSteamID: BIG_STEAM_ID },
      server: { m_SteamID: OTHER_STEAM_ID, m_eAuthSessionResponse: 6, m_OwnerSteamID: OTHER_STEAM_ID },
    },
    { name: 'steamServerDisconnected$', struct: 'SteamServersDisconnected_t', client: { m_eResult: EResult.LoggedInElsewhere }, server: { m_eResult: EResult.NoConnection } },
    {
      name: 'steamServerConnectFailed$',
      struct: 'SteamServerConnectFailure_t',
      client: { m_eResult: EResult.ConnectFailed, m_bStillRetrying: true },
      server: { m_eResult: EResult.GSLTDenied, m_bStillRetrying: false },
    },
    { name: 'getAuthSessionTicketResponse$', struct: 'GetAuthSessionTicketResponse_t', client: { m_hAuthTicket: 1, m_eResult: 1 }, server: { m_hAuthTicket: 2, m_eResult: 1 } },
  ] as const;

  it.each(shared)('$name: a $struct on the client pipe reaches only the client, on the server pipe only the server', ({ name, struct, client: clientMembers, server: serverMembers }) => {
    const { client, server } = both();
    const clientSeen = collect(client[name] as Observable<unknown>);
    const serverSeen = collect(server[name] as Observable<unknown>);
    fake.queueCallback(CLIENT_PIPE, callbackIdOf(struct), encode(struct, clientMembers));
    fake.queueCallback(SERVER_PIPE, callbackIdOf(struct), encode(struct, serverMembers));
    // One pump serves both: either side's runCallbacks drains both pipes.
    expect(client.pump).toBe(server.pump);
    client.runCallbacks();
    expect(clientSeen).toHaveLength(1);
    expect(serverSeen).toHaveLength(1);
    const decodedClient = clientSeen[0] as Record<string, unknown>;
    const decodedServer = serverSeen[0] as Record<string, unknown>;
    expect(decodedClient).not.toEqual(decodedServer);
    if (name === 'validateAuthTicketResponse$') {
      expect(decodedClient).toMatchObject({ steamId: BIG_STEAM_ID, response: 0 });
      expect(decodedServer).toMatchObject({ steamId: OTHER_STEAM_ID, response: 6 });
    }
    expect(fake.pendingCallbacks(CLIENT_PIPE)).toBe(0);
    expect(fake.pendingCallbacks(SERVER_PIPE)).toBe(0);
  });

  it('steamServerConnected$: a client-pipe message never reaches the server, nor a server-pipe one the client', () => {
    const { client, server } = both();
    const clientSeen = collect(client.steamServerConnected$);
    const serverSeen = collect(server.steamServerConnected$);
    fake.queueCallback(CLIENT_PIPE, callbackIdOf('SteamServersConnected_t'), encode('SteamServersConnected_t', {}));
    server.runCallbacks();
    expect(clientSeen).toHaveLength(1);
    expect(serverSeen).toHaveLength(0);
    fake.queueCallback(SERVER_PIPE, callbackIdOf('SteamServersConnected_t'), encode('SteamServersConnected_t', {}));
    server.runCallbacks();
    expect(clientSeen).toHaveLength(1);
    expect(serverSeen).toHaveLength(1);
  });

  it('a bad payload on the client pipe is the client’s decode error, never the server’s', () => {
    const { client, server } = both();
    const clientErrors = collect(client.decodeErrors$);
    const serverErrors = collect(server.decodeErrors$);
    fake.queueCallback(CLIENT_PIPE, callbackIdOf('ValidateAuthTicketResponse_t'), encode('ValidateAuthTicketResponse_t', { m_SteamID: 1n, m_eAuthSessionResponse: 99, m_OwnerSteamID: 1n }));
    client.runCallbacks();
    expect(clientErrors).toEqual([expect.objectContaining({ pipe: 'client' })]);
    expect(serverErrors).toEqual([]);
  });

  it('the server keeps pumping after the client shuts down; the pump stops when the last of them does', () => {
    const { client, server } = both();
    const approvals = collect(server.gsClientApprove$);
    client.shutdown();
    expect(server.pump.running).toBe(true);
    queueServerCallback('GSClientApprove_t', { m_SteamID: BIG_STEAM_ID, m_OwnerSteamID: BIG_STEAM_ID });
    server.runCallbacks();
    expect(approvals).toHaveLength(1);
    expect(fake.serverLive()).toBe(true);
    server.serverShutdown();
    expect(server.pump.running).toBe(false);
  });
});
