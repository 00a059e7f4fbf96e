/**
 * Everything a test can configure about the simulated universe and the users in it.
 */
import type { SchedulerLike } from 'rxjs';
import type { Platform } from '../native/steam-core';
import type { SimulatedAppsOptions } from './apps-model';
import type { SimulatedPersonaOptions } from './friends-model';
import type { SimulatedStatsSchema } from './user-stats-model';
import type { NetworkOptions } from './network/network-model';

/**
 * A microphone: the 16-bit mono samples captured from `startMs` (virtual time, the scheduler's
 * clock) on, `sampleCount` of them at `sampleRate`. Must be a pure function of its arguments so a
 * scenario stays deterministic. All-zero frames count as silence and are not transmitted.
 */
export type VoiceSource = (startMs: number, sampleCount: number, sampleRate: number) => Int16Array;

/** MarketEligibilityResponse_t contents for a user. */
export interface MarketEligibilitySettings {
  /** Whether the user may use Market features (`m_bAllowed`). Default true. */
  readonly allowed: boolean;
  /** EMarketNotAllowedReasonFlags bits. */
  readonly notAllowedReason: number;
  /** RTime32 (Unix seconds) when the user may use the market. */
  readonly allowedAtTime: number;
  /** Days any user must have had Steam Guard before using the Market (`m_cdaySteamGuardRequiredDays`). Default 15. */
  readonly steamGuardRequiredDays: number;
  /** Days after a device's first authorization before the user can use the Market on it (`m_cdayNewDeviceCooldown`). Default 7. */
  readonly newDeviceCooldownDays: number;
}

/** DurationControl_t contents at the moment the client signed in; played time is added on top. */
export interface DurationControlSettings {
  /** Whether duration control applies to this user and game (`m_bApplicable`); played time is added only when true. Default false. */
  readonly applicable: boolean;
  /** Playtime in the trailing 5-hour window, in seconds (`m_csecsLast5h`); played time is added, up to 5 hours. Default 0. */
  readonly secondsLast5h: number;
  /** EDurationControlProgress. */
  readonly progress: number;
  /** EDurationControlNotification (always None in call results, as Steam does). */
  readonly notification: number;
  /** Playtime on the current calendar day, in seconds (`m_csecsToday`); played time is added. Default 0. */
  readonly secondsToday: number;
  /** Playtime left until a regulatory limit, in seconds (`m_csecsRemaining`); played time is taken off, down to 0. Default 0. */
  readonly secondsRemaining: number;
}

/** A Steam group the user belongs to (answers RequestUserGroupStatus). */
export interface GroupMembership {
  /** The group's Steam ID. */
  readonly groupSteamId: bigint;
  /** The user is an officer of the group. Default false. */
  readonly officer?: boolean;
}

/** A badge the user holds: level for a series, regular (max 5) or foil (max 1). */
export interface BadgeLevel {
  /** The badge series (GetGameBadgeLevel's nSeries). */
  readonly series: number;
  /** The foil badge rather than the regular one. */
  readonly foil: boolean;
  /** The level GetGameBadgeLevel answers for this series and foil. */
  readonly level: number;
}

/**
 * A Steam account for addUser; every field is optional. The ISteamFriends fields (persona state,
 * avatar, friends, rich presence, game, nicknames, groups, follows, …) are SimulatedPersonaOptions'.
 */
export interface SimulatedUserOptions extends SimulatedPersonaOptions {
  /** Full 64-bit Steam ID. Default: an Individual public ID built from `accountId`. */
  readonly steamId?: bigint;
  /** Account ID when `steamId` is not given. Default: a counter from 1000. */
  readonly accountId?: number;
  /** The user's name (their persona name). Default `Player <accountId>`. */
  readonly name?: string;
  /** Owns the universe's app. Default true. */
  readonly ownsApp?: boolean;
  /** Owned DLC app IDs (UserHasLicenseForApp). */
  readonly dlc?: readonly number[];
  /** The lender when the game is played through Family Sharing (owner ID in validation responses). */
  readonly familySharingOwner?: bigint;
  /** VAC banned (validation answers VACBanned). Default false. */
  readonly vacBanned?: boolean;
  /** Banned by the publisher (validation answers PublisherIssuedBan). Default false. */
  readonly publisherBanned?: boolean;
  /** What BIsPhoneVerified answers. Default true. */
  readonly phoneVerified?: boolean;
  /** What BIsTwoFactorEnabled answers. Default true. */
  readonly twoFactor?: boolean;
  /** What BIsPhoneIdentifying answers. Default false. */
  readonly phoneIdentifying?: boolean;
  /** What BIsPhoneRequiringVerification answers. Default false. */
  readonly phoneRequiringVerification?: boolean;
  /** What GetPlayerSteamLevel and GetFriendSteamLevel answer. Default 1. */
  readonly steamLevel?: number;
  /** The badges GetGameBadgeLevel answers for (0 for any other). Default none. */
  readonly badges?: readonly BadgeLevel[];
  /** What BIsBehindNAT answers while the client is logged on. Default true. */
  readonly behindNat?: boolean;
  /** MarketEligibilityResponse_t contents; fields left out take the MarketEligibilitySettings defaults. */
  readonly marketEligibility?: Partial<MarketEligibilitySettings>;
  /** DurationControl_t contents; fields left out take the DurationControlSettings defaults. */
  readonly durationControl?: Partial<DurationControlSettings>;
  /** The user's microphone. Default defaultVoiceSource (a 440 Hz tone). */
  readonly voiceSource?: VoiceSource;
  /** Connected to the Steam back end. Default true. */
  readonly loggedOn?: boolean;
  /** The Steam groups the user belongs to. Default none. */
  readonly groups?: readonly GroupMembership[];
  /** Players this user has blocked (ComputeNewPlayerCompatibility; their relationship is Ignored, Steam's explicit block). */
  readonly blockedPlayers?: readonly bigint[];
}

