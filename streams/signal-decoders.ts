/**
 * Every signal's decoder for one platform, by payload name: what the public API passes to
 * callResult (`callResult(callbacks$, { pipe, apiCall, ...decoders.encryptedAppTicketResponse })`).
 */
import type { Platform } from '../native/steam-core';
import type { PayloadOf } from './signal-definition';
import { signalDecoder, type SignalDecoder } from './signal-decoder';
import { serverSignals } from './server-signals';
import { userSignals } from './user-signals';
import { utilsSignals } from './utils-signals';
import { appsSignals } from './apps-signals';

type Signals = typeof userSignals & typeof serverSignals & typeof utilsSignals & typeof appsSignals;

/** Every signal's decoder (client and game-server pipes, ISteamUtils on either), by payload name. */
export type SignalDecoders = { readonly [K in keyof Signals]: SignalDecoder<PayloadOf<Signals[K]>> };

const build = (platform: Platform): SignalDecoders => ({
  clientGameServerDeny: signalDecoder(userSignals.clientGameServerDeny, platform),
  durationControl: signalDecoder(userSignals.durationControl, platform),
  encryptedAppTicketResponse: signalDecoder(userSignals.encryptedAppTicketResponse, platform),
  gameWebCallback: signalDecoder(userSignals.gameWebCallback, platform),
  getAuthSessionTicketResponse: signalDecoder(userSignals.getAuthSessionTicketResponse, platform),
  getTicketForWebApi: signalDecoder(userSignals.getTicketForWebApi, platform),
  ipcFailure: signalDecoder(userSignals.ipcFailure, platform),
  licensesUpdated: signalDecoder(userSignals.licensesUpdated, platform),
  marketEligibilityResponse: signalDecoder(userSignals.marketEligibilityResponse, platform),
  microtransactionAuthResponse: signalDecoder(userSignals.microtransactionAuthResponse, platform),
  steamServerConnectFailed: signalDecoder(userSignals.steamServerConnectFailed, platform),
  steamServerConnected: signalDecoder(userSignals.steamServerConnected, platform),
  steamServerDisconnected: signalDecoder(userSignals.steamServerDisconnected, platform),
  storeAuthUrlResponse: signalDecoder(userSignals.storeAuthUrlResponse, platform),
  validateAuthTicketResponse: signalDecoder(userSignals.validateAuthTicketResponse, platform),
  gsClientApprove: signalDecoder(serverSignals.gsClientApprove, platform),
  gsClientDeny: signalDecoder(serverSignals.gsClientDeny, platform),
  gsClientKick: signalDecoder(serverSignals.gsClientKick, platform),
  gsClientAchievementStatus: signalDecoder(serverSignals.gsClientAchievementStatus, platform),
  gsPolicyResponse: signalDecoder(serverSignals.gsPolicyResponse, platform),
  gsGameplayStats: signalDecoder(serverSignals.gsGameplayStats, platform),
  gsClientGroupStatus: signalDecoder(serverSignals.gsClientGroupStatus, platform),
  gsReputation: signalDecoder(serverSignals.gsReputation, platform),
  associateWithClanResult: signalDecoder(serverSignals.associateWithClanResult, platform),
  computeNewPlayerCompatibilityResult: signalDecoder(serverSignals.computeNewPlayerCompatibilityResult, platform),
  appResumingFromSuspend: signalDecoder(utilsSignals.appResumingFromSuspend, platform),
  checkFileSignature: signalDecoder(utilsSignals.checkFileSignature, platform),
  filterTextDictionaryChanged: signalDecoder(utilsSignals.filterTextDictionaryChanged, platform),
  floatingGamepadTextInputDismissed: signalDecoder(utilsSignals.floatingGamepadTextInputDismissed, platform),
  gamepadTextInputDismissed: signalDecoder(utilsSignals.gamepadTextInputDismissed, platform),
  ipCountry: signalDecoder(utilsSignals.ipCountry, platform),
  lowBatteryPower: signalDecoder(utilsSignals.lowBatteryPower, platform),
  steamShutdown: signalDecoder(utilsSignals.steamShutdown, platform),
  dlcInstalled: signalDecoder(appsSignals.dlcInstalled, platform),
  newUrlLaunchParameters: signalDecoder(appsSignals.newUrlLaunchParameters, platform),
  appProofOfPurchaseKeyResponse: signalDecoder(appsSignals.appProofOfPurchaseKeyResponse, platform),
  fileDetailsResult: signalDecoder(appsSignals.fileDetailsResult, platform),
  timedTrialStatus: signalDecoder(appsSignals.timedTrialStatus, platform),
});

const cache = new Map<Platform, SignalDecoders>();

/** The decoders of a platform, built once. */
export const signalDecoders = (platform: Platform): SignalDecoders => {
  const existing = cache.get(platform);
  if (existing !== undefined) return existing;
  const built = build(platform);
  cache.set(platform, built);
  return built;
};
