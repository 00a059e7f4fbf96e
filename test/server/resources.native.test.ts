/**
 * What the game server holds and must give back, through the fake libsteam_api: auth sessions
 * (authSession$ ends its session exactly once, on unsubscribe or shutdown, always before
 * SteamGameServer_Shutdown), tickets the server issues itself (authTicket$ cancels once), and a
 * shut-down server on which every call throws NotInitialized when made, without touching Steam.
 */
import { left, right } from 'fp-ts/Either';
import { EAuthSessionResponse, EBeginAuthSessionResult, EResult } from '../../native/enums';
import type { FlatSymbol } from '../../native/flat-api';
import { ServerMode } from '../../src/enums';
import { NotInitialized } from '../../src/errors';
import { serverInit } from '../../src/init/server-init';
import type { SteamServer } from '../../src/server/steam-server';
import { startClient } from '../user/native-kit';
import {
  BIG_STEAM_ID,
  CLIENT_PIPE,
  OTHER_STEAM_ID,
  adoptServer,
  callbackIdOf,
  encode,
  fake,
  nativeOptions,
  queueServerCallback,
  rightOf,
  startServer,
  stopServer,
} from './server-native-kit';
import { collect } from '../support/collect';
import { thrownBy } from './misuse-kit';

afterEach(stopServer);

const END = 'SteamAPI_ISteamGameServer_EndAuthSession';
const BEGIN = 'SteamAPI_ISteamGameServer_BeginAuthSession';
const ISSUE = 'SteamAPI_ISteamGameServer_GetAuthSessionTicket';
const CANCEL = 'SteamAPI_ISteamGameServer_CancelAuthTicket';
const SHUTDOWN = 'SteamGameServer_Shutdown';

const ticket = Uint8Array.from({ length: 200 }, (_, index) => (index * 3) & 0xff);

const validation = (steamId: bigint, response: number, owner: bigint = steamId) => ({
  m_SteamID: steamId,
  m_eAuthSessionResponse: response,
  m_OwnerSteamID: owner,
});

describe('authSession$ on the game server', () => {
  it('begins with ISteamGameServer, emits each validation for its player, and ends the session once on unsubscribe', () => {
    const server = startServer();
    const session = collect(server.authSession$(ticket, BIG_STEAM_ID));
    expect(fake.callCount(BEGIN)).toBe(1);
    expect(fake.argBytes(BEGIN, 1)).toEqual(ticket);
    expect(fake.arg(BEGIN, 3)).toBe(BIG_STEAM_ID);
    queueServerCallback('ValidateAuthTicketResponse_t', validation(OTHER_STEAM_ID, EAuthSessionResponse.OK));
    queueServerCallback('ValidateAuthTicketResponse_t', validation(BIG_STEAM_ID, EAuthSessionResponse.OK, OTHER_STEAM_ID));
    queueServerCallback('ValidateAuthTicketResponse_t', validation(BIG_STEAM_ID, EAuthSessionResponse.VACBanned));
    server.runCallbacks();
    expect(session.values).toEqual([
      right({ steamId: BIG_STEAM_ID, response: EAuthSessionResponse.OK, ownerSteamId: OTHER_STEAM_ID }),
      left(expect.objectContaining({ _tag: 'AuthSessionRejected', response: EAuthSessionResponse.VACBanned, steamId: BIG_STEAM_ID })),
    ]);
    expect(fake.callCount(END)).toBe(0);
    session.unsubscribe();
    session.unsubscribe();
    expect(fake.callCount(END)).toBe(1);
    expect(fake.arg(END, 1)).toBe(BIG_STEAM_ID);
    expect(fake.callCount('SteamAPI_ISteamUser_EndAuthSession')).toBe(0);
    // Once ended, later responses for that player reach nobody.
    queueServerCallback('ValidateAuthTicketResponse_t', validation(BIG_STEAM_ID, EAuthSessionResponse.AuthTicketCanceled));
    server.runCallbacks();
    expect(session.values).toHaveLength(2);
  });

  it('a begin that Steam refuses is Left(BeginAuthSessionFailed) and completes; there is no session to end', () => {
    const server = startServer();
    fake.setReturn(BEGIN, EBeginAuthSessionResult.DuplicateRequest);
    const session = collect(server.authSession$(ticket, BIG_STEAM_ID));
    expect(session.values).toEqual([
      left(expect.objectContaining({ _tag: 'BeginAuthSessionFailed', result: EBeginAuthSessionResult.DuplicateRequest, steamId: BIG_STEAM_ID })),
    ]);
    expect(session.completed()).toBe(true);
    session.unsubscribe();
    expect(fake.callCount(END)).toBe(0);
  });

  it('ending one player’s session leaves another’s open', () => {
    const server = startServer();
    const first = collect(server.authSession$(ticket, BIG_STEAM_ID));
    const second = collect(server.authSession$(ticket, OTHER_STEAM_ID));
    first.unsubscribe();
    expect(fake.callCount(END)).toBe(1);
    expect(fake.arg(END, 1)).toBe(BIG_STEAM_ID);
    queueServerCallback('ValidateAuthTicketResponse_t', validation(OTHER_STEAM_ID, EAuthSessionResponse.OK));
    server.runCallbacks();
    expect(second.values).toEqual([right(expect.objectContaining({ steamId: OTHER_STEAM_ID }))]);
  });

  it('serverShutdown with open sessions ends each one, then calls SteamGameServer_Shutdown; the streams complete', () => {
    const server = startServer();
    const first = collect(server.authSession$(ticket, BIG_STEAM_ID));
    const second = collect(server.authSession$({ buffer: ticket, size: 100 }, OTHER_STEAM_ID));
    server.serverShutdown();
    expect(fake.callCount(END)).toBe(2);
    expect(fake.callCount(SHUTDOWN)).toBe(1);
    expect(fake.callSequence(END)).toBeLessThan(fake.callSequence(SHUTDOWN));
    expect(first.completed()).toBe(true);
    expect(second.completed()).toBe(true);
    // Unsubscribing afterwards does not reach the shut-down library.
    first.unsubscribe();
    second.unsubscribe();
    expect(fake.callCount(END)).toBe(2);
  });

  it('with a client in the same process, the client’s validations never reach the server’s session, and the client’s shutdown leaves it open', () => {
    const client = startClient();
    const server = adoptServer(rightOf(serverInit('', 27015, 27016, ServerMode.SERVER_MODE_AUTHENTICATION, '1.0.0.0', nativeOptions())));
    const session = collect(server.authSession$(ticket, BIG_STEAM_ID));
    fake.queueCallback(CLIENT_PIPE, callbackIdOf('ValidateAuthTicketResponse_t'), encode('ValidateAuthTicketResponse_t', validation(BIG_STEAM_ID, EAuthSessionResponse.OK)));
    client.runCallbacks();
    expect(session.values).toEqual([]);
    client.shutdown();
    expect(fake.callCount(END)).toBe(0);
    expect(fake.callCount('SteamAPI_ISteamUser_EndAuthSession')).toBe(0);
    queueServerCallback('ValidateAuthTicketResponse_t', validation(BIG_STEAM_ID, EAuthSessionResponse.OK));
    server.runCallbacks();
    expect(session.values).toEqual([right(expect.objectContaining({ steamId: BIG_STEAM_ID, response: EAuthSessionResponse.OK }))]);
    session.unsubscribe();
    expect(fake.callCount(END)).toBe(1);
  });
});

