import { isLeft, isRight } from 'fp-ts/Either';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESteamAPIInitResult } from '../../native/enums';
import { gameServerInterfaceVersionList } from '../../native/game-server-interface-versions';
import { freshFakeCore, liveClient, liveServer, serverArguments } from './fake-core';

interface AbiFixture {
  readonly initialization: { readonly gameServerInitEx: { readonly pszInternalCheckInterfaceVersions: readonly string[]; readonly blobBytesIncludingFinalNul: number } };
}
const abi = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'abi', 'steamworks-abi-1.60.json'), 'utf8')) as AbiFixture;

describe('native core init and shutdown (fake library)', () => {
  it('initClient succeeds and binds the interfaces Valve hands out', () => {
    const { core, fake } = freshFakeCore();
    const session = core.initClient();
    expect(isRight(session)).toBe(true);
    expect(core.clientLive).toBe(true);
    expect(fake.callCount('SteamAPI_InitFlat')).toBe(1);
    expect(fake.callCount('SteamAPI_SteamUser_v023')).toBe(1);
    expect(fake.callCount('SteamAPI_SteamUtils_v010')).toBe(1);
    // The error buffer is a real 1024-byte SteamErrMsg, not NULL.
    expect(fake.argIsNull('SteamAPI_InitFlat', 0)).toBe(false);
    if (isRight(session)) {
      session.right.user.loggedOn();
      expect(fake.arg('SteamAPI_ISteamUser_BLoggedOn', 0)).toBe(fake.interfacePointer('user'));
      session.right.utils.getAppID();
      expect(fake.arg('SteamAPI_ISteamUtils_GetAppID', 0)).toBe(fake.interfacePointer('utils'));
    }
  });

  it.each([
    [ESteamAPIInitResult.FailedGeneric, 'Generic failure from the fake'],
    [ESteamAPIInitResult.NoSteamClient, 'Cannot create IPC pipe to Steam client process.  Steam is probably not running.'],
    [ESteamAPIInitResult.VersionMismatch, 'Steam client is out of date (SteamUser023 missing)'],
  ])('initClient failure %i carries Valve message', (code, message) => {
    const { core, fake } = freshFakeCore();
    fake.setClientInit(code, message);
    const session = core.initClient();
    expect(session).toEqual({ _tag: 'Left', left: { code, message } });
    expect(core.clientLive).toBe(false);
    expect(fake.callCount('SteamAPI_SteamUser_v023')).toBe(0);
  });

  it('a failure with an empty message still says what failed', () => {
    const { core, fake } = freshFakeCore();
    fake.setClientInit(ESteamAPIInitResult.NoSteamClient, '');
    const session = core.initClient();
    expect(isLeft(session) && session.left.code).toBe(2);
    expect(isLeft(session) && session.left.message).toContain('SteamAPI_InitFlat failed with ESteamAPIInitResult 2');
  });

  it('cuts the message at its NUL even when an earlier longer message was there', () => {
    const { core, fake } = freshFakeCore();
    fake.setClientInit(1, 'a much longer first message that fills the buffer');
    core.initClient();
    fake.setClientInit(1, 'short');
    const second = core.initClient();
    expect(isLeft(second) && second.left.message).toBe('short');
  });

  it('a second initClient while live is Left code 1 without calling Steam again', () => {
    const { core, fake } = freshFakeCore();
    liveClient(core);
    const second = core.initClient();
    expect(isLeft(second) && second.left.code).toBe(ESteamAPIInitResult.FailedGeneric);
    expect(isLeft(second) && second.left.message).toMatch(/already initialised/);
    expect(fake.callCount('SteamAPI_InitFlat')).toBe(1);
    expect(core.clientLive).toBe(true);
  });

  it('init after shutdown works again', () => {
    const { core, fake } = freshFakeCore();
    liveClient(core);
    core.shutdownClient();
    liveClient(core);
    expect(fake.callCount('SteamAPI_InitFlat')).toBe(2);
  });

  it('shutdownClient is idempotent and only calls SteamAPI_Shutdown when live', () => {
    const { core, fake } = freshFakeCore();
    core.shutdownClient();
    expect(fake.callCount('SteamAPI_Shutdown')).toBe(0);
    liveClient(core);
    core.shutdownClient();
    core.shutdownClient();
    expect(fake.callCount('SteamAPI_Shutdown')).toBe(1);
    expect(core.clientLive).toBe(false);
    expect(fake.clientLive()).toBe(false);
  });

  it('a port used after shutdown throws instead of calling through a stale pointer', () => {
    const { core, fake } = freshFakeCore();
    const session = liveClient(core);
    core.shutdownClient();
    expect(() => session.user.getSteamID()).toThrow(/shut down/);
    expect(() => session.utils.getAppID()).toThrow(/shut down/);
    expect(fake.callCount('SteamAPI_ISteamUser_GetSteamID')).toBe(0);
  });

  it('a NULL interface after a successful init is a Left and shuts Steam down again', () => {
    const { core, fake } = freshFakeCore();
    fake.setReturn('SteamAPI_SteamUser_v023', 0);
    const session = core.initClient();
    expect(isLeft(session) && session.left.message).toMatch(/SteamAPI_SteamUser_v023 returned NULL/);
    expect(fake.callCount('SteamAPI_Shutdown')).toBe(1);
    expect(core.clientLive).toBe(false);
  });

  it('initServer passes ip, ports, mode, version and the exact 245-byte interface list', () => {
    const { core, fake } = freshFakeCore();
    const session = liveServer(core, { ...serverArguments, ip: 0xc0a80105, queryPort: 0xffff });
    expect(core.serverLive).toBe(true);
    const call = 'SteamInternal_GameServer_Init_V2';
    expect(fake.arg(call, 0)).toBe(0xc0a80105n);
    expect(fake.arg(call, 1)).toBe(27015n);
    expect(fake.arg(call, 2)).toBe(0xffffn);
    expect(fake.arg(call, 3)).toBe(3n);
    expect(fake.argString(call, 4)).toBe('1.0.0.0');
    const { pszInternalCheckInterfaceVersions: versions, blobBytesIncludingFinalNul } = abi.initialization.gameServerInitEx;
    const expected = Buffer.concat([...versions.map((version) => Buffer.from(`${version}\0`, 'latin1')), Buffer.from([0])]);
    expect(expected.byteLength).toBe(blobBytesIncludingFinalNul);
    expect(Buffer.from(fake.argBytes(call, 5) ?? [])).toEqual(expected);
    expect(Buffer.from(gameServerInterfaceVersionList)).toEqual(expected);
    expect(fake.argIsNull(call, 6)).toBe(false);
    session.server.logOnAnonymous();
    expect(fake.arg('SteamAPI_ISteamGameServer_LogOnAnonymous', 0)).toBe(fake.interfacePointer('gameServer'));
    session.utils.getAppID();
    expect(fake.arg('SteamAPI_ISteamUtils_GetAppID', 0)).toBe(fake.interfacePointer('gameServerUtils'));
  });

  it.each([
    [1, 'Generic failure'],
    [2, 'No Steam client'],
    [3, 'Version mismatch: SteamGameServer015'],
  ])('initServer failure %i carries Valve message', (code, message) => {
    const { core, fake } = freshFakeCore();
    fake.setServerInit(code, message);
    expect(core.initServer(serverArguments)).toEqual({ _tag: 'Left', left: { code, message } });
    expect(core.serverLive).toBe(false);
  });

  it('second initServer is Left code 1; shutdownServer is idempotent', () => {
    const { core, fake } = freshFakeCore();
    liveServer(core);
    const second = core.initServer(serverArguments);
    expect(isLeft(second) && second.left.code).toBe(1);
    expect(fake.callCount('SteamInternal_GameServer_Init_V2')).toBe(1);
    core.shutdownServer();
    core.shutdownServer();
    expect(fake.callCount('SteamGameServer_Shutdown')).toBe(1);
    expect(core.serverLive).toBe(false);
  });

  it('client and server live side by side and shut down independently', () => {
    const { core, fake } = freshFakeCore();
    liveClient(core);
    liveServer(core);
    core.shutdownServer();
    expect(core.clientLive).toBe(true);
    expect(fake.callCount('SteamAPI_Shutdown')).toBe(0);
    core.shutdownClient();
    expect(fake.callCount('SteamAPI_Shutdown')).toBe(1);
  });

  it('isSteamRunning and restartAppIfNecessary go straight through', () => {
    const { core, fake } = freshFakeCore();
    fake.setReturn('SteamAPI_IsSteamRunning', true);
    expect(core.isSteamRunning()).toBe(true);
    fake.setReturn('SteamAPI_RestartAppIfNecessary', true);
    expect(core.restartAppIfNecessary(480)).toBe(true);
    expect(fake.arg('SteamAPI_RestartAppIfNecessary', 0)).toBe(480n);
  });
});
