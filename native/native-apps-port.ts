/**
 * AppsPort over Valve's flat ISteamApps (STEAMAPPS_INTERFACE_VERSION008). The Apps slice binds its
 * functions once per library the first time one of them is called, and asks for the interface
 * pointer (SteamAPI_SteamApps_v008) then, so a game that never uses client.apps binds nothing of it.
 */
import { cBufferSize, maximumInt32Size, maximumUint32Size } from './buffer-size';
import { toUint64 } from './flat-api';
import type { AppsFlatApi } from './generated/apps';
import { liveInterface } from './lazy-interface';
import type { SessionLiveness } from './native-session-liveness';
import type { AppsPort } from './steam-core';

/** The AppsPort of a live client session. */
export const createNativeAppsPort = (liveness: SessionLiveness, appsApi: () => AppsFlatApi): AppsPort => {
  // Out-parameters reused: calls are synchronous and never overlap.
  const appId = new Uint32Array(1);
  const available = new Uint8Array(1);
  const downloaded = new BigUint64Array(1);
  const total = new BigUint64Array(1);
  const first = new Uint32Array(1);
  const second = new Uint32Array(1);
  const availableBetas = new Int32Array(1);
  const privateBetas = new Int32Array(1);
  /** The slice's functions and the client's SteamApps pointer, checked live first. */
  const flat = liveInterface(liveness, 'client', appsApi, 'SteamAPI_SteamApps_v008');
  return {
    isSubscribed: () => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_BIsSubscribed(apps);
    },
    isLowViolence: () => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_BIsLowViolence(apps);
    },
    isCybercafe: () => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_BIsCybercafe(apps);
    },
    isVACBanned: () => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_BIsVACBanned(apps);
    },
    getCurrentGameLanguage: () => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_GetCurrentGameLanguage(apps) ?? '';
    },
    getAvailableGameLanguages: () => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_GetAvailableGameLanguages(apps) ?? '';
    },
    isSubscribedApp: (id) => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_BIsSubscribedApp(apps, id);
    },
    isDlcInstalled: (id) => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_BIsDlcInstalled(apps, id);
    },
    getEarliestPurchaseUnixTime: (id) => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_GetEarliestPurchaseUnixTime(apps, id);
    },
    isSubscribedFromFreeWeekend: () => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_BIsSubscribedFromFreeWeekend(apps);
    },
    getDLCCount: () => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_GetDLCCount(apps);
    },
    getDLCDataByIndex: (index, name) => {
      const { api, self: apps } = flat();
      appId[0] = 0;
      available[0] = 0;
      const ok = api.SteamAPI_ISteamApps_BGetDLCDataByIndex(apps, index, appId, available, name, cBufferSize(name, maximumInt32Size));
      return { ok, appId: appId[0] ?? 0, available: available[0] !== 0 };
    },
    installDLC: (id) => {
      const { api, self: apps } = flat();
      api.SteamAPI_ISteamApps_InstallDLC(apps, id);
    },
    uninstallDLC: (id) => {
      const { api, self: apps } = flat();
      api.SteamAPI_ISteamApps_UninstallDLC(apps, id);
    },
    requestAppProofOfPurchaseKey: (id) => {
      const { api, self: apps } = flat();
      api.SteamAPI_ISteamApps_RequestAppProofOfPurchaseKey(apps, id);
    },
    getCurrentBetaName: (name) => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_GetCurrentBetaName(apps, name, cBufferSize(name, maximumInt32Size));
    },
    markContentCorrupt: (missingFilesOnly) => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_MarkContentCorrupt(apps, missingFilesOnly);
    },
    getInstalledDepots: (id, depots) => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_GetInstalledDepots(apps, id, depots, cBufferSize(depots, maximumUint32Size) / 4);
    },
    getAppInstallDir: (id, folder) => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_GetAppInstallDir(apps, id, folder, cBufferSize(folder, maximumUint32Size));
    },
    isAppInstalled: (id) => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_BIsAppInstalled(apps, id);
    },
    getAppOwner: () => {
      const { api, self: apps } = flat();
      return toUint64(api.SteamAPI_ISteamApps_GetAppOwner(apps));
    },
    getLaunchQueryParam: (key) => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_GetLaunchQueryParam(apps, key) ?? '';
    },
    getDlcDownloadProgress: (id) => {
      const { api, self: apps } = flat();
      downloaded[0] = 0n;
      total[0] = 0n;
      const ok = api.SteamAPI_ISteamApps_GetDlcDownloadProgress(apps, id, downloaded, total);
      return { ok, bytesDownloaded: downloaded[0] ?? 0n, bytesTotal: total[0] ?? 0n };
    },
    getAppBuildId: () => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_GetAppBuildId(apps);
    },
    requestAllProofOfPurchaseKeys: () => {
      const { api, self: apps } = flat();
      api.SteamAPI_ISteamApps_RequestAllProofOfPurchaseKeys(apps);
    },
    getFileDetails: (fileName) => {
      const { api, self: apps } = flat();
      return toUint64(api.SteamAPI_ISteamApps_GetFileDetails(apps, fileName));
    },
    getLaunchCommandLine: (buffer) => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_GetLaunchCommandLine(apps, buffer, cBufferSize(buffer, maximumInt32Size));
    },
    isSubscribedFromFamilySharing: () => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_BIsSubscribedFromFamilySharing(apps);
    },
    isTimedTrial: () => {
      const { api, self: apps } = flat();
      first[0] = 0;
      second[0] = 0;
      const trial = api.SteamAPI_ISteamApps_BIsTimedTrial(apps, first, second);
      return { trial, secondsAllowed: first[0] ?? 0, secondsPlayed: second[0] ?? 0 };
    },
    setDlcContext: (id) => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_SetDlcContext(apps, id);
    },
    getNumBetas: (id) => {
      const { api, self: apps } = flat();
      availableBetas[0] = 0;
      privateBetas[0] = 0;
      const count = api.SteamAPI_ISteamApps_GetNumBetas(apps, id, availableBetas, privateBetas);
      return { total: count, available: availableBetas[0] ?? 0, private: privateBetas[0] ?? 0 };
    },
    getBetaInfo: (id, index, name, description) => {
      const { api, self: apps } = flat();
      first[0] = 0;
      second[0] = 0;
      const ok = api.SteamAPI_ISteamApps_GetBetaInfo(
        apps,
        id,
        index,
        first,
        second,
        name,
        cBufferSize(name, maximumInt32Size),
        description,
        cBufferSize(description, maximumInt32Size),
      );
      return { ok, flags: first[0] ?? 0, buildId: second[0] ?? 0 };
    },
    setActiveBeta: (id, name) => {
      const { api, self: apps } = flat();
      return api.SteamAPI_ISteamApps_SetActiveBeta(apps, id, name);
    },
  };
};
