/**
 * Every flat function of libsteam_api 1.60 that the SDK binds: the functions of
 * steamworks-abi-1.60.json whose `exportedByValveLinuxLib` is true (ISteamUser, ISteamGameServer,
 * ISteamUtils, the versioned accessors, the core and ManualDispatch functions, the internal init
 * entry points). test/native/flat-api.test.ts checks this table against that JSON, so a drift in a
 * name, an arity or a type width fails a test.
 *
 * Bound ONCE per library with koffi's classic syntax. Conventions of the typed surface:
 * - interface pointers (`self`) are koffi 3 pointers: bigint;
 * - uint64 arguments are bigint; uint64 RESULTS come back from koffi as a number when they fit in
 *   2^53 and as a bigint above (koffi has no switch for this), so callers normalise with `toBigInt`;
 * - C buffers and out-parameters are typed arrays passed by reference (koffi hands the array's own
 *   memory to C, no copy), so a caller can reuse one Uint32Array(1) for every call;
 * - C bool is one byte on every supported platform (koffi 'bool', checked by a test).
 */
import type { LibraryHandle, TypeObject } from 'koffi';
import { left, right, type Either } from 'fp-ts/Either';
import { koffiTypeOf } from './koffi-struct-type';
import { hostPlatform, layoutOf, layoutsFor } from './struct-layouts';

/** A uint64 result as koffi returns it: number up to 2^53, bigint above. */
export type RawUint64 = number | bigint;

/** SteamIPAddress_t as koffi returns it by value (pack(1), 20 bytes). */
export interface RawSteamIPAddress {
  readonly m_rgubIPv6: Uint8Array;
  readonly m_eType: number;
}

/** Turns a koffi uint64 result into a bigint (exact: koffi only uses numbers below 2^53). */
export const toBigInt = (value: RawUint64): bigint => (typeof value === 'bigint' ? value : BigInt(value));

