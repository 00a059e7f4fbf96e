/**
 * The SteamCore port: the one seam between the SDK and a Steam implementation.
 *
 * Two adapters implement it: the native core (Valve's libsteam_api through koffi) and the
 * simulated core (a deterministic in-process model of Steam). Everything above `native/` talks to
 * Steam only through these interfaces, so both cores feed the same decoders and the same API.
 *
 * The port speaks the flat C API with JavaScript types: uint64 values are `bigint`, C buffers are
 * caller-owned `Uint8Array`s that the core writes into (exactly like the C out-buffers), C strings
 * are `string`. It does not validate arguments: the public API does that before calling here.
 */
import type { Either } from 'fp-ts/Either';
import type { Observable, SchedulerLike } from 'rxjs';
import type { FriendsPort } from './friends-port';

export type { ClanActivityCounts, FriendGamePlayed, FriendsPort } from './friends-port';
import type { GameServerStatsPort } from './game-server-stats-port';
import type { UserStatsPort } from './user-stats-port';

export type { AchievedInfoOut, AchievementOut, LeaderboardEntryOut, ProgressLimitsOut, UserStatsPort } from './user-stats-port';
export type { GameServerStatsPort } from './game-server-stats-port';
import type { NetworkingMessagesPort } from './networking-messages-port';
import type { NetworkingSocketsPort } from './networking-sockets-port';
import type { NetworkingUtilsPort } from './networking-utils-port';

export type * from './networking-messages-port';
export type * from './networking-sockets-port';
export type * from './networking-utils-port';

/** Which Steam pipe a callback came from: the user's client pipe or the game-server pipe. */
export type Pipe = 'client' | 'server';

/** Callback struct layouts differ between these two (pack 4 vs pack 8). */
export type Platform = 'linux64' | 'win64';

/** A callback posted on a pipe (anything but SteamAPICallCompleted_t, which becomes a CallResultMessage). */
export interface CallbackMessage {
  /** Always 'callback': tells it from a CallResultMessage. */
  readonly kind: 'callback';
  /** The pipe it was posted on. */
  readonly pipe: Pipe;
  /** The k_iCallback of the callback struct (e.g. 143 for ValidateAuthTicketResponse_t). */
  readonly callbackId: number;
  /** A copy of the callback struct's bytes, owned by JavaScript; never a view into native memory. */
  readonly bytes: Uint8Array;
}

/**
 * Why the native core, not Steam, turned a finished call into a failure (`ioFailure: true`, no
 * bytes): the bytes could not be trusted to be the result's, so none are passed on.
 * - `SizeMismatch`: SteamAPICallCompleted_t's m_cubParam is not the size of the struct its
 *   callback id names on this platform (bytes past what Steam wrote would be stale memory);
 * - `AbsurdSize`: m_cubParam is beyond any Steam struct (not even fetched);
 * - `NotHandedOver`: GetAPICallResult returned false.
 */
export type CallResultFault =
  | {
      /** m_cubParam is not the size of the result struct on this platform. */
      readonly _tag: 'SizeMismatch';
      /** The size m_cubParam claimed, in bytes. */
      readonly claimed: number;
      /** The size of the result struct on this platform, in bytes. */
      readonly expected: number;
    }
  | {
      /** m_cubParam is beyond any Steam struct. */
      readonly _tag: 'AbsurdSize';
      /** The size m_cubParam claimed, in bytes. */
      readonly claimed: number;
    }
  | {
      /** GetAPICallResult returned false. */
      readonly _tag: 'NotHandedOver';
    };

