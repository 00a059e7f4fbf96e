/**
 * Everything a test can configure about the simulated universe and the users in it.
 */
import type { SchedulerLike } from 'rxjs';
import type { Platform } from '../steam-core';

/**
 * A microphone: the 16-bit mono samples captured from `startMs` (virtual time, the scheduler's
 * clock) on, `sampleCount` of them at `sampleRate`. Must be a pure function of its arguments so a
 * scenario stays deterministic. All-zero frames count as silence and are not transmitted.
 */
export type VoiceSource = (startMs: number, sampleCount: number, sampleRate: number) => Int16Array;

/** MarketEligibilityResponse_t contents for a user. */
export interface MarketEligibilitySettings {
  readonly allowed: boolean;
  /** EMarketNotAllowedReasonFlags bits. */
  readonly notAllowedReason: number;
  /** RTime32 (Unix seconds) when the user may use the market. */
  readonly allowedAtTime: number;
  readonly steamGuardRequiredDays: number;
  readonly newDeviceCooldownDays: number;
}

/** DurationControl_t contents at the moment the client signed in; played time is added on top. */
export interface DurationControlSettings {
  readonly applicable: boolean;
  readonly secondsLast5h: number;
  /** EDurationControlProgress. */
  readonly progress: number;
  /** EDurationControlNotification (always None in call results, as Steam does). */
  readonly notification: number;
  readonly secondsToday: number;
  readonly secondsRemaining: number;
}

/** A Steam group the user belongs to (answers RequestUserGroupStatus). */
export interface GroupMembership {
  readonly groupSteamId: bigint;
  readonly officer?: boolean;
}

/** A badge the user holds: level for a series, regular (max 5) or foil (max 1). */
export interface BadgeLevel {
  readonly series: number;
  readonly foil: boolean;
  readonly level: number;
}

export interface SimulatedUserOptions {
  /** Full 64-bit Steam ID. Default: an Individual public ID built from `accountId`. */
  readonly steamId?: bigint;
  /** Account ID when `steamId` is not given. Default: a counter from 1000. */
  readonly accountId?: number;
  readonly name?: string;
  /** Owns the universe's app. Default true. */
  readonly ownsApp?: boolean;
  /** Owned DLC app IDs (UserHasLicenseForApp). */
  readonly dlc?: readonly number[];
  /** The lender when the game is played through Family Sharing (owner ID in validation responses). */
  readonly familySharingOwner?: bigint;
  readonly vacBanned?: boolean;
  readonly publisherBanned?: boolean;
  readonly phoneVerified?: boolean;
  readonly twoFactor?: boolean;
  readonly phoneIdentifying?: boolean;
  readonly phoneRequiringVerification?: boolean;
  readonly steamLevel?: number;
  readonly badges?: readonly BadgeLevel[];
  readonly behindNat?: boolean;
  readonly marketEligibility?: Partial<MarketEligibilitySettings>;
  readonly durationControl?: Partial<DurationControlSettings>;
  readonly voiceSource?: VoiceSource;
  /** Connected to the Steam back end. Default true. */
  readonly loggedOn?: boolean;
  readonly groups?: readonly GroupMembership[];
  /** Players this user has blocked (ComputeNewPlayerCompatibility). */
  readonly blockedPlayers?: readonly bigint[];
}

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
}

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
}
