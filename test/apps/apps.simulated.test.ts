/**
 * client.apps on the simulated Steam, through the public API on virtual time: ownership and family
 * sharing from the user, the app on the machine (DLC, languages, betas, install, build, launch
 * parameters, timed trial, purchase time), DLC installs with progress and DlcInstalled_t, keys,
 * file details and the callbacks a test can cause (marble tests of dlcInstalled$ and a key).
 */
import { isLeft, type Either } from 'fp-ts/Either';
import { map, timer, take } from 'rxjs';
import type { TestScheduler } from 'rxjs/testing';
import { EResult } from '../../native/enums';
import type { SimulatedProcessOptions, SimulatedSteam, SimulatedUserOptions } from '../../simulated';
import type { SteamClient } from '../../src/client/steam-client';
import { steamInit } from '../../src/init/steam-init';
import { newScheduler, rightOf, world } from '../user/simulated-kit';

const APP = 480;
const SOUNDTRACK = 1001;
const LEVELS = 1002;
const UNOWNED = 1003;

const appOptions: SimulatedProcessOptions['apps'] = {
  dlc: [
    { appId: SOUNDTRACK, name: 'Soundtrack', installed: true },
    { appId: LEVELS, name: 'More levels', sizeBytes: 1000n, installMs: 100 },
    { appId: UNOWNED, name: 'Coming soon', available: false },
  ],
  currentLanguage: 'german',
  availableLanguages: ['english', 'german'],
  betas: [{ name: 'public-test', description: 'Next update', buildId: 90 }, { name: 'staff', private: true }],
  installDir: '/games/spacewar',
  buildId: 42,
  depots: [481, 482],
  launchQueryParams: { lobby: '1234' },
  launchCommandLine: '+connect 10.0.0.1',
  earliestPurchaseUnixTime: 1_500_000_000,
  proofOfPurchaseKeys: { [APP]: 'SPACE-WAR-KEY' },
};

/** A user and their client on a machine with `apps`, pumped every 10 ms for `durationMs`. */
const machine = (
  scheduler: TestScheduler,
  steam: SimulatedSteam,
  user: SimulatedUserOptions = {},
  apps: SimulatedProcessOptions['apps'] = appOptions,
  durationMs = 400,
): { readonly steamId: bigint; readonly client: SteamClient } => {
  const steamId = steam.addUser({ dlc: [SOUNDTRACK, LEVELS], ...user });
  const process = steam.createProcess({ user: steamId, apps });
  const client = rightOf(steamInit({ backend: 'core', core: process, pump: 'manual' }));
  timer(10, 10, scheduler)
    .pipe(take(durationMs / 10))
    .subscribe(() => client.live && client.runCallbacks());
  return { steamId, client };
};

const tagOr = <A>(value: Either<{ readonly _tag: string }, A>): string | A => (isLeft(value) ? value.left._tag : value.right);

