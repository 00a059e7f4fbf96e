/**
 * GameServerPort over Valve's flat ISteamGameServer (SteamGameServer015) plus the three core
 * game-server functions the port exposes. Same rules as the user port: prebound functions, the
 * interface pointer captured at init, reused out-parameter arrays, buffer sizes from cBufferSize.
 */
import { cBufferSize } from './buffer-size';
import { createNativeAuthPort } from './native-auth-port';
import { toBigInt, type ServerFlatApi, type RawSteamIPAddress } from './flat-api';
import { sessionEnded, type SessionLiveness } from './native-session-liveness';
import type { GameServerPort, PublicIp } from './steam-core';

const ipv6Bytes = 16;
/** ESteamIPType. */
const ipTypeIPv4 = 0;
const ipTypeIPv6 = 1;

/**
 * Only the union member m_eType names is read: for IPv4 Steam writes m_unIPv4 (the union's first
 * 4 bytes, little-endian on x86-64 and arm64) and leaves the other 12 as they were (uninitialised
 * memory on the real library), so `ipv6` is 16 zero bytes (the port type keeps it present); for
 * IPv6 `ipv4` is 0; for a type this SDK does not know, neither is kept.
 */
const toPublicIp = (raw: RawSteamIPAddress): PublicIp => {
  const ipv6 = new Uint8Array(ipv6Bytes);
  if (raw.m_eType === ipTypeIPv4) {
    const union = raw.m_rgubIPv6;
    const ipv4 = ((union[0] ?? 0) | ((union[1] ?? 0) << 8) | ((union[2] ?? 0) << 16) | ((union[3] ?? 0) << 24)) >>> 0;
    return { type: raw.m_eType, ipv4, ipv6 };
  }
  if (raw.m_eType === ipTypeIPv6) ipv6.set(raw.m_rgubIPv6.subarray(0, ipv6Bytes));
  return { type: raw.m_eType, ipv4: 0, ipv6 };
};