/** The payload of a finished asynchronous API call (SteamAPICall_t), fetched with GetAPICallResult. */
export interface CallResultMessage {
  /** Always 'callResult': tells it from a CallbackMessage. */
  readonly kind: 'callResult';
  /** The pipe the call was made on. */
  readonly pipe: Pipe;
  /** The k_iCallback of the result struct (e.g. 154 for EncryptedAppTicketResponse_t). */
  readonly callbackId: number;
  /** The SteamAPICall_t handle the original call returned. */
  readonly apiCall: bigint;
  /** Steam's I/O-failure flag: true when the call failed in transport and `bytes` mean nothing (the native core passes none). */
  readonly ioFailure: boolean;
  /** Set (with `ioFailure: true`) when the core refused the result itself; absent otherwise. */
  readonly fault?: CallResultFault;
  /** Exactly the result struct's bytes (anything Steam left unwritten is zero); empty on failure. */
  readonly bytes: Uint8Array;
}

/** What a core emits on `callbacks$`: a callback, or the result of an asynchronous call. */
export type RawCallback = CallbackMessage | CallResultMessage;

/** ESteamAPIInitResult with Valve's own message (SteamErrMsg). */
export interface InitFailure {
  /** The ESteamAPIInitResult. */
  readonly code: number;
  /** Valve's message (SteamErrMsg). */
  readonly message: string;
}

/** EServerMode and the rest of SteamGameServer_Init's fixed properties. */
export interface ServerInitArguments {
  /** IPv4 in host order (127.0.0.1 is 0x7f000001); 0 binds to all. */
  readonly ip: number;
  /** The port clients connect to for gameplay (usGamePort). */
  readonly gamePort: number;
  /** The port server browser queries go to (usQueryPort). */
  readonly queryPort: number;
  /** The EServerMode. */
  readonly serverMode: number;
  /** The game's version string (pchVersionString). */
  readonly versionString: string;
}

/** Result of a voice read or decode: an EVoiceResult and how many bytes went into the buffer. */
export interface VoiceIo {
  /** The EVoiceResult. */
  readonly result: number;
  /** How many bytes went into the buffer (nBytesWritten). */
  readonly bytesWritten: number;
}

/**
 * SteamIPAddress_t returned by value from GetPublicIP, with only the union member `type` names:
 * the bytes of the union Steam did not write never come through.
 */
export interface PublicIp {
  /** ESteamIPType: 0 IPv4, 1 IPv6. */
  readonly type: number;
  /** Host-order IPv4 when type is 0; 0 otherwise. */
  readonly ipv4: number;
  /** The IPv6 address's 16 bytes when type is 1; 16 zero bytes otherwise (IPv4 included). */
  readonly ipv6: Uint8Array;
}

/** Functions both ISteamUser and ISteamGameServer have for auth sessions. */
export interface AuthPort {
  /** Writes the ticket into `buffer` (cbMaxTicket = buffer.length); `size` is pcbTicket. handle 0 = failure. */
  getAuthSessionTicket(
    buffer: Uint8Array,
    remoteSteamId: bigint | null,
  ): {
    /** The HAuthTicket; 0 on failure. */
    readonly handle: number;
    /** The ticket's size in bytes (pcbTicket). */
    readonly size: number;
  };
  /** EBeginAuthSessionResult. */
  beginAuthSession(ticket: Uint8Array, steamId: bigint): number;
  /** EndAuthSession: ends the auth session with `steamId`. */
  endAuthSession(steamId: bigint): void;
  /** CancelAuthTicket: cancels the ticket with this HAuthTicket. */
  cancelAuthTicket(handle: number): void;
  /** EUserHasLicenseForAppResult. */
  userHasLicenseForApp(steamId: bigint, appId: number): number;
}

