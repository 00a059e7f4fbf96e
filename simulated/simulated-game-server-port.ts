/**
 * ISteamGameServer of a simulated process. After SteamGameServer_Shutdown every function answers
 * with Steam's neutral values.
 */
import { EAccountType, EAuthSessionResponse, EBeginAuthSessionResult, EResult, EServerMode, EUniverse, EUserHasLicenseForAppResult } from '../native/enums';
import type { GameServerPort, PublicIp } from '../native/steam-core';
import {
  beginAuthSession,
  cancelSessionTicket,
  endAuthSession,
  issueSessionTicket,
  notifySessionHolders,
  userHasLicenseForApp,
} from './auth-sessions';
import { infoReply, isInfoQuery } from './server-query-packets';
import type { ServerEndpoint } from './server-endpoint';
import { composeSteamId, splitSteamId } from './steam-id';
import { derivedUint32 } from './ticket-mac';
import { copyOfBytes, writableViewOf } from './untrusted-bytes';

const NO_IP: PublicIp = { type: 0, ipv4: 0, ipv6: new Uint8Array(16) };

/** Queues SteamServersConnected_t then GSPolicyResponse_t, as Steam does after a successful logon. */
export const connectServer = (server: ServerEndpoint, steamId: bigint): void => {
  server.steamIdValue = steamId;
  server.loggedOn = true;
  server.secureFlag = server.args.serverMode === EServerMode.AuthenticationAndSecure;
  server.post('SteamServersConnected_t', {});
  server.post('GSPolicyResponse_t', { m_bSecure: server.secureFlag ? 1 : 0 });
};

