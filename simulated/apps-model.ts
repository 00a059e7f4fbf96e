/**
 * The simulated Steam's ISteamApps model: what each machine (simulated process) has of the app and
 * its DLC (catalogue, installs on virtual time, languages, betas, install folder, build id, launch
 * parameters, timed trial, proof-of-purchase keys, file details). Ownership, VAC bans and family
 * sharing are the signed-in user's (SimulatedUserOptions). Kept beside the process records.
 */
import type { ProcessRecord } from './process-record';
import type { SimulatedProcessOptions } from './simulated-options';

/** A DLC of the app, as its store page lists it (BGetDLCDataByIndex). */
export interface SimulatedDlc {
  /** The DLC's app ID. */
  readonly appId: number;
  /** Its name. */
  readonly name: string;
  /** Released and visible in the store. Default true. */
  readonly available?: boolean;
  /** Installed on this machine already (the user must own it: SimulatedUserOptions.dlc). Default false. */
  readonly installed?: boolean;
  /** Download size in bytes. Default 100 MB. */
  readonly sizeBytes?: bigint;
  /** Virtual milliseconds an installDLC takes. Default 5000. */
  readonly installMs?: number;
}

/** A beta branch of the app (GetBetaInfo). */
export interface SimulatedBeta {
  /** The branch name. */
  readonly name: string;
  /** Its description. Default ''. */
  readonly description?: string;
  /** Its build ID. Default the app's buildId + 1. */
  readonly buildId?: number;
  /** Password-protected (private). Default false. */
  readonly private?: boolean;
}

/** A file of the app's depot, for GetFileDetails. */
export interface SimulatedFileDetails {
  /** Size in bytes. */
  readonly sizeBytes: bigint;
  /** SHA-1, 20 bytes. */
  readonly sha1: Uint8Array;
  /** m_unFlags. Default 0. */
  readonly flags?: number;
}

/** A timed trial (BIsTimedTrial). */
export interface SimulatedTimedTrial {
  /** Seconds the trial allows. */
  readonly secondsAllowed: number;
  /** Seconds played so far. */
  readonly secondsPlayed: number;
}

/** What the app looks like on one machine; every field is optional. */
export interface SimulatedAppsOptions {
  /** The DLC catalogue, in store order. Default none. */
  readonly dlc?: readonly SimulatedDlc[];
  /** GetCurrentGameLanguage. Default 'english'. */
  readonly currentLanguage?: string;
  /** GetAvailableGameLanguages, joined with commas. Default [currentLanguage]. */
  readonly availableLanguages?: readonly string[];
  /** The beta branches. Default none. */
  readonly betas?: readonly SimulatedBeta[];
  /** The branch running (GetCurrentBetaName); null is the default branch. Default null. */
  readonly currentBeta?: string | null;
  /** The install folder (GetAppInstallDir of the app). Default `/steam/steamapps/common/app<appId>`. */
  readonly installDir?: string;
  /** GetAppBuildId. Default 1. */
  readonly buildId?: number;
  /** Depots installed (GetInstalledDepots of the app). Default [appId + 1]. */
  readonly depots?: readonly number[];
  /** Launch query parameters (GetLaunchQueryParam). Default none. */
  readonly launchQueryParams?: Readonly<Record<string, string>>;
  /** GetLaunchCommandLine. Default ''. */
  readonly launchCommandLine?: string;
  /** BIsLowViolence. Default false. */
  readonly lowViolence?: boolean;
  /** BIsCybercafe. Default false. */
  readonly cybercafe?: boolean;
  /** BIsSubscribedFromFreeWeekend. Default false. */
  readonly freeWeekend?: boolean;
  /** The app runs as a timed trial (BIsTimedTrial). Default none. */
  readonly timedTrial?: SimulatedTimedTrial;
  /** GetEarliestPurchaseUnixTime of the app and its DLC (Unix seconds). Default 1_600_000_000 for anything owned. */
  readonly earliestPurchaseUnixTime?: number;
  /** Proof-of-purchase keys by app ID; an owned app without one answers a key made from its ID. */
  readonly proofOfPurchaseKeys?: Readonly<Record<number, string>>;
  /** Files GetFileDetails knows, by name; any other answers FileNotFound. Default none. */
  readonly files?: Readonly<Record<string, SimulatedFileDetails>>;
}