/** ISteamUser (SteamUser023), flat. */
export interface UserPort extends AuthPort {
  /** GetHSteamUser. */
  getHSteamUser(): number;
  /** BLoggedOn. */
  loggedOn(): boolean;
  /** GetSteamID. */
  getSteamID(): bigint;
  /** Writes the legacy auth blob into `buffer`; returns its size (0 on failure). */
  initiateGameConnection(buffer: Uint8Array, serverSteamId: bigint, serverIp: number, serverPort: number, secure: boolean): number;
  /** TerminateGameConnection. */
  terminateGameConnection(serverIp: number, serverPort: number): void;
  /** TrackAppUsageEvent. */
  trackAppUsageEvent(gameId: bigint, appUsageEvent: number, extraInfo: string): void;
  /** Writes a NUL-terminated path into `buffer`; false when it does not fit or there is none. */
  getUserDataFolder(buffer: Uint8Array): boolean;
  /** StartVoiceRecording. */
  startVoiceRecording(): void;
  /** StopVoiceRecording. */
  stopVoiceRecording(): void;
  /** EVoiceResult and pcbCompressed. */
  getAvailableVoice(): {
    /** The EVoiceResult. */
    readonly result: number;
    /** Compressed bytes available (pcbCompressed). */
    readonly compressedBytes: number;
  };
  /** Compressed voice into `buffer` (cbDestBufferSize = buffer.length). */
  getVoice(buffer: Uint8Array): VoiceIo;
  /** 16-bit mono PCM into `destination`; on BufferTooSmall, bytesWritten is the size Steam needs. */
  decompressVoice(compressed: Uint8Array, destination: Uint8Array, sampleRate: number): VoiceIo;
  /** GetVoiceOptimalSampleRate. */
  getVoiceOptimalSampleRate(): number;
  /** HAuthTicket; the ticket itself arrives in GetTicketForWebApiResponse_t. */
  getAuthTicketForWebApi(identity: string | null): number;
  /** BIsBehindNAT. */
  isBehindNAT(): boolean;
  /** AdvertiseGame. */
  advertiseGame(serverSteamId: bigint, serverIp: number, serverPort: number): void;
  /** SteamAPICall_t of EncryptedAppTicketResponse_t (0n when the call could not start). */
  requestEncryptedAppTicket(data: Uint8Array): bigint;
  /** Writes the ticket into `buffer`; ok false when none is ready or it does not fit. */
  getEncryptedAppTicket(buffer: Uint8Array): {
    /** GetEncryptedAppTicket's return value. */
    readonly ok: boolean;
    /** The ticket's size in bytes (pcbTicket). */
    readonly size: number;
  };
  /** GetGameBadgeLevel. */
  getGameBadgeLevel(series: number, foil: boolean): number;
  /** GetPlayerSteamLevel. */
  getPlayerSteamLevel(): number;
  /** SteamAPICall_t of StoreAuthURLResponse_t. */
  requestStoreAuthURL(redirectUrl: string): bigint;
  /** BIsPhoneVerified. */
  isPhoneVerified(): boolean;
  /** BIsTwoFactorEnabled. */
  isTwoFactorEnabled(): boolean;
  /** BIsPhoneIdentifying. */
  isPhoneIdentifying(): boolean;
  /** BIsPhoneRequiringVerification. */
  isPhoneRequiringVerification(): boolean;
  /** SteamAPICall_t of MarketEligibilityResponse_t. */
  getMarketEligibility(): bigint;
  /** SteamAPICall_t of DurationControl_t. */
  getDurationControl(): bigint;
  /** EDurationControlOnlineState in. */
  setDurationControlOnlineState(state: number): boolean;
}