/** The typed flat API. Parameter names are Valve's. */
export interface FlatApi {
  SteamAPI_InitFlat(pOutErrMsg: Uint8Array | null): number;
  SteamAPI_IsSteamRunning(): boolean;
  SteamAPI_ManualDispatch_FreeLastCallback(hSteamPipe: number): void;
  SteamAPI_ManualDispatch_GetAPICallResult(hSteamPipe: number, hSteamAPICall: bigint, pCallback: Uint8Array | null, cubCallback: number, iCallbackExpected: number, pbFailed: Uint8Array | null): boolean;
  SteamAPI_ManualDispatch_GetNextCallback(hSteamPipe: number, pCallbackMsg: Uint8Array | null): boolean;
  SteamAPI_ManualDispatch_Init(): void;
  SteamAPI_ManualDispatch_RunFrame(hSteamPipe: number): void;
  SteamAPI_ReleaseCurrentThreadMemory(): void;
  SteamAPI_RestartAppIfNecessary(unOwnAppID: number): boolean;
  SteamAPI_Shutdown(): void;
  SteamInternal_SteamAPI_Init(pszInternalCheckInterfaceVersions: Uint8Array | null, pOutErrMsg: Uint8Array | null): number;
  SteamAPI_GetHSteamPipe(): number;
  SteamAPI_GetHSteamUser(): number;
  SteamAPI_RunCallbacks(): void;
  SteamGameServer_BSecure(): boolean;
  SteamGameServer_GetHSteamPipe(): number;
  SteamGameServer_GetHSteamUser(): number;
  SteamGameServer_GetSteamID(): RawUint64;
  SteamGameServer_RunCallbacks(): void;
  SteamGameServer_Shutdown(): void;
  SteamInternal_GameServer_Init_V2(unIP: number, usGamePort: number, usQueryPort: number, eServerMode: number, pchVersionString: string | null, pszInternalCheckInterfaceVersions: Uint8Array | null, pOutErrMsg: Uint8Array | null): number;
  SteamAPI_SteamUser_v023(): bigint | null;
  SteamAPI_SteamUtils_v010(): bigint | null;
  SteamAPI_SteamGameServerUtils_v010(): bigint | null;
  SteamAPI_SteamGameServer_v015(): bigint | null;
  SteamAPI_ISteamUser_GetHSteamUser(self: bigint): number;
  SteamAPI_ISteamUser_BLoggedOn(self: bigint): boolean;
  SteamAPI_ISteamUser_GetSteamID(self: bigint): RawUint64;
  SteamAPI_ISteamUser_InitiateGameConnection_DEPRECATED(self: bigint, pAuthBlob: Uint8Array | null, cbMaxAuthBlob: number, steamIDGameServer: bigint, unIPServer: number, usPortServer: number, bSecure: boolean): number;
  SteamAPI_ISteamUser_TerminateGameConnection_DEPRECATED(self: bigint, unIPServer: number, usPortServer: number): void;
  SteamAPI_ISteamUser_TrackAppUsageEvent(self: bigint, gameID: bigint, eAppUsageEvent: number, pchExtraInfo: string | null): void;
  SteamAPI_ISteamUser_GetUserDataFolder(self: bigint, pchBuffer: Uint8Array | null, cubBuffer: number): boolean;
  SteamAPI_ISteamUser_StartVoiceRecording(self: bigint): void;
  SteamAPI_ISteamUser_StopVoiceRecording(self: bigint): void;
  SteamAPI_ISteamUser_GetAvailableVoice(self: bigint, pcbCompressed: Uint32Array | null, pcbUncompressed_Deprecated: Uint32Array | null, nUncompressedVoiceDesiredSampleRate_Deprecated: number): number;
  SteamAPI_ISteamUser_GetVoice(self: bigint, bWantCompressed: boolean, pDestBuffer: Uint8Array | null, cbDestBufferSize: number, nBytesWritten: Uint32Array | null, bWantUncompressed_Deprecated: boolean, pUncompressedDestBuffer_Deprecated: Uint8Array | null, cbUncompressedDestBufferSize_Deprecated: number, nUncompressBytesWritten_Deprecated: Uint32Array | null, nUncompressedVoiceDesiredSampleRate_Deprecated: number): number;
  SteamAPI_ISteamUser_DecompressVoice(self: bigint, pCompressed: Uint8Array | null, cbCompressed: number, pDestBuffer: Uint8Array | null, cbDestBufferSize: number, nBytesWritten: Uint32Array | null, nDesiredSampleRate: number): number;
  SteamAPI_ISteamUser_GetVoiceOptimalSampleRate(self: bigint): number;
  SteamAPI_ISteamUser_GetAuthSessionTicket(self: bigint, pTicket: Uint8Array | null, cbMaxTicket: number, pcbTicket: Uint32Array | null, pSteamNetworkingIdentity: Uint8Array | null): number;
  SteamAPI_ISteamUser_GetAuthTicketForWebApi(self: bigint, pchIdentity: string | null): number;
  SteamAPI_ISteamUser_BeginAuthSession(self: bigint, pAuthTicket: Uint8Array | null, cbAuthTicket: number, steamID: bigint): number;
  SteamAPI_ISteamUser_EndAuthSession(self: bigint, steamID: bigint): void;
  SteamAPI_ISteamUser_CancelAuthTicket(self: bigint, hAuthTicket: number): void;
  SteamAPI_ISteamUser_UserHasLicenseForApp(self: bigint, steamID: bigint, appID: number): number;
  SteamAPI_ISteamUser_BIsBehindNAT(self: bigint): boolean;
  SteamAPI_ISteamUser_AdvertiseGame(self: bigint, steamIDGameServer: bigint, unIPServer: number, usPortServer: number): void;
  SteamAPI_ISteamUser_RequestEncryptedAppTicket(self: bigint, pDataToInclude: Uint8Array | null, cbDataToInclude: number): RawUint64;
  SteamAPI_ISteamUser_GetEncryptedAppTicket(self: bigint, pTicket: Uint8Array | null, cbMaxTicket: number, pcbTicket: Uint32Array | null): boolean;
  SteamAPI_ISteamUser_GetGameBadgeLevel(self: bigint, nSeries: number, bFoil: boolean): number;
  SteamAPI_ISteamUser_GetPlayerSteamLevel(self: bigint): number;
  SteamAPI_ISteamUser_RequestStoreAuthURL(self: bigint, pchRedirectURL: string | null): RawUint64;
  SteamAPI_ISteamUser_BIsPhoneVerified(self: bigint): boolean;
  SteamAPI_ISteamUser_BIsTwoFactorEnabled(self: bigint): boolean;
  SteamAPI_ISteamUser_BIsPhoneIdentifying(self: bigint): boolean;
  SteamAPI_ISteamUser_BIsPhoneRequiringVerification(self: bigint): boolean;
  SteamAPI_ISteamUser_GetMarketEligibility(self: bigint): RawUint64;
  SteamAPI_ISteamUser_GetDurationControl(self: bigint): RawUint64;
  SteamAPI_ISteamUser_BSetDurationControlOnlineState(self: bigint, eNewState: number): boolean;
  SteamAPI_ISteamGameServer_SetProduct(self: bigint, pszProduct: string | null): void;
  SteamAPI_ISteamGameServer_SetGameDescription(self: bigint, pszGameDescription: string | null): void;
  SteamAPI_ISteamGameServer_SetModDir(self: bigint, pszModDir: string | null): void;
  SteamAPI_ISteamGameServer_SetDedicatedServer(self: bigint, bDedicated: boolean): void;
  SteamAPI_ISteamGameServer_LogOn(self: bigint, pszToken: string | null): void;
  SteamAPI_ISteamGameServer_LogOnAnonymous(self: bigint): void;
  SteamAPI_ISteamGameServer_LogOff(self: bigint): void;
  SteamAPI_ISteamGameServer_BLoggedOn(self: bigint): boolean;
  SteamAPI_ISteamGameServer_BSecure(self: bigint): boolean;
  SteamAPI_ISteamGameServer_GetSteamID(self: bigint): RawUint64;
  SteamAPI_ISteamGameServer_WasRestartRequested(self: bigint): boolean;
  SteamAPI_ISteamGameServer_SetMaxPlayerCount(self: bigint, cPlayersMax: number): void;
  SteamAPI_ISteamGameServer_SetBotPlayerCount(self: bigint, cBotplayers: number): void;
  SteamAPI_ISteamGameServer_SetServerName(self: bigint, pszServerName: string | null): void;
  SteamAPI_ISteamGameServer_SetMapName(self: bigint, pszMapName: string | null): void;
  SteamAPI_ISteamGameServer_SetPasswordProtected(self: bigint, bPasswordProtected: boolean): void;
  SteamAPI_ISteamGameServer_SetSpectatorPort(self: bigint, unSpectatorPort: number): void;
  SteamAPI_ISteamGameServer_SetSpectatorServerName(self: bigint, pszSpectatorServerName: string | null): void;
  SteamAPI_ISteamGameServer_ClearAllKeyValues(self: bigint): void;
  SteamAPI_ISteamGameServer_SetKeyValue(self: bigint, pKey: string | null, pValue: string | null): void;
  SteamAPI_ISteamGameServer_SetGameTags(self: bigint, pchGameTags: string | null): void;
  SteamAPI_ISteamGameServer_SetGameData(self: bigint, pchGameData: string | null): void;
  SteamAPI_ISteamGameServer_SetRegion(self: bigint, pszRegion: string | null): void;
  SteamAPI_ISteamGameServer_SetAdvertiseServerActive(self: bigint, bActive: boolean): void;
  SteamAPI_ISteamGameServer_GetAuthSessionTicket(self: bigint, pTicket: Uint8Array | null, cbMaxTicket: number, pcbTicket: Uint32Array | null, pSnid: Uint8Array | null): number;
  SteamAPI_ISteamGameServer_BeginAuthSession(self: bigint, pAuthTicket: Uint8Array | null, cbAuthTicket: number, steamID: bigint): number;
  SteamAPI_ISteamGameServer_EndAuthSession(self: bigint, steamID: bigint): void;
  SteamAPI_ISteamGameServer_CancelAuthTicket(self: bigint, hAuthTicket: number): void;
  SteamAPI_ISteamGameServer_UserHasLicenseForApp(self: bigint, steamID: bigint, appID: number): number;
  SteamAPI_ISteamGameServer_RequestUserGroupStatus(self: bigint, steamIDUser: bigint, steamIDGroup: bigint): boolean;
  SteamAPI_ISteamGameServer_GetGameplayStats(self: bigint): void;
  SteamAPI_ISteamGameServer_GetServerReputation(self: bigint): RawUint64;
  SteamAPI_ISteamGameServer_GetPublicIP(self: bigint): RawSteamIPAddress;
  SteamAPI_ISteamGameServer_HandleIncomingPacket(self: bigint, pData: Uint8Array | null, cbData: number, srcIP: number, srcPort: number): boolean;
  SteamAPI_ISteamGameServer_GetNextOutgoingPacket(self: bigint, pOut: Uint8Array | null, cbMaxOut: number, pNetAdr: Uint32Array | null, pPort: Uint16Array | null): number;
  SteamAPI_ISteamGameServer_AssociateWithClan(self: bigint, steamIDClan: bigint): RawUint64;
  SteamAPI_ISteamGameServer_ComputeNewPlayerCompatibility(self: bigint, steamIDNewPlayer: bigint): RawUint64;
  SteamAPI_ISteamGameServer_SendUserConnectAndAuthenticate_DEPRECATED(self: bigint, unIPClient: number, pvAuthBlob: Uint8Array | null, cubAuthBlobSize: number, pSteamIDUser: Uint8Array | null): boolean;
  SteamAPI_ISteamGameServer_CreateUnauthenticatedUserConnection(self: bigint): RawUint64;
  SteamAPI_ISteamGameServer_SendUserDisconnect_DEPRECATED(self: bigint, steamIDUser: bigint): void;
  SteamAPI_ISteamGameServer_BUpdateUserData(self: bigint, steamIDUser: bigint, pchPlayerName: string | null, uScore: number): boolean;
  SteamAPI_ISteamUtils_GetAppID(self: bigint): number;
  SteamAPI_ISteamUtils_IsAPICallCompleted(self: bigint, hSteamAPICall: bigint, pbFailed: Uint8Array | null): boolean;
  SteamAPI_ISteamUtils_GetAPICallFailureReason(self: bigint, hSteamAPICall: bigint): number;
  SteamAPI_ISteamUtils_GetAPICallResult(self: bigint, hSteamAPICall: bigint, pCallback: Uint8Array | null, cubCallback: number, iCallbackExpected: number, pbFailed: Uint8Array | null): boolean;
}

