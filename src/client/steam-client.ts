/**
 * The client value steamInit returns: every function and signal of the spec's User class, bound
 * to one live client session, plus the reactive forms (authTicket$, authSession$, webApiTicket$,
 * voice$, call results as Observables).
 */
import type { ClientSession } from '../../native/steam-core';
import { createUserStreams, signalDecoders, type UserStreams } from '../../streams';
import { authFunctions } from '../auth/auth-functions';
import { getAuthTicketForWebApi, webApiTicket$ } from '../auth/web-api-ticket';
import type { SessionParts } from '../session/session-state';
import { shutdownSequence } from '../session/shutdown-sequence';
import { accountQueries, getGameBadgeLevel, setDurationControlOnlineState } from '../user/account';
import { advertiseGame, initiateGameConnection, terminateGameConnection } from '../user/game-connection';
import { getEncryptedAppTicket, userCalls } from '../user/user-calls';
import { decompress } from '../voice/decompress';
import {
  decompressVoice,
  getAvailableVoice,
  getVoice,
  getVoiceOptimalSampleRate,
  startVoiceRecording,
  stopVoiceRecording,
} from '../voice/voice-calls';
import { voice$ } from '../voice/voice-stream';

export type SteamClientParts = SessionParts<ClientSession>;

const buildClient = (parts: SteamClientParts) => {
  const { core, session, control, lease } = parts;
  const { state } = control;
  const { user } = session;
  const streams: UserStreams = createUserStreams(core.callbacks$, core.platform);
  const decoders = signalDecoders(core.platform);
  const auth = { state, port: user, getAuthSessionTicketResponse$: streams.getAuthSessionTicketResponse$, validateAuthTicketResponse$: streams.validateAuthTicketResponse$ };
  const voice = { state, user };
  const callsContext = { state, user, decoders, callbacks$: core.callbacks$, pipe: 'client' } as const;
  const calls = userCalls(callsContext);

  const shutdown = shutdownSequence(control, () => core.shutdownClient(), lease, parts.disposeBackend);

  return {
    ...streams,
    /** Every raw callback and call result of this core (both pipes), as the pump drains them. */
    callbacks$: core.callbacks$,
    backend: core.backend,
    pump: lease.pump,
    /** True until shutdown. */
    get live(): boolean {
      return state.live;
    },
    /** Runs one pump frame now; in manual pump mode, call it from your game loop. */
    runCallbacks: (): void => lease.pump.runCallbacks(),
    /** steamShutdown for this client: idempotent; releases every open ticket, session and recording. */
    shutdown,

    ...accountQueries({ state, user }),
    getGameBadgeLevel: getGameBadgeLevel({ state, user }),
    setDurationControlOnlineState: setDurationControlOnlineState({ state, user }),

    advertiseGame: advertiseGame({ state, user }),
    initiateGameConnection: initiateGameConnection({ state, user }),
    terminateGameConnection: terminateGameConnection({ state, user }),

    ...authFunctions(auth),
    getAuthTicketForWebApi: getAuthTicketForWebApi({ state, user, getTicketForWebApi$: streams.getTicketForWebApi$ }),
    webApiTicket$: webApiTicket$({ state, user, getTicketForWebApi$: streams.getTicketForWebApi$ }),

    ...calls,
    getEncryptedAppTicket: getEncryptedAppTicket(callsContext),

    startVoiceRecording: startVoiceRecording(voice),
    stopVoiceRecording: stopVoiceRecording(voice),
    getAvailableVoice: getAvailableVoice(voice),
    getVoice: getVoice(voice),
    decompressVoice: decompressVoice(voice),
    getVoiceOptimalSampleRate: getVoiceOptimalSampleRate(voice),
    voice$: voice$(voice),
    decompress: decompress(voice),
  };
};

/** A live Steam client: the User API of the spec plus its reactive forms. */
export type SteamClient = ReturnType<typeof buildClient>;

export const createSteamClient = (parts: SteamClientParts): SteamClient => buildClient(parts);