/** ISteamGameServer (SteamGameServer015), flat. */
export interface GameServerPort extends AuthPort {
  /** SetProduct. */
  setProduct(product: string): void;
  /** SetGameDescription. */
  setGameDescription(description: string): void;
  /** SetModDir. */
  setModDir(modDir: string): void;
  /** SetDedicatedServer. */
  setDedicatedServer(dedicated: boolean): void;
  /** LogOn with a game server login token. */
  logOn(token: string): void;
  /** LogOnAnonymous. */
  logOnAnonymous(): void;
  /** LogOff. */
  logOff(): void;
  /** BLoggedOn. */
  loggedOn(): boolean;
  /** BSecure. */
  secure(): boolean;
  /** GetSteamID. */
  getSteamID(): bigint;
  /** WasRestartRequested. */
  wasRestartRequested(): boolean;
  /** SetMaxPlayerCount. */
  setMaxPlayerCount(count: number): void;
  /** SetBotPlayerCount. */
  setBotPlayerCount(count: number): void;
  /** SetServerName. */
  setServerName(name: string): void;
  /** SetMapName. */
  setMapName(name: string): void;
  /** SetPasswordProtected. */
  setPasswordProtected(passwordProtected: boolean): void;
  /** SetSpectatorPort. */
  setSpectatorPort(port: number): void;
  /** SetSpectatorServerName. */
  setSpectatorServerName(name: string): void;
  /** ClearAllKeyValues. */
  clearAllKeyValues(): void;
  /** SetKeyValue. */
  setKeyValue(key: string, value: string): void;
  /** SetGameTags. */
  setGameTags(tags: string): void;
  /** SetGameData. */
  setGameData(data: string): void;
  /** SetRegion. */
  setRegion(region: string): void;
  /** SetAdvertiseServerActive. */
  setAdvertiseServerActive(active: boolean): void;
  /** RequestUserGroupStatus; the answer arrives in GSClientGroupStatus_t. */
  requestUserGroupStatus(userSteamId: bigint, groupSteamId: bigint): boolean;
  /** GetGameplayStats; the answer arrives in GSGameplayStats_t. */
  getGameplayStats(): void;
  /** SteamAPICall_t of GSReputation_t. */
  getServerReputation(): bigint;
  /** GetPublicIP. */
  getPublicIP(): PublicIp;
  /** HandleIncomingPacket. */
  handleIncomingPacket(data: Uint8Array, sourceIp: number, sourcePort: number): boolean;
  /** Writes one outgoing packet into `buffer`; returns its size (0: none) with the destination. */
  getNextOutgoingPacket(buffer: Uint8Array): {
    /** The packet's size in bytes; 0 when there is none. */
    readonly size: number;
    /** The destination IPv4 address (pNetAdr). */
    readonly ip: number;
    /** The destination port (pPort). */
    readonly port: number;
  };
  /** SteamAPICall_t of AssociateWithClanResult_t. */
  associateWithClan(clanSteamId: bigint): bigint;
  /** SteamAPICall_t of ComputeNewPlayerCompatibilityResult_t. */
  computeNewPlayerCompatibility(newPlayerSteamId: bigint): bigint;
  /** CreateUnauthenticatedUserConnection. */
  createUnauthenticatedUserConnection(): bigint;
  /** BUpdateUserData. */
  updateUserData(userSteamId: bigint, playerName: string, score: number): boolean;
  /** SteamGameServer_BSecure (the core flag the spec's isServerSecure reads). */
  isServerSecure(): boolean;
  /** SteamGameServer_GetSteamID. */
  getServerSteamID(): bigint;
  /** SteamAPI_ReleaseCurrentThreadMemory (SteamGameServer_ReleaseCurrentThreadMemory is header-only). */
  releaseCurrentThreadMemory(): void;
}

