/**
 * The client value steamInit returns: every function and signal of the spec's User class, bound
 * to one live client session, plus the reactive forms (authTicket$, authSession$, webApiTicket$,
 * voice$, call results as Observables) and owned tickets (requestAuthTicket, requestWebApiTicket).
 */
import type { ClientSession, UserPort } from '../../native/steam-core';
import type { UserStreams } from '../../streams/user-streams';
import { userSignalNames } from '../../streams/user-signal-names';
import type { AuthFunctions } from '../auth/auth-functions';
import type { WebApiFunctions } from '../auth/web-api-functions';
import { accountNames, authNames, gameConnectionNames, lazyGroup, userCallNames, voiceNames, webApiNames, type GroupNames } from '../session/function-groups';
import type { SessionParts } from '../session/session-state';
import { shutdownSequence } from '../session/shutdown-sequence';
import { streamsUntilShutdown } from '../session/until-shutdown';
import type { AccountFunctions } from '../user/account';
import type { GameConnectionFunctions } from '../user/game-connection';
import type { UserCallFunctions } from '../user/user-calls';
import type { SteamUtils } from '../utils/utils-functions';
import type { SteamApps } from '../apps/apps-functions';
import type { SteamFriends } from '../friends/friends-functions';
import type { SteamUserStats } from '../user-stats/user-stats-functions';
import type { SteamNetworkingMessages } from '../networking-messages/networking-messages-functions';
import type { SteamNetworkingSockets } from '../networking-sockets/networking-sockets-functions';
import type { SteamNetworkingUtils } from '../networking-utils/networking-utils-functions';
import { withLazyMembers, withLazyProperties } from '../../native/lazy-properties';
import { sideNamespaceBuilders } from '../session/side-namespaces';
import type { VoiceFunctions } from '../voice/voice-functions';
import type { ClientSignals } from './client-signals';
import type { ClientLifecycle } from './client-lifecycle';

export type SteamClientParts = SessionParts<ClientSession>;

/**
 * A Steam client (the spec's User class), from steamInit: the signed-in user's account, auth
 * tickets and sessions, web API and encrypted app tickets, call results, voice, and Steam's
 * signals as streams.
 *
 * The conventions: queries answer plain values (`getSteamID(): bigint`); failures a correct
 * program must handle are the Left of an Either (or of an Observable / Promise of one); misuse
 * (a call after shutdown, a wrong argument) throws a SteamworksError at call time.
 *
 * @example
 * ```ts
 * import { isLeft, steamInit } from 'steamworks-rx';
 *
 * const started = steamInit({ appId: 480 });
 * if (isLeft(started)) throw started.left;
 * const client = started.right;
 * console.log(`${client.getSteamID()} is level ${client.getPlayerSteamLevel()}`);
 * client.shutdown();
 * ```
 */
export interface SteamClient
  extends ClientLifecycle,
    ClientSignals,
    AccountFunctions,
    GameConnectionFunctions,
    AuthFunctions,
    WebApiFunctions,
    UserCallFunctions,
    VoiceFunctions {
  /** ISteamUtils (SteamUtils010): the app, the machine and the Steam client around the game. */
  readonly utils: SteamUtils;
  /** ISteamApps (STEAMAPPS_INTERFACE_VERSION008): the user's license, DLC, languages, betas and the game's install. */
  readonly apps: SteamApps;
  /** ISteamFriends (SteamFriends017): personas, friends, avatars, rich presence, the overlay, invites, clans and followers. */
  readonly friends: SteamFriends;
  /** ISteamUserStats (STEAMUSERSTATS_INTERFACE_VERSION012): the user's stats and achievements, other users', global stats and leaderboards. */
  readonly stats: SteamUserStats;
  /** ISteamNetworkingMessages (SteamNetworkingMessages002): messages to peers by identity, on channels, over Steam's relays. */
  readonly networkingMessages: SteamNetworkingMessages;
  /** ISteamNetworkingUtils (SteamNetworkingUtils004): the relay network, pings, the networking clock, configuration, debug output. */
  readonly networkingUtils: SteamNetworkingUtils;
  /** ISteamNetworkingSockets (SteamNetworkingSockets012): connection-oriented P2P (virtual ports) and IP connections, poll groups. */
  readonly networkingSockets: SteamNetworkingSockets;
}

/**
 * The client's signal members, a group like its functions: every name from the start, all built
 * together on the first read of one.
 */
const clientSignalNames = Object.fromEntries(
  [...userSignalNames.map((name) => `${name}$`), 'decodeErrors$', 'callbacks$'].map((name) => [name, true]),
) as GroupNames<ClientSignals>;

