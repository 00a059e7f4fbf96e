/**
 * ISteamUser of a simulated process. Every function checks that the client is still live: after
 * SteamAPI_Shutdown it answers with Steam's neutral values instead of throwing.
 */
import { withGameChange } from './friends-model';
import { VOICE_FRAME_MS } from './voice-recorder';
import { EBeginAuthSessionResult, EDurationControlOnlineState, EResult, EUserHasLicenseForAppResult, EVoiceResult } from '../native/enums';
import type { UserPort, VoiceIo } from '../native/steam-core';
import {
  beginAuthSession,
  cancelSessionTicket,
  endAuthSession,
  issueSessionTicket,
  userHasLicenseForApp,
} from './auth-sessions';
import type { ClientEndpoint } from './client-endpoint';
import { durationControlValues } from './duration-control';
import { encodeEncryptedAppTicket } from './encrypted-app-ticket';
import { encodeGameConnectionBlob, GAME_CONNECTION_BLOB_SIZE } from './game-connection-blob';
import { computeMac } from './ticket-mac';
import { decompressVoice, VOICE_NATIVE_SAMPLE_RATE } from './voice-codec';
import { copyOfBytes, writableViewOf } from './untrusted-bytes';
import { cancelWebApiTicket, requestWebApiTicket } from './web-api-tickets';
import { isWellFormedText } from '../native/well-formed-text';

const NOT_INITIALIZED: VoiceIo = { result: EVoiceResult.NotInitialized, bytesWritten: 0 };

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

