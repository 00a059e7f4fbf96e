/**
 * ISteamApps as the `apps` namespace of a client: queries answer plain values, reads Steam may
 * leave empty are Eithers, GetFileDetails is an Observable of Either, and the interface's callbacks
 * are typed streams scoped to the session. Every function throws NotInitialized after shutdown and
 * InvalidArgument for a wrong argument, at call time.
 */
import { left, right, type Either } from 'fp-ts/Either';
import type { Observable } from 'rxjs';
import { cText } from '../../native/c-text';
import type { AppsPort, Platform, RawCallback } from '../../native/steam-core';
import type { CallResultError, FileDetailsResult } from '../../streams';
import { createAppsStreams, type AppsStreams } from '../../streams/apps-streams';
import { signalDecoders } from '../../streams/signal-decoders';
import { CallFailed, type NotInitialized, type SteamResultError } from '../errors';
import { ensureLive, liveQuery } from '../session/guard';
import type { SessionState } from '../session/session-state';
import { okOr, steamCall } from '../session/steam-call';
import { streamsUntilShutdown } from '../session/until-shutdown';
import { boolean, cString, integerIn, INT32_MAX, UINT32_MAX } from '../validation/arguments';

/** Why getFileDetails gave no details: the call result failed, Steam answered an EResult (FileNotFound), or shutdown. */
export type AppsCallError = CallResultError | SteamResultError | NotInitialized;

/** A DLC of the app, as BGetDLCDataByIndex gives it. */
export interface DlcData {
  /** The DLC's app ID. */
  readonly appId: number;
  /** Released and visible in the store. */
  readonly available: boolean;
  /** Its name. */
  readonly name: string;
}

/** How far a DLC download has got. */
export interface DlcDownloadProgress {
  /** Bytes downloaded so far. */
  readonly bytesDownloaded: bigint;
  /** Bytes in all. */
  readonly bytesTotal: bigint;
}

/** How many beta branches the app has. */
export interface BetaCounts {
  /** All branches (GetNumBetas' return value). */
  readonly total: number;
  /** Branches the user can pick. */
  readonly available: number;
  /** Password-protected branches. */
  readonly private: number;
}

/** One beta branch of the app. */
export interface BetaInfo {
  /** The branch name. */
  readonly name: string;
  /** Its description. */
  readonly description: string;
  /** EBetaBranchFlags bits: 1 default, 2 available, 4 private, 8 selected, 16 installed. */
  readonly flags: number;
  /** Its build ID. */
  readonly buildId: number;
}

/** The timed trial the app runs as. */
export interface TimedTrial {
  /** Seconds the trial allows. */
  readonly secondsAllowed: number;
  /** Seconds played so far. */
  readonly secondsPlayed: number;
}

/** ISteamApps' callbacks, one typed stream per signal; each completes at shutdown. */
export interface AppsSignals {
  /** A DLC finished installing (DlcInstalled_t), after installDLC or from the Steam client. */
  readonly dlcInstalled$: AppsStreams['dlcInstalled$'];
  /** The running game got new launch parameters (NewUrlLaunchParameters_t): read them again. */
  readonly newUrlLaunchParameters$: AppsStreams['newUrlLaunchParameters$'];
  /** Answers to requestAppProofOfPurchaseKey / requestAllProofOfPurchaseKeys (AppProofOfPurchaseKeyResponse_t). */
  readonly appProofOfPurchaseKeyResponse$: AppsStreams['appProofOfPurchaseKeyResponse$'];
  /** Every getFileDetails answer (FileDetailsResult_t); getFileDetails gives its own. */
  readonly fileDetailsResult$: AppsStreams['fileDetailsResult$'];
  /** The timed trial's state (TimedTrialStatus_t). */
  readonly timedTrialStatus$: AppsStreams['timedTrialStatus$'];
  /** Apps callbacks whose bytes did not decode. */
  readonly decodeErrors$: AppsStreams['decodeErrors$'];
}

