/** The signals of ISteamApps (the client pipe), by payload name. */
import { lazySignalTable } from './lazy-signal';
import type { dlcInstalledSignal } from './signals/dlc-installed';
import type { newUrlLaunchParametersSignal } from './signals/new-url-launch-parameters';
import type { appProofOfPurchaseKeyResponseSignal } from './signals/app-proof-of-purchase-key-response';
import type { fileDetailsResultSignal } from './signals/file-details-result';
import type { timedTrialStatusSignal } from './signals/timed-trial-status';

/** Every ISteamApps signal, by payload name: the definitions createAppsStreams routes. */
export const appsSignals = lazySignalTable<{
  readonly dlcInstalled: typeof dlcInstalledSignal;
  readonly newUrlLaunchParameters: typeof newUrlLaunchParametersSignal;
  readonly appProofOfPurchaseKeyResponse: typeof appProofOfPurchaseKeyResponseSignal;
  readonly fileDetailsResult: typeof fileDetailsResultSignal;
  readonly timedTrialStatus: typeof timedTrialStatusSignal;
}>({
  dlcInstalled: { struct: 'DlcInstalled_t', load: () => (require('./signals/dlc-installed') as typeof import('./signals/dlc-installed')).dlcInstalledSignal },
  newUrlLaunchParameters: { struct: 'NewUrlLaunchParameters_t', load: () => (require('./signals/new-url-launch-parameters') as typeof import('./signals/new-url-launch-parameters')).newUrlLaunchParametersSignal },
  appProofOfPurchaseKeyResponse: { struct: 'AppProofOfPurchaseKeyResponse_t', load: () => (require('./signals/app-proof-of-purchase-key-response') as typeof import('./signals/app-proof-of-purchase-key-response')).appProofOfPurchaseKeyResponseSignal },
  fileDetailsResult: { struct: 'FileDetailsResult_t', load: () => (require('./signals/file-details-result') as typeof import('./signals/file-details-result')).fileDetailsResultSignal },
  timedTrialStatus: { struct: 'TimedTrialStatus_t', load: () => (require('./signals/timed-trial-status') as typeof import('./signals/timed-trial-status')).timedTrialStatusSignal },
});
