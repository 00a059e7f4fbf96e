/**
 * One typed stream per ISteamApps signal of the client pipe. FileDetailsResult_t (1023) appears on
 * its stream whether it came as a callback or as a call result. See signal-router.ts for sharing,
 * decode-once and error rules.
 */
import type { Observable } from 'rxjs';
import type { Platform, RawCallback } from '../native/steam-core';
import { appsSignals } from './apps-signals';
import type { DecodeError } from './decode-error';
import { createSignalTableStreams } from './signal-router';
import type { AppProofOfPurchaseKeyResponse } from './signals/app-proof-of-purchase-key-response';
import type { DlcInstalled } from './signals/dlc-installed';
import type { FileDetailsResult } from './signals/file-details-result';
import type { NewUrlLaunchParameters } from './signals/new-url-launch-parameters';
import type { TimedTrialStatus } from './signals/timed-trial-status';

/** The typed streams of ISteamApps, one per signal, and their decode errors. */
export interface AppsStreams {
  /** DlcInstalled_t (1005): a DLC finished installing. */
  readonly dlcInstalled$: Observable<DlcInstalled>;
  /** NewUrlLaunchParameters_t (1014): new launch parameters while running. */
  readonly newUrlLaunchParameters$: Observable<NewUrlLaunchParameters>;
  /** AppProofOfPurchaseKeyResponse_t (1021): a proof-of-purchase key, or why there is none. */
  readonly appProofOfPurchaseKeyResponse$: Observable<AppProofOfPurchaseKeyResponse>;
  /** FileDetailsResult_t (1023): results of GetFileDetails. */
  readonly fileDetailsResult$: Observable<FileDetailsResult>;
  /** TimedTrialStatus_t (1030): the timed trial's state. */
  readonly timedTrialStatus$: Observable<TimedTrialStatus>;
  /** Messages of the signals above whose bytes did not decode. */
  readonly decodeErrors$: Observable<DecodeError>;
}

/** The client pipe's Apps streams on `platform`'s struct layouts, from the core's single source. */
export const createAppsStreams = (callbacks$: Observable<RawCallback>, platform: Platform): AppsStreams =>
  createSignalTableStreams(callbacks$, 'client', platform, appsSignals);
