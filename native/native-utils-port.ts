/**
 * UtilsPort over Valve's flat ISteamUtils (SteamUtils010): the client flavour
 * (SteamAPI_SteamUtils_v010) or the game-server one (SteamAPI_SteamGameServerUtils_v010), which
 * share one vtable layout and differ only in the pointer.
 */
import { type FlatApi } from './flat-api';
import { sessionEnded, type SessionLiveness } from './native-session-liveness';
import type { Pipe, UtilsPort } from './steam-core';

/** The UtilsPort of a live session (`pipe` names it in the use-after-shutdown error). */
export const createNativeUtilsPort = (api: FlatApi, self: bigint, liveness: SessionLiveness, pipe: Pipe): UtilsPort => {
  const getAppId = api.SteamAPI_ISteamUtils_GetAppID;
  const isApiCallCompleted = api.SteamAPI_ISteamUtils_IsAPICallCompleted;
  const getApiCallFailureReason = api.SteamAPI_ISteamUtils_GetAPICallFailureReason;
  const failed = new Uint8Array(1);
  const check = (): void => {
    if (!liveness.alive) sessionEnded(pipe);
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
  };
};
