/**
 * UserPort over Valve's flat ISteamUser (SteamUser023): each function is one direct call of a
 * prebound koffi function with the interface pointer captured at init. Out-parameters go through
 * typed arrays allocated once per session and reused, so sync calls allocate nothing but their
 * result object. Every size passed to C for a caller's buffer is its true length (cBufferSize).
 */
import { cBufferSize, maximumUint32Size } from './buffer-size';
import { createNativeAuthPort } from './native-auth-port';
import { toBigInt } from './flat-api';
import type { UserFlatApi } from './generated/user';
import { sessionEnded, type SessionLiveness } from './native-session-liveness';
import type { UserPort, VoiceIo } from './steam-core';

/** The UserPort of a live client session: `self` is SteamAPI_SteamUser_v023()'s pointer, valid while `liveness` is. */
export const createNativeUserPort = (api: UserFlatApi, self: bigint, liveness: SessionLiveness): UserPort => {
  const getHSteamUser = api.SteamAPI_ISteamUser_GetHSteamUser;
  const loggedOn = api.SteamAPI_ISteamUser_BLoggedOn;
  const getSteamId = api.SteamAPI_ISteamUser_GetSteamID;
  const initiateGameConnection = api.SteamAPI_ISteamUser_InitiateGameConnection_DEPRECATED;
  const terminateGameConnection = api.SteamAPI_ISteamUser_TerminateGameConnection_DEPRECATED;
  const trackAppUsageEvent = api.SteamAPI_ISteamUser_TrackAppUsageEvent;
  const getUserDataFolder = api.SteamAPI_ISteamUser_GetUserDataFolder;
  const startVoiceRecording = api.SteamAPI_ISteamUser_StartVoiceRecording;
  const stopVoiceRecording = api.SteamAPI_ISteamUser_StopVoiceRecording;
  const getAvailableVoice = api.SteamAPI_ISteamUser_GetAvailableVoice;
  const getVoice = api.SteamAPI_ISteamUser_GetVoice;
  const decompressVoice = api.SteamAPI_ISteamUser_DecompressVoice;
  const getVoiceOptimalSampleRate = api.SteamAPI_ISteamUser_GetVoiceOptimalSampleRate;
  const getAuthTicketForWebApi = api.SteamAPI_ISteamUser_GetAuthTicketForWebApi;
  const isBehindNat = api.SteamAPI_ISteamUser_BIsBehindNAT;
  const advertiseGame = api.SteamAPI_ISteamUser_AdvertiseGame;
  const requestEncryptedAppTicket = api.SteamAPI_ISteamUser_RequestEncryptedAppTicket;
  const getEncryptedAppTicket = api.SteamAPI_ISteamUser_GetEncryptedAppTicket;
  const getGameBadgeLevel = api.SteamAPI_ISteamUser_GetGameBadgeLevel;
  const getPlayerSteamLevel = api.SteamAPI_ISteamUser_GetPlayerSteamLevel;
  const requestStoreAuthUrl = api.SteamAPI_ISteamUser_RequestStoreAuthURL;
  const isPhoneVerified = api.SteamAPI_ISteamUser_BIsPhoneVerified;
  const isTwoFactorEnabled = api.SteamAPI_ISteamUser_BIsTwoFactorEnabled;
  const isPhoneIdentifying = api.SteamAPI_ISteamUser_BIsPhoneIdentifying;
  const isPhoneRequiringVerification = api.SteamAPI_ISteamUser_BIsPhoneRequiringVerification;
  const getMarketEligibility = api.SteamAPI_ISteamUser_GetMarketEligibility;
  const getDurationControl = api.SteamAPI_ISteamUser_GetDurationControl;
  const setDurationControlOnlineState = api.SteamAPI_ISteamUser_BSetDurationControlOnlineState;

  // One uint32 out-parameter, reused: calls are synchronous and never overlap.
  const written = new Uint32Array(1);
  const check = (): void => {
    if (!liveness.alive) sessionEnded('client');
  };
  const voiceIo = (result: number): VoiceIo => ({ result, bytesWritten: written[0] ?? 0 });

  return {
    ...createNativeAuthPort(
      {
        getAuthSessionTicket: api.SteamAPI_ISteamUser_GetAuthSessionTicket,
        beginAuthSession: api.SteamAPI_ISteamUser_BeginAuthSession,
        endAuthSession: api.SteamAPI_ISteamUser_EndAuthSession,
        cancelAuthTicket: api.SteamAPI_ISteamUser_CancelAuthTicket,
        userHasLicenseForApp: api.SteamAPI_ISteamUser_UserHasLicenseForApp,
      },
      self,
      check,
      written,
    ),
    getHSteamUser: () => {
      check();
      return getHSteamUser(self);
    },
    loggedOn: () => {
      check();
      return loggedOn(self);
    },
    getSteamID: () => {
      check();
      return toBigInt(getSteamId(self));
    },
    initiateGameConnection: (buffer, serverSteamId, serverIp, serverPort, secure) => {
      check();
      return initiateGameConnection(self, buffer, cBufferSize(buffer), serverSteamId, serverIp, serverPort, secure);
    },
    terminateGameConnection: (serverIp, serverPort) => {
      check();
      terminateGameConnection(self, serverIp, serverPort);
    },
    trackAppUsageEvent: (gameId, appUsageEvent, extraInfo) => {
      check();
      trackAppUsageEvent(self, gameId, appUsageEvent, extraInfo);
    },
    getUserDataFolder: (buffer) => {
      check();
      return getUserDataFolder(self, buffer, cBufferSize(buffer));
    },
    startVoiceRecording: () => {
      check();
      startVoiceRecording(self);
    },
    stopVoiceRecording: () => {
      check();
      stopVoiceRecording(self);
    },
    getAvailableVoice: () => {
      check();
      written[0] = 0;
      // The uncompressed size and sample rate are deprecated: Valve asks for NULL and 0.
      const result = getAvailableVoice(self, written, null, 0);
      return { result, compressedBytes: written[0] ?? 0 };
    },
    getVoice: (buffer) => {
      check();
      written[0] = 0;
      return voiceIo(getVoice(self, true, buffer, cBufferSize(buffer, maximumUint32Size), written, false, null, 0, null, 0));
    },
    decompressVoice: (compressed, destination, sampleRate) => {
      check();
      written[0] = 0;
      return voiceIo(decompressVoice(self, compressed, cBufferSize(compressed, maximumUint32Size), destination, cBufferSize(destination, maximumUint32Size), written, sampleRate));
    },
    getVoiceOptimalSampleRate: () => {
      check();
      return getVoiceOptimalSampleRate(self);
    },
    getAuthTicketForWebApi: (identity) => {
      check();
      return getAuthTicketForWebApi(self, identity);
    },
    isBehindNAT: () => {
      check();
      return isBehindNat(self);
    },
    advertiseGame: (serverSteamId, serverIp, serverPort) => {
      check();
      advertiseGame(self, serverSteamId, serverIp, serverPort);
    },
    requestEncryptedAppTicket: (data) => {
      check();
      return toBigInt(requestEncryptedAppTicket(self, data, cBufferSize(data)));
    },
    getEncryptedAppTicket: (buffer) => {
      check();
      written[0] = 0;
      const ok = getEncryptedAppTicket(self, buffer, cBufferSize(buffer), written);
      return { ok, size: written[0] ?? 0 };
    },
    getGameBadgeLevel: (series, foil) => {
      check();
      return getGameBadgeLevel(self, series, foil);
    },
    getPlayerSteamLevel: () => {
      check();
      return getPlayerSteamLevel(self);
    },
    requestStoreAuthURL: (redirectUrl) => {
      check();
      return toBigInt(requestStoreAuthUrl(self, redirectUrl));
    },
    isPhoneVerified: () => {
      check();
      return isPhoneVerified(self);
    },
    isTwoFactorEnabled: () => {
      check();
      return isTwoFactorEnabled(self);
    },
    isPhoneIdentifying: () => {
      check();
      return isPhoneIdentifying(self);
    },
    isPhoneRequiringVerification: () => {
      check();
      return isPhoneRequiringVerification(self);
    },
    getMarketEligibility: () => {
      check();
      return toBigInt(getMarketEligibility(self));
    },
    getDurationControl: () => {
      check();
      return toBigInt(getDurationControl(self));
    },
    setDurationControlOnlineState: (state) => {
      check();
      return setDurationControlOnlineState(self, state);
    },
  };
};