describe('client.apps on the simulated Steam', () => {
  it('ownership, flags and the app on the machine', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { steam } = world(scheduler);
      const { steamId, client } = machine(scheduler, steam);
      const { apps } = client;
      expect([apps.isSubscribed(), apps.isSubscribedFromFamilySharing(), apps.isVACBanned(), apps.isLowViolence(), apps.isCybercafe(), apps.isSubscribedFromFreeWeekend()]).toEqual([
        true,
        false,
        false,
        false,
        false,
        false,
      ]);
      expect(apps.getAppOwner()).toBe(steamId);
      expect([apps.isSubscribedApp(APP), apps.isSubscribedApp(SOUNDTRACK), apps.isSubscribedApp(UNOWNED)]).toEqual([true, true, false]);
      expect(apps.getCurrentGameLanguage()).toBe('german');
      expect(apps.getAvailableGameLanguages()).toEqual(['english', 'german']);
      expect(apps.getAppBuildId()).toBe(42);
      expect(apps.isAppInstalled(APP)).toBe(true);
      expect(rightOf(apps.getAppInstallDir(APP))).toBe('/games/spacewar');
      expect(apps.getInstalledDepots(APP)).toEqual([481, 482]);
      expect(apps.getLaunchQueryParam('lobby')).toBe('1234');
      expect(apps.getLaunchQueryParam('other')).toBe('');
      expect(apps.getLaunchCommandLine()).toBe('+connect 10.0.0.1');
      expect(apps.getEarliestPurchaseUnixTime(APP)).toBe(1_500_000_000);
      expect(apps.getEarliestPurchaseUnixTime(UNOWNED)).toBe(0);
      expect(apps.isTimedTrial()).toBeNull();
      expect(apps.markContentCorrupt(true)).toBe(true);
      expect(apps.setDlcContext(SOUNDTRACK)).toBe(true);
      expect(apps.setDlcContext(UNOWNED)).toBe(false);
      expect(apps.setDlcContext(0)).toBe(true);
    });
  });

  it('a user who does not own the app, a VAC-banned one, and family sharing', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { steam } = world(scheduler);
      const lender = steam.addUser();
      const notOwner = machine(scheduler, steam, { ownsApp: false }).client.apps;
      expect([notOwner.isSubscribed(), notOwner.isSubscribedApp(APP)]).toEqual([false, false]);
      expect(machine(scheduler, steam, { vacBanned: true }).client.apps.isVACBanned()).toBe(true);
      const borrower = machine(scheduler, steam, { ownsApp: false, familySharingOwner: lender }).client.apps;
      expect([borrower.isSubscribed(), borrower.isSubscribedFromFamilySharing(), borrower.getAppOwner()]).toEqual([true, true, lender]);
    });
  });

  it('DLC: the catalogue by index, installed state; an index past the end is a Left', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { steam } = world(scheduler);
      const { apps } = machine(scheduler, steam).client;
      expect(apps.getDLCCount()).toBe(3);
      expect([0, 1, 2, 3].map((index) => tagOr(apps.getDLCDataByIndex(index)))).toEqual([
        { appId: SOUNDTRACK, available: true, name: 'Soundtrack' },
        { appId: LEVELS, available: true, name: 'More levels' },
        { appId: UNOWNED, available: false, name: 'Coming soon' },
        'CallFailed',
      ]);
      expect([apps.isDlcInstalled(SOUNDTRACK), apps.isDlcInstalled(LEVELS)]).toEqual([true, false]);
      expect(tagOr(apps.getDlcDownloadProgress(LEVELS))).toBe('CallFailed');
      apps.uninstallDLC(SOUNDTRACK);
      expect(apps.isDlcInstalled(SOUNDTRACK)).toBe(false);
    });
  });

  it('installDLC: progress on virtual time, then dlcInstalled$ (marble) and the DLC installed', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable, flush }) => {
      const { steam } = world(scheduler);
      const { apps } = machine(scheduler, steam).client;
      scheduler.schedule(() => apps.installDLC(LEVELS), 30);
      scheduler.schedule(() => expect(rightOf(apps.getDlcDownloadProgress(LEVELS))).toEqual({ bytesDownloaded: 500n, bytesTotal: 1000n }), 80);
      // Started at 30, done 100 ms later, pumped by the frame at 130.
      expectObservable(apps.dlcInstalled$, '^ 300ms !').toBe('130ms d', { d: { appId: LEVELS } });
      flush();
      expect(apps.isDlcInstalled(LEVELS)).toBe(true);
      expect(tagOr(apps.getDlcDownloadProgress(LEVELS))).toBe('CallFailed');
    });
  });

  it('installDLC of a DLC the user does not own installs nothing', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { steam } = world(scheduler);
      const { apps } = machine(scheduler, steam).client;
      const seen: number[] = [];
      apps.dlcInstalled$.subscribe((event) => seen.push(event.appId));
      apps.installDLC(UNOWNED);
      flush();
      expect(seen).toEqual([]);
      expect(apps.isDlcInstalled(UNOWNED)).toBe(false);
    });
  });

  it('requestAppProofOfPurchaseKey: the key arrives on appProofOfPurchaseKeyResponse$ after the latency (marble)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam } = world(scheduler);
      const { apps } = machine(scheduler, steam).client;
      scheduler.schedule(() => apps.requestAppProofOfPurchaseKey(APP), 15);
      scheduler.schedule(() => apps.requestAppProofOfPurchaseKey(UNOWNED), 55);
      const keys$ = apps.appProofOfPurchaseKeyResponse$.pipe(map((response) => `${response.appId}:${response.result}:${response.key}`));
      // Asked at 15 and 55, posted 20 ms later, pumped by the frames at 40 and 80.
      expectObservable(keys$, '^ 300ms !').toBe('40ms a 39ms b', { a: `${APP}:${EResult.OK}:SPACE-WAR-KEY`, b: `${UNOWNED}:${EResult.Fail}:` });
    });
  });

  it('requestAllProofOfPurchaseKeys answers for every owned app', () => {
    const scheduler = newScheduler();
    scheduler.run(({ flush }) => {
      const { steam } = world(scheduler);
      const { apps } = machine(scheduler, steam).client;
      const seen: number[] = [];
      apps.appProofOfPurchaseKeyResponse$.subscribe((response) => seen.push(response.appId));
      apps.requestAllProofOfPurchaseKeys();
      flush();
      expect(seen).toEqual([APP, SOUNDTRACK, LEVELS]);
    });
  });

  it('betas: counts, info by index, the current branch, setActiveBeta', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { steam } = world(scheduler);
      const { apps } = machine(scheduler, steam).client;
      expect(apps.getNumBetas(APP)).toEqual({ total: 2, available: 1, private: 1 });
      expect(rightOf(apps.getBetaInfo(APP, 0))).toEqual({ name: 'public-test', description: 'Next update', flags: 2, buildId: 90 });
      expect(tagOr(apps.getBetaInfo(APP, 2))).toBe('CallFailed');
      expect(tagOr(apps.getCurrentBetaName())).toBe('CallFailed');
      expect(apps.setActiveBeta(APP, 'public-test')).toBe(true);
      expect(rightOf(apps.getCurrentBetaName())).toBe('public-test');
      expect(rightOf(apps.getBetaInfo(APP, 0)).flags).toBe(2 | 8 | 16);
      expect(apps.setActiveBeta(APP, 'nope')).toBe(false);
      expect(apps.setActiveBeta(APP, '')).toBe(true);
      expect(tagOr(apps.getCurrentBetaName())).toBe('CallFailed');
    });
  });

  it('launch parameters and the timed trial change from outside, with their callbacks', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam } = world(scheduler);
      const { steamId, client } = machine(scheduler, steam, {}, { ...appOptions, timedTrial: { secondsAllowed: 3600, secondsPlayed: 0 } });
      const { apps } = client;
      expect(apps.isTimedTrial()).toEqual({ secondsAllowed: 3600, secondsPlayed: 0 });
      scheduler.schedule(() => steam.apps.launchWith(steamId, { queryParams: { lobby: '99' }, commandLine: '+map de_dust' }), 10);
      scheduler.schedule(() => steam.apps.timedTrialStatus(steamId, { secondsAllowed: 3600, secondsPlayed: 3600 }), 50);
      const launches$ = apps.newUrlLaunchParameters$.pipe(map(() => `${apps.getLaunchQueryParam('lobby')} ${apps.getLaunchCommandLine()}`));
      expectObservable(launches$, '^ 200ms !').toBe('30ms l', { l: '99 +map de_dust' });
      expectObservable(apps.timedTrialStatus$, '^ 200ms !').toBe('70ms t', { t: { appId: APP, isOffline: false, secondsAllowed: 3600, secondsPlayed: 3600 } });
    });
  });

  it('getFileDetails: a registered file answers its details, another FileNotFound as a Left', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const { steam } = world(scheduler);
      const { steamId, client } = machine(scheduler, steam);
      const sha1 = Uint8Array.from({ length: 20 }, (_, index) => index);
      steam.apps.registerFile(steamId, 'data/level1.pak', { sizeBytes: 2n ** 33n, sha1 });
      // The call holds the pump while it waits: the answer is seen as Steam posts it, after the 20 ms latency.
      expectObservable(client.apps.getFileDetails('data/level1.pak').pipe(map(tagOr))).toBe('20ms (f|)', {
        f: { result: EResult.OK, fileSize: 2n ** 33n, sha: sha1, flags: 0 },
      });
      expectObservable(client.apps.getFileDetails('missing.pak').pipe(map(tagOr))).toBe('20ms (e|)', { e: 'SteamResultError' });
    });
  });

  it('the streams complete and every function throws NotInitialized after shutdown', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { steam } = world(scheduler);
      const { client } = machine(scheduler, steam);
      let completed = false;
      client.apps.dlcInstalled$.subscribe({ complete: () => (completed = true) });
      client.shutdown();
      expect(completed).toBe(true);
      expect(() => client.apps.isSubscribed()).toThrow(expect.objectContaining({ _tag: 'NotInitialized' }));
      expect(() => client.apps.installDLC(LEVELS)).toThrow(expect.objectContaining({ _tag: 'NotInitialized' }));
    });
  });

  it('misuse throws InvalidArgument naming the argument', () => {
    const scheduler = newScheduler();
    scheduler.run(() => {
      const { steam } = world(scheduler);
      const { apps } = machine(scheduler, steam).client;
      expect(() => apps.isSubscribedApp(0)).toThrow(expect.objectContaining({ _tag: 'InvalidArgument', argument: 'appId' }));
      expect(() => apps.installDLC(2 ** 32)).toThrow(expect.objectContaining({ _tag: 'InvalidArgument', argument: 'appId' }));
      expect(() => apps.getDLCDataByIndex(-1)).toThrow(expect.objectContaining({ _tag: 'InvalidArgument', argument: 'index' }));
      expect(() => apps.getLaunchQueryParam('a\0b')).toThrow(expect.objectContaining({ _tag: 'InvalidArgument', argument: 'key' }));
      expect(() => apps.setActiveBeta(APP, 42 as unknown as string)).toThrow(expect.objectContaining({ _tag: 'InvalidArgument', argument: 'name' }));
    });
  });
});
