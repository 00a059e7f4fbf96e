/**
 * The simulated Steam core: a second adapter of the SteamCore port, for tests and for running
 * without a Steam client. The `steamworks-rx/testing` entry point re-exports from here.
 */
export { createSimulatedSteam, type SimulatedSteam } from './create-simulated-steam';
export { sharedSimulatedSteam } from './shared-simulated-steam';
export { DEFAULT_HORIZON_MS } from './busy-horizon';
export type { SimulatedProcess } from './simulated-process';
export type {
  BadgeLevel,
  DurationControlSettings,
  GroupMembership,
  MarketEligibilitySettings,
  SimulatedProcessOptions,
  SimulatedSteamOptions,
  SimulatedUserOptions,
  VoiceSource,
} from './simulated-options';
export type { SimulatedFaults } from './simulated-faults';
export type { SimulatedImages, SimulatedUtilsControl } from './simulated-utils-control';
export type { GamepadTextBox, SimulatedImage } from './utils-model';
export type { SimulatedAppsControl, SimulatedLaunchParameters, SimulatedTimedTrialStatus } from './simulated-apps-control';
export type { SimulatedNetworkControl } from './simulated-network-control';
export type { ConnectionOwner, ConnectionSnapshot, NetworkOptions } from './network/network-model';
export { DEFAULT_LINK } from './network/network-model';
export type { InFlightPacket, LinkProperties, TransportCounters } from './network/transport';
export type { SimulatedAppsOptions, SimulatedBeta, SimulatedDlc, SimulatedFileDetails, SimulatedTimedTrial } from './apps-model';
export type { SimulatedFriendsControl } from './simulated-friends-control';
export type {
  OverlayActivation,
  PendingInvite,
  SimulatedClanOptions,
  SimulatedFriendsGroup,
  SimulatedGamePlayed,
  SimulatedPersonaOptions,
  SimulatedProfileItem,
} from './friends-model';
export type {
  SimulatedLeaderboardEntry,
  SimulatedLeaderboardSnapshot,
  SimulatedStoredStats,
  SimulatedUserStatsControl,
} from './simulated-user-stats-control';
export type {
  FriendGraph,
  SimulatedAchievement,
  SimulatedAchievementProgress,
  SimulatedLeaderboardDeclaration,
  SimulatedStat,
  SimulatedStatSetBy,
  SimulatedStatsSchema,
} from './user-stats-model';
export type {
  AuthSessionSnapshot,
  ClientSnapshot,
  PendingCallSnapshot,
  RetainedCounts,
  ServerSnapshot,
  SimulatedInspection,
  SimulatedUserSnapshot,
  TicketSnapshot,
  VoiceSnapshot,
  WebApiTicketSnapshot,
} from './simulated-inspection';
export { WEB_API_TICKET_LIFETIME_MS } from './web-api-ticket-registry';
export type { SimulatedServerInfo } from './server-endpoint';
export type { AdvertisedGame, AppUsageEvent, GameConnectionRecord } from './client-endpoint';
export type { AuthSessionState } from './endpoint';
export type { VoiceRecordingState } from './voice-recorder';
export type {
  EncryptedAppTicketContents,
  SimulatedBackend,
  WebApiTicketOwner,
  WebApiTicketRejection,
} from './ticket-verification';
export { defaultVoiceSource, silentVoiceSource, toneVoiceSource } from './default-voice-source';
export type { Failure, Outcome, Success } from './outcome';
export {
  type DecodedVoiceFrame,
  decodeVoiceFrames,
  encodeVoiceFrame,
  MAX_DECOMPRESS_SAMPLE_RATE,
  MIN_DECOMPRESS_SAMPLE_RATE,
  VOICE_NATIVE_SAMPLE_RATE,
} from './voice-codec';
export { VOICE_FRAME_MS } from './voice-recorder';
export { SESSION_TICKET_SIZE, SESSION_TICKET_VERSION } from './session-ticket';
export { composeSteamId, individualSteamId, splitSteamId, type SteamIdParts } from './steam-id';
