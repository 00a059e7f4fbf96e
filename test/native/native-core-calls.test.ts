import { EVoiceResult } from '../../native/enums';
import { freshFakeCore, liveClient, liveServer } from './fake-core';

/** A Steam ID above 2^53 (accountId 0x12345678, individual, public). */
const steamId = 76561198265685624n;
const otherSteamId = 76561197960287930n;
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe('native user port through the fake library', () => {
  it('uint64 Steam IDs round-trip exactly in both directions', () => {
    const { core, fake } = freshFakeCore();
    const { user } = liveClient(core);
    fake.setReturn('SteamAPI_ISteamUser_GetSteamID', steamId);
    expect(user.getSteamID()).toBe(steamId);
    user.endAuthSession(steamId);
    expect(fake.arg('SteamAPI_ISteamUser_EndAuthSession', 1)).toBe(steamId);
    fake.setReturn('SteamAPI_ISteamUser_UserHasLicenseForApp', 2);
    expect(user.userHasLicenseForApp(0xffffffffffffffffn, 480)).toBe(2);
    expect(fake.arg('SteamAPI_ISteamUser_UserHasLicenseForApp', 1)).toBe(0xffffffffffffffffn);
    expect(fake.arg('SteamAPI_ISteamUser_UserHasLicenseForApp', 2)).toBe(480n);
  });

  it('small uint64 results are still bigint', () => {
    const { core, fake } = freshFakeCore();
    const { user } = liveClient(core);
    fake.setReturn('SteamAPI_ISteamUser_GetSteamID', 5);
    expect(user.getSteamID()).toBe(5n);
    fake.setReturn('SteamAPI_ISteamUser_RequestStoreAuthURL', 0);
    expect(user.requestStoreAuthURL('https://example.com/back')).toBe(0n);
    expect(fake.argString('SteamAPI_ISteamUser_RequestStoreAuthURL', 1)).toBe('https://example.com/back');
    fake.setReturn('SteamAPI_ISteamUser_GetMarketEligibility', 2n ** 63n + 7n);
    expect(user.getMarketEligibility()).toBe(2n ** 63n + 7n);
    fake.setReturn('SteamAPI_ISteamUser_GetDurationControl', 1);
    expect(user.getDurationControl()).toBe(1n);
  });

  it('getAuthSessionTicket without identity passes NULL and returns handle and size', () => {
    const { core, fake } = freshFakeCore();
    const { user } = liveClient(core);
    fake.setOutput('SteamAPI_ISteamUser_GetAuthSessionTicket', bytes(0x14, 0, 0, 0, 0xaa, 0xbb, 0xcc));
    fake.setReturn('SteamAPI_ISteamUser_GetAuthSessionTicket', 77);
    const buffer = new Uint8Array(1024);
    expect(user.getAuthSessionTicket(buffer, null)).toEqual({ handle: 77, size: 7 });
    expect(Array.from(buffer.subarray(0, 8))).toEqual([0x14, 0, 0, 0, 0xaa, 0xbb, 0xcc, 0]);
    expect(fake.signedArg('SteamAPI_ISteamUser_GetAuthSessionTicket', 2)).toBe(1024n);
    expect(fake.argIsNull('SteamAPI_ISteamUser_GetAuthSessionTicket', 4)).toBe(true);
  });

  it('getAuthSessionTicket with a remote Steam ID passes a SteamNetworkingIdentity', () => {
    const { core, fake } = freshFakeCore();
    const { user } = liveClient(core);
    fake.setOutput('SteamAPI_ISteamUser_GetAuthSessionTicket', bytes(1, 2, 3));
    fake.setReturn('SteamAPI_ISteamUser_GetAuthSessionTicket', 9);
    expect(user.getAuthSessionTicket(new Uint8Array(64), steamId)).toEqual({ handle: 9, size: 3 });
    const identity = fake.argBytes('SteamAPI_ISteamUser_GetAuthSessionTicket', 4);
    expect(identity?.byteLength).toBe(136);
    const view = new DataView((identity ?? new Uint8Array(136)).buffer);
    expect(view.getInt32(0, true)).toBe(16);
    expect(view.getInt32(4, true)).toBe(8);
    expect(view.getBigUint64(8, true)).toBe(steamId);
    expect(identity?.subarray(16).every((value) => value === 0)).toBe(true);
  });

  it('a ticket that does not fit gives handle 0 and size 0', () => {
    const { core, fake } = freshFakeCore();
    const { user } = liveClient(core);
    fake.setOutput('SteamAPI_ISteamUser_GetAuthSessionTicket', new Uint8Array(100).fill(7));
    fake.setReturn('SteamAPI_ISteamUser_GetAuthSessionTicket', 5);
    expect(user.getAuthSessionTicket(new Uint8Array(10), null)).toEqual({ handle: 0, size: 0 });
  });

  it('beginAuthSession sends the ticket bytes and the Steam ID', () => {
    const { core, fake } = freshFakeCore();
    const { user } = liveClient(core);
    fake.setReturn('SteamAPI_ISteamUser_BeginAuthSession', 0);
    expect(user.beginAuthSession(bytes(9, 8, 7, 6), steamId)).toBe(0);
    expect(fake.argBytes('SteamAPI_ISteamUser_BeginAuthSession', 1)).toEqual(bytes(9, 8, 7, 6));
    expect(fake.signedArg('SteamAPI_ISteamUser_BeginAuthSession', 2)).toBe(4n);
    expect(fake.arg('SteamAPI_ISteamUser_BeginAuthSession', 3)).toBe(steamId);
    user.cancelAuthTicket(0xfffffffe);
    expect(fake.arg('SteamAPI_ISteamUser_CancelAuthTicket', 1)).toBe(0xfffffffen);
  });

  it('getAvailableVoice reads pcbCompressed and passes NULL / 0 for the deprecated parameters', () => {
    const { core, fake } = freshFakeCore();
    const { user } = liveClient(core);
    fake.setOutValue('SteamAPI_ISteamUser_GetAvailableVoice', 0, 321);
    fake.setReturn('SteamAPI_ISteamUser_GetAvailableVoice', EVoiceResult.OK);
    expect(user.getAvailableVoice()).toEqual({ result: EVoiceResult.OK, compressedBytes: 321 });
    expect(fake.argIsNull('SteamAPI_ISteamUser_GetAvailableVoice', 2)).toBe(true);
    expect(fake.arg('SteamAPI_ISteamUser_GetAvailableVoice', 3)).toBe(0n);
    fake.setOutValue('SteamAPI_ISteamUser_GetAvailableVoice', 0, 0);
    fake.setReturn('SteamAPI_ISteamUser_GetAvailableVoice', EVoiceResult.NoData);
    expect(user.getAvailableVoice()).toEqual({ result: EVoiceResult.NoData, compressedBytes: 0 });
  });

  it('getVoice writes compressed voice into the buffer and reports the size', () => {
    const { core, fake } = freshFakeCore();
    const { user } = liveClient(core);
    fake.setOutput('SteamAPI_ISteamUser_GetVoice', bytes(1, 2, 3, 4, 5));
    const buffer = new Uint8Array(8);
    expect(user.getVoice(buffer)).toEqual({ result: EVoiceResult.OK, bytesWritten: 5 });
    expect(Array.from(buffer)).toEqual([1, 2, 3, 4, 5, 0, 0, 0]);
    const call = 'SteamAPI_ISteamUser_GetVoice';
    expect(fake.arg(call, 1)).toBe(1n);
    expect(fake.arg(call, 3)).toBe(8n);
    expect(fake.arg(call, 5)).toBe(0n);
    expect(fake.argIsNull(call, 6)).toBe(true);
    expect(fake.argIsNull(call, 8)).toBe(true);
    expect(user.getVoice(new Uint8Array(2))).toEqual({ result: EVoiceResult.BufferTooSmall, bytesWritten: 5 });
  });

  it('decompressVoice sends the compressed bytes and the rate, and reports the size Steam needs', () => {
    const { core, fake } = freshFakeCore();
    const { user } = liveClient(core);
    const pcm = new Uint8Array(32).map((_, index) => index);
    fake.setOutput('SteamAPI_ISteamUser_DecompressVoice', pcm);
    const destination = new Uint8Array(64);
    expect(user.decompressVoice(bytes(5, 6, 7), destination, 24000)).toEqual({ result: EVoiceResult.OK, bytesWritten: 32 });
    expect(destination.subarray(0, 32)).toEqual(pcm);
    const call = 'SteamAPI_ISteamUser_DecompressVoice';
    expect(fake.argBytes(call, 1)).toEqual(bytes(5, 6, 7));
    expect(fake.arg(call, 2)).toBe(3n);
    expect(fake.arg(call, 4)).toBe(64n);
    expect(fake.arg(call, 6)).toBe(24000n);
    expect(user.decompressVoice(bytes(5), new Uint8Array(16), 24000)).toEqual({ result: EVoiceResult.BufferTooSmall, bytesWritten: 32 });
  });

  it('getEncryptedAppTicket and requestEncryptedAppTicket', () => {
    const { core, fake } = freshFakeCore();
    const { user } = liveClient(core);
    fake.setReturn('SteamAPI_ISteamUser_RequestEncryptedAppTicket', 0x1234567890abcdefn);
    expect(user.requestEncryptedAppTicket(bytes(42, 43))).toBe(0x1234567890abcdefn);
    expect(fake.argBytes('SteamAPI_ISteamUser_RequestEncryptedAppTicket', 1)).toEqual(bytes(42, 43));
    const buffer = new Uint8Array(16);
    expect(user.getEncryptedAppTicket(buffer)).toEqual({ ok: false, size: 0 });
    fake.setOutput('SteamAPI_ISteamUser_GetEncryptedAppTicket', bytes(0xde, 0xad, 0xbe, 0xef));
    expect(user.getEncryptedAppTicket(buffer)).toEqual({ ok: true, size: 4 });
    expect(Array.from(buffer.subarray(0, 4))).toEqual([0xde, 0xad, 0xbe, 0xef]);
    expect(user.getEncryptedAppTicket(new Uint8Array(2))).toEqual({ ok: false, size: 4 });
  });

  it('initiateGameConnection passes server id, ip, port and secure, and returns the blob size', () => {
    const { core, fake } = freshFakeCore();
    const { user } = liveClient(core);
    fake.setOutput('SteamAPI_ISteamUser_InitiateGameConnection_DEPRECATED', bytes(1, 1, 2, 3, 5, 8));
    const buffer = new Uint8Array(2048);
    expect(user.initiateGameConnection(buffer, otherSteamId, 0xc0a80001, 27015, true)).toBe(6);
    expect(Array.from(buffer.subarray(0, 6))).toEqual([1, 1, 2, 3, 5, 8]);
    const call = 'SteamAPI_ISteamUser_InitiateGameConnection_DEPRECATED';
    expect(fake.arg(call, 2)).toBe(2048n);
    expect(fake.arg(call, 3)).toBe(otherSteamId);
    expect(fake.arg(call, 4)).toBe(0xc0a80001n);
    expect(fake.arg(call, 5)).toBe(27015n);
    expect(fake.arg(call, 6)).toBe(1n);
    user.terminateGameConnection(0xc0a80001, 27015);
    expect(fake.arg('SteamAPI_ISteamUser_TerminateGameConnection_DEPRECATED', 1)).toBe(0xc0a80001n);
  });

  it('getUserDataFolder writes a NUL-terminated path, false when it does not fit', () => {
    const { core, fake } = freshFakeCore();
    const { user } = liveClient(core);
    fake.setOutput('SteamAPI_ISteamUser_GetUserDataFolder', '/home/player/.steam/userdata/480');
    const buffer = new Uint8Array(260);
    expect(user.getUserDataFolder(buffer)).toBe(true);
    const end = buffer.indexOf(0);
    expect(Buffer.from(buffer.subarray(0, end)).toString('utf8')).toBe('/home/player/.steam/userdata/480');
    expect(user.getUserDataFolder(new Uint8Array(10))).toBe(false);
  });

  it('scalar calls: badge level, steam level, booleans, strings, game id', () => {
    const { core, fake } = freshFakeCore();
    const { user } = liveClient(core);
    fake.setReturn('SteamAPI_ISteamUser_GetGameBadgeLevel', 3);
    expect(user.getGameBadgeLevel(1, true)).toBe(3);
    expect(fake.arg('SteamAPI_ISteamUser_GetGameBadgeLevel', 1)).toBe(1n);
    expect(fake.arg('SteamAPI_ISteamUser_GetGameBadgeLevel', 2)).toBe(1n);
    fake.setReturn('SteamAPI_ISteamUser_GetPlayerSteamLevel', 57);
    expect(user.getPlayerSteamLevel()).toBe(57);
    fake.setReturn('SteamAPI_ISteamUser_BLoggedOn', true);
    expect(user.loggedOn()).toBe(true);
    fake.setReturn('SteamAPI_ISteamUser_BIsBehindNAT', false);
    expect(user.isBehindNAT()).toBe(false);
    fake.setReturn('SteamAPI_ISteamUser_BIsTwoFactorEnabled', true);
    expect(user.isTwoFactorEnabled()).toBe(true);
    fake.setReturn('SteamAPI_ISteamUser_GetHSteamUser', 3);
    expect(user.getHSteamUser()).toBe(3);
    fake.setReturn('SteamAPI_ISteamUser_GetAuthTicketForWebApi', 12);
    expect(user.getAuthTicketForWebApi('my-backend')).toBe(12);
    expect(fake.argString('SteamAPI_ISteamUser_GetAuthTicketForWebApi', 1)).toBe('my-backend');
    expect(user.getAuthTicketForWebApi(null)).toBe(12);
    expect(fake.argIsNull('SteamAPI_ISteamUser_GetAuthTicketForWebApi', 1)).toBe(true);
    user.trackAppUsageEvent(0x0100000000000000n | 480n, 2, 'extra');
    expect(fake.arg('SteamAPI_ISteamUser_TrackAppUsageEvent', 1)).toBe(0x0100000000000000n | 480n);
    expect(fake.argString('SteamAPI_ISteamUser_TrackAppUsageEvent', 3)).toBe('extra');
    user.advertiseGame(otherSteamId, 0x7f000001, 65535);
    expect(fake.arg('SteamAPI_ISteamUser_AdvertiseGame', 1)).toBe(otherSteamId);
    expect(fake.arg('SteamAPI_ISteamUser_AdvertiseGame', 3)).toBe(65535n);
    fake.setReturn('SteamAPI_ISteamUser_BSetDurationControlOnlineState', true);
    expect(user.setDurationControlOnlineState(2)).toBe(true);
    expect(fake.arg('SteamAPI_ISteamUser_BSetDurationControlOnlineState', 1)).toBe(2n);
    fake.setReturn('SteamAPI_ISteamUser_GetVoiceOptimalSampleRate', 24000);
    expect(user.getVoiceOptimalSampleRate()).toBe(24000);
  });

  it('utils: isAPICallCompleted reads the failed flag, getAPICallFailureReason passes the handle', () => {
    const { core, fake } = freshFakeCore();
    const { utils } = liveClient(core);
    fake.setReturn('SteamAPI_ISteamUtils_IsAPICallCompleted', true);
    fake.setOutValue('SteamAPI_ISteamUtils_IsAPICallCompleted', 0, 1);
    expect(utils.isAPICallCompleted(0xfedcba9876543210n)).toEqual({ completed: true, failed: true });
    expect(fake.arg('SteamAPI_ISteamUtils_IsAPICallCompleted', 1)).toBe(0xfedcba9876543210n);
    fake.setOutValue('SteamAPI_ISteamUtils_IsAPICallCompleted', 0, 0);
    expect(utils.isAPICallCompleted(1n)).toEqual({ completed: true, failed: false });
    fake.setReturn('SteamAPI_ISteamUtils_GetAPICallFailureReason', 2);
    expect(utils.getAPICallFailureReason(0x8000000000000001n)).toBe(2);
    expect(fake.arg('SteamAPI_ISteamUtils_GetAPICallFailureReason', 1)).toBe(0x8000000000000001n);
    fake.setReturn('SteamAPI_ISteamUtils_GetAppID', 480);
    expect(utils.getAppID()).toBe(480);
  });
});