/** ISteamUtils (client or game-server flavour), flat: what the SDK needs of it. */
export interface UtilsPort {
  /** GetAppID. */
  getAppID(): number;
  /** { completed, failed } for a SteamAPICall_t. */
  isAPICallCompleted(apiCall: bigint): {
    /** IsAPICallCompleted's return value. */
    readonly completed: boolean;
    /** Its pbFailed. */
    readonly failed: boolean;
  };
  /** ESteamAPICallFailure. */
  getAPICallFailureReason(apiCall: bigint): number;
  /** GetSecondsSinceAppActive. */
  getSecondsSinceAppActive(): number;
  /** GetSecondsSinceComputerActive. */
  getSecondsSinceComputerActive(): number;
  /** GetConnectedUniverse: an EUniverse. */
  getConnectedUniverse(): number;
  /** GetServerRealTime: Unix seconds by Steam's servers. */
  getServerRealTime(): number;
  /** GetIPCountry: a two-letter ISO 3166-1 code ('' when Steam gave none). */
  getIPCountry(): string;
  /** GetImageSize: ok false for an invalid image handle. */
  getImageSize(image: number): {
    /** GetImageSize's return value. */
    readonly ok: boolean;
    /** *pnWidth. */
    readonly width: number;
    /** *pnHeight. */
    readonly height: number;
  };
  /** GetImageRGBA into `buffer` (nDestBufferSize = buffer.length). */
  getImageRGBA(image: number, buffer: Uint8Array): boolean;
  /** GetCurrentBatteryPower: percent, 255 on AC power. */
  getCurrentBatteryPower(): number;
  /** GetIPCCallCount. */
  getIPCCallCount(): number;
  /** SetOverlayNotificationPosition with an ENotificationPosition. */
  setOverlayNotificationPosition(position: number): void;
  /** SetOverlayNotificationInset. */
  setOverlayNotificationInset(horizontalInset: number, verticalInset: number): void;
  /** IsOverlayEnabled. */
  isOverlayEnabled(): boolean;
  /** BOverlayNeedsPresent. */
  overlayNeedsPresent(): boolean;
  /** CheckFileSignature: SteamAPICall_t of CheckFileSignature_t. */
  checkFileSignature(fileName: string): bigint;
  /** ShowGamepadTextInput (EGamepadTextInputMode, EGamepadTextInputLineMode). */
  showGamepadTextInput(inputMode: number, lineInputMode: number, description: string, charMax: number, existingText: string): boolean;
  /** GetEnteredGamepadTextLength. */
  getEnteredGamepadTextLength(): number;
  /** GetEnteredGamepadTextInput into `buffer` (cchText = buffer.length). */
  getEnteredGamepadTextInput(buffer: Uint8Array): boolean;
  /** DismissGamepadTextInput. */
  dismissGamepadTextInput(): boolean;
  /** ShowFloatingGamepadTextInput (EFloatingGamepadTextInputMode). */
  showFloatingGamepadTextInput(keyboardMode: number, x: number, y: number, width: number, height: number): boolean;
  /** DismissFloatingGamepadTextInput. */
  dismissFloatingGamepadTextInput(): boolean;
  /** GetSteamUILanguage. */
  getSteamUILanguage(): string;
  /** IsSteamRunningInVR. */
  isSteamRunningInVR(): boolean;
  /** IsSteamInBigPictureMode. */
  isSteamInBigPictureMode(): boolean;
  /** IsSteamRunningOnSteamDeck. */
  isSteamRunningOnSteamDeck(): boolean;
  /** IsSteamChinaLauncher. */
  isSteamChinaLauncher(): boolean;
  /** StartVRDashboard. */
  startVRDashboard(): void;
  /** IsVRHeadsetStreamingEnabled. */
  isVRHeadsetStreamingEnabled(): boolean;
  /** SetVRHeadsetStreamingEnabled. */
  setVRHeadsetStreamingEnabled(enabled: boolean): void;
  /** SetGameLauncherMode. */
  setGameLauncherMode(launcherMode: boolean): void;
  /** InitFilterText (unFilterOptions). */
  initFilterText(filterOptions: number): boolean;
  /** FilterText (ETextFilteringContext) into `buffer`; returns how many characters were filtered. */
  filterText(context: number, sourceSteamId: bigint, input: string, buffer: Uint8Array): number;
  /** GetIPv6ConnectivityState (ESteamIPv6ConnectivityProtocol in, ESteamIPv6ConnectivityState out). */
  getIPv6ConnectivityState(protocol: number): number;
}