/** A symbol name of the flat API. */
export type FlatSymbol = keyof FlatApi;

type TypeSpec = string | TypeObject;
type Declaration = readonly [name: FlatSymbol, result: TypeSpec, parameters: readonly TypeSpec[]];

const declarations = (steamIpAddressType: TypeObject): readonly Declaration[] => [
    ['SteamAPI_InitFlat', 'int32_t', ['void *']],
    ['SteamAPI_IsSteamRunning', 'bool', []],
    ['SteamAPI_ManualDispatch_FreeLastCallback', 'void', ['int32_t']],
    ['SteamAPI_ManualDispatch_GetAPICallResult', 'bool', ['int32_t', 'uint64_t', 'void *', 'int32_t', 'int32_t', 'bool *']],
    ['SteamAPI_ManualDispatch_GetNextCallback', 'bool', ['int32_t', 'void *']],
    ['SteamAPI_ManualDispatch_Init', 'void', []],
    ['SteamAPI_ManualDispatch_RunFrame', 'void', ['int32_t']],
    ['SteamAPI_ReleaseCurrentThreadMemory', 'void', []],
    ['SteamAPI_RestartAppIfNecessary', 'bool', ['uint32_t']],
    ['SteamAPI_Shutdown', 'void', []],
    ['SteamInternal_SteamAPI_Init', 'int32_t', ['void *', 'void *']],
    ['SteamAPI_GetHSteamPipe', 'int32_t', []],
    ['SteamAPI_GetHSteamUser', 'int32_t', []],
    ['SteamAPI_RunCallbacks', 'void', []],
    ['SteamGameServer_BSecure', 'bool', []],
    ['SteamGameServer_GetHSteamPipe', 'int32_t', []],
    ['SteamGameServer_GetHSteamUser', 'int32_t', []],
    ['SteamGameServer_GetSteamID', 'uint64_t', []],
    ['SteamGameServer_RunCallbacks', 'void', []],
    ['SteamGameServer_Shutdown', 'void', []],
    ['SteamInternal_GameServer_Init_V2', 'int32_t', ['uint32_t', 'uint16_t', 'uint16_t', 'int32_t', 'const char *', 'void *', 'void *']],
    ['SteamAPI_SteamUser_v023', 'void *', []],
    ['SteamAPI_SteamUtils_v010', 'void *', []],
    ['SteamAPI_SteamGameServerUtils_v010', 'void *', []],
    ['SteamAPI_SteamGameServer_v015', 'void *', []],
    ['SteamAPI_ISteamUser_GetHSteamUser', 'int32_t', ['void *']],
    ['SteamAPI_ISteamUser_BLoggedOn', 'bool', ['void *']],
    ['SteamAPI_ISteamUser_GetSteamID', 'uint64_t', ['void *']],
    ['SteamAPI_ISteamUser_InitiateGameConnection_DEPRECATED', 'int32_t', ['void *', 'void *', 'int32_t', 'uint64_t', 'uint32_t', 'uint16_t', 'bool']],
    ['SteamAPI_ISteamUser_TerminateGameConnection_DEPRECATED', 'void', ['void *', 'uint32_t', 'uint16_t']],
    ['SteamAPI_ISteamUser_TrackAppUsageEvent', 'void', ['void *', 'uint64_t', 'int32_t', 'const char *']],
    ['SteamAPI_ISteamUser_GetUserDataFolder', 'bool', ['void *', 'void *', 'int32_t']],
    ['SteamAPI_ISteamUser_StartVoiceRecording', 'void', ['void *']],
    ['SteamAPI_ISteamUser_StopVoiceRecording', 'void', ['void *']],
    ['SteamAPI_ISteamUser_GetAvailableVoice', 'int32_t', ['void *', 'uint32_t *', 'uint32_t *', 'uint32_t']],
    ['SteamAPI_ISteamUser_GetVoice', 'int32_t', ['void *', 'bool', 'void *', 'uint32_t', 'uint32_t *', 'bool', 'void *', 'uint32_t', 'uint32_t *', 'uint32_t']],
    ['SteamAPI_ISteamUser_DecompressVoice', 'int32_t', ['void *', 'void *', 'uint32_t', 'void *', 'uint32_t', 'uint32_t *', 'uint32_t']],
    ['SteamAPI_ISteamUser_GetVoiceOptimalSampleRate', 'uint32_t', ['void *']],
    ['SteamAPI_ISteamUser_GetAuthSessionTicket', 'uint32_t', ['void *', 'void *', 'int32_t', 'uint32_t *', 'void *']],
    ['SteamAPI_ISteamUser_GetAuthTicketForWebApi', 'uint32_t', ['void *', 'const char *']],
    ['SteamAPI_ISteamUser_BeginAuthSession', 'int32_t', ['void *', 'void *', 'int32_t', 'uint64_t']],
    ['SteamAPI_ISteamUser_EndAuthSession', 'void', ['void *', 'uint64_t']],
    ['SteamAPI_ISteamUser_CancelAuthTicket', 'void', ['void *', 'uint32_t']],
    ['SteamAPI_ISteamUser_UserHasLicenseForApp', 'int32_t', ['void *', 'uint64_t', 'uint32_t']],
    ['SteamAPI_ISteamUser_BIsBehindNAT', 'bool', ['void *']],
    ['SteamAPI_ISteamUser_AdvertiseGame', 'void', ['void *', 'uint64_t', 'uint32_t', 'uint16_t']],
    ['SteamAPI_ISteamUser_RequestEncryptedAppTicket', 'uint64_t', ['void *', 'void *', 'int32_t']],
    ['SteamAPI_ISteamUser_GetEncryptedAppTicket', 'bool', ['void *', 'void *', 'int32_t', 'uint32_t *']],
    ['SteamAPI_ISteamUser_GetGameBadgeLevel', 'int32_t', ['void *', 'int32_t', 'bool']],
    ['SteamAPI_ISteamUser_GetPlayerSteamLevel', 'int32_t', ['void *']],
    ['SteamAPI_ISteamUser_RequestStoreAuthURL', 'uint64_t', ['void *', 'const char *']],
    ['SteamAPI_ISteamUser_BIsPhoneVerified', 'bool', ['void *']],
    ['SteamAPI_ISteamUser_BIsTwoFactorEnabled', 'bool', ['void *']],
    ['SteamAPI_ISteamUser_BIsPhoneIdentifying', 'bool', ['void *']],
    ['SteamAPI_ISteamUser_BIsPhoneRequiringVerification', 'bool', ['void *']],
    ['SteamAPI_ISteamUser_GetMarketEligibility', 'uint64_t', ['void *']],
    ['SteamAPI_ISteamUser_GetDurationControl', 'uint64_t', ['void *']],
    ['SteamAPI_ISteamUser_BSetDurationControlOnlineState', 'bool', ['void *', 'int32_t']],
    ['SteamAPI_ISteamGameServer_SetProduct', 'void', ['void *', 'const char *']],
    ['SteamAPI_ISteamGameServer_SetGameDescription', 'void', ['void *', 'const char *']],
    ['SteamAPI_ISteamGameServer_SetModDir', 'void', ['void *', 'const char *']],
    ['SteamAPI_ISteamGameServer_SetDedicatedServer', 'void', ['void *', 'bool']],
    ['SteamAPI_ISteamGameServer_LogOn', 'void', ['void *', 'const char *']],
    ['SteamAPI_ISteamGameServer_LogOnAnonymous', 'void', ['void *']],
    ['SteamAPI_ISteamGameServer_LogOff', 'void', ['void *']],
    ['SteamAPI_ISteamGameServer_BLoggedOn', 'bool', ['void *']],
    ['SteamAPI_ISteamGameServer_BSecure', 'bool', ['void *']],
    ['SteamAPI_ISteamGameServer_GetSteamID', 'uint64_t', ['void *']],
    ['SteamAPI_ISteamGameServer_WasRestartRequested', 'bool', ['void *']],
    ['SteamAPI_ISteamGameServer_SetMaxPlayerCount', 'void', ['void *', 'int32_t']],
    ['SteamAPI_ISteamGameServer_SetBotPlayerCount', 'void', ['void *', 'int32_t']],
    ['SteamAPI_ISteamGameServer_SetServerName', 'void', ['void *', 'const char *']],
    ['SteamAPI_ISteamGameServer_SetMapName', 'void', ['void *', 'const char *']],
    ['SteamAPI_ISteamGameServer_SetPasswordProtected', 'void', ['void *', 'bool']],
    ['SteamAPI_ISteamGameServer_SetSpectatorPort', 'void', ['void *', 'uint16_t']],
    ['SteamAPI_ISteamGameServer_SetSpectatorServerName', 'void', ['void *', 'const char *']],
    ['SteamAPI_ISteamGameServer_ClearAllKeyValues', 'void', ['void *']],
    ['SteamAPI_ISteamGameServer_SetKeyValue', 'void', ['void *', 'const char *', 'const char *']],
    ['SteamAPI_ISteamGameServer_SetGameTags', 'void', ['void *', 'const char *']],
    ['SteamAPI_ISteamGameServer_SetGameData', 'void', ['void *', 'const char *']],
    ['SteamAPI_ISteamGameServer_SetRegion', 'void', ['void *', 'const char *']],
    ['SteamAPI_ISteamGameServer_SetAdvertiseServerActive', 'void', ['void *', 'bool']],
    ['SteamAPI_ISteamGameServer_GetAuthSessionTicket', 'uint32_t', ['void *', 'void *', 'int32_t', 'uint32_t *', 'void *']],
    ['SteamAPI_ISteamGameServer_BeginAuthSession', 'int32_t', ['void *', 'void *', 'int32_t', 'uint64_t']],
    ['SteamAPI_ISteamGameServer_EndAuthSession', 'void', ['void *', 'uint64_t']],
    ['SteamAPI_ISteamGameServer_CancelAuthTicket', 'void', ['void *', 'uint32_t']],
    ['SteamAPI_ISteamGameServer_UserHasLicenseForApp', 'int32_t', ['void *', 'uint64_t', 'uint32_t']],
    ['SteamAPI_ISteamGameServer_RequestUserGroupStatus', 'bool', ['void *', 'uint64_t', 'uint64_t']],
    ['SteamAPI_ISteamGameServer_GetGameplayStats', 'void', ['void *']],
    ['SteamAPI_ISteamGameServer_GetServerReputation', 'uint64_t', ['void *']],
    ['SteamAPI_ISteamGameServer_GetPublicIP', steamIpAddressType, ['void *']],
    ['SteamAPI_ISteamGameServer_HandleIncomingPacket', 'bool', ['void *', 'void *', 'int32_t', 'uint32_t', 'uint16_t']],
    ['SteamAPI_ISteamGameServer_GetNextOutgoingPacket', 'int32_t', ['void *', 'void *', 'int32_t', 'uint32_t *', 'uint16_t *']],
    ['SteamAPI_ISteamGameServer_AssociateWithClan', 'uint64_t', ['void *', 'uint64_t']],
    ['SteamAPI_ISteamGameServer_ComputeNewPlayerCompatibility', 'uint64_t', ['void *', 'uint64_t']],
    ['SteamAPI_ISteamGameServer_SendUserConnectAndAuthenticate_DEPRECATED', 'bool', ['void *', 'uint32_t', 'void *', 'uint32_t', 'void *']],
    ['SteamAPI_ISteamGameServer_CreateUnauthenticatedUserConnection', 'uint64_t', ['void *']],
    ['SteamAPI_ISteamGameServer_SendUserDisconnect_DEPRECATED', 'void', ['void *', 'uint64_t']],
    ['SteamAPI_ISteamGameServer_BUpdateUserData', 'bool', ['void *', 'uint64_t', 'const char *', 'uint32_t']],
    ['SteamAPI_ISteamUtils_GetAppID', 'uint32_t', ['void *']],
    ['SteamAPI_ISteamUtils_IsAPICallCompleted', 'bool', ['void *', 'uint64_t', 'bool *']],
    ['SteamAPI_ISteamUtils_GetAPICallFailureReason', 'int32_t', ['void *', 'uint64_t']],
    ['SteamAPI_ISteamUtils_GetAPICallResult', 'bool', ['void *', 'uint64_t', 'void *', 'int32_t', 'int32_t', 'bool *']],
];