/**
 * ISteamApps (STEAMAPPS_INTERFACE_VERSION008), as `client.apps`: the user's license, DLC,
 * languages, betas and the app's install. App IDs are uint32 from 1.
 *
 * @example
 * ```ts
 * if (client.apps.isSubscribedApp(1001) && !client.apps.isDlcInstalled(1001)) client.apps.installDLC(1001);
 * ```
 */
export interface SteamApps extends AppsSignals {
  /** Whether the user has a license for this app (owned, free weekend or family sharing). Flat: SteamAPI_ISteamApps_BIsSubscribed. */
  readonly isSubscribed: () => boolean;
  /** Whether the license is a low-violence version. Flat: SteamAPI_ISteamApps_BIsLowViolence. */
  readonly isLowViolence: () => boolean;
  /** Whether the computer is a cybercafe account. Flat: SteamAPI_ISteamApps_BIsCybercafe. */
  readonly isCybercafe: () => boolean;
  /** Whether the user has a VAC ban on this app. Flat: SteamAPI_ISteamApps_BIsVACBanned. */
  readonly isVACBanned: () => boolean;
  /** The game's current language, e.g. 'english' ('' when Steam gave none). Flat: SteamAPI_ISteamApps_GetCurrentGameLanguage. */
  readonly getCurrentGameLanguage: () => string;
  /** The languages the game supports, e.g. ['english', 'german']. Flat: SteamAPI_ISteamApps_GetAvailableGameLanguages. */
  readonly getAvailableGameLanguages: () => readonly string[];
  /** Whether the user owns an app (this game or a DLC). Flat: SteamAPI_ISteamApps_BIsSubscribedApp. Throws InvalidArgument for an app ID not in 1..2^32-1. */
  readonly isSubscribedApp: (appId: number) => boolean;
  /** Whether a DLC is owned and installed. Flat: SteamAPI_ISteamApps_BIsDlcInstalled. Throws InvalidArgument for a bad app ID. */
  readonly isDlcInstalled: (appId: number) => boolean;
  /** When the user first bought an app, in Unix seconds (0 when never). Flat: SteamAPI_ISteamApps_GetEarliestPurchaseUnixTime. Throws InvalidArgument for a bad app ID. */
  readonly getEarliestPurchaseUnixTime: (appId: number) => number;
  /** Whether the license comes from a free weekend. Flat: SteamAPI_ISteamApps_BIsSubscribedFromFreeWeekend. */
  readonly isSubscribedFromFreeWeekend: () => boolean;
  /** How many DLC the app has. Flat: SteamAPI_ISteamApps_GetDLCCount. */
  readonly getDLCCount: () => number;
  /**
   * One DLC by index (0 to getDLCCount() - 1). Flat: SteamAPI_ISteamApps_BGetDLCDataByIndex.
   * Failures: Left(CallFailed) for an index Steam has no DLC at. Throws InvalidArgument for an index not in 0..2^31-1.
   */
  readonly getDLCDataByIndex: (index: number) => Either<CallFailed, DlcData>;
  /** Starts installing an owned DLC; dlcInstalled$ says when it is done. Flat: SteamAPI_ISteamApps_InstallDLC. Throws InvalidArgument for a bad app ID. */
  readonly installDLC: (appId: number) => void;
  /** Uninstalls a DLC. Flat: SteamAPI_ISteamApps_UninstallDLC. Throws InvalidArgument for a bad app ID. */
  readonly uninstallDLC: (appId: number) => void;
  /**
   * How far a DLC download has got. Flat: SteamAPI_ISteamApps_GetDlcDownloadProgress. Failures:
   * Left(CallFailed) when the DLC is not downloading. Throws InvalidArgument for a bad app ID.
   */
  readonly getDlcDownloadProgress: (appId: number) => Either<CallFailed, DlcDownloadProgress>;
  /** Whether an app (this game or another) is installed. Flat: SteamAPI_ISteamApps_BIsAppInstalled. Throws InvalidArgument for a bad app ID. */
  readonly isAppInstalled: (appId: number) => boolean;
  /**
   * An installed app's folder. Flat: SteamAPI_ISteamApps_GetAppInstallDir. Failures:
   * Left(CallFailed) when Steam writes nothing (not installed). Throws InvalidArgument for a bad app ID.
   */
  readonly getAppInstallDir: (appId: number) => Either<CallFailed, string>;
  /** The build ID of the installed game. Flat: SteamAPI_ISteamApps_GetAppBuildId. */
  readonly getAppBuildId: () => number;
  /** The Steam ID of the license owner: the user, or the lender under family sharing. Flat: SteamAPI_ISteamApps_GetAppOwner. */
  readonly getAppOwner: () => bigint;
  /**
   * The beta branch the game runs. Flat: SteamAPI_ISteamApps_GetCurrentBetaName. Failures:
   * Left(CallFailed) on the default branch.
   */
  readonly getCurrentBetaName: () => Either<CallFailed, string>;
  /** How many beta branches an app has. Flat: SteamAPI_ISteamApps_GetNumBetas. Throws InvalidArgument for a bad app ID. */
  readonly getNumBetas: (appId: number) => BetaCounts;
  /**
   * One beta branch of an app by index. Flat: SteamAPI_ISteamApps_GetBetaInfo. Failures:
   * Left(CallFailed) for an index with no branch. Throws InvalidArgument for a bad app ID or index.
   */
  readonly getBetaInfo: (appId: number, index: number) => Either<CallFailed, BetaInfo>;
  /** Selects a beta branch ('' for the default); Steam applies it at the next start. Flat: SteamAPI_ISteamApps_SetActiveBeta. False when refused. Throws InvalidArgument for a bad app ID or name. */
  readonly setActiveBeta: (appId: number, name: string) => boolean;
  /** A launch query parameter ('' when unset). Flat: SteamAPI_ISteamApps_GetLaunchQueryParam. Throws InvalidArgument for a key with a NUL or over 1 KiB. */
  readonly getLaunchQueryParam: (key: string) => string;
  /** The command line of a steam://run link ('' when none). Flat: SteamAPI_ISteamApps_GetLaunchCommandLine. */
  readonly getLaunchCommandLine: () => string;
  /** The depots installed for an app, in mount order. Flat: SteamAPI_ISteamApps_GetInstalledDepots. Throws InvalidArgument for a bad app ID. */
  readonly getInstalledDepots: (appId: number) => readonly number[];
  /** Whether the license is borrowed through family sharing (getAppOwner is the lender). Flat: SteamAPI_ISteamApps_BIsSubscribedFromFamilySharing. */
  readonly isSubscribedFromFamilySharing: () => boolean;
  /** The timed trial the app runs as, or null when it is not one (a plain value: not being on trial is no failure). Flat: SteamAPI_ISteamApps_BIsTimedTrial. */
  readonly isTimedTrial: () => TimedTrial | null;
  /** Asks for an app's proof-of-purchase key; the answer comes on appProofOfPurchaseKeyResponse$. Flat: SteamAPI_ISteamApps_RequestAppProofOfPurchaseKey. Throws InvalidArgument for a bad app ID. */
  readonly requestAppProofOfPurchaseKey: (appId: number) => void;
  /** Asks for the keys of every owned app; the answers come on appProofOfPurchaseKeyResponse$. Flat: SteamAPI_ISteamApps_RequestAllProofOfPurchaseKeys. */
  readonly requestAllProofOfPurchaseKeys: () => void;
  /**
   * The size and SHA-1 of one of the app's files, by Steam's depot. Flat:
   * SteamAPI_ISteamApps_GetFileDetails, FileDetailsResult_t. Failures: SteamResultError (FileNotFound),
   * CallResultError, NotInitialized. Throws InvalidArgument for a name with a NUL or over 4 KiB.
   */
  readonly getFileDetails: (fileName: string) => Observable<Either<AppsCallError, FileDetailsResult>>;
  /** Asks Steam to verify the game's files at its next start. Flat: SteamAPI_ISteamApps_MarkContentCorrupt. Throws InvalidArgument for a non-boolean. */
  readonly markContentCorrupt: (missingFilesOnly: boolean) => boolean;
  /** Tells Steam which DLC is being played (0 for none), for playtime. Flat: SteamAPI_ISteamApps_SetDlcContext. Throws InvalidArgument for an app ID not in 0..2^32-1. */
  readonly setDlcContext: (appId: number) => boolean;
}