/** ISteamApps (STEAMAPPS_INTERFACE_VERSION008), flat: the client's licenses, DLC, languages, betas and install. */
export interface AppsPort {
  /** BIsSubscribed. */
  isSubscribed(): boolean;
  /** BIsLowViolence. */
  isLowViolence(): boolean;
  /** BIsCybercafe. */
  isCybercafe(): boolean;
  /** BIsVACBanned. */
  isVACBanned(): boolean;
  /** GetCurrentGameLanguage ('' when Steam gave none). */
  getCurrentGameLanguage(): string;
  /** GetAvailableGameLanguages: comma-separated ('' when Steam gave none). */
  getAvailableGameLanguages(): string;
  /** BIsSubscribedApp. */
  isSubscribedApp(appId: number): boolean;
  /** BIsDlcInstalled. */
  isDlcInstalled(appId: number): boolean;
  /** GetEarliestPurchaseUnixTime. */
  getEarliestPurchaseUnixTime(appId: number): number;
  /** BIsSubscribedFromFreeWeekend. */
  isSubscribedFromFreeWeekend(): boolean;
  /** GetDLCCount. */
  getDLCCount(): number;
  /** BGetDLCDataByIndex, the name into `name` (cchNameBufferSize = name.length). */
  getDLCDataByIndex(index: number, name: Uint8Array): {
    /** BGetDLCDataByIndex's return value. */
    readonly ok: boolean;
    /** *pAppID. */
    readonly appId: number;
    /** *pbAvailable. */
    readonly available: boolean;
  };
  /** InstallDLC. */
  installDLC(appId: number): void;
  /** UninstallDLC. */
  uninstallDLC(appId: number): void;
  /** RequestAppProofOfPurchaseKey; the answer arrives in AppProofOfPurchaseKeyResponse_t. */
  requestAppProofOfPurchaseKey(appId: number): void;
  /** GetCurrentBetaName into `name` (cchNameBufferSize = name.length). */
  getCurrentBetaName(name: Uint8Array): boolean;
  /** MarkContentCorrupt. */
  markContentCorrupt(missingFilesOnly: boolean): boolean;
  /** GetInstalledDepots into `depots` (cMaxDepots = depots.length); returns how many it wrote. */
  getInstalledDepots(appId: number, depots: Uint32Array): number;
  /** GetAppInstallDir into `folder` (cchFolderBufferSize = folder.length); returns Steam's count. */
  getAppInstallDir(appId: number, folder: Uint8Array): number;
  /** BIsAppInstalled. */
  isAppInstalled(appId: number): boolean;
  /** GetAppOwner: a Steam ID. */
  getAppOwner(): bigint;
  /** GetLaunchQueryParam ('' when unset). */
  getLaunchQueryParam(key: string): string;
  /** GetDlcDownloadProgress. */
  getDlcDownloadProgress(appId: number): {
    /** GetDlcDownloadProgress's return value. */
    readonly ok: boolean;
    /** *punBytesDownloaded. */
    readonly bytesDownloaded: bigint;
    /** *punBytesTotal. */
    readonly bytesTotal: bigint;
  };
  /** GetAppBuildId. */
  getAppBuildId(): number;
  /** RequestAllProofOfPurchaseKeys; answers arrive in AppProofOfPurchaseKeyResponse_t. */
  requestAllProofOfPurchaseKeys(): void;
  /** GetFileDetails: SteamAPICall_t of FileDetailsResult_t. */
  getFileDetails(fileName: string): bigint;
  /** GetLaunchCommandLine into `buffer` (cubCommandLine = buffer.length); returns Steam's count. */
  getLaunchCommandLine(buffer: Uint8Array): number;
  /** BIsSubscribedFromFamilySharing. */
  isSubscribedFromFamilySharing(): boolean;
  /** BIsTimedTrial. */
  isTimedTrial(): {
    /** BIsTimedTrial's return value. */
    readonly trial: boolean;
    /** *punSecondsAllowed. */
    readonly secondsAllowed: number;
    /** *punSecondsPlayed. */
    readonly secondsPlayed: number;
  };
  /** SetDlcContext. */
  setDlcContext(appId: number): boolean;
  /** GetNumBetas. */
  getNumBetas(appId: number): {
    /** GetNumBetas' return value. */
    readonly total: number;
    /** *pnAvailable. */
    readonly available: number;
    /** *pnPrivate. */
    readonly private: number;
  };
  /** GetBetaInfo, the name and description into their buffers (sizes = their lengths). */
  getBetaInfo(appId: number, index: number, name: Uint8Array, description: Uint8Array): {
    /** GetBetaInfo's return value. */
    readonly ok: boolean;
    /** *punFlags (EBetaBranchFlags). */
    readonly flags: number;
    /** *punBuildID. */
    readonly buildId: number;
  };
  /** SetActiveBeta. */
  setActiveBeta(appId: number, name: string): boolean;
}