/** The declarations for this host (GetPublicIP's struct result uses the host packing). */
const hostDeclarations: readonly Declaration[] = declarations(koffiTypeOf(layoutOf(layoutsFor(hostPlatform()), 'SteamIPAddress_t')));

/** Every declared symbol, in declaration order. */
export const flatApiSymbols: readonly FlatSymbol[] = hostDeclarations.map(([name]) => name);

/** How a flat function is declared to koffi: result and parameter types (for tests and diagnostics). */
export const flatApiDeclaration = (symbol: FlatSymbol): { readonly result: TypeSpec; readonly parameters: readonly TypeSpec[] } => {
  const found = hostDeclarations.find(([name]) => name === symbol);
  if (found === undefined) throw new Error(`steamworks-rx: ${symbol} is not declared`);
  return { result: found[1], parameters: found[2] };
};

/** Symbols a library lacks, for LibraryInvalid. */
export interface MissingSymbols {
  readonly missing: readonly string[];
}

/**
 * Binds every declared function of a loaded library. Left lists every symbol the library does not
 * export (koffi throws per missing function: each is caught and collected, none is fatal alone).
 * Struct results use the host platform's layouts.
 */
export const bindFlatApi = (library: LibraryHandle): Either<MissingSymbols, FlatApi> => {
  const bound: Record<string, unknown> = {};
  const missing: string[] = [];
  for (const [name, result, parameters] of hostDeclarations) {
    try {
      bound[name] = library.func(name, result, [...parameters]);
    } catch {
      missing.push(name);
    }
  }
  // Every key of FlatApi was just assigned a koffi function of the declared signature.
  return missing.length > 0 ? left({ missing }) : right(bound as unknown as FlatApi);
};