export const createSimulatedGameServerPort = (server: ServerEndpoint): GameServerPort => {
  const universe = server.universe;
  const info = server.info;
  const set = (apply: () => void): void => {
    if (server.live) apply();
  };

  const logOn = (token: string): void => {
    universe.later(() => {
      if (!server.live || server.loggedOn) return;
      const accepted = token !== '' && (universe.gameServerLoginTokens === null || universe.gameServerLoginTokens.has(token));
      if (!accepted) {
        server.post('SteamServerConnectFailure_t', { m_eResult: EResult.GSLTDenied, m_bStillRetrying: false });
        return;
      }
      // A login token always maps to the same persistent game-server account, in every simulated
      // Steam with the same seed (so from the seed's secret, not this universe's).
      const accountId = derivedUint32(universe.seedSecret, `gslt:${token}`) || 1;
      connectServer(server, composeSteamId({ accountId, instance: 0, accountType: EAccountType.GameServer, universe: EUniverse.Public }));
    });
  };

  const logOnAnonymous = (): void => {
    universe.later(() => {
      if (!server.live || server.loggedOn) return;
      const accountId = universe.nextAnonymousServerAccountId();
      connectServer(server, composeSteamId({ accountId, instance: 0, accountType: EAccountType.AnonGameServer, universe: EUniverse.Public }));
    });
  };

  const logOff = (): void => {
    if (!server.loggedOn) return;
    server.loggedOn = false;
    server.secureFlag = false;
    notifySessionHolders(universe, server.steamIdValue, EAuthSessionResponse.UserNotConnectedToSteam);
    server.postLater('SteamServersDisconnected_t', () => ({ m_eResult: EResult.OK }));
  };

  const playedMinutes = (): number => {
    const now = universe.now();
    let total = server.totalMillisecondsPlayed;
    for (const session of server.sessions.values()) if (session.state === 'validated') total += now - session.beganAtMs;
    return Math.floor(total / 60_000);
  };

  const connectedPlayers = (): bigint[] => [...server.sessions.values()].filter((session) => session.state === 'validated').map((session) => session.steamId);

  return {
    // Bytes from the caller go through untrusted-bytes.ts: true lengths, inputs copied now.
    getAuthSessionTicket: (buffer, remoteSteamId) =>
      server.live ? issueSessionTicket(server, writableViewOf(buffer), remoteSteamId) : { handle: 0, size: 0 },
    beginAuthSession: (ticket, steamId) =>
      server.live ? beginAuthSession(server, copyOfBytes(ticket), steamId) : EBeginAuthSessionResult.InvalidTicket,
    // Once per auth cycle each: a plain test, not set()'s closure.
    endAuthSession: (steamId) => {
      if (server.live) endAuthSession(server, steamId);
    },
    cancelAuthTicket: (handle) => {
      if (server.live) cancelSessionTicket(server, handle);
    },
    userHasLicenseForApp: (steamId, appId) =>
      server.live ? userHasLicenseForApp(server, steamId, appId) : EUserHasLicenseForAppResult.NoAuth,
    setProduct: (product) => set(() => (info.product = product)),
    setGameDescription: (description) => set(() => (info.gameDescription = description)),
    setModDir: (modDir) => set(() => (info.modDir = modDir)),
    setDedicatedServer: (dedicated) => set(() => (info.dedicated = dedicated)),
    logOn: (token) => set(() => logOn(token)),
    logOnAnonymous: () => set(logOnAnonymous),
    logOff: () => set(logOff),
    loggedOn: () => server.live && server.loggedOn,
    secure: () => server.live && server.loggedOn && server.secureFlag,
    getSteamID: () => (server.live ? server.steamIdValue : 0n),
    wasRestartRequested: () => {
      const requested = server.live && server.restartRequested;
      server.restartRequested = false;
      return requested;
    },
    setMaxPlayerCount: (count) => set(() => (info.maxPlayerCount = count)),
    setBotPlayerCount: (count) => set(() => (info.botPlayerCount = count)),
    setServerName: (name) => set(() => (info.serverName = name)),
    setMapName: (name) => set(() => (info.mapName = name)),
    setPasswordProtected: (passwordProtected) => set(() => (info.passwordProtected = passwordProtected)),
    setSpectatorPort: (port) => set(() => (info.spectatorPort = port)),
    setSpectatorServerName: (name) => set(() => (info.spectatorServerName = name)),
    clearAllKeyValues: () => set(() => server.keyValues.clear()),
    setKeyValue: (key, value) => set(() => void server.keyValues.set(key, value)),
    setGameTags: (tags) => set(() => (info.gameTags = tags)),
    setGameData: (data) => set(() => (info.gameData = data)),
    setRegion: (region) => set(() => (info.region = region)),
    setAdvertiseServerActive: (active) => set(() => (info.advertiseServerActive = active)),
    requestUserGroupStatus: (userSteamId, groupSteamId) => {
      if (!server.connected()) return false;
      server.postLater('GSClientGroupStatus_t', () => {
        const membership = universe.users.get(userSteamId)?.groups.find((group) => group.groupSteamId === groupSteamId);
        return {
          m_SteamIDUser: userSteamId,
          m_SteamIDGroup: groupSteamId,
          m_bMember: membership !== undefined,
          m_bOfficer: membership?.officer === true,
        };
      });
      return true;
    },
    getGameplayStats: () =>
      set(() =>
        server.postLater('GSGameplayStats_t', () => ({
          m_eResult: server.connected() ? EResult.OK : EResult.NoConnection,
          m_nRank: 0,
          m_unTotalConnects: server.totalConnects,
          m_unTotalMinutesPlayed: playedMinutes(),
        })),
      ),
    getServerReputation: () =>
      server.live
        ? server.startCall('GSReputation_t', () => ({
            m_eResult: EResult.OK,
            m_unReputationScore: universe.serverReputationScore,
            m_bBanned: false,
          }))
        : 0n,
    getPublicIP: () => {
      if (!server.connected()) return NO_IP;
      const ipv6 = new Uint8Array(16);
      // The union's first member is the host-order IPv4 (m_unIPv4), little-endian in memory.
      new DataView(ipv6.buffer).setUint32(0, universe.publicIp >>> 0, true);
      return { type: 0, ipv4: universe.publicIp >>> 0, ipv6 };
    },
    handleIncomingPacket: (data, sourceIp, sourcePort) => {
      if (!server.live || !isInfoQuery(copyOfBytes(data))) return false;
      server.outgoingPackets.push({
        data: infoReply({
          info: server.snapshot(),
          appId: server.process.appId,
          steamId: server.steamIdValue,
          playerCount: connectedPlayers().length + server.unauthenticatedUsers.size,
          secure: server.loggedOn && server.secureFlag,
          windows: server.process.platform === 'win64',
        }),
        ip: sourceIp,
        port: sourcePort,
      });
      return true;
    },
    getNextOutgoingPacket: (output) => {
      const packet = server.live ? server.outgoingPackets[0] : undefined;
      const buffer = writableViewOf(output);
      // A packet that does not fit stays queued for a bigger buffer.
      if (packet === undefined || packet.data.byteLength > buffer.byteLength) return { size: 0, ip: 0, port: 0 };
      server.outgoingPackets.shift();
      buffer.set(packet.data, 0);
      return { size: packet.data.byteLength, ip: packet.ip, port: packet.port };
    },
    associateWithClan: (clanSteamId) =>
      server.live
        ? server.startCall('AssociateWithClanResult_t', () => ({
            m_eResult: splitSteamId(clanSteamId).accountType === EAccountType.Clan ? EResult.OK : EResult.InvalidParam,
          }))
        : 0n,
    computeNewPlayerCompatibility: (newPlayerSteamId) =>
      server.live
        ? server.startCall('ComputeNewPlayerCompatibilityResult_t', () => {
            const players = connectedPlayers().filter((player) => player !== newPlayerSteamId);
            const candidate = universe.users.get(newPlayerSteamId);
            return {
              m_eResult: EResult.OK,
              m_cPlayersThatDontLikeCandidate: players.filter((player) => universe.users.get(player)?.blockedPlayers.has(newPlayerSteamId) === true).length,
              m_cPlayersThatCandidateDoesntLike: players.filter((player) => candidate?.blockedPlayers.has(player) === true).length,
              m_cClanPlayersThatDontLikeCandidate: 0,
              m_SteamIDCandidate: newPlayerSteamId,
            };
          })
        : 0n,
    createUnauthenticatedUserConnection: () => {
      if (!server.live) return 0n;
      const steamId = composeSteamId({ accountId: universe.nextSequence(), instance: 0, accountType: EAccountType.AnonUser, universe: EUniverse.Public });
      server.unauthenticatedUsers.add(steamId);
      return steamId;
    },
    updateUserData: (userSteamId, playerName, score) => {
      if (!server.live || (!server.sessions.has(userSteamId) && !server.unauthenticatedUsers.has(userSteamId))) return false;
      server.players.set(userSteamId, { name: playerName, score });
      return true;
    },
    isServerSecure: () => server.live && server.loggedOn && server.secureFlag,
    getServerSteamID: () => (server.live ? server.steamIdValue : 0n),
    releaseCurrentThreadMemory: () => undefined,
  };
};
