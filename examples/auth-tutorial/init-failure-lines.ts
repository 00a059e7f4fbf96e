/** The typed init error, printed field by field: what failed, ESteamAPIInitResult, its text, Valve's message. */
import type { EndpointInitFailed } from './endpoints';

export const initFailureLines = (failure: EndpointInitFailed): readonly string[] => {
  const { error } = failure;
  const call = failure.who === 'server' ? 'serverInit' : 'steamInit';
  switch (error._tag) {
    case 'InitFailed':
      return [
        `${call} failed (${error._tag})`,
        `  status: ${error.status}`,
        `  verbal: ${error.verbal}`,
        `  Valve's message: ${error.steamMessage}`,
        ...(error.hint === undefined ? [] : [`  hint: ${error.hint}`]),
      ];
    case 'BackendUnavailable':
      // The reason already lists every path tried.
      return [`${call} failed (${error._tag}): ${error.reason}`, '  (point STEAM_API_LIBRARY at libsteam_api.so / steam_api64.dll)'];
  }
};