/** Builds the client of a session that just initialised. */
export const createSteamClient = (parts: SteamClientParts): SteamClient => {
  const { core, session, control, lease } = parts;
  const { state } = control;
  // The User port is read when a group that calls it is built: a native session builds it on that first read.
  const user = (): UserPort => session.user;
  // The signal streams and their router are made on the first read of one (a signal, or a function
  // group whose flows read one). Unscoped, for the flows: they end at shutdown on their own (and
  // release what they hold); scoped to the session, for the client's `<name>$` members.
  let userStreams: UserStreams | undefined;
  const streams = (): UserStreams =>
    (userStreams ??= (require('../../streams/user-streams') as typeof import('../../streams/user-streams')).createUserStreams(core.callbacks$, core.platform));
  const shutdown = shutdownSequence(control, () => core.shutdownClient(), lease, parts.disposeBackend);
  const client = {
    backend: core.backend,
    pump: lease.pump,
    // A getter, so it follows the session (a spread copies values: keep it in this literal).
    get live(): boolean {
      return state.live;
    },
    runCallbacks: () => lease.pump.runCallbacks(),
    shutdown,
  };
  // The function groups and the interface namespaces are required and built on their first read
  // (native/lazy-properties.ts, session/function-groups.ts): a client that never reads voice or
  // auth never loads the microphone or the ticket flows. Nothing here must exist before that:
  // a group's flows and the microphone register their shutdown release when built, so shutdown
  // releases only what was built. The module paths are literal so the bundler gives each its file.
  const withFunctions = withLazyMembers(client, {
    ...lazyGroup(clientSignalNames, () => streamsUntilShutdown(state, { ...streams(), callbacks$: core.callbacks$ })),
    ...lazyGroup(accountNames, () => (require('../user/account') as typeof import('../user/account')).accountFunctions({ state, user: user() })),
    ...lazyGroup(gameConnectionNames, () =>
      (require('../user/game-connection') as typeof import('../user/game-connection')).gameConnectionFunctions({ state, user: user() }),
    ),
    ...lazyGroup(authNames, () =>
      (require('../auth/auth-functions') as typeof import('../auth/auth-functions')).authFunctions({
        state,
        port: user(),
        getAuthSessionTicketResponse$: streams().getAuthSessionTicketResponse$,
        validateAuthTicketResponse$: streams().validateAuthTicketResponse$,
      }),
    ),
    ...lazyGroup(webApiNames, () =>
      (require('../auth/web-api-functions') as typeof import('../auth/web-api-functions')).webApiFunctions({
        state,
        user: user(),
        getTicketForWebApi$: streams().getTicketForWebApi$,
      }),
    ),
    ...lazyGroup(userCallNames, () =>
      (require('../user/user-calls') as typeof import('../user/user-calls')).userCallFunctions({
        state,
        user: user(),
        decoders: (require('../../streams/signal-decoders') as typeof import('../../streams/signal-decoders')).signalDecoders(core.platform),
        callbacks$: core.callbacks$,
        pipe: 'client',
      }),
    ),
    ...lazyGroup(voiceNames, () => (require('../voice/voice-functions') as typeof import('../voice/voice-functions')).voiceFunctions({ state, user: user() })),
  });
  const lazy: SteamClient = withLazyProperties(withFunctions, {
    ...sideNamespaceBuilders({ state, session, callbacks$: core.callbacks$, platform: core.platform, pipe: 'client' }),
    apps: () =>
      (require('../apps/apps-functions') as typeof import('../apps/apps-functions')).appsNamespace({
        state,
        port: session.apps,
        callbacks$: core.callbacks$,
        platform: core.platform,
      }),
    friends: () =>
      (require('../friends/friends-functions') as typeof import('../friends/friends-functions')).friendsNamespace({
        state,
        port: session.friends,
        callbacks$: core.callbacks$,
        platform: core.platform,
        readImage: (handle) => lazy.utils.getImageRGBA(handle),
      }),
    stats: () =>
      (require('../user-stats/user-stats-functions') as typeof import('../user-stats/user-stats-functions')).userStatsNamespace({
        state,
        port: session.userStats,
        callbacks$: core.callbacks$,
        platform: core.platform,
        localSteamId: () => user().getSteamID(),
        image: (handle) => lazy.utils.getImageRGBA(handle),
      }),
    networkingUtils: () =>
      (require('../networking-utils/networking-utils-functions') as typeof import('../networking-utils/networking-utils-functions')).networkingUtilsNamespace({
        state,
        port: session.networkingUtils,
        callbacks$: core.callbacks$,
        platform: core.platform,
      }),
  });
  return lazy;
};
