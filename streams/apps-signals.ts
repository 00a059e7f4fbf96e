/** The signals of ISteamApps (the client pipe), by payload name. */
import { appProofOfPurchaseKeyResponseSignal } from './signals/app-proof-of-purchase-key-response';
import { dlcInstalledSignal } from './signals/dlc-installed';
import { fileDetailsResultSignal } from './signals/file-details-result';
import { newUrlLaunchParametersSignal } from './signals/new-url-launch-parameters';
import { timedTrialStatusSignal } from './signals/timed-trial-status';

/** Every ISteamApps signal, by payload name: the definitions createAppsStreams routes. */
export const appsSignals = {
  dlcInstalled: dlcInstalledSignal,
  newUrlLaunchParameters: newUrlLaunchParametersSignal,
  appProofOfPurchaseKeyResponse: appProofOfPurchaseKeyResponseSignal,
  fileDetailsResult: fileDetailsResultSignal,
  timedTrialStatus: timedTrialStatusSignal,
} as const;