describe('authTicket$ on the game server', () => {
  const HANDLE = 0xfffffff0;

  it('waits for its GetAuthSessionTicketResponse_t on the server pipe, then cancels with ISteamGameServer once on unsubscribe', () => {
    const server = startServer();
    fake.setOutput(ISSUE, ticket);
    fake.setReturn(ISSUE, HANDLE);
    const held = collect(server.authTicket$());
    expect(held.values).toEqual([]);
    // The client pipe's response for the same handle is not the server's.
    fake.queueCallback(CLIENT_PIPE, callbackIdOf('GetAuthSessionTicketResponse_t'), encode('GetAuthSessionTicketResponse_t', { m_hAuthTicket: HANDLE, m_eResult: EResult.OK }));
    queueServerCallback('GetAuthSessionTicketResponse_t', { m_hAuthTicket: HANDLE - 1, m_eResult: EResult.OK });
    queueServerCallback('GetAuthSessionTicketResponse_t', { m_hAuthTicket: HANDLE, m_eResult: EResult.OK });
    server.runCallbacks();
    expect(held.values).toEqual([right({ id: HANDLE, buffer: ticket, size: ticket.byteLength })]);
    expect(held.completed()).toBe(false);
    held.unsubscribe();
    held.unsubscribe();
    expect(fake.callCount(CANCEL)).toBe(1);
    expect(fake.arg(CANCEL, 1)).toBe(BigInt(HANDLE));
    expect(fake.callCount('SteamAPI_ISteamUser_CancelAuthTicket')).toBe(0);
  });

  it('a failing response is a SteamResultError; the handle is still cancelled when let go', () => {
    const server = startServer();
    fake.setOutput(ISSUE, ticket);
    fake.setReturn(ISSUE, HANDLE);
    const held = collect(server.authTicket$());
    queueServerCallback('GetAuthSessionTicketResponse_t', { m_hAuthTicket: HANDLE, m_eResult: EResult.NoConnection });
    server.runCallbacks();
    expect(held.values).toEqual([left(expect.objectContaining({ _tag: 'SteamResultError', result: EResult.NoConnection }))]);
    expect(held.completed()).toBe(true);
    expect(fake.callCount(CANCEL)).toBe(1);
  });

  it('serverShutdown cancels a held ticket before SteamGameServer_Shutdown', () => {
    const server = startServer();
    fake.setOutput(ISSUE, ticket);
    fake.setReturn(ISSUE, HANDLE);
    const held = collect(server.authTicket$());
    queueServerCallback('GetAuthSessionTicketResponse_t', { m_hAuthTicket: HANDLE, m_eResult: EResult.OK });
    server.runCallbacks();
    server.serverShutdown();
    expect(fake.callCount(CANCEL)).toBe(1);
    expect(fake.callSequence(CANCEL)).toBeLessThan(fake.callSequence(SHUTDOWN));
    expect(held.completed()).toBe(true);
    held.unsubscribe();
    expect(fake.callCount(CANCEL)).toBe(1);
  });
});

