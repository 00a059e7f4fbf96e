/**
 * steamworks-rx: a reactive, strictly typed SDK for Steamworks.
 *
 * steamInit / serverInit return a client or server value whose functions follow the spec's User
 * and Server classes; signals are `<signal>$` streams; asynchronous work is an Observable of an
 * Either. The simulated Steam for tests lives in `steamworks-rx/testing`.
 *
 * @module steamworks-rx
 */
export { steamInit, steamInitEx, steamShutdown, type SteamInitError, type SteamInitOptions } from './init/steam-init';
export { restartAppIfNecessary, type RestartAppOptions } from './init/restart-app-if-necessary';
export {
  STEAMGAMESERVER_QUERY_PORT_SHARED,
  serverInit,
  serverInitEx,
  serverShutdown,
  type ServerInitError,
  type ServerInitOptions,
} from './init/server-init';
export type { SteamClient } from './client/steam-client';
export type { ClientLifecycle } from './client/client-lifecycle';
export type { ClientSignals } from './client/client-signals';
export type { ServerStreams, UserStreams } from '../streams';
export type { AccountFunctions } from './user/account';
export type { GameConnectionFunctions, Ipv4Input } from './user/game-connection';
export type { AuthFunctions } from './auth/auth-functions';
export type { WebApiFunctions } from './auth/web-api-functions';
export type { UserCallFunctions } from './user/user-calls';
export type { VoiceFunctions } from './voice/voice-functions';
export type { SteamServer } from './server/steam-server';
export type { AppsCallError, AppsSignals, BetaCounts, BetaInfo, DlcData, DlcDownloadProgress, SteamApps, TimedTrial } from './apps/apps-functions';
export { GamepadTextDismissed } from './utils/gamepad-text-dismissed';
export type { ClanActivity, FriendsCallError, FriendsSignals, SteamFriends } from './friends/friends-functions';
export { NoAvatar } from './friends/no-avatar';
export type { AvatarError, FriendsReactive, Persona, RichPresence } from './friends/friends-reactive';
export type { FriendGame } from './friends/friend-game';
export {
  CommunityProfileItemProperty,
  CommunityProfileItemType,
  FriendFlags,
  FriendRelationship,
  OverlayToStoreFlag,
  OverlayToWebPageMode,
  PersonaChange,
  PersonaState,
  UserRestriction,
  type AvatarSize,
} from './friends/friends-enums';
export type {
  AchievedInfo,
  AchievementState,
  LeaderboardError,
  ProgressLimits,
  StatsCallError,
  StatsError,
  SteamUserStats,
  Stored,
  UserStatsSignals,
} from './user-stats/user-stats-functions';
export { LeaderboardNotFound } from './user-stats/leaderboard-types';
export type {
  Leaderboard,
  LeaderboardCreation,
  LeaderboardDataRequest,
  LeaderboardDisplayType,
  LeaderboardEntry,
  LeaderboardOptions,
  LeaderboardRange,
  GlobalRange,
  AroundUserRange,
  FriendsRange,
  UsersRange,
  LeaderboardSortMethod,
  LeaderboardUploadScoreMethod,
  ScoreUploaded,
} from './user-stats/leaderboard-types';
export type { GameServerStatsCallError, GameServerStatsSignals, SteamGameServerStats } from './game-server-stats/game-server-stats-functions';
export type {
  FilteredText,
  GamepadTextInputError,
  GamepadTextInputOptions,
  ImageSize,
  SteamImage,
  SteamUtils,
  UtilsCallError,
  UtilsSignals,
} from './utils/utils-functions';
export {
  CheckFileSignatureResult,
  FloatingGamepadTextInputMode,
  GamepadTextInputLineMode,
  GamepadTextInputMode,
  IPv6ConnectivityProtocol,
  IPv6ConnectivityState,
  NotificationPosition,
  TextFilteringContext,
} from './utils/utils-enums';
export * from './networking';
export * from './networking-messages';
export * from './networking-sockets';
export * from './networking-utils';
export type { ServerConnection } from './server/server-connection';
export type { ServerPlayers } from './server/server-players';
export type { ServerPackets, OutgoingPacket } from './server/server-packets';
export type { ServerInfoSetters } from './server/server-info';
export type { ServerCalls, ServerCallError, GroupStatusError } from './server/server-calls';
export type { ServerSignalStreams } from './server/server-streams';
export type {
  BackendOptions,
  CoreBackendOptions,
  NativeBackendOptions,
  PumpSettings,
  SimulatedBackendOptions,
} from './backend/backend-options';
export {
  AuthSessionRejected,
  BackendUnavailable,
  BeginAuthSessionFailed,
  CallFailed,
  InitFailed,
  InvalidArgument,
  NotInitialized,
  SteamResultError,
  SteamworksError,
  TicketUnavailable,
  Timeout,
  VoiceError,
} from './errors';
export { DecodeError } from '../streams/decode-error';
export { CallResultDecodeError, CallResultIoFailure, CallResultMismatchedCallback, CallResultTimeout, InvalidApiCall } from '../streams/call-result';
// The Either helpers a caller needs, from the fp-ts this package was given (a peer dependency):
// `import { isRight } from 'fp-ts/Either'` fails at run time in native ESM, where directory
// imports are not resolved.
export { fold, getOrElse, isLeft, isRight, left, match, right, type Either, type Left, type Right } from 'fp-ts/Either';
export * from './enums';
export * from './steam-id';
export type { AuthTicket, AuthTicketError, GetAuthSessionTicketError, OwnedAuthTicket, TicketOptions } from './auth/auth-ticket';
export type { AuthSessionError, BeginAuthSessionError, ValidateAuthTicketResponse } from './auth/auth-session';
export type { TicketDictionary, TicketInput } from './auth/ticket-bytes';
export type { TicketCancellation, TicketOwnership } from './auth/owned-ticket';
export type { TicketHandleInput } from './auth/ticket-handle';
export type { OwnedWebApiTicket, WebApiTicket, WebApiTicketError } from './auth/web-api-ticket';
export type { EncryptedAppTicket, UserCallError } from './user/user-calls';
export type { GameConnection } from './user/game-connection';
export type { AvailableVoice, VoiceRead } from './voice/voice-calls';
export { MAX_SAMPLE_RATE, MIN_SAMPLE_RATE } from './voice/voice-calls';
export type { VoiceStreamError, VoiceStreamOptions } from './voice/voice-stream';
export type { VoiceFrameInput } from './voice/decompress';
export type { PublicIp } from './server/server-connection';
export { SERVER_TEXT_LIMITS } from './server/server-info';
export type { Pump, PumpMode } from '../native/pump';
export type { ResultCode, UnknownEResult, UnknownEResultBrand } from '../streams/codecs/result-code';
export type {
  AuthPort,
  CallbackMessage,
  CallResultFault,
  CallResultMessage,
  ClientSession,
  GameServerPort,
  InitFailure,
  Pipe,
  Platform,
  PublicIp as CorePublicIp,
  RawCallback,
  ServerInitArguments,
  ServerSession,
  SteamCore,
  UserPort,
  UtilsPort,
  AppsPort,
  FriendsPort,
  FriendGamePlayed,
  ClanActivityCounts,
  UserStatsPort,
  GameServerStatsPort,
  LeaderboardEntryOut,
  AchievedInfoOut,
  AchievementOut,
  ProgressLimitsOut,
  VoiceIo,
  NetworkingMessagesPort,
  NetworkingUtilsPort,
  NetworkingSocketsPort,
  OutgoingNetworkMessage,
  ReceivedNetworkMessage,
  GetConfigValueAnswer,
  NetworkingDebugOutput,
  SessionConnectionInfo as CoreSessionConnectionInfo,
} from '../native/steam-core';
export type {
  CallResultError,
  ClientGameServerDeny,
  DurationControl,
  EncryptedAppTicketResponse,
  GameWebCallback,
  GetAuthSessionTicketResponse,
  GetTicketForWebApi,
  IpcFailure,
  LicensesUpdated,
  MarketEligibilityResponse,
  MicrotransactionAuthResponse,
  SteamServerConnectFailed,
  SteamServerConnected,
  SteamServerDisconnected,
  StoreAuthUrlResponse,
  GsClientApprove,
  GsClientDeny,
  GsClientKick,
  GsClientAchievementStatus,
  GsPolicyResponse,
  GsGameplayStats,
  GsClientGroupStatus,
  GsReputation,
  AssociateWithClanResult,
  ComputeNewPlayerCompatibilityResult,
  AppResumingFromSuspend,
  CheckFileSignature,
  FilterTextDictionaryChanged,
  FloatingGamepadTextInputDismissed,
  GamepadTextInputDismissed,
  IpCountry,
  LowBatteryPower,
  SteamShutdown,
  AppProofOfPurchaseKeyResponse,
  DlcInstalled,
  FileDetailsResult,
  NewUrlLaunchParameters,
  TimedTrialStatus,
  PersonaStateChange,
  GameOverlayActivated,
  GameServerChangeRequested,
  GameLobbyJoinRequested,
  AvatarImageLoaded,
  ClanOfficerListResponse,
  FriendRichPresenceUpdate,
  GameRichPresenceJoinRequested,
  DownloadClanActivityCountsResult,
  FriendsGetFollowerCount,
  FriendsIsFollowing,
  FriendsEnumerateFollowingList,
  SetPersonaNameResponse,
  UnreadChatMessagesChanged,
  OverlayBrowserProtocolNavigation,
  EquippedProfileItemsChanged,
  EquippedProfileItems,
  UserStatsReceived,
  UserStatsStored,
  UserAchievementStored,
  LeaderboardFindResult,
  LeaderboardScoresDownloaded,
  LeaderboardScoreUploaded,
  NumberOfCurrentPlayers,
  UserStatsUnloaded,
  UserAchievementIconFetched,
  GlobalAchievementPercentagesReady,
  LeaderboardUGCSet,
  GlobalStatsReceived,
  GsStatsReceived,
  GsStatsStored,
  GsStatsUnloaded,
  UserStatsStreams,
  GameServerStatsStreams,
  NetworkingMessagesSessionRequest,
  NetworkingMessagesSessionFailed,
  NetConnectionStatusChanged,
  NetAuthenticationStatus,
} from '../streams';
