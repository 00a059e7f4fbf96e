/**
 * UtilsPort over Valve's flat ISteamUtils (SteamUtils010): the client flavour
 * (SteamAPI_SteamUtils_v010) or the game-server one (SteamAPI_SteamGameServerUtils_v010), which
 * share one vtable layout and differ only in the pointer. The call-result helpers the pump uses
 * come from the SDK's bound set; every other function from the Utils slice's own binding, made
 * once per library the first time one of them is called.
 */
import { cBufferSize, maximumUint32Size } from './buffer-size';
import { callThenKeep, toBigInt } from './flat-api';
import type { UtilsFlatApi } from './generated/utils';

import { sessionEnded, type SessionLiveness } from './native-session-liveness';
import type { Pipe, UtilsPort } from './steam-core';

/** The UtilsPort of a live session (`pipe` names it in the use-after-shutdown error). */
export const createNativeUtilsPort = (
  api: Pick<UtilsFlatApi, 'SteamAPI_ISteamUtils_GetAppID' | 'SteamAPI_ISteamUtils_IsAPICallCompleted' | 'SteamAPI_ISteamUtils_GetAPICallFailureReason'>,
  self: bigint,
  liveness: SessionLiveness,
  pipe: Pipe,
  utilsApi: () => UtilsFlatApi,
): UtilsPort => {
  // Each read from `api` on its first call (a client defines them there, see defineSessionUtilsFlatApi), then called directly.
  let getAppId: UtilsFlatApi['SteamAPI_ISteamUtils_GetAppID'] = callThenKeep(() => api.SteamAPI_ISteamUtils_GetAppID, (bound) => (getAppId = bound));
  let isApiCallCompleted: UtilsFlatApi['SteamAPI_ISteamUtils_IsAPICallCompleted'] = callThenKeep(
    () => api.SteamAPI_ISteamUtils_IsAPICallCompleted,
    (bound) => (isApiCallCompleted = bound),
  );
  let getApiCallFailureReason: UtilsFlatApi['SteamAPI_ISteamUtils_GetAPICallFailureReason'] = callThenKeep(
    () => api.SteamAPI_ISteamUtils_GetAPICallFailureReason,
    (bound) => (getApiCallFailureReason = bound),
  );
  const failed = new Uint8Array(1);
  // Out-parameters reused: calls are synchronous and never overlap.
  const width = new Uint32Array(1);
  const height = new Uint32Array(1);
  const check = (): void => {
    if (!liveness.alive) sessionEnded(pipe);
  };
  /** The slice's functions, checked live first (binding happens on the first call). */
  const utils = (): UtilsFlatApi => {
    check();
    return utilsApi();
  };
  return {
    getAppID: () => {
      check();
      return getAppId(self);
    },
    isAPICallCompleted: (apiCall) => {
      check();
      failed[0] = 0;
      const completed = isApiCallCompleted(self, apiCall, failed);
      return { completed, failed: failed[0] !== 0 };
    },
    getAPICallFailureReason: (apiCall) => {
      check();
      return getApiCallFailureReason(self, apiCall);
    },
    getSecondsSinceAppActive: () => utils().SteamAPI_ISteamUtils_GetSecondsSinceAppActive(self),
    getSecondsSinceComputerActive: () => utils().SteamAPI_ISteamUtils_GetSecondsSinceComputerActive(self),
    getConnectedUniverse: () => utils().SteamAPI_ISteamUtils_GetConnectedUniverse(self),
    getServerRealTime: () => utils().SteamAPI_ISteamUtils_GetServerRealTime(self),
    getIPCountry: () => utils().SteamAPI_ISteamUtils_GetIPCountry(self) ?? '',
    getImageSize: (image) => {
      const flat = utils();
      width[0] = 0;
      height[0] = 0;
      const ok = flat.SteamAPI_ISteamUtils_GetImageSize(self, image, width, height);
      return { ok, width: width[0] ?? 0, height: height[0] ?? 0 };
    },
    getImageRGBA: (image, buffer) => utils().SteamAPI_ISteamUtils_GetImageRGBA(self, image, buffer, cBufferSize(buffer)),
    getCurrentBatteryPower: () => utils().SteamAPI_ISteamUtils_GetCurrentBatteryPower(self),
    getIPCCallCount: () => utils().SteamAPI_ISteamUtils_GetIPCCallCount(self),
    setOverlayNotificationPosition: (position) => utils().SteamAPI_ISteamUtils_SetOverlayNotificationPosition(self, position),
    setOverlayNotificationInset: (horizontalInset, verticalInset) =>
      utils().SteamAPI_ISteamUtils_SetOverlayNotificationInset(self, horizontalInset, verticalInset),
    isOverlayEnabled: () => utils().SteamAPI_ISteamUtils_IsOverlayEnabled(self),
    overlayNeedsPresent: () => utils().SteamAPI_ISteamUtils_BOverlayNeedsPresent(self),
    checkFileSignature: (fileName) => toBigInt(utils().SteamAPI_ISteamUtils_CheckFileSignature(self, fileName)),
    showGamepadTextInput: (inputMode, lineInputMode, description, charMax, existingText) =>
      utils().SteamAPI_ISteamUtils_ShowGamepadTextInput(self, inputMode, lineInputMode, description, charMax, existingText),
    getEnteredGamepadTextLength: () => utils().SteamAPI_ISteamUtils_GetEnteredGamepadTextLength(self),
    getEnteredGamepadTextInput: (buffer) =>
      utils().SteamAPI_ISteamUtils_GetEnteredGamepadTextInput(self, buffer, cBufferSize(buffer, maximumUint32Size)),
    dismissGamepadTextInput: () => utils().SteamAPI_ISteamUtils_DismissGamepadTextInput(self),
    showFloatingGamepadTextInput: (keyboardMode, x, y, fieldWidth, fieldHeight) =>
      utils().SteamAPI_ISteamUtils_ShowFloatingGamepadTextInput(self, keyboardMode, x, y, fieldWidth, fieldHeight),
    dismissFloatingGamepadTextInput: () => utils().SteamAPI_ISteamUtils_DismissFloatingGamepadTextInput(self),
    getSteamUILanguage: () => utils().SteamAPI_ISteamUtils_GetSteamUILanguage(self) ?? '',
    isSteamRunningInVR: () => utils().SteamAPI_ISteamUtils_IsSteamRunningInVR(self),
    isSteamInBigPictureMode: () => utils().SteamAPI_ISteamUtils_IsSteamInBigPictureMode(self),
    isSteamRunningOnSteamDeck: () => utils().SteamAPI_ISteamUtils_IsSteamRunningOnSteamDeck(self),
    isSteamChinaLauncher: () => utils().SteamAPI_ISteamUtils_IsSteamChinaLauncher(self),
    startVRDashboard: () => utils().SteamAPI_ISteamUtils_StartVRDashboard(self),
    isVRHeadsetStreamingEnabled: () => utils().SteamAPI_ISteamUtils_IsVRHeadsetStreamingEnabled(self),
    setVRHeadsetStreamingEnabled: (enabled) => utils().SteamAPI_ISteamUtils_SetVRHeadsetStreamingEnabled(self, enabled),
    setGameLauncherMode: (launcherMode) => utils().SteamAPI_ISteamUtils_SetGameLauncherMode(self, launcherMode),
    initFilterText: (filterOptions) => utils().SteamAPI_ISteamUtils_InitFilterText(self, filterOptions),
    filterText: (context, sourceSteamId, input, buffer) =>
      utils().SteamAPI_ISteamUtils_FilterText(self, context, sourceSteamId, input, buffer, cBufferSize(buffer, maximumUint32Size)),
    getIPv6ConnectivityState: (protocol) => utils().SteamAPI_ISteamUtils_GetIPv6ConnectivityState(self, protocol),
  };
};