export const createSimulatedUserPort = (client: ClientEndpoint): UserPort => {
  // Voice is captured lazily on the clock, so nothing is queued while it records: wake the pump
  // once a frame while capture (or its tail) runs, and once more when it ends so the last frames
  // get read. Unread bytes alone do not keep the clock busy; an open microphone does, as it
  // would in real time, so a virtual-time test stops its recordings (or bounds its time).
  const keepVoiceAwake = (): void => {
    // Only a listening pump needs the cue; without one the loop would keep virtual time busy.
    if (!client.process.wakeups.observed) return;
    client.universe.later(() => {
      if (!client.live) return;
      client.process.wakeups.next();
      if (client.voice.state() !== 'off') keepVoiceAwake();
    }, VOICE_FRAME_MS);
  };
  const universe = client.universe;
  const user = client.user;

  const requestEncryptedAppTicket = (userData: Uint8Array): bigint => {
    if (client.encryptedAppTicketPending) {
      return client.startCall('EncryptedAppTicketResponse_t', () => ({ m_eResult: EResult.DuplicateRequest }));
    }
    const last = client.encryptedAppTicketLastSuccessAtMs;
    if (last !== null && universe.now() - last < universe.encryptedAppTicketIntervalMs) {
      return client.startCall('EncryptedAppTicketResponse_t', () => ({ m_eResult: EResult.LimitExceeded }));
    }
    client.encryptedAppTicketPending = true;
    return client.startCall(
      'EncryptedAppTicketResponse_t',
      () => {
        client.encryptedAppTicketPending = false;
        client.encryptedAppTicketLastSuccessAtMs = universe.now();
        client.encryptedAppTicket = encodeEncryptedAppTicket(universe.secret, universe.nextSequence(), {
          appId: client.process.appId,
          steamId: user.steamId,
          issuedAtMs: universe.now(),
          userData,
        });
        return { m_eResult: EResult.OK };
      },
      () => {
        client.encryptedAppTicketPending = false;
      },
    );
  };

  return {
    // Bytes from the caller go through untrusted-bytes.ts: true lengths, inputs copied now.
    getAuthSessionTicket: (buffer, remoteSteamId) =>
      client.live ? issueSessionTicket(client, writableViewOf(buffer), remoteSteamId) : { handle: 0, size: 0 },
    beginAuthSession: (ticket, steamId) =>
      client.live ? beginAuthSession(client, copyOfBytes(ticket), steamId) : EBeginAuthSessionResult.InvalidTicket,
    endAuthSession: (steamId) => {
      if (client.live) endAuthSession(client, steamId);
    },
    cancelAuthTicket: (handle) => {
      if (!client.live) return;
      if (!cancelSessionTicket(client, handle)) cancelWebApiTicket(client, handle);
    },
    userHasLicenseForApp: (steamId, appId) =>
      client.live ? userHasLicenseForApp(client, steamId, appId) : EUserHasLicenseForAppResult.NoAuth,
    getHSteamUser: () => (client.live ? client.process.id : 0),
    loggedOn: () => client.live && client.loggedOnView,
    getSteamID: () => (client.live ? user.steamId : 0n),
    initiateGameConnection: (output, serverSteamId, serverIp, serverPort, secure) => {
      const buffer = writableViewOf(output);
      if (!client.live || !client.connected() || buffer.byteLength < GAME_CONNECTION_BLOB_SIZE) return 0;
      const blob = encodeGameConnectionBlob(universe.secret, {
        steamId: user.steamId,
        serverSteamId,
        serverIp,
        serverPort,
        secure,
        appId: client.process.appId,
        issuedAtMs: universe.now(),
      });
      buffer.set(blob, 0);
      client.gameConnections.push({ serverSteamId, serverIp, serverPort, secure });
      return blob.byteLength;
    },
    terminateGameConnection: (serverIp, serverPort) => {
      if (!client.live) return;
      const index = client.gameConnections.findIndex((connection) => connection.serverIp === serverIp && connection.serverPort === serverPort);
      if (index >= 0) client.gameConnections.splice(index, 1);
    },
    trackAppUsageEvent: (gameId, appUsageEvent, extraInfo) => {
      if (client.live) client.appUsageEvents.push({ gameId, appUsageEvent, extraInfo });
    },
    getUserDataFolder: (output) => {
      if (!client.live) return false;
      const buffer = writableViewOf(output);
      const path = new TextEncoder().encode(`/simulated-steam/userdata/${user.steamId & 0xffffffffn}/${client.process.appId}/local\0`);
      if (path.byteLength > buffer.byteLength) return false;
      buffer.set(path, 0);
      return true;
    },
    startVoiceRecording: () => {
      if (!client.live) return;
      const wasOff = client.voice.state() === 'off';
      client.voice.start();
      if (wasOff) keepVoiceAwake();
    },
    stopVoiceRecording: () => {
      if (client.live) client.voice.stop();
    },
    getAvailableVoice: () => (client.live ? client.voice.available() : { result: EVoiceResult.NotInitialized, compressedBytes: 0 }),
    getVoice: (buffer) => (client.live ? client.voice.read(writableViewOf(buffer)) : NOT_INITIALIZED),
    decompressVoice: (compressed, destination, sampleRate) =>
      client.live ? decompressVoice(copyOfBytes(compressed), writableViewOf(destination), sampleRate) : NOT_INITIALIZED,
    getVoiceOptimalSampleRate: () => (client.live ? VOICE_NATIVE_SAMPLE_RATE : 0),
    getAuthTicketForWebApi: (identity) => (client.live ? requestWebApiTicket(client, identity) : 0),
    isBehindNAT: () => client.live && client.loggedOnView && user.behindNat,
    advertiseGame: (serverSteamId, serverIp, serverPort) => {
      if (!client.live) return;
      // Leaving the address out clears the advertisement (Steam's documented behaviour). Friends
      // see the server in GetFriendGamePlayed (k_EPersonaChangeGameServer).
      withGameChange(client.universe, client.user, () => {
        client.advertisedGame = serverIp === 0 || serverPort === 0 ? null : { serverSteamId, serverIp, serverPort };
      });
    },
    requestEncryptedAppTicket: (data) => (client.live ? requestEncryptedAppTicket(copyOfBytes(data)) : 0n),
    getEncryptedAppTicket: (output) => {
      const ticket = client.live ? client.encryptedAppTicket : null;
      if (ticket === null) return { ok: false, size: 0 };
      const buffer = writableViewOf(output);
      if (ticket.byteLength > buffer.byteLength) return { ok: false, size: ticket.byteLength };
      buffer.set(ticket, 0);
      return { ok: true, size: ticket.byteLength };
    },
    getGameBadgeLevel: (series, foil) =>
      client.live ? (user.badges.find((badge) => badge.series === series && badge.foil === foil)?.level ?? 0) : 0,
    getPlayerSteamLevel: () => (client.live ? user.steamLevel : 0),
    requestStoreAuthURL: (redirectUrl) => {
      if (!client.live) return 0n;
      // A lone surrogate has no UTF-8 form for Steam to take: the call fails, as Steam's would.
      if (!isWellFormedText(redirectUrl)) return client.startCall('StoreAuthURLResponse_t', () => null);
      const token = hex(computeMac(universe.secret, 'store-auth', new TextEncoder().encode(`${user.steamId}:${universe.nextSequence()}`)));
      const url = `https://store.steampowered.com/login/simulated?steamid=${user.steamId}&token=${token}&redirectURL=${encodeURIComponent(redirectUrl)}`;
      return client.startCall('StoreAuthURLResponse_t', () => ({ m_szURL: url }));
    },
    isPhoneVerified: () => client.live && user.phoneVerified,
    isTwoFactorEnabled: () => client.live && user.twoFactor,
    isPhoneIdentifying: () => client.live && user.phoneIdentifying,
    isPhoneRequiringVerification: () => client.live && user.phoneRequiringVerification,
    getMarketEligibility: () => {
      if (!client.live) return 0n;
      return client.startCall('MarketEligibilityResponse_t', () => ({
        m_bAllowed: user.marketEligibility.allowed,
        m_eNotAllowedReason: user.marketEligibility.notAllowedReason,
        m_rtAllowedAtTime: user.marketEligibility.allowedAtTime,
        m_cdaySteamGuardRequiredDays: user.marketEligibility.steamGuardRequiredDays,
        m_cdayNewDeviceCooldown: user.marketEligibility.newDeviceCooldownDays,
      }));
    },
    getDurationControl: () => (client.live ? client.startCall('DurationControl_t', () => durationControlValues(client)) : 0n),
    setDurationControlOnlineState: (state) => {
      const valid =
        state === EDurationControlOnlineState.Offline ||
        state === EDurationControlOnlineState.Online ||
        state === EDurationControlOnlineState.OnlineHighPri;
      if (!client.live || !valid) return false;
      client.durationControlOnlineState = state;
      return true;
    },
  };
};