/** A DLC install running on a machine. */
export interface DlcInstall {
  readonly startedAtMs: number;
  readonly durationMs: number;
  readonly sizeBytes: bigint;
}

/** One machine's ISteamApps state. */
export class AppsMachine {
  readonly dlc: readonly SimulatedDlc[];
  readonly installedDlc = new Set<number>();
  readonly installs = new Map<number, DlcInstall>();
  readonly currentLanguage: string;
  readonly availableLanguages: readonly string[];
  readonly betas: readonly SimulatedBeta[];
  currentBeta: string | null;
  readonly installDir: string;
  readonly buildId: number;
  readonly depots: readonly number[];
  launchQueryParams: ReadonlyMap<string, string>;
  launchCommandLine: string;
  readonly lowViolence: boolean;
  readonly cybercafe: boolean;
  readonly freeWeekend: boolean;
  timedTrial: SimulatedTimedTrial | null;
  readonly earliestPurchaseUnixTime: number;
  readonly proofOfPurchaseKeys: ReadonlyMap<number, string>;
  readonly files: Map<string, SimulatedFileDetails>;
  dlcContext = 0;
  /** MarkContentCorrupt's last request (Steam verifies the files at the next start). */
  markedCorrupt: { readonly missingFilesOnly: boolean } | null = null;

  constructor(options: SimulatedAppsOptions, appId: number) {
    this.dlc = [...(options.dlc ?? [])];
    for (const dlc of this.dlc) if (dlc.installed === true) this.installedDlc.add(dlc.appId);
    this.currentLanguage = options.currentLanguage ?? 'english';
    this.availableLanguages = options.availableLanguages ?? [this.currentLanguage];
    this.betas = [...(options.betas ?? [])];
    this.currentBeta = options.currentBeta ?? null;
    this.installDir = options.installDir ?? `/steam/steamapps/common/app${appId}`;
    this.buildId = options.buildId ?? 1;
    this.depots = options.depots ?? [appId + 1];
    this.launchQueryParams = new Map(Object.entries(options.launchQueryParams ?? {}));
    this.launchCommandLine = options.launchCommandLine ?? '';
    this.lowViolence = options.lowViolence ?? false;
    this.cybercafe = options.cybercafe ?? false;
    this.freeWeekend = options.freeWeekend ?? false;
    this.timedTrial = options.timedTrial ?? null;
    this.earliestPurchaseUnixTime = options.earliestPurchaseUnixTime ?? 1_600_000_000;
    this.proofOfPurchaseKeys = new Map(Object.entries(options.proofOfPurchaseKeys ?? {}).map(([id, key]) => [Number(id), key]));
    this.files = new Map(Object.entries(options.files ?? {}));
  }

  dlcOf(appId: number): SimulatedDlc | undefined {
    return this.dlc.find((dlc) => dlc.appId === appId);
  }
}

const machines = new WeakMap<ProcessRecord, AppsMachine>();

/** Gives a new process its apps state (createProcess calls this once). */
export const attachAppsMachine = (record: ProcessRecord, options: SimulatedProcessOptions): void => {
  machines.set(record, new AppsMachine(options.apps ?? {}, record.appId));
};

/** The apps state of a process (defaults if it was made without createProcess). */
export const appsMachineOf = (record: ProcessRecord): AppsMachine => {
  const existing = machines.get(record);
  if (existing !== undefined) return existing;
  const made = new AppsMachine({}, record.appId);
  machines.set(record, made);
  return made;
};
