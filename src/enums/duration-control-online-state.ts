import { EDurationControlOnlineState } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/** The game's online state for duration control (setDurationControlOnlineState). */
export const DurationControlOnlineState = {
  /** No online state (nil value). */
  DURATION_CONTROL_ONLINE_STATE_INVALID: EDurationControlOnlineState.Invalid,
  /** Currently in offline play: single-player, offline co-op and the like. */
  DURATION_CONTROL_ONLINE_STATE_OFFLINE: EDurationControlOnlineState.Offline,
  /** Currently in online play. */
  DURATION_CONTROL_ONLINE_STATE_ONLINE: EDurationControlOnlineState.Online,
  /** Currently in online play and asking not to be interrupted. */
  DURATION_CONTROL_ONLINE_STATE_ONLINE_HIGH_PRI: EDurationControlOnlineState.OnlineHighPri,
} as const;
export type DurationControlOnlineState = (typeof DurationControlOnlineState)[keyof typeof DurationControlOnlineState];

const descriptions = descriptionTable<DurationControlOnlineState>(() => ({
  [DurationControlOnlineState.DURATION_CONTROL_ONLINE_STATE_INVALID]: 'No online state (nil value).',
  [DurationControlOnlineState.DURATION_CONTROL_ONLINE_STATE_OFFLINE]: 'Currently in offline play: single-player, offline co-op and the like.',
  [DurationControlOnlineState.DURATION_CONTROL_ONLINE_STATE_ONLINE]: 'Currently in online play.',
  [DurationControlOnlineState.DURATION_CONTROL_ONLINE_STATE_ONLINE_HIGH_PRI]: 'Currently in online play and asking not to be interrupted.',
}));

/** The readable description of one DurationControlOnlineState value; a value that is not a member gives `unknown DurationControlOnlineState value <value>`. */
export const describeDurationControlOnlineState = (value: number): string =>
  describeEnumValue('DurationControlOnlineState', descriptions, value);