interface AfterShutdown {
  readonly name: string;
  readonly call: (server: SteamServer) => unknown;
  readonly symbol: FlatSymbol;
}

const afterShutdown: readonly AfterShutdown[] = [
  { name: 'isServerSecure', call: (server) => server.isServerSecure(), symbol: 'SteamGameServer_BSecure' },
  { name: 'getServerSteamID', call: (server) => server.getServerSteamID(), symbol: 'SteamGameServer_GetSteamID' },
  { name: 'serverReleaseCurrentThreadMemory', call: (server) => server.serverReleaseCurrentThreadMemory(), symbol: 'SteamAPI_ReleaseCurrentThreadMemory' },
  { name: 'logOn', call: (server) => server.logOn('token'), symbol: 'SteamAPI_ISteamGameServer_LogOn' },
  { name: 'logOnAnonymous', call: (server) => server.logOnAnonymous(), symbol: 'SteamAPI_ISteamGameServer_LogOnAnonymous' },
  { name: 'logOff', call: (server) => server.logOff(), symbol: 'SteamAPI_ISteamGameServer_LogOff' },
  { name: 'loggedOn', call: (server) => server.loggedOn(), symbol: 'SteamAPI_ISteamGameServer_BLoggedOn' },
  { name: 'secure', call: (server) => server.secure(), symbol: 'SteamAPI_ISteamGameServer_BSecure' },
  { name: 'getSteamID', call: (server) => server.getSteamID(), symbol: 'SteamAPI_ISteamGameServer_GetSteamID' },
  { name: 'wasRestartRequested', call: (server) => server.wasRestartRequested(), symbol: 'SteamAPI_ISteamGameServer_WasRestartRequested' },
  { name: 'setProduct', call: (server) => server.setProduct('x'), symbol: 'SteamAPI_ISteamGameServer_SetProduct' },
  { name: 'setGameDescription', call: (server) => server.setGameDescription('x'), symbol: 'SteamAPI_ISteamGameServer_SetGameDescription' },
  { name: 'setModDir', call: (server) => server.setModDir('x'), symbol: 'SteamAPI_ISteamGameServer_SetModDir' },
  { name: 'setDedicatedServer', call: (server) => server.setDedicatedServer(true), symbol: 'SteamAPI_ISteamGameServer_SetDedicatedServer' },
  { name: 'setServerName', call: (server) => server.setServerName('x'), symbol: 'SteamAPI_ISteamGameServer_SetServerName' },
  { name: 'setMaxPlayerCount', call: (server) => server.setMaxPlayerCount(4), symbol: 'SteamAPI_ISteamGameServer_SetMaxPlayerCount' },
  { name: 'setBotPlayerCount', call: (server) => server.setBotPlayerCount(1), symbol: 'SteamAPI_ISteamGameServer_SetBotPlayerCount' },
  { name: 'setMapName', call: (server) => server.setMapName('x'), symbol: 'SteamAPI_ISteamGameServer_SetMapName' },
  { name: 'setPasswordProtected', call: (server) => server.setPasswordProtected(true), symbol: 'SteamAPI_ISteamGameServer_SetPasswordProtected' },
  { name: 'setSpectatorPort', call: (server) => server.setSpectatorPort(27020), symbol: 'SteamAPI_ISteamGameServer_SetSpectatorPort' },
  { name: 'setSpectatorServerName', call: (server) => server.setSpectatorServerName('x'), symbol: 'SteamAPI_ISteamGameServer_SetSpectatorServerName' },
  { name: 'setGameTags', call: (server) => server.setGameTags('x'), symbol: 'SteamAPI_ISteamGameServer_SetGameTags' },
  { name: 'setGameData', call: (server) => server.setGameData('x'), symbol: 'SteamAPI_ISteamGameServer_SetGameData' },
  { name: 'setRegion', call: (server) => server.setRegion('x'), symbol: 'SteamAPI_ISteamGameServer_SetRegion' },
  { name: 'setAdvertiseServerActive', call: (server) => server.setAdvertiseServerActive(true), symbol: 'SteamAPI_ISteamGameServer_SetAdvertiseServerActive' },
  { name: 'setKeyValue', call: (server) => server.setKeyValue('k', 'v'), symbol: 'SteamAPI_ISteamGameServer_SetKeyValue' },
  { name: 'clearAllKeyValues', call: (server) => server.clearAllKeyValues(), symbol: 'SteamAPI_ISteamGameServer_ClearAllKeyValues' },
  { name: 'getPublicIP', call: (server) => server.getPublicIP(), symbol: 'SteamAPI_ISteamGameServer_GetPublicIP' },
  { name: 'handleIncomingPacket', call: (server) => server.handleIncomingPacket(new Uint8Array(5), '1.2.3.4', 5), symbol: 'SteamAPI_ISteamGameServer_HandleIncomingPacket' },
  { name: 'getNextOutgoingPacket', call: (server) => server.getNextOutgoingPacket(), symbol: 'SteamAPI_ISteamGameServer_GetNextOutgoingPacket' },
  { name: 'createUnauthenticatedUserConnection', call: (server) => server.createUnauthenticatedUserConnection(), symbol: 'SteamAPI_ISteamGameServer_CreateUnauthenticatedUserConnection' },
  { name: 'updateUserData', call: (server) => server.updateUserData(BIG_STEAM_ID, 'n', 1), symbol: 'SteamAPI_ISteamGameServer_BUpdateUserData' },
  { name: 'getAuthSessionTicket', call: (server) => server.getAuthSessionTicket(), symbol: ISSUE },
  { name: 'authTicket$', call: (server) => server.authTicket$(), symbol: ISSUE },
  { name: 'requestAuthTicket', call: (server) => server.requestAuthTicket(), symbol: ISSUE },
  { name: 'cancelAuthTicket', call: (server) => server.cancelAuthTicket(5), symbol: CANCEL },
  { name: 'beginAuthSession', call: (server) => server.beginAuthSession(ticket, undefined, BIG_STEAM_ID), symbol: BEGIN },
  { name: 'authSession$', call: (server) => server.authSession$(ticket, BIG_STEAM_ID), symbol: BEGIN },
  { name: 'endAuthSession', call: (server) => server.endAuthSession(BIG_STEAM_ID), symbol: END },
  { name: 'userHasLicenseForApp', call: (server) => server.userHasLicenseForApp(BIG_STEAM_ID, 480), symbol: 'SteamAPI_ISteamGameServer_UserHasLicenseForApp' },
  { name: 'requestUserGroupStatus', call: (server) => server.requestUserGroupStatus(BIG_STEAM_ID, OTHER_STEAM_ID), symbol: 'SteamAPI_ISteamGameServer_RequestUserGroupStatus' },
  { name: 'getGameplayStats', call: (server) => server.getGameplayStats(), symbol: 'SteamAPI_ISteamGameServer_GetGameplayStats' },
  { name: 'getServerReputation', call: (server) => server.getServerReputation(), symbol: 'SteamAPI_ISteamGameServer_GetServerReputation' },
  { name: 'associateWithClan', call: (server) => server.associateWithClan(OTHER_STEAM_ID), symbol: 'SteamAPI_ISteamGameServer_AssociateWithClan' },
  {
    name: 'computeNewPlayerCompatibility',
    call: (server) => server.computeNewPlayerCompatibility(OTHER_STEAM_ID),
    symbol: 'SteamAPI_ISteamGameServer_ComputeNewPlayerCompatibility',
  },
];

describe('after serverShutdown', () => {
  it.each(afterShutdown)('$name throws NotInitialized when called (Observables too, before they are returned) and never reaches Steam', ({ call, symbol }) => {
    const server = startServer();
    server.serverShutdown();
    const thrown = thrownBy(NotInitialized, () => call(server));
    expect(thrown).toMatchObject({ _tag: 'NotInitialized', what: 'SteamServer' });
    expect(thrown.message).toBe('SteamServer is not initialized: it was shut down or never started');
    expect(String(thrown)).toBe('NotInitialized: SteamServer is not initialized: it was shut down or never started');
    expect(fake.callCount(symbol)).toBe(0);
  });

  it('the table covers every function of the server but the lifecycle ones', () => {
    const server = startServer();
    const lifecycle = ['runCallbacks', 'serverShutdown', 'shutdown'];
    const functions = Object.entries(server)
      .filter(([name, value]) => typeof value === 'function' && !lifecycle.includes(name))
      .map(([name]) => name)
      .sort();
    expect(functions).toEqual(afterShutdown.map((entry) => entry.name).sort());
  });
});
