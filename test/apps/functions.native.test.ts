/**
 * client.apps over the fake libsteam_api: every Apps function reaches C with its arguments and the
 * client's SteamApps pointer, out-parameters and buffers are read right, strings stop at the first
 * NUL, the buffers handed to C have their true sizes, and the interface binds only when first used.
 */
import type { Either } from 'fp-ts/Either';
import { TestScheduler } from 'rxjs/testing';
import { EResult } from '../../native/enums';
import { loadNativeCore } from '../../native/native-core';
import { BIG_STEAM_ID, fake, leftOf, queueCallResult, queueCallback, rightOf, startClient, stopClient } from '../user/native-kit';

afterEach(stopClient);

const appsSelf = (): bigint => fake.interfacePointer('apps');

describe('client.apps through the fake library', () => {
  it('the SteamApps pointer is asked for once, on the first Apps call, not at init', () => {
    const client = startClient();
    expect(fake.callCount('SteamAPI_SteamApps_v008')).toBe(0);
    client.apps.isSubscribed();
    client.apps.getDLCCount();
    expect(fake.callCount('SteamAPI_SteamApps_v008')).toBe(1);
  });

  it('boolean queries answer true and false and pass the SteamApps pointer', () => {
    const client = startClient();
    const cases = [
      ['SteamAPI_ISteamApps_BIsSubscribed', () => client.apps.isSubscribed()],
      ['SteamAPI_ISteamApps_BIsLowViolence', () => client.apps.isLowViolence()],
      ['SteamAPI_ISteamApps_BIsCybercafe', () => client.apps.isCybercafe()],
      ['SteamAPI_ISteamApps_BIsVACBanned', () => client.apps.isVACBanned()],
      ['SteamAPI_ISteamApps_BIsSubscribedFromFreeWeekend', () => client.apps.isSubscribedFromFreeWeekend()],
      ['SteamAPI_ISteamApps_BIsSubscribedFromFamilySharing', () => client.apps.isSubscribedFromFamilySharing()],
      ['SteamAPI_ISteamApps_BIsSubscribedApp', () => client.apps.isSubscribedApp(1001)],
      ['SteamAPI_ISteamApps_BIsDlcInstalled', () => client.apps.isDlcInstalled(1001)],
      ['SteamAPI_ISteamApps_BIsAppInstalled', () => client.apps.isAppInstalled(1001)],
      ['SteamAPI_ISteamApps_SetDlcContext', () => client.apps.setDlcContext(1001)],
      ['SteamAPI_ISteamApps_MarkContentCorrupt', () => client.apps.markContentCorrupt(true)],
      ['SteamAPI_ISteamApps_SetActiveBeta', () => client.apps.setActiveBeta(480, 'beta')],
    ] as const;
    for (const [symbol, call] of cases) {
      expect(call()).toBe(false);
      fake.setReturn(symbol, true);
      expect(call()).toBe(true);
      expect(fake.arg(symbol, 0)).toBe(appsSelf());
    }
    for (const symbol of ['SteamAPI_ISteamApps_BIsSubscribedApp', 'SteamAPI_ISteamApps_BIsDlcInstalled', 'SteamAPI_ISteamApps_BIsAppInstalled', 'SteamAPI_ISteamApps_SetDlcContext'] as const) {
      expect(fake.arg(symbol, 1)).toBe(1001n);
    }
    expect(fake.arg('SteamAPI_ISteamApps_MarkContentCorrupt', 1)).toBe(1n);
    expect(fake.arg('SteamAPI_ISteamApps_SetActiveBeta', 1)).toBe(480n);
    expect(fake.argString('SteamAPI_ISteamApps_SetActiveBeta', 2)).toBe('beta');
  });

  it('number queries: the DLC count, build id, purchase time (uint32 above 2^31), the owner above 2^53', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamApps_GetDLCCount', 3);
    expect(client.apps.getDLCCount()).toBe(3);
    fake.setReturn('SteamAPI_ISteamApps_GetAppBuildId', 123456);
    expect(client.apps.getAppBuildId()).toBe(123456);
    fake.setReturn('SteamAPI_ISteamApps_GetEarliestPurchaseUnixTime', 0xf000_0000);
    expect(client.apps.getEarliestPurchaseUnixTime(0xffff_ffff)).toBe(0xf000_0000);
    expect(fake.arg('SteamAPI_ISteamApps_GetEarliestPurchaseUnixTime', 1)).toBe(0xffff_ffffn);
    fake.setReturn('SteamAPI_ISteamApps_GetAppOwner', BIG_STEAM_ID);
    expect(client.apps.getAppOwner()).toBe(BIG_STEAM_ID);
    expect(fake.arg('SteamAPI_ISteamApps_GetAppOwner', 0)).toBe(appsSelf());
  });

  it('languages and launch query parameters: C strings stop at NUL, NULL is empty; the key reaches C', () => {
    const client = startClient();
    expect(client.apps.getCurrentGameLanguage()).toBe('');
    expect(client.apps.getAvailableGameLanguages()).toEqual([]);
    fake.setOutput('SteamAPI_ISteamApps_GetCurrentGameLanguage', new TextEncoder().encode('german\0junk'));
    expect(client.apps.getCurrentGameLanguage()).toBe('german');
    fake.setOutput('SteamAPI_ISteamApps_GetAvailableGameLanguages', 'english,german,french');
    expect(client.apps.getAvailableGameLanguages()).toEqual(['english', 'german', 'french']);
    fake.setOutput('SteamAPI_ISteamApps_GetLaunchQueryParam', new TextEncoder().encode('42\0x'));
    expect(client.apps.getLaunchQueryParam('lobby')).toBe('42');
    expect(fake.argString('SteamAPI_ISteamApps_GetLaunchQueryParam', 1)).toBe('lobby');
  });

  it('getDLCDataByIndex: the index, out-parameters, the name cut at NUL, the buffer size; false is a Left', () => {
    const client = startClient();
    const symbol = 'SteamAPI_ISteamApps_BGetDLCDataByIndex';
    expect(leftOf(client.apps.getDLCDataByIndex(2))._tag).toBe('CallFailed');
    fake.setReturn(symbol, true);
    fake.setOutValue(symbol, 0, 0xfffffffe);
    fake.setOutValue(symbol, 1, 1);
    fake.setOutput(symbol, new TextEncoder().encode('Soundtrack\0secret'));
    expect(rightOf(client.apps.getDLCDataByIndex(2))).toEqual({ appId: 0xfffffffe, available: true, name: 'Soundtrack' });
    expect(fake.arg(symbol, 0)).toBe(appsSelf());
    expect(fake.signedArg(symbol, 1)).toBe(2n);
    expect(fake.signedArg(symbol, 5)).toBe(256n);
  });

  it('install, uninstall and proof-of-purchase requests reach C with the app ID', () => {
    const client = startClient();
    client.apps.installDLC(1001);
    client.apps.uninstallDLC(1002);
    client.apps.requestAppProofOfPurchaseKey(1003);
    client.apps.requestAllProofOfPurchaseKeys();
    expect(fake.arg('SteamAPI_ISteamApps_InstallDLC', 1)).toBe(1001n);
    expect(fake.arg('SteamAPI_ISteamApps_UninstallDLC', 1)).toBe(1002n);
    expect(fake.arg('SteamAPI_ISteamApps_RequestAppProofOfPurchaseKey', 1)).toBe(1003n);
    expect(fake.arg('SteamAPI_ISteamApps_RequestAllProofOfPurchaseKeys', 0)).toBe(appsSelf());
  });

  it('getDlcDownloadProgress: uint64 out-parameters above 2^53; not downloading is a Left', () => {
    const client = startClient();
    const symbol = 'SteamAPI_ISteamApps_GetDlcDownloadProgress';
    expect(leftOf(client.apps.getDlcDownloadProgress(1001))._tag).toBe('CallFailed');
    fake.setReturn(symbol, true);
    fake.setOutValue(symbol, 0, 2n ** 60n);
    fake.setOutValue(symbol, 1, 2n ** 61n + 1n);
    expect(rightOf(client.apps.getDlcDownloadProgress(1001))).toEqual({ bytesDownloaded: 2n ** 60n, bytesTotal: 2n ** 61n + 1n });
    expect(fake.arg(symbol, 1)).toBe(1001n);
  });

  it('getAppInstallDir: the folder cut at NUL, the buffer size; Steam writing nothing is a Left', () => {
    const client = startClient();
    const symbol = 'SteamAPI_ISteamApps_GetAppInstallDir';
    fake.setOutput(symbol, new TextEncoder().encode('/games/spacewar\0old'));
    expect(leftOf(client.apps.getAppInstallDir(480))._tag).toBe('CallFailed');
    fake.setReturn(symbol, 16);
    expect(rightOf(client.apps.getAppInstallDir(480))).toBe('/games/spacewar');
    expect(fake.arg(symbol, 1)).toBe(480n);
    expect(fake.arg(symbol, 3)).toBe(4096n);
  });

  it('getCurrentBetaName and getLaunchCommandLine: buffers read to their NUL', () => {
    const client = startClient();
    expect(leftOf(client.apps.getCurrentBetaName())._tag).toBe('CallFailed');
    fake.setReturn('SteamAPI_ISteamApps_GetCurrentBetaName', true);
    fake.setOutput('SteamAPI_ISteamApps_GetCurrentBetaName', new TextEncoder().encode('public-test\0x'));
    expect(rightOf(client.apps.getCurrentBetaName())).toBe('public-test');
    expect(fake.signedArg('SteamAPI_ISteamApps_GetCurrentBetaName', 2)).toBe(256n);
    expect(client.apps.getLaunchCommandLine()).toBe('');
    fake.setOutput('SteamAPI_ISteamApps_GetLaunchCommandLine', new TextEncoder().encode('+connect 10.0.0.1\0rest'));
    expect(client.apps.getLaunchCommandLine()).toBe('+connect 10.0.0.1');
    expect(fake.signedArg('SteamAPI_ISteamApps_GetLaunchCommandLine', 2)).toBe(8192n);
  });

  it('getInstalledDepots: the depots C wrote, cMaxDepots the array length', () => {
    const client = startClient();
    const symbol = 'SteamAPI_ISteamApps_GetInstalledDepots';
    expect(client.apps.getInstalledDepots(480)).toEqual([]);
    fake.setReturn(symbol, 3);
    [481, 482, 0xfffffff0].forEach((depot, index) => fake.setOutValue(symbol, index, depot));
    expect(client.apps.getInstalledDepots(480)).toEqual([481, 482, 0xfffffff0]);
    expect(fake.arg(symbol, 1)).toBe(480n);
    expect(fake.arg(symbol, 3)).toBe(256n);
  });

  it('isTimedTrial: null when not a trial, the out-parameters when one', () => {
    const client = startClient();
    const symbol = 'SteamAPI_ISteamApps_BIsTimedTrial';
    fake.setOutValue(symbol, 0, 3600);
    fake.setOutValue(symbol, 1, 600);
    expect(client.apps.isTimedTrial()).toBeNull();
    fake.setReturn(symbol, true);
    expect(client.apps.isTimedTrial()).toEqual({ secondsAllowed: 3600, secondsPlayed: 600 });
  });

  it('getNumBetas and getBetaInfo: out-parameters, two buffers each cut at NUL, their sizes', () => {
    const client = startClient();
    fake.setReturn('SteamAPI_ISteamApps_GetNumBetas', 3);
    fake.setOutValue('SteamAPI_ISteamApps_GetNumBetas', 0, 2);
    fake.setOutValue('SteamAPI_ISteamApps_GetNumBetas', 1, 1);
    expect(client.apps.getNumBetas(480)).toEqual({ total: 3, available: 2, private: 1 });
    expect(fake.arg('SteamAPI_ISteamApps_GetNumBetas', 1)).toBe(480n);
    const symbol = 'SteamAPI_ISteamApps_GetBetaInfo';
    expect(leftOf(client.apps.getBetaInfo(480, 1))._tag).toBe('CallFailed');
    fake.setReturn(symbol, true);
    fake.setOutValue(symbol, 0, 2 | 8);
    fake.setOutValue(symbol, 1, 777);
    fake.setOutput(symbol, new TextEncoder().encode('beta\0x'));
    fake.setOutput('SteamAPI_ISteamApps_GetBetaInfo_Description', new TextEncoder().encode('Next week\0y'));
    expect(rightOf(client.apps.getBetaInfo(480, 1))).toEqual({ name: 'beta', description: 'Next week', flags: 10, buildId: 777 });
    expect([fake.arg(symbol, 1), fake.signedArg(symbol, 2), fake.signedArg(symbol, 6), fake.signedArg(symbol, 8)]).toEqual([480n, 1n, 256n, 1024n]);
  });

  it('getFileDetails: the name reaches C, the call result decodes; an EResult other than OK is a Left', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    const client = startClient({ scheduler });
    const sha = Uint8Array.from({ length: 20 }, (_, index) => index + 1);
    const seen: Either<{ readonly _tag: string }, unknown>[] = [];
    fake.setReturn('SteamAPI_ISteamApps_GetFileDetails', 0x1_0000_0051n);
    client.apps.getFileDetails('data/level1.pak').subscribe((value) => seen.push(value));
    expect(fake.argString('SteamAPI_ISteamApps_GetFileDetails', 1)).toBe('data/level1.pak');
    queueCallResult(0x1_0000_0051n, 'FileDetailsResult_t', { m_eResult: EResult.OK, m_ulFileSize: 2n ** 40n, m_FileSHA: sha, m_unFlags: 3 });
    fake.setReturn('SteamAPI_ISteamApps_GetFileDetails', 0x1_0000_0052n);
    client.apps.getFileDetails('missing').subscribe((value) => seen.push(value));
    queueCallResult(0x1_0000_0052n, 'FileDetailsResult_t', { m_eResult: EResult.FileNotFound, m_ulFileSize: 0n, m_FileSHA: new Uint8Array(20), m_unFlags: 0 });
    client.runCallbacks();
    expect(seen).toHaveLength(2);
    expect(rightOf(seen[0] as Either<unknown, unknown>)).toEqual({ result: EResult.OK, fileSize: 2n ** 40n, sha, flags: 3 });
    expect(leftOf(seen[1] as Either<{ readonly _tag: string }, unknown>)._tag).toBe('SteamResultError');
  });

  it('callbacks arrive on their streams', () => {
    const client = startClient();
    const seen: unknown[] = [];
    client.apps.dlcInstalled$.subscribe((event) => seen.push(['dlc', event.appId]));
    client.apps.newUrlLaunchParameters$.subscribe(() => seen.push(['launch']));
    client.apps.timedTrialStatus$.subscribe((event) => seen.push(['trial', event.secondsPlayed]));
    client.apps.appProofOfPurchaseKeyResponse$.subscribe((event) => seen.push(['key', event.appId, event.key]));
    queueCallback('DlcInstalled_t', { m_nAppID: 1001 });
    queueCallback('NewUrlLaunchParameters_t', {});
    queueCallback('TimedTrialStatus_t', { m_unAppID: 480, m_bIsOffline: false, m_unSecondsAllowed: 3600, m_unSecondsPlayed: 60 });
    queueCallback('AppProofOfPurchaseKeyResponse_t', { m_eResult: EResult.OK, m_nAppID: 480, m_cchKeyLength: 5, m_rgchKey: 'AB-CD' });
    client.runCallbacks();
    expect(seen).toEqual([['dlc', 1001], ['launch'], ['trial', 60], ['key', 480, 'AB-CD']]);
  });

  it('buffers never reach C with a faked byteLength: the port passes their true sizes', () => {
    stopClient();
    fake.reset();
    const core = rightOf(loadNativeCore({ libraryPath: fake.libraryPath }));
    const session = rightOf(core.initClient());
    try {
      const lying = new Uint8Array(4);
      Object.defineProperty(lying, 'byteLength', { value: 8192 });
      session.apps.getAppInstallDir(480, lying);
      expect(fake.arg('SteamAPI_ISteamApps_GetAppInstallDir', 3)).toBe(4n);
      session.apps.getLaunchCommandLine(lying);
      expect(fake.signedArg('SteamAPI_ISteamApps_GetLaunchCommandLine', 2)).toBe(4n);
      session.apps.getDLCDataByIndex(0, lying);
      expect(fake.signedArg('SteamAPI_ISteamApps_BGetDLCDataByIndex', 5)).toBe(4n);
      const depots = new Uint32Array(2);
      Object.defineProperty(depots, 'byteLength', { value: 8192 });
      session.apps.getInstalledDepots(480, depots);
      expect(fake.arg('SteamAPI_ISteamApps_GetInstalledDepots', 3)).toBe(2n);
    } finally {
      core.shutdownClient();
    }
  });
});