/** Options of createSimulatedSteam; every field is optional. */
export interface SimulatedSteamOptions {
  /** Drives all latencies and ticket times. Default asyncScheduler. */
  readonly scheduler?: SchedulerLike;
  /** The app every process runs. Default 480 (Spacewar). */
  readonly appId?: number;
  /** Delay of every callback and call result, in scheduler milliseconds. Default 20. */
  readonly latencyMs?: number;
  /** Session tickets expire this long after issue. Default 24 h. */
  readonly ticketLifetimeMs?: number;
  /** Web API tickets expire this long after issue. Default WEB_API_TICKET_LIFETIME_MS (24 h). */
  readonly webApiTicketLifetimeMs?: number;
  /** Voice keeps capturing this long after StopVoiceRecording. Default 200. */
  readonly voiceTailMs?: number;
  /** RequestEncryptedAppTicket rate limit window after a success. Default 60 000 (Steam's 60 s). */
  readonly encryptedAppTicketIntervalMs?: number;
  /**
   * Seeds the universe secret (ticket MACs). The secret also takes which simulated Steam of the
   * process this is (the first, the second, …), so two never accept each other's tickets: the
   * same seed, created in the same order, gives the same bytes.
   */
  readonly seed?: string;
  /** When given, LogOn accepts only these game server login tokens (others: GSLTDenied). */
  readonly gameServerLoginTokens?: readonly string[];
  /** Host-order IPv4 every logged-on game server reports from GetPublicIP. Default 203.0.113.7. */
  readonly publicIp?: number;
  /** GSReputation_t m_unReputationScore of every game server. Default 1000. */
  readonly serverReputationScore?: number;
  /**
   * How long (scheduler ms) the simulated Steam may stay busy without a quiet moment before it
   * stops with an error naming what kept it busy, thrown from the scheduled action (so out of
   * TestScheduler.run / flush) instead of running for ever. Default DEFAULT_HORIZON_MS (five
   * minutes) on a virtual clock, none on the wall clock (asyncScheduler outside
   * TestScheduler.run). Infinity turns it off.
   */
  readonly horizonMs?: number;
  /**
   * The stats schema of the simulated Steam's app (ISteamUserStats: stats, achievements,
   * leaderboards), as App Admin holds it; other apps' schemas are declared with
   * steam.stats.declareSchema. Default: none (no stats, no achievements).
   */
  readonly stats?: SimulatedStatsSchema;
  /**
   * The network between processes (NetworkingMessages, NetworkingSockets): default link
   * properties, Steam's connection timeouts, the send buffer, and the seed of its loss, duplication
   * and jitter (default: `seed`). steam.network changes links and partitions later.
   */
  readonly network?: NetworkOptions;
}

/** Options of SimulatedSteam.createProcess; every field is optional. */
export interface SimulatedProcessOptions {
  /** The Steam user signed in to this machine's Steam client; none: SteamAPI_Init fails. */
  readonly user?: bigint;
  /** Callback struct packing. Default hostPlatform(). */
  readonly platform?: Platform;
  /** False: RestartAppIfNecessary answers true (the game was not launched by Steam). Default true. */
  readonly launchedThroughSteam?: boolean;
  /**
   * The game this process runs, when not the simulated Steam's own app: its tickets are for this
   * app, so a process of the simulated Steam's app refuses them with GameMismatch. Default appId.
   */
  readonly appId?: number;
  /** The two-letter country GetIPCountry answers. Default 'US'. */
  readonly ipCountry?: string;
  /** The machine is a Steam Deck (IsSteamRunningOnSteamDeck). Default false. */
  readonly steamDeck?: boolean;
  /** Steam runs in Big Picture mode (IsSteamInBigPictureMode). Default: the same as steamDeck. */
  readonly bigPicture?: boolean;
  /** The Steam overlay is enabled (IsOverlayEnabled); without it no gamepad text box opens. Default true. */
  readonly overlayEnabled?: boolean;
  /** Battery percent (GetCurrentBatteryPower); 255 means AC power. Default 255. */
  readonly batteryPower?: number;
  /** The Steam client's UI language (GetSteamUILanguage). Default 'english'. */
  readonly uiLanguage?: string;
  /** Steam runs in VR (IsSteamRunningInVR). Default false. */
  readonly runningInVR?: boolean;
  /** The Steam China launcher (IsSteamChinaLauncher). Default false. */
  readonly steamChina?: boolean;
  /** The ESteamIPv6ConnectivityState GetIPv6ConnectivityState answers for HTTP and UDP. Default Good (1). */
  readonly ipv6Connectivity?: number;
  /**
   * Files Steam has signatures for (CheckFileSignature): true signed and valid, false tampered.
   * Any other file answers NoSignaturesFoundForThisFile; with none at all, NoSignaturesFoundForThisApp.
   */
  readonly fileSignatures?: Readonly<Record<string, boolean>>;
  /** Words FilterText replaces with '*' (case-insensitive) once InitFilterText was called. Default ['darn']. */
  readonly filteredWords?: readonly string[];
  /**
   * The app on this machine (ISteamApps): DLC catalogue and installs, languages, betas, install
   * folder, build id, launch parameters, timed trial, keys, files. Ownership is the user's
   * (SimulatedUserOptions: ownsApp, dlc, familySharingOwner, vacBanned). Default: see each field.
   */
  readonly apps?: SimulatedAppsOptions;
}