/** What an apps namespace is built from. */
export interface AppsContext {
  readonly state: SessionState;
  readonly port: AppsPort;
  readonly callbacks$: Observable<RawCallback>;
  readonly platform: Platform;
}

const DLC_NAME_BYTES = 256;
const BETA_NAME_BYTES = 256;
const BETA_DESCRIPTION_BYTES = 1024;
const INSTALL_DIR_BYTES = 4096;
const COMMAND_LINE_BYTES = 8192;
const MAX_DEPOTS = 256;
const FILE_NAME_MAX_BYTES = 4096;
const QUERY_KEY_MAX_BYTES = 1024;

/** An app ID argument: uint32 from 1. */
const appIdArgument = (value: unknown): number => integerIn('appId', value, 1, UINT32_MAX);

/** Builds the apps namespace of a live client session. */
export const appsNamespace = (context: AppsContext): SteamApps => {
  const { state, port } = context;
  const streams = createAppsStreams(context.callbacks$, context.platform);
  const decoders = signalDecoders(context.platform);
  const query = <A>(call: () => A): (() => A) => liveQuery(state, call);
  /** A function of one app ID, checked live and in range first. */
  const byApp =
    <A>(call: (appId: number) => A) =>
    (appId: number): A => {
      ensureLive(state);
      return call(appIdArgument(appId));
    };
  return {
    ...streamsUntilShutdown(state, streams),
    isSubscribed: query(() => port.isSubscribed()),
    isLowViolence: query(() => port.isLowViolence()),
    isCybercafe: query(() => port.isCybercafe()),
    isVACBanned: query(() => port.isVACBanned()),
    getCurrentGameLanguage: query(() => port.getCurrentGameLanguage()),
    getAvailableGameLanguages: query(() =>
      port
        .getAvailableGameLanguages()
        .split(',')
        .map((language) => language.trim())
        .filter((language) => language !== ''),
    ),
    isSubscribedApp: byApp((appId) => port.isSubscribedApp(appId)),
    isDlcInstalled: byApp((appId) => port.isDlcInstalled(appId)),
    getEarliestPurchaseUnixTime: byApp((appId) => port.getEarliestPurchaseUnixTime(appId)),
    isSubscribedFromFreeWeekend: query(() => port.isSubscribedFromFreeWeekend()),
    getDLCCount: query(() => port.getDLCCount()),
    getDLCDataByIndex: (index) => {
      ensureLive(state);
      const at = integerIn('index', index, 0, INT32_MAX);
      const name = new Uint8Array(DLC_NAME_BYTES);
      const data = port.getDLCDataByIndex(at, name);
      if (!data.ok) return left(new CallFailed('getDLCDataByIndex', `Steam has no DLC at index ${at}`));
      return right({ appId: data.appId, available: data.available, name: cText(name) });
    },
    installDLC: byApp((appId) => port.installDLC(appId)),
    uninstallDLC: byApp((appId) => port.uninstallDLC(appId)),
    getDlcDownloadProgress: byApp((appId): Either<CallFailed, DlcDownloadProgress> => {
      const progress = port.getDlcDownloadProgress(appId);
      if (!progress.ok) return left(new CallFailed('getDlcDownloadProgress', `DLC ${appId} is not downloading`));
      return right({ bytesDownloaded: progress.bytesDownloaded, bytesTotal: progress.bytesTotal });
    }),
    isAppInstalled: byApp((appId) => port.isAppInstalled(appId)),
    getAppInstallDir: byApp((appId): Either<CallFailed, string> => {
      const folder = new Uint8Array(INSTALL_DIR_BYTES);
      const written = port.getAppInstallDir(appId, folder);
      const text = written === 0 ? '' : cText(folder);
      return text === '' ? left(new CallFailed('getAppInstallDir', `Steam gave no install folder for app ${appId}`)) : right(text);
    }),
    getAppBuildId: query(() => port.getAppBuildId()),
    getAppOwner: query(() => port.getAppOwner()),
    getCurrentBetaName: () => {
      ensureLive(state);
      const name = new Uint8Array(BETA_NAME_BYTES);
      if (!port.getCurrentBetaName(name)) return left(new CallFailed('getCurrentBetaName', 'the game runs on the default branch'));
      return right(cText(name));
    },
    getNumBetas: byApp((appId) => port.getNumBetas(appId)),
    getBetaInfo: (appId, index) => {
      ensureLive(state);
      const app = appIdArgument(appId);
      const at = integerIn('index', index, 0, INT32_MAX);
      const name = new Uint8Array(BETA_NAME_BYTES);
      const description = new Uint8Array(BETA_DESCRIPTION_BYTES);
      const info = port.getBetaInfo(app, at, name, description);
      if (!info.ok) return left(new CallFailed('getBetaInfo', `app ${app} has no beta branch at index ${at}`));
      return right({ name: cText(name), description: cText(description), flags: info.flags, buildId: info.buildId });
    },
    setActiveBeta: (appId, name) => {
      ensureLive(state);
      const app = appIdArgument(appId);
      return port.setActiveBeta(app, cString('name', name, BETA_NAME_BYTES));
    },
    getLaunchQueryParam: (key) => {
      ensureLive(state);
      return port.getLaunchQueryParam(cString('key', key, QUERY_KEY_MAX_BYTES));
    },
    getLaunchCommandLine: () => {
      ensureLive(state);
      const buffer = new Uint8Array(COMMAND_LINE_BYTES);
      return port.getLaunchCommandLine(buffer) <= 0 ? '' : cText(buffer);
    },
    getInstalledDepots: byApp((appId) => {
      const depots = new Uint32Array(MAX_DEPOTS);
      const count = Math.min(port.getInstalledDepots(appId, depots), MAX_DEPOTS);
      return [...depots.subarray(0, count)];
    }),
    isSubscribedFromFamilySharing: query(() => port.isSubscribedFromFamilySharing()),
    isTimedTrial: query(() => {
      const trial = port.isTimedTrial();
      return trial.trial ? { secondsAllowed: trial.secondsAllowed, secondsPlayed: trial.secondsPlayed } : null;
    }),
    requestAppProofOfPurchaseKey: byApp((appId) => port.requestAppProofOfPurchaseKey(appId)),
    requestAllProofOfPurchaseKeys: query(() => port.requestAllProofOfPurchaseKeys()),
    getFileDetails: (fileName) => {
      ensureLive(state);
      const name = cString('fileName', fileName, FILE_NAME_MAX_BYTES);
      return steamCall({ state, callbacks$: context.callbacks$, pipe: 'client' }, () => port.getFileDetails(name), decoders.fileDetailsResult, okOr('getFileDetails'));
    },
    markContentCorrupt: (missingFilesOnly) => {
      ensureLive(state);
      return port.markContentCorrupt(boolean('missingFilesOnly', missingFilesOnly));
    },
    setDlcContext: (appId) => {
      ensureLive(state);
      return port.setDlcContext(integerIn('appId', appId, 0, UINT32_MAX));
    },
  };
};
