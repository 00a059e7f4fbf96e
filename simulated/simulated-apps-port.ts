/**
 * ISteamApps for the client pipe of a simulated process: ownership, VAC and family sharing from the
 * signed-in user, the rest from the machine's apps state (apps-model.ts). installDLC runs a timed
 * install on virtual time (progress readable meanwhile) that ends with DlcInstalled_t. After
 * shutdown every query is a zero.
 */
import { EBetaBranchFlags, EResult } from '../native/generated/core';
import type { AppsPort } from '../native/steam-core';
import { appsMachineOf } from './apps-model';
import { writeCut } from './c-string';
import type { ClientEndpoint } from './client-endpoint';

const DEFAULT_DLC_BYTES = 100_000_000n;
const DEFAULT_INSTALL_MS = 5000;

export const createSimulatedAppsPort = (endpoint: ClientEndpoint): AppsPort => {
  const machine = appsMachineOf(endpoint.process);
  const { universe } = endpoint;
  const ownApp = endpoint.process.appId;
  const subject = (): ReturnType<ClientEndpoint['authSubject']> => endpoint.authSubject();
  const live = (): boolean => endpoint.live;
  const licensed = (): boolean => subject().ownsApp || subject().familySharingOwner !== null;
  const owns = (appId: number): boolean => (appId === ownApp ? licensed() : subject().dlc.has(appId));
  const dlcInstalled = (appId: number): boolean => machine.installedDlc.has(appId) && owns(appId);
  const keyFor = (appId: number): string => machine.proofOfPurchaseKeys.get(appId) ?? `SIM-${appId.toString(16).toUpperCase().padStart(8, '0')}-KEY`;
  const postKey = (appId: number): void =>
    endpoint.postLater('AppProofOfPurchaseKeyResponse_t', () => {
      if (!owns(appId)) return { m_eResult: EResult.Fail, m_nAppID: appId, m_cchKeyLength: 0, m_rgchKey: '' };
      const key = keyFor(appId);
      return { m_eResult: EResult.OK, m_nAppID: appId, m_cchKeyLength: key.length, m_rgchKey: key };
    });
  const betaFlags = (beta: { readonly name: string; readonly private?: boolean }): number =>
    (beta.private === true ? EBetaBranchFlags.Private : EBetaBranchFlags.Available) |
    (machine.currentBeta === beta.name ? EBetaBranchFlags.Selected | EBetaBranchFlags.Installed : 0);
  return {
    isSubscribed: () => live() && licensed(),
    isLowViolence: () => live() && machine.lowViolence,
    isCybercafe: () => live() && machine.cybercafe,
    isVACBanned: () => live() && subject().vacBanned,
    getCurrentGameLanguage: () => (live() ? machine.currentLanguage : ''),
    getAvailableGameLanguages: () => (live() ? machine.availableLanguages.join(',') : ''),
    isSubscribedApp: (appId) => live() && owns(appId),
    isDlcInstalled: (appId) => live() && dlcInstalled(appId),
    getEarliestPurchaseUnixTime: (appId) => (live() && owns(appId) ? machine.earliestPurchaseUnixTime : 0),
    isSubscribedFromFreeWeekend: () => live() && machine.freeWeekend,
    getDLCCount: () => (live() ? machine.dlc.length : 0),
    getDLCDataByIndex: (index, name) => {
      const dlc = live() ? machine.dlc[index] : undefined;
      if (dlc === undefined) return { ok: false, appId: 0, available: false };
      writeCut(name, dlc.name);
      return { ok: true, appId: dlc.appId, available: dlc.available ?? true };
    },
    installDLC: (appId) => {
      if (!live()) return;
      const dlc = machine.dlcOf(appId);
      if (dlc === undefined || !owns(appId) || machine.installedDlc.has(appId) || machine.installs.has(appId)) return;
      const durationMs = dlc.installMs ?? DEFAULT_INSTALL_MS;
      machine.installs.set(appId, { startedAtMs: universe.now(), durationMs, sizeBytes: dlc.sizeBytes ?? DEFAULT_DLC_BYTES });
      endpoint.postLater(
        'DlcInstalled_t',
        () => {
          if (!machine.installs.has(appId)) return null;
          machine.installs.delete(appId);
          machine.installedDlc.add(appId);
          return { m_nAppID: appId };
        },
        durationMs,
      );
    },
    uninstallDLC: (appId) => {
      if (!live()) return;
      machine.installs.delete(appId);
      machine.installedDlc.delete(appId);
    },
    requestAppProofOfPurchaseKey: (appId) => {
      if (live()) postKey(appId);
    },
    getCurrentBetaName: (name) => live() && machine.currentBeta !== null && writeCut(name, machine.currentBeta) > 0,
    markContentCorrupt: (missingFilesOnly) => {
      if (!live()) return false;
      machine.markedCorrupt = { missingFilesOnly };
      return true;
    },
    getInstalledDepots: (appId, depots) => {
      if (!live() || appId !== ownApp) return 0;
      const count = Math.min(depots.length, machine.depots.length);
      for (let index = 0; index < count; index += 1) depots[index] = machine.depots[index] ?? 0;
      return count;
    },
    getAppInstallDir: (appId, folder) => {
      if (!live()) return 0;
      const installed = appId === ownApp || dlcInstalled(appId);
      return installed ? writeCut(folder, machine.installDir) : 0;
    },
    isAppInstalled: (appId) => live() && (appId === ownApp || dlcInstalled(appId)),
    getAppOwner: () => (live() ? (subject().familySharingOwner ?? endpoint.steamId()) : 0n),
    getLaunchQueryParam: (key) => (live() ? (machine.launchQueryParams.get(key) ?? '') : ''),
    getDlcDownloadProgress: (appId) => {
      const install = live() ? machine.installs.get(appId) : undefined;
      if (install === undefined) return { ok: false, bytesDownloaded: 0n, bytesTotal: 0n };
      const elapsed = Math.min(install.durationMs, universe.now() - install.startedAtMs);
      const fraction = install.durationMs === 0 ? 1 : elapsed / install.durationMs;
      const bytesDownloaded = (install.sizeBytes * BigInt(Math.floor(fraction * 1000))) / 1000n;
      return { ok: true, bytesDownloaded, bytesTotal: install.sizeBytes };
    },
    getAppBuildId: () => (live() ? machine.buildId : 0),
    requestAllProofOfPurchaseKeys: () => {
      if (!live()) return;
      for (const appId of [ownApp, ...machine.dlc.map((dlc) => dlc.appId)]) if (owns(appId)) postKey(appId);
    },
    getFileDetails: (fileName) => {
      if (!live()) return 0n;
      return endpoint.startCall('FileDetailsResult_t', () => {
        const file = machine.files.get(fileName);
        if (file === undefined) return { m_eResult: EResult.FileNotFound, m_ulFileSize: 0n, m_FileSHA: new Uint8Array(20), m_unFlags: 0 };
        return { m_eResult: EResult.OK, m_ulFileSize: file.sizeBytes, m_FileSHA: file.sha1, m_unFlags: file.flags ?? 0 };
      });
    },
    getLaunchCommandLine: (buffer) => (live() ? writeCut(buffer, machine.launchCommandLine) : 0),
    isSubscribedFromFamilySharing: () => live() && subject().familySharingOwner !== null,
    isTimedTrial: () => {
      const trial = live() ? machine.timedTrial : null;
      return trial === null ? { trial: false, secondsAllowed: 0, secondsPlayed: 0 } : { trial: true, ...trial };
    },
    setDlcContext: (appId) => {
      if (!live() || (appId !== 0 && !owns(appId))) return false;
      machine.dlcContext = appId;
      return true;
    },
    getNumBetas: (appId) => {
      if (!live() || appId !== ownApp) return { total: 0, available: 0, private: 0 };
      const privateCount = machine.betas.filter((beta) => beta.private === true).length;
      return { total: machine.betas.length, available: machine.betas.length - privateCount, private: privateCount };
    },
    getBetaInfo: (appId, index, name, description) => {
      const beta = live() && appId === ownApp ? machine.betas[index] : undefined;
      if (beta === undefined) return { ok: false, flags: 0, buildId: 0 };
      writeCut(name, beta.name);
      writeCut(description, beta.description ?? '');
      return { ok: true, flags: betaFlags(beta), buildId: beta.buildId ?? machine.buildId + 1 };
    },
    setActiveBeta: (appId, name) => {
      if (!live() || appId !== ownApp) return false;
      if (name === '') {
        machine.currentBeta = null;
        return true;
      }
      if (!machine.betas.some((beta) => beta.name === name)) return false;
      machine.currentBeta = name;
      return true;
    },
  };
};