/** The GameServerPort of a live server session: `self` is SteamAPI_SteamGameServer_v015()'s pointer, valid while `liveness` is. */
export const createNativeGameServerPort = (api: ServerFlatApi, self: bigint, liveness: SessionLiveness): GameServerPort => {
  const setProduct = api.SteamAPI_ISteamGameServer_SetProduct;
  const setGameDescription = api.SteamAPI_ISteamGameServer_SetGameDescription;
  const setModDir = api.SteamAPI_ISteamGameServer_SetModDir;
  const setDedicatedServer = api.SteamAPI_ISteamGameServer_SetDedicatedServer;
  const logOn = api.SteamAPI_ISteamGameServer_LogOn;
  const logOnAnonymous = api.SteamAPI_ISteamGameServer_LogOnAnonymous;
  const logOff = api.SteamAPI_ISteamGameServer_LogOff;
  const loggedOn = api.SteamAPI_ISteamGameServer_BLoggedOn;
  const secure = api.SteamAPI_ISteamGameServer_BSecure;
  const getSteamId = api.SteamAPI_ISteamGameServer_GetSteamID;
  const wasRestartRequested = api.SteamAPI_ISteamGameServer_WasRestartRequested;
  const setMaxPlayerCount = api.SteamAPI_ISteamGameServer_SetMaxPlayerCount;
  const setBotPlayerCount = api.SteamAPI_ISteamGameServer_SetBotPlayerCount;
  const setServerName = api.SteamAPI_ISteamGameServer_SetServerName;
  const setMapName = api.SteamAPI_ISteamGameServer_SetMapName;
  const setPasswordProtected = api.SteamAPI_ISteamGameServer_SetPasswordProtected;
  const setSpectatorPort = api.SteamAPI_ISteamGameServer_SetSpectatorPort;
  const setSpectatorServerName = api.SteamAPI_ISteamGameServer_SetSpectatorServerName;
  const clearAllKeyValues = api.SteamAPI_ISteamGameServer_ClearAllKeyValues;
  const setKeyValue = api.SteamAPI_ISteamGameServer_SetKeyValue;
  const setGameTags = api.SteamAPI_ISteamGameServer_SetGameTags;
  const setGameData = api.SteamAPI_ISteamGameServer_SetGameData;
  const setRegion = api.SteamAPI_ISteamGameServer_SetRegion;
  const setAdvertiseServerActive = api.SteamAPI_ISteamGameServer_SetAdvertiseServerActive;
  const requestUserGroupStatus = api.SteamAPI_ISteamGameServer_RequestUserGroupStatus;
  const getGameplayStats = api.SteamAPI_ISteamGameServer_GetGameplayStats;
  const getServerReputation = api.SteamAPI_ISteamGameServer_GetServerReputation;
  const getPublicIp = api.SteamAPI_ISteamGameServer_GetPublicIP;
  const handleIncomingPacket = api.SteamAPI_ISteamGameServer_HandleIncomingPacket;
  const getNextOutgoingPacket = api.SteamAPI_ISteamGameServer_GetNextOutgoingPacket;
  const associateWithClan = api.SteamAPI_ISteamGameServer_AssociateWithClan;
  const computeNewPlayerCompatibility = api.SteamAPI_ISteamGameServer_ComputeNewPlayerCompatibility;
  const createUnauthenticatedUserConnection = api.SteamAPI_ISteamGameServer_CreateUnauthenticatedUserConnection;
  const updateUserData = api.SteamAPI_ISteamGameServer_BUpdateUserData;
  const coreSecure = api.SteamGameServer_BSecure;
  const coreGetSteamId = api.SteamGameServer_GetSteamID;
  const releaseCurrentThreadMemory = api.SteamAPI_ReleaseCurrentThreadMemory;

  const written = new Uint32Array(1);
  const address = new Uint32Array(1);
  const port = new Uint16Array(1);
  const check = (): void => {
    if (!liveness.alive) sessionEnded('server');
  };

  return {
    ...createNativeAuthPort(
      {
        getAuthSessionTicket: api.SteamAPI_ISteamGameServer_GetAuthSessionTicket,
        beginAuthSession: api.SteamAPI_ISteamGameServer_BeginAuthSession,
        endAuthSession: api.SteamAPI_ISteamGameServer_EndAuthSession,
        cancelAuthTicket: api.SteamAPI_ISteamGameServer_CancelAuthTicket,
        userHasLicenseForApp: api.SteamAPI_ISteamGameServer_UserHasLicenseForApp,
      },
      self,
      check,
      written,
    ),
    setProduct: (product) => {
      check();
      setProduct(self, product);
    },
    setGameDescription: (description) => {
      check();
      setGameDescription(self, description);
    },
    setModDir: (modDir) => {
      check();
      setModDir(self, modDir);
    },
    setDedicatedServer: (dedicated) => {
      check();
      setDedicatedServer(self, dedicated);
    },
    logOn: (token) => {
      check();
      logOn(self, token);
    },
    logOnAnonymous: () => {
      check();
      logOnAnonymous(self);
    },
    logOff: () => {
      check();
      logOff(self);
    },
    loggedOn: () => {
      check();
      return loggedOn(self);
    },
    secure: () => {
      check();
      return secure(self);
    },
    getSteamID: () => {
      check();
      return toBigInt(getSteamId(self));
    },
    wasRestartRequested: () => {
      check();
      return wasRestartRequested(self);
    },
    setMaxPlayerCount: (count) => {
      check();
      setMaxPlayerCount(self, count);
    },
    setBotPlayerCount: (count) => {
      check();
      setBotPlayerCount(self, count);
    },
    setServerName: (name) => {
      check();
      setServerName(self, name);
    },
    setMapName: (name) => {
      check();
      setMapName(self, name);
    },
    setPasswordProtected: (passwordProtected) => {
      check();
      setPasswordProtected(self, passwordProtected);
    },
    setSpectatorPort: (spectatorPort) => {
      check();
      setSpectatorPort(self, spectatorPort);
    },
    setSpectatorServerName: (name) => {
      check();
      setSpectatorServerName(self, name);
    },
    clearAllKeyValues: () => {
      check();
      clearAllKeyValues(self);
    },
    setKeyValue: (key, value) => {
      check();
      setKeyValue(self, key, value);
    },
    setGameTags: (tags) => {
      check();
      setGameTags(self, tags);
    },
    setGameData: (data) => {
      check();
      setGameData(self, data);
    },
    setRegion: (region) => {
      check();
      setRegion(self, region);
    },
    setAdvertiseServerActive: (active) => {
      check();
      setAdvertiseServerActive(self, active);
    },
    requestUserGroupStatus: (userSteamId, groupSteamId) => {
      check();
      return requestUserGroupStatus(self, userSteamId, groupSteamId);
    },
    getGameplayStats: () => {
      check();
      getGameplayStats(self);
    },
    getServerReputation: () => {
      check();
      return toBigInt(getServerReputation(self));
    },
    getPublicIP: () => {
      check();
      return toPublicIp(getPublicIp(self));
    },
    handleIncomingPacket: (data, sourceIp, sourcePort) => {
      check();
      return handleIncomingPacket(self, data, cBufferSize(data), sourceIp, sourcePort);
    },
    getNextOutgoingPacket: (buffer) => {
      check();
      address[0] = 0;
      port[0] = 0;
      const size = getNextOutgoingPacket(self, buffer, cBufferSize(buffer), address, port);
      return { size, ip: address[0] ?? 0, port: port[0] ?? 0 };
    },
    associateWithClan: (clanSteamId) => {
      check();
      return toBigInt(associateWithClan(self, clanSteamId));
    },
    computeNewPlayerCompatibility: (newPlayerSteamId) => {
      check();
      return toBigInt(computeNewPlayerCompatibility(self, newPlayerSteamId));
    },
    createUnauthenticatedUserConnection: () => {
      check();
      return toBigInt(createUnauthenticatedUserConnection(self));
    },
    updateUserData: (userSteamId, playerName, score) => {
      check();
      return updateUserData(self, userSteamId, playerName, score);
    },
    isServerSecure: () => {
      check();
      return coreSecure();
    },
    getServerSteamID: () => {
      check();
      return toBigInt(coreGetSteamId());
    },
    releaseCurrentThreadMemory: () => {
      check();
      releaseCurrentThreadMemory();
    },
  };
};
