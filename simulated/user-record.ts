/**
 * A simulated Steam account: what Steam's back end knows about the user. Faults mutate it
 * (bans, connection), so validations computed later see the change.
 */
import { EDurationControlNotification, EDurationControlProgress, EMarketNotAllowedReasonFlags } from '../native/enums';
import { defaultVoiceSource } from './default-voice-source';
import { Persona } from './friends-model';
import type {
  BadgeLevel,
  DurationControlSettings,
  GroupMembership,
  MarketEligibilitySettings,
  SimulatedUserOptions,
  VoiceSource,
} from './simulated-options';

export interface UserRecord {
  readonly steamId: bigint;
  name: string;
  ownsApp: boolean;
  dlc: Set<number>;
  familySharingOwner: bigint | null;
  vacBanned: boolean;
  publisherBanned: boolean;
  loggedInElsewhere: boolean;
  phoneVerified: boolean;
  twoFactor: boolean;
  phoneIdentifying: boolean;
  phoneRequiringVerification: boolean;
  steamLevel: number;
  badges: BadgeLevel[];
  behindNat: boolean;
  marketEligibility: MarketEligibilitySettings;
  durationControl: DurationControlSettings;
  voiceSource: VoiceSource;
  /** Back-end truth: the user's Steam client is connected to Steam. */
  loggedOn: boolean;
  groups: GroupMembership[];
  blockedPlayers: Set<bigint>;
  /** ISteamFriends: persona, relationships, rich presence, … (friends-model.ts). */
  readonly persona: Persona;
}

export const defaultMarketEligibility: MarketEligibilitySettings = {
  allowed: true,
  notAllowedReason: EMarketNotAllowedReasonFlags.None,
  allowedAtTime: 0,
  steamGuardRequiredDays: 15,
  newDeviceCooldownDays: 7,
};

export const defaultDurationControl: DurationControlSettings = {
  applicable: false,
  secondsLast5h: 0,
  progress: EDurationControlProgress.Full,
  notification: EDurationControlNotification.None,
  secondsToday: 0,
  secondsRemaining: 0,
};

/** A user record; `appId` is the app `options.richPresence` is for (null: none). */
export const createUserRecord = (steamId: bigint, options: SimulatedUserOptions, appId: number | null = null): UserRecord => ({
  steamId,
  name: options.name ?? `Player ${steamId & 0xffffffffn}`,
  ownsApp: options.ownsApp ?? true,
  dlc: new Set(options.dlc ?? []),
  familySharingOwner: options.familySharingOwner ?? null,
  vacBanned: options.vacBanned ?? false,
  publisherBanned: options.publisherBanned ?? false,
  loggedInElsewhere: false,
  phoneVerified: options.phoneVerified ?? true,
  twoFactor: options.twoFactor ?? true,
  phoneIdentifying: options.phoneIdentifying ?? false,
  phoneRequiringVerification: options.phoneRequiringVerification ?? false,
  steamLevel: options.steamLevel ?? 1,
  badges: [...(options.badges ?? [])],
  behindNat: options.behindNat ?? true,
  marketEligibility: { ...defaultMarketEligibility, ...options.marketEligibility },
  durationControl: { ...defaultDurationControl, ...options.durationControl },
  voiceSource: options.voiceSource ?? defaultVoiceSource,
  loggedOn: options.loggedOn ?? true,
  groups: [...(options.groups ?? [])],
  blockedPlayers: new Set(options.blockedPlayers ?? []),
  persona: new Persona(options, appId),
});
