/**
 * Things that happen to a player or a server from outside the game: connection loss, bans,
 * licence changes, kicks, Steam-initiated callbacks. Each arrives after the universe latency, in
 * the real struct layout, like any other callback.
 */
import { EAuthSessionResponse, EFailureType, EResult } from '../native/enums';
import type { InitFailure, Pipe } from '../native/steam-core';
import { notifySessionHolders } from './auth-sessions';
import type { ClientEndpoint } from './client-endpoint';
import { durationControlValues } from './duration-control';
import type { ProcessRegistry } from './process-registry';
import { connectServer } from './simulated-game-server-port';
import type { SimulatedProcess } from './simulated-process';
import { notInitializedGameServerSteamId } from './steam-id';
import type { Universe } from './universe';
import type { UserRecord } from './user-record';

/**
 * Things that happen to a player or a server from outside the game. Each arrives after the
 * simulated Steam's latency, in the real struct layout, like any other callback.
 */
export interface SimulatedFaults {
  /** The user's Steam client loses Steam: SteamServersDisconnected_t (103); holders of their sessions get UserNotConnectedToSteam. */
  disconnectUser(steamId: bigint, result?: number): void;
  /** A reconnection attempt failed: SteamServerConnectFailure_t (102); the user stays offline. */
  connectFailure(steamId: bigint, failure?: { readonly result?: number; readonly stillRetrying?: boolean }): void;
  /** Back online: SteamServersConnected_t (101); loggedOn() is true again. */
  reconnectUser(steamId: bigint): void;
  /** The game server loses Steam: SteamServersDisconnected_t on the server pipe; its ticket holders get UserNotConnectedToSteam. */
  disconnectServer(process: SimulatedProcess, result?: number): void;
  /** A server logon attempt failed: SteamServerConnectFailure_t on the server pipe. */
  serverConnectFailure(process: SimulatedProcess, failure?: { readonly result?: number; readonly stillRetrying?: boolean }): void;
  /** The server is back (same Steam ID): SteamServersConnected_t then GSPolicyResponse_t. */
  reconnectServer(process: SimulatedProcess): void;
  /** IPCFailure_t (117); FlushedCallbackQueue also drops the pipe's undelivered callbacks first. */
  ipcFailure(process: SimulatedProcess, pipe?: Pipe, failureType?: number): void;
  /** Changes the user's licences, then LicensesUpdated_t (125) to their clients. */
  licensesUpdated(steamId: bigint, change?: { readonly ownsApp?: boolean; readonly dlc?: readonly number[] }): void;
  /** GSClientDeny_t (202) on the server pipe. */
  denyClient(process: SimulatedProcess, userSteamId: bigint, denyReason: number, optionalText?: string): void;
  /** GSClientKick_t (203) on the server pipe. */
  kickClient(process: SimulatedProcess, userSteamId: bigint, denyReason: number): void;
  /** ClientGameServerDeny_t (113) to the user's clients. */
  clientGameServerDeny(
    steamId: bigint,
    deny: { readonly serverIp: number; readonly serverPort: number; readonly secure: boolean; readonly reason: number },
  ): void;
  /** GameWebCallback_t (164) to the user's clients. */
  gameWebCallback(steamId: bigint, url: string): void;
  /** MicroTxnAuthorizationResponse_t (152) to the user's clients. */
  microTransactionAuthorization(steamId: bigint, response: { readonly orderId: bigint; readonly authorized: boolean }): void;
  /** A timer-based DurationControl_t (167) callback (not a call result) to the user's clients. */
  durationControlBroadcast(steamId: bigint, broadcast: { readonly progress?: number; readonly notification?: number }): void;
  /** VAC ban after the fact; banning sends VACBanned to every holder of a session for the user. */
  setVacBanned(steamId: bigint, banned?: boolean): void;
  /** Publisher ban after the fact; banning sends PublisherIssuedBan to every holder. */
  setPublisherBanned(steamId: bigint, banned?: boolean): void;
  /** The account signed in elsewhere: 103 (LoggedInElsewhere) to its clients, LoggedInElseWhere to holders. */
  logInElsewhere(steamId: bigint): void;
  /** Makes initClient / initServer of this process fail with `failure` until cleared with null. */
  failInit(process: SimulatedProcess, pipe: Pipe, failure: InitFailure | null): void;
  /** WasRestartRequested answers true once. */
  requestServerRestart(process: SimulatedProcess): void;
}

