/**
 * The example's choice of what a game's renderer may use of the Steam client: an auth ticket held
 * while subscribed (cancelled when the renderer unsubscribes), Steam's connection-loss signal, and
 * three queries. Add what your UI needs; what is not named here cannot be reached from a page.
 */
import type { SteamClient, SteamIdInput } from '../../src';
import type { BridgeDefinition } from './bridge-definition';

/** The streams and calls a renderer may use, bound to one client. */
export const steamBridge = (client: SteamClient) =>
  ({
    streams: {
      /** A session ticket, held in the main process while the renderer is subscribed. */
      authTicket$: (remoteSteamId?: SteamIdInput) => client.authTicket$(remoteSteamId),
      /** SteamServersDisconnected_t: the user lost Steam. */
      steamServerDisconnected$: () => client.steamServerDisconnected$,
    },
    calls: {
      getSteamID: () => client.getSteamID(),
      loggedOn: () => client.loggedOn(),
      getPlayerSteamLevel: () => client.getPlayerSteamLevel(),
    },
  }) satisfies BridgeDefinition;

/** The bridge's type, for the renderer: `connectBridge<SteamBridge>(ipc)`. */
export type SteamBridge = ReturnType<typeof steamBridge>;
