/**
 * UserPort over Valve's flat ISteamUser (SteamUser023): each function is one direct call of a
 * koffi function with the interface pointer captured at init; each koffi function is read (and so
 * bound) on its first call, then called directly. Out-parameters go through
 * typed arrays allocated once per session and reused, so sync calls allocate nothing but their
 * result object. Every size passed to C for a caller's buffer is its true length (cBufferSize).
 */
import { cBufferSize, maximumUint32Size } from './buffer-size';
import { createNativeAuthPort } from './native-auth-port';
import { callThenKeep, toBigInt } from './flat-api';
import type { UserFlatApi } from './generated/user';
import { sessionEnded, type SessionLiveness } from './native-session-liveness';
import type { UserPort, VoiceIo } from './steam-core';

/** The UserPort of a live client session: `self` is SteamAPI_SteamUser_v023()'s pointer, valid while `liveness` is. */
export const createNativeUserPort = (api: UserFlatApi, self: bigint, liveness: SessionLiveness): UserPort => {
  let getHSteamUser: UserFlatApi['SteamAPI_ISteamUser_GetHSteamUser'] = callThenKeep(() => api.SteamAPI_ISteamUser_GetHSteamUser, (bound) => (getHSteamUser = bound));
  let loggedOn: UserFlatApi['SteamAPI_ISteamUser_BLoggedOn'] = callThenKeep(() => api.SteamAPI_ISteamUser_BLoggedOn, (bound) => (loggedOn = bound));
  let getSteamId: UserFlatApi['SteamAPI_ISteamUser_GetSteamID'] = callThenKeep(() => api.SteamAPI_ISteamUser_GetSteamID, (bound) => (getSteamId = bound));
  let initiateGameConnection: UserFlatApi['SteamAPI_ISteamUser_InitiateGameConnection_DEPRECATED'] = callThenKeep(() => api.SteamAPI_ISteamUser_InitiateGameConnection_DEPRECATED, (bound) => (initiateGameConnection = bound));
  let terminateGameConnection: UserFlatApi['SteamAPI_ISteamUser_TerminateGameConnection_DEPRECATED'] = callThenKeep(() => api.SteamAPI_ISteamUser_TerminateGameConnection_DEPRECATED, (bound) => (terminateGameConnection = bound));
  let trackAppUsageEvent: UserFlatApi['SteamAPI_ISteamUser_TrackAppUsageEvent'] = callThenKeep(() => api.SteamAPI_ISteamUser_TrackAppUsageEvent, (bound) => (trackAppUsageEvent = bound));
  let getUserDataFolder: UserFlatApi['SteamAPI_ISteamUser_GetUserDataFolder'] = callThenKeep(() => api.SteamAPI_ISteamUser_GetUserDataFolder, (bound) => (getUserDataFolder = bound));
  let startVoiceRecording: UserFlatApi['SteamAPI_ISteamUser_StartVoiceRecording'] = callThenKeep(() => api.SteamAPI_ISteamUser_StartVoiceRecording, (bound) => (startVoiceRecording = bound));
  let stopVoiceRecording: UserFlatApi['SteamAPI_ISteamUser_StopVoiceRecording'] = callThenKeep(() => api.SteamAPI_ISteamUser_StopVoiceRecording, (bound) => (stopVoiceRecording = bound));
  let getAvailableVoice: UserFlatApi['SteamAPI_ISteamUser_GetAvailableVoice'] = callThenKeep(() => api.SteamAPI_ISteamUser_GetAvailableVoice, (bound) => (getAvailableVoice = bound));
  let getVoice: UserFlatApi['SteamAPI_ISteamUser_GetVoice'] = callThenKeep(() => api.SteamAPI_ISteamUser_GetVoice, (bound) => (getVoice = bound));
  let decompressVoice: UserFlatApi['SteamAPI_ISteamUser_DecompressVoice'] = callThenKeep(() => api.SteamAPI_ISteamUser_DecompressVoice, (bound) => (decompressVoice = bound));
  let getVoiceOptimalSampleRate: UserFlatApi['SteamAPI_ISteamUser_GetVoiceOptimalSampleRate'] = callThenKeep(() => api.SteamAPI_ISteamUser_GetVoiceOptimalSampleRate, (bound) => (getVoiceOptimalSampleRate = bound));
  let getAuthTicketForWebApi: UserFlatApi['SteamAPI_ISteamUser_GetAuthTicketForWebApi'] = callThenKeep(() => api.SteamAPI_ISteamUser_GetAuthTicketForWebApi, (bound) => (getAuthTicketForWebApi = bound));
  let isBehindNat: UserFlatApi['SteamAPI_ISteamUser_BIsBehindNAT'] = callThenKeep(() => api.SteamAPI_ISteamUser_BIsBehindNAT, (bound) => (isBehindNat = bound));
  let advertiseGame: UserFlatApi['SteamAPI_ISteamUser_AdvertiseGame'] = callThenKeep(() => api.SteamAPI_ISteamUser_AdvertiseGame, (bound) => (advertiseGame = bound));
  let requestEncryptedAppTicket: UserFlatApi['SteamAPI_ISteamUser_RequestEncryptedAppTicket'] = callThenKeep(() => api.SteamAPI_ISteamUser_RequestEncryptedAppTicket, (bound) => (requestEncryptedAppTicket = bound));
  let getEncryptedAppTicket: UserFlatApi['SteamAPI_ISteamUser_GetEncryptedAppTicket'] = callThenKeep(() => api.SteamAPI_ISteamUser_GetEncryptedAppTicket, (bound) => (getEncryptedAppTicket = bound));
  let getGameBadgeLevel: UserFlatApi['SteamAPI_ISteamUser_GetGameBadgeLevel'] = callThenKeep(() => api.SteamAPI_ISteamUser_GetGameBadgeLevel, (bound) => (getGameBadgeLevel = bound));
  let getPlayerSteamLevel: UserFlatApi['SteamAPI_ISteamUser_GetPlayerSteamLevel'] = callThenKeep(() => api.SteamAPI_ISteamUser_GetPlayerSteamLevel, (bound) => (getPlayerSteamLevel = bound));
  let requestStoreAuthUrl: UserFlatApi['SteamAPI_ISteamUser_RequestStoreAuthURL'] = callThenKeep(() => api.SteamAPI_ISteamUser_RequestStoreAuthURL, (bound) => (requestStoreAuthUrl = bound));
  let isPhoneVerified: UserFlatApi['SteamAPI_ISteamUser_BIsPhoneVerified'] = callThenKeep(() => api.SteamAPI_ISteamUser_BIsPhoneVerified, (bound) => (isPhoneVerified = bound));
  let isTwoFactorEnabled: UserFlatApi['SteamAPI_ISteamUser_BIsTwoFactorEnabled'] = callThenKeep(() => api.SteamAPI_ISteamUser_BIsTwoFactorEnabled, (bound) => (isTwoFactorEnabled = bound));
  let isPhoneIdentifying: UserFlatApi['SteamAPI_ISteamUser_BIsPhoneIdentifying'] = callThenKeep(() => api.SteamAPI_ISteamUser_BIsPhoneIdentifying, (bound) => (isPhoneIdentifying = bound));
  let isPhoneRequiringVerification: UserFlatApi['SteamAPI_ISteamUser_BIsPhoneRequiringVerification'] = callThenKeep(() => api.SteamAPI_ISteamUser_BIsPhoneRequiringVerification, (bound) => (isPhoneRequiringVerification = bound));
  let getMarketEligibility: UserFlatApi['SteamAPI_ISteamUser_GetMarketEligibility'] = callThenKeep(() => api.SteamAPI_ISteamUser_GetMarketEligibility, (bound) => (getMarketEligibility = bound));
  let getDurationControl: UserFlatApi['SteamAPI_ISteamUser_GetDurationControl'] = callThenKeep(() => api.SteamAPI_ISteamUser_GetDurationControl, (bound) => (getDurationControl = bound));
  let setDurationControlOnlineState: UserFlatApi['SteamAPI_ISteamUser_BSetDurationControlOnlineState'] = callThenKeep(() => api.SteamAPI_ISteamUser_BSetDurationControlOnlineState, (bound) => (setDurationControlOnlineState = bound));

  // One uint32 out-parameter, reused: calls are synchronous and never overlap.
  const written = new Uint32Array(1);
  const check = (): void => {
    if (!liveness.alive) sessionEnded('client');
  };
  const voiceIo = (result: number): VoiceIo => ({ result, bytesWritten: written[0] ?? 0 });

  return {
    ...createNativeAuthPort(
      // Getters: the auth port reads each on its first call (which binds it, see defineUserFlatApi).
      {
        get getAuthSessionTicket() {
          return api.SteamAPI_ISteamUser_GetAuthSessionTicket;
        },
        get beginAuthSession() {
          return api.SteamAPI_ISteamUser_BeginAuthSession;
        },
        get endAuthSession() {
          return api.SteamAPI_ISteamUser_EndAuthSession;
        },
        get cancelAuthTicket() {
          return api.SteamAPI_ISteamUser_CancelAuthTicket;
        },
        get userHasLicenseForApp() {
          return api.SteamAPI_ISteamUser_UserHasLicenseForApp;
        },
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
