/**
 * ISteamUtils for one pipe of a simulated process: it knows the API calls started on that pipe.
 * Unknown handles are failed with InvalidHandle; after shutdown every call is SteamGone.
 */
import { ESteamAPICallFailure } from '../native/enums';
import type { UtilsPort } from '../native/steam-core';
import type { Endpoint } from './endpoint';

export const createSimulatedUtilsPort = (endpoint: Endpoint): UtilsPort => ({
  getAppID: () => (endpoint.live ? endpoint.process.appId : 0),
  isAPICallCompleted: (apiCall) => {
    if (!endpoint.live) return { completed: false, failed: true };
    const call = endpoint.calls.get(apiCall);
    if (call === undefined) return { completed: false, failed: true };
    return { completed: call.state === 'completed', failed: call.ioFailure };
  },
  getAPICallFailureReason: (apiCall) => {
    if (!endpoint.live) return ESteamAPICallFailure.SteamGone;
    const call = endpoint.calls.get(apiCall);
    if (call === undefined) return ESteamAPICallFailure.InvalidHandle;
    return call.ioFailure ? ESteamAPICallFailure.NetworkFailure : ESteamAPICallFailure.None;
  },
});