/** A live client session on a core. */
export interface ClientSession {
  /** ISteamUser. */
  readonly user: UserPort;
  /** ISteamUtils (client flavour). */
  readonly utils: UtilsPort;
  /** ISteamApps. */
  readonly apps: AppsPort;
  /** ISteamFriends. */
  readonly friends: FriendsPort;
  /** ISteamUserStats. */
  readonly userStats: UserStatsPort;
  /** ISteamNetworkingMessages (client flavour). */
  readonly networkingMessages: NetworkingMessagesPort;
  /** ISteamNetworkingUtils (one per process; reached through the client). */
  readonly networkingUtils: NetworkingUtilsPort;
  /** ISteamNetworkingSockets (SteamNetworkingSockets012; the game server's through SteamGameServerNetworkingSockets). */
  readonly networkingSockets: NetworkingSocketsPort;
}

/** A live game-server session on a core. */
export interface ServerSession {
  /** ISteamGameServer. */
  readonly server: GameServerPort;
  /** ISteamUtils (game-server flavour). */
  readonly utils: UtilsPort;
  /** ISteamGameServerStats. */
  readonly gameServerStats: GameServerStatsPort;
  /** ISteamNetworkingMessages (game-server flavour). */
  readonly networkingMessages: NetworkingMessagesPort;
  /** ISteamNetworkingSockets (SteamNetworkingSockets012; the game server's through SteamGameServerNetworkingSockets). */
  readonly networkingSockets: NetworkingSocketsPort;
}

/**
 * One Steam implementation. A core owns at most one client session and one server session at a
 * time (Valve's rule for one process); the simulated backend makes one core per simulated process,
 * so a test can hold many.
 */
export interface SteamCore {
  /** Which implementation: Valve's library, or the simulated Steam. */
  readonly backend: 'native' | 'simulated';
  /** The layout callback bytes are in (pack 4 on Linux/macOS, pack 8 on Windows). */
  readonly platform: Platform;
  /**
   * Every callback and call result of every live pipe, in arrival order. Hot: values go out during
   * `runCallbacks()`. Completes when the core is disposed.
   */
  readonly callbacks$: Observable<RawCallback>;
  /** SteamAPI_InitFlat. Left carries ESteamAPIInitResult and Valve's message. */
  initClient(): Either<InitFailure, ClientSession>;
  /** SteamInternal_GameServer_Init_V2 with the 1.60 interface-version list. */
  initServer(args: ServerInitArguments): Either<InitFailure, ServerSession>;
  /** SteamAPI_Shutdown; a no-op when the client is not live. */
  shutdownClient(): void;
  /** SteamGameServer_Shutdown; a no-op when the server is not live. */
  shutdownServer(): void;
  /** A client session is open (initClient succeeded and shutdownClient has not run since). */
  readonly clientLive: boolean;
  /** A game-server session is open (initServer succeeded and shutdownServer has not run since). */
  readonly serverLive: boolean;
  /**
   * One pump frame: for each live pipe, RunFrame then drain GetNextCallback, fetching call results
   * for SteamAPICallCompleted_t and copying every payload out before FreeLastCallback. Emits on
   * `callbacks$`. Safe to call with no live pipe (does nothing).
   */
  runCallbacks(): void;
  /**
   * Optional: emits whenever the core has work due (a callback queued, voice being captured). An
   * auto pump then runs a frame on each wake-up instead of on a fixed timer, so a virtual-time test
   * ends as soon as the simulated Steam goes quiet. Valve's library gives no such signal.
   */
  readonly wakeups$?: Observable<void>;
  /** The clock a simulated core runs on; pumps and timeouts over it default to the same clock. */
  readonly scheduler?: SchedulerLike;
  /** SteamAPI_IsSteamRunning. */
  isSteamRunning(): boolean;
  /** SteamAPI_RestartAppIfNecessary. */
  restartAppIfNecessary(ownAppId: number): boolean;
}