describe('native game-server port through the fake library', () => {
  it('getPublicIP returns SteamIPAddress_t by value', () => {
    const { core, fake } = freshFakeCore();
    const { server } = liveServer(core);
    const raw = new Uint8Array(20);
    raw.set([0x05, 0x01, 0xa8, 0xc0]); // 192.168.1.5 host order, little-endian
    raw.set([0, 0, 0, 0], 16); // k_ESteamIPTypeIPv4
    fake.setOutput('SteamAPI_ISteamGameServer_GetPublicIP', raw);
    const ip = server.getPublicIP();
    expect(ip.type).toBe(0);
    expect(ip.ipv4).toBe(0xc0a80105);
    // The union's bytes are the IPv4 address, not an IPv6 one.
    expect(Array.from(ip.ipv6)).toEqual(new Array(16).fill(0));
    const v6 = new Uint8Array(20).map((_, index) => (index < 16 ? 0x20 + index : 0));
    new DataView(v6.buffer).setInt32(16, 1, true);
    fake.setOutput('SteamAPI_ISteamGameServer_GetPublicIP', v6);
    const ipv6 = server.getPublicIP();
    expect(ipv6.type).toBe(1);
    expect(Array.from(ipv6.ipv6)).toEqual(Array.from(v6.subarray(0, 16)));
  });

  it('getNextOutgoingPacket returns size, ip and port; handleIncomingPacket sends the bytes', () => {
    const { core, fake } = freshFakeCore();
    const { server } = liveServer(core);
    const buffer = new Uint8Array(1500);
    expect(server.getNextOutgoingPacket(buffer)).toEqual({ size: 0, ip: 0, port: 0 });
    fake.setOutput('SteamAPI_ISteamGameServer_GetNextOutgoingPacket', bytes(0xff, 0xff, 0xff, 0xff, 0x49));
    fake.setOutValue('SteamAPI_ISteamGameServer_GetNextOutgoingPacket', 0, 0x0a000002);
    fake.setOutValue('SteamAPI_ISteamGameServer_GetNextOutgoingPacket', 1, 65001);
    expect(server.getNextOutgoingPacket(buffer)).toEqual({ size: 5, ip: 0x0a000002, port: 65001 });
    expect(Array.from(buffer.subarray(0, 5))).toEqual([0xff, 0xff, 0xff, 0xff, 0x49]);
    expect(fake.signedArg('SteamAPI_ISteamGameServer_GetNextOutgoingPacket', 2)).toBe(1500n);
    fake.setReturn('SteamAPI_ISteamGameServer_HandleIncomingPacket', true);
    expect(server.handleIncomingPacket(bytes(0xff, 0xff, 0xff, 0xff, 0x54), 0x0a000003, 40000)).toBe(true);
    expect(fake.argBytes('SteamAPI_ISteamGameServer_HandleIncomingPacket', 1)).toEqual(bytes(0xff, 0xff, 0xff, 0xff, 0x54));
    expect(fake.arg('SteamAPI_ISteamGameServer_HandleIncomingPacket', 3)).toBe(0x0a000003n);
    expect(fake.arg('SteamAPI_ISteamGameServer_HandleIncomingPacket', 4)).toBe(40000n);
  });

  it('auth and Steam ID calls carry 64-bit ids', () => {
    const { core, fake } = freshFakeCore();
    const { server } = liveServer(core);
    fake.setReturn('SteamAPI_ISteamGameServer_GetSteamID', 90071992547409920n + 12345n);
    expect(server.getSteamID()).toBe(90071992547409920n + 12345n);
    fake.setReturn('SteamGameServer_GetSteamID', 85568392920039424n);
    expect(server.getServerSteamID()).toBe(85568392920039424n);
    fake.setReturn('SteamGameServer_BSecure', true);
    expect(server.isServerSecure()).toBe(true);
    fake.setReturn('SteamAPI_ISteamGameServer_BeginAuthSession', 1);
    expect(server.beginAuthSession(bytes(1, 2), steamId)).toBe(1);
    expect(fake.arg('SteamAPI_ISteamGameServer_BeginAuthSession', 3)).toBe(steamId);
    fake.setOutput('SteamAPI_ISteamGameServer_GetAuthSessionTicket', bytes(4, 4));
    fake.setReturn('SteamAPI_ISteamGameServer_GetAuthSessionTicket', 3);
    expect(server.getAuthSessionTicket(new Uint8Array(8), otherSteamId)).toEqual({ handle: 3, size: 2 });
    const identity = fake.argBytes('SteamAPI_ISteamGameServer_GetAuthSessionTicket', 4) ?? new Uint8Array(0);
    expect(new DataView(identity.buffer).getBigUint64(8, true)).toBe(otherSteamId);
    fake.setReturn('SteamAPI_ISteamGameServer_RequestUserGroupStatus', true);
    expect(server.requestUserGroupStatus(steamId, 103582791429521412n)).toBe(true);
    expect(fake.arg('SteamAPI_ISteamGameServer_RequestUserGroupStatus', 1)).toBe(steamId);
    expect(fake.arg('SteamAPI_ISteamGameServer_RequestUserGroupStatus', 2)).toBe(103582791429521412n);
    fake.setReturn('SteamAPI_ISteamGameServer_BUpdateUserData', true);
    expect(server.updateUserData(steamId, 'Gordon', 42)).toBe(true);
    expect(fake.argString('SteamAPI_ISteamGameServer_BUpdateUserData', 2)).toBe('Gordon');
    expect(fake.arg('SteamAPI_ISteamGameServer_BUpdateUserData', 3)).toBe(42n);
    fake.setReturn('SteamAPI_ISteamGameServer_AssociateWithClan', 77n);
    expect(server.associateWithClan(103582791429521412n)).toBe(77n);
    fake.setReturn('SteamAPI_ISteamGameServer_ComputeNewPlayerCompatibility', 2n ** 60n);
    expect(server.computeNewPlayerCompatibility(steamId)).toBe(2n ** 60n);
    fake.setReturn('SteamAPI_ISteamGameServer_CreateUnauthenticatedUserConnection', 90094823004585984n);
    expect(server.createUnauthenticatedUserConnection()).toBe(90094823004585984n);
    fake.setReturn('SteamAPI_ISteamGameServer_GetServerReputation', 3n);
    expect(server.getServerReputation()).toBe(3n);
  });

  it('server properties: strings, booleans, counts and ports reach the library', () => {
    const { core, fake } = freshFakeCore();
    const { server } = liveServer(core);
    server.setProduct('my-game');
    server.setGameDescription('A game');
    server.setModDir('mod');
    server.setDedicatedServer(true);
    server.logOn('token-123');
    server.setMaxPlayerCount(24);
    server.setBotPlayerCount(-1);
    server.setServerName('Ünïcode server');
    server.setMapName('de_dust');
    server.setPasswordProtected(false);
    server.setSpectatorPort(27020);
    server.setSpectatorServerName('spec');
    server.setKeyValue('key', 'value');
    server.setGameTags('a,b');
    server.setGameData('data');
    server.setRegion('eu');
    server.setAdvertiseServerActive(true);
    server.clearAllKeyValues();
    server.logOff();
    server.getGameplayStats();
    server.releaseCurrentThreadMemory();
    expect(fake.argString('SteamAPI_ISteamGameServer_SetProduct', 1)).toBe('my-game');
    expect(fake.argString('SteamAPI_ISteamGameServer_SetGameDescription', 1)).toBe('A game');
    expect(fake.argString('SteamAPI_ISteamGameServer_SetModDir', 1)).toBe('mod');
    expect(fake.arg('SteamAPI_ISteamGameServer_SetDedicatedServer', 1)).toBe(1n);
    expect(fake.argString('SteamAPI_ISteamGameServer_LogOn', 1)).toBe('token-123');
    expect(fake.signedArg('SteamAPI_ISteamGameServer_SetMaxPlayerCount', 1)).toBe(24n);
    expect(fake.signedArg('SteamAPI_ISteamGameServer_SetBotPlayerCount', 1)).toBe(-1n);
    expect(fake.argString('SteamAPI_ISteamGameServer_SetServerName', 1)).toBe('Ünïcode server');
    expect(fake.argString('SteamAPI_ISteamGameServer_SetMapName', 1)).toBe('de_dust');
    expect(fake.arg('SteamAPI_ISteamGameServer_SetPasswordProtected', 1)).toBe(0n);
    expect(fake.arg('SteamAPI_ISteamGameServer_SetSpectatorPort', 1)).toBe(27020n);
    expect(fake.argString('SteamAPI_ISteamGameServer_SetSpectatorServerName', 1)).toBe('spec');
    expect(fake.argString('SteamAPI_ISteamGameServer_SetKeyValue', 1)).toBe('key');
    expect(fake.argString('SteamAPI_ISteamGameServer_SetKeyValue', 2)).toBe('value');
    expect(fake.argString('SteamAPI_ISteamGameServer_SetGameTags', 1)).toBe('a,b');
    expect(fake.argString('SteamAPI_ISteamGameServer_SetGameData', 1)).toBe('data');
    expect(fake.argString('SteamAPI_ISteamGameServer_SetRegion', 1)).toBe('eu');
    expect(fake.arg('SteamAPI_ISteamGameServer_SetAdvertiseServerActive', 1)).toBe(1n);
    for (const symbol of [
      'SteamAPI_ISteamGameServer_ClearAllKeyValues',
      'SteamAPI_ISteamGameServer_LogOff',
      'SteamAPI_ISteamGameServer_GetGameplayStats',
      'SteamAPI_ReleaseCurrentThreadMemory',
    ] as const) {
      expect(fake.callCount(symbol)).toBe(1);
    }
    for (const symbol of ['SteamAPI_ISteamGameServer_SetProduct', 'SteamAPI_ISteamGameServer_LogOff'] as const) {
      expect(fake.arg(symbol, 0)).toBe(fake.interfacePointer('gameServer'));
    }
  });
});