export const createSimulatedFaults = (universe: Universe, registry: ProcessRegistry): SimulatedFaults => {
  const userOf = (steamId: bigint): UserRecord => {
    const user = universe.users.get(steamId);
    if (user === undefined) throw new Error(`steamworks-rx: no simulated user ${steamId}`);
    return user;
  };
  const clientsOf = (steamId: bigint): ClientEndpoint[] =>
    [...universe.processes].flatMap((process) => (process.client !== null && process.client.user.steamId === steamId ? [process.client] : []));
  const serverOf = (process: SimulatedProcess) => registry.recordOf(process).server;

  const disconnectClients = (steamId: bigint, result: number): void => {
    for (const client of clientsOf(steamId)) {
      client.postLater('SteamServersDisconnected_t', () => {
        client.loggedOnView = false;
        return { m_eResult: result };
      });
    }
  };

  return {
    disconnectUser: (steamId, result = EResult.NoConnection) => {
      const user = userOf(steamId);
      if (!user.loggedOn) return;
      user.loggedOn = false;
      disconnectClients(steamId, result);
      notifySessionHolders(universe, steamId, EAuthSessionResponse.UserNotConnectedToSteam);
    },
    connectFailure: (steamId, failure = {}) => {
      const user = userOf(steamId);
      user.loggedOn = false;
      for (const client of clientsOf(steamId)) {
        client.postLater('SteamServerConnectFailure_t', () => {
          client.loggedOnView = false;
          return { m_eResult: failure.result ?? EResult.ConnectFailed, m_bStillRetrying: failure.stillRetrying ?? true };
        });
      }
    },
    reconnectUser: (steamId) => {
      const user = userOf(steamId);
      if (user.loggedOn) return;
      user.loggedOn = true;
      user.loggedInElsewhere = false;
      for (const client of clientsOf(steamId)) {
        client.postLater('SteamServersConnected_t', () => {
          client.loggedOnView = true;
          return {};
        });
      }
    },
    disconnectServer: (process, result = EResult.NoConnection) => {
      const server = serverOf(process);
      if (server === null || !server.loggedOn) return;
      server.postLater('SteamServersDisconnected_t', () => {
        server.loggedOn = false;
        server.secureFlag = false;
        return { m_eResult: result };
      });
      notifySessionHolders(universe, server.steamIdValue, EAuthSessionResponse.UserNotConnectedToSteam);
    },
    serverConnectFailure: (process, failure = {}) => {
      const server = serverOf(process);
      if (server === null) return;
      server.postLater('SteamServerConnectFailure_t', () => ({
        m_eResult: failure.result ?? EResult.ConnectFailed,
        m_bStillRetrying: failure.stillRetrying ?? true,
      }));
    },
    reconnectServer: (process) => {
      const server = serverOf(process);
      if (server === null) return;
      universe.later(() => {
        if (server.live && !server.loggedOn && server.steamIdValue !== notInitializedGameServerSteamId) connectServer(server, server.steamIdValue);
      });
    },
    ipcFailure: (process, pipe = 'client', failureType = EFailureType.PipeFail) => {
      const record = registry.recordOf(process);
      const endpoint = pipe === 'client' ? record.client : record.server;
      if (endpoint === null) return;
      universe.later(() => {
        if (!endpoint.live) return;
        if (failureType === EFailureType.FlushedCallbackQueue) record.dropPipe(pipe);
        endpoint.post('IPCFailure_t', { m_eFailureType: failureType });
      });
    },
    licensesUpdated: (steamId, change = {}) => {
      const user = userOf(steamId);
      if (change.ownsApp !== undefined) user.ownsApp = change.ownsApp;
      if (change.dlc !== undefined) user.dlc = new Set(change.dlc);
      for (const client of clientsOf(steamId)) client.postLater('LicensesUpdated_t', () => ({}));
    },
    denyClient: (process, userSteamId, denyReason, optionalText = '') => {
      serverOf(process)?.postLater('GSClientDeny_t', () => ({ m_SteamID: userSteamId, m_eDenyReason: denyReason, m_rgchOptionalText: optionalText }));
    },
    kickClient: (process, userSteamId, denyReason) => {
      serverOf(process)?.postLater('GSClientKick_t', () => ({ m_SteamID: userSteamId, m_eDenyReason: denyReason }));
    },
    clientGameServerDeny: (steamId, deny) => {
      userOf(steamId);
      for (const client of clientsOf(steamId)) {
        client.postLater('ClientGameServerDeny_t', () => ({
          m_uAppID: client.process.appId,
          m_unGameServerIP: deny.serverIp,
          m_usGameServerPort: deny.serverPort,
          m_bSecure: deny.secure ? 1 : 0,
          m_uReason: deny.reason,
        }));
      }
    },
    gameWebCallback: (steamId, url) => {
      userOf(steamId);
      for (const client of clientsOf(steamId)) client.postLater('GameWebCallback_t', () => ({ m_szURL: url }));
    },
    microTransactionAuthorization: (steamId, response) => {
      userOf(steamId);
      for (const client of clientsOf(steamId)) {
        client.postLater('MicroTxnAuthorizationResponse_t', () => ({
          m_unAppID: client.process.appId,
          m_ulOrderID: response.orderId,
          m_bAuthorized: response.authorized ? 1 : 0,
        }));
      }
    },
    durationControlBroadcast: (steamId, broadcast) => {
      userOf(steamId);
      for (const client of clientsOf(steamId)) client.postLater('DurationControl_t', () => durationControlValues(client, broadcast));
    },
    setVacBanned: (steamId, banned = true) => {
      const user = userOf(steamId);
      const newly = banned && !user.vacBanned;
      user.vacBanned = banned;
      if (newly) notifySessionHolders(universe, steamId, EAuthSessionResponse.VACBanned);
    },
    setPublisherBanned: (steamId, banned = true) => {
      const user = userOf(steamId);
      const newly = banned && !user.publisherBanned;
      user.publisherBanned = banned;
      if (newly) notifySessionHolders(universe, steamId, EAuthSessionResponse.PublisherIssuedBan);
    },
    logInElsewhere: (steamId) => {
      const user = userOf(steamId);
      user.loggedInElsewhere = true;
      user.loggedOn = false;
      disconnectClients(steamId, EResult.LoggedInElsewhere);
      notifySessionHolders(universe, steamId, EAuthSessionResponse.LoggedInElseWhere);
    },
    failInit: (process, pipe, failure) => {
      registry.recordOf(process).initFailures[pipe] = failure;
    },
    requestServerRestart: (process) => {
      const server = serverOf(process);
      if (server !== null) server.restartRequested = true;
    },
  };
};
