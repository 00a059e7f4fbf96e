/**
 * The user's account and connection: the spec's plain queries (loggedOn, getSteamID, levels,
 * phone and two-factor flags, NAT), getGameBadgeLevel and setDurationControlOnlineState. Each is
 * one port call behind the liveness check, so they stay next to the FFI floor.
 */
import { EDurationControlOnlineState } from '../../native/enums';
import type { UserPort } from '../../native/steam-core';
import type { DurationControlOnlineState } from '../enums/duration-control-online-state';
import { ensureLive, liveQuery } from '../session/guard';
import type { SessionState } from '../session/session-state';
import { boolean, enumValue, int32 } from '../validation/arguments';

export interface AccountContext {
  readonly state: SessionState;
  readonly user: UserPort;
}

/**
 * The signed-in user's account, as plain answers. Each throws NotInitialized after shutdown;
 * the ones with arguments throw InvalidArgument for a wrong one.
 */
export interface AccountFunctions {
  /** Whether the client is connected to Steam's back end now (it drops when Steam goes away). Flat: SteamAPI_ISteamUser_BLoggedOn. */
  readonly loggedOn: () => boolean;
  /**
   * The signed-in user's Steam ID, as a bigint (Steam IDs do not fit a double). Flat:
   * SteamAPI_ISteamUser_GetSteamID.
   *
   * @example
   * ```ts
   * console.log(`signed in as ${client.getSteamID()}`); // 76561197960287930
   * ```
   */
  readonly getSteamID: () => bigint;
  /** The user's Steam level. Flat: SteamAPI_ISteamUser_GetPlayerSteamLevel. */
  readonly getPlayerSteamLevel: () => number;
  /** Whether the user appears to be behind a NAT. Flat: SteamAPI_ISteamUser_BIsBehindNAT. */
  readonly isBehindNAT: () => boolean;
  /** Whether the user's phone identifies them uniquely. Flat: SteamAPI_ISteamUser_BIsPhoneIdentifying. */
  readonly isPhoneIdentifying: () => boolean;
  /** Whether the user's phone number awaits (re)verification. Flat: SteamAPI_ISteamUser_BIsPhoneRequiringVerification. */
  readonly isPhoneRequiringVerification: () => boolean;
  /** Whether the user has a verified phone number. Flat: SteamAPI_ISteamUser_BIsPhoneVerified. */
  readonly isPhoneVerified: () => boolean;
  /** Whether the user has Steam Guard two-factor authentication on. Flat: SteamAPI_ISteamUser_BIsTwoFactorEnabled. */
  readonly isTwoFactorEnabled: () => boolean;
  /**
   * The user's badge level for this game's trading-card series (1 for the first set); regular
   * badges go to 5, the foil badge to 1. Flat: SteamAPI_ISteamUser_GetGameBadgeLevel. Throws
   * InvalidArgument for a `series` outside int32 or a non-boolean `foil`.
   */
  readonly getGameBadgeLevel: (series: number, foil: boolean) => number;
  /**
   * Steam China duration control: tells Steam whether the game is played online now; Steam's
   * answer (true when accepted). Flat: SteamAPI_ISteamUser_BSetDurationControlOnlineState.
   * Throws InvalidArgument for a value that is not a DurationControlOnlineState.
   */
  readonly setDurationControlOnlineState: (newState: DurationControlOnlineState) => boolean;
}

export const accountFunctions = ({ state, user }: AccountContext): AccountFunctions => ({
  loggedOn: liveQuery(state, () => user.loggedOn()),
  getSteamID: liveQuery(state, () => user.getSteamID()),
  getPlayerSteamLevel: liveQuery(state, () => user.getPlayerSteamLevel()),
  isBehindNAT: liveQuery(state, () => user.isBehindNAT()),
  isPhoneIdentifying: liveQuery(state, () => user.isPhoneIdentifying()),
  isPhoneRequiringVerification: liveQuery(state, () => user.isPhoneRequiringVerification()),
  isPhoneVerified: liveQuery(state, () => user.isPhoneVerified()),
  isTwoFactorEnabled: liveQuery(state, () => user.isTwoFactorEnabled()),
  getGameBadgeLevel: (series, foil) => {
    ensureLive(state);
    return user.getGameBadgeLevel(int32('series', series), boolean('foil', foil));
  },
  setDurationControlOnlineState: (newState) => {
    ensureLive(state);
    return user.setDurationControlOnlineState(enumValue('newState', newState, EDurationControlOnlineState, 'DurationControlOnlineState'));
  },
});
