/**
 * The user's account and connection: the spec's plain queries (loggedOn, getSteamID, levels,
 * phone and two-factor flags, NAT) and setDurationControlOnlineState. Each is one port call
 * behind the liveness check, so they stay next to the FFI floor.
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import { EDurationControlOnlineState } from '../../native/enums';
import type { UserPort } from '../../native/steam-core';
import { notInitialized, type InvalidArgument, type NotInitialized } from '../errors';
import { liveQuery } from '../session/guard';
import type { SessionState } from '../session/session-state';
import { boolean, enumValue, int32 } from '../validation/arguments';

export interface AccountContext {
  readonly state: SessionState;
  readonly user: UserPort;
}

export const accountQueries = ({ state, user }: AccountContext) => ({
  loggedOn: liveQuery(state, () => user.loggedOn()),
  getSteamID: liveQuery(state, () => user.getSteamID()),
  getPlayerSteamLevel: liveQuery(state, () => user.getPlayerSteamLevel()),
  isBehindNAT: liveQuery(state, () => user.isBehindNAT()),
  isPhoneIdentifying: liveQuery(state, () => user.isPhoneIdentifying()),
  isPhoneRequiringVerification: liveQuery(state, () => user.isPhoneRequiringVerification()),
  isPhoneVerified: liveQuery(state, () => user.isPhoneVerified()),
  isTwoFactorEnabled: liveQuery(state, () => user.isTwoFactorEnabled()),
});

/** Badge level for a card series (1 for the first set); regular badges go to 5, foil to 1. */
export const getGameBadgeLevel =
  (context: AccountContext) =>
  (series: unknown, foil: unknown): Either<NotInitialized | InvalidArgument, number> => {
    if (!context.state.live) return left(notInitialized(context.state.name));
    const checkedSeries = int32('series', series);
    if (isLeft(checkedSeries)) return checkedSeries;
    const checkedFoil = boolean('foil', foil);
    if (isLeft(checkedFoil)) return checkedFoil;
    return right(context.user.getGameBadgeLevel(checkedSeries.right, checkedFoil.right));
  };

/** Steam China duration control: tells Steam whether the game is being played online. */
export const setDurationControlOnlineState =
  (context: AccountContext) =>
  (newState: unknown): Either<NotInitialized | InvalidArgument, boolean> => {
    if (!context.state.live) return left(notInitialized(context.state.name));
    const checked = enumValue('newState', newState, EDurationControlOnlineState, 'DurationControlOnlineState');
    if (isLeft(checked)) return checked;
    return right(context.user.setDurationControlOnlineState(checked.right));
  };
