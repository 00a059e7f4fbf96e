import { EDurationControlOnlineState } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/** The game's online state for duration control (setDurationControlOnlineState). */
export const DurationControlOnlineState = {
  DURATION_CONTROL_ONLINE_STATE_INVALID: EDurationControlOnlineState.Invalid,
  DURATION_CONTROL_ONLINE_STATE_OFFLINE: EDurationControlOnlineState.Offline,
  DURATION_CONTROL_ONLINE_STATE_ONLINE: EDurationControlOnlineState.Online,
  DURATION_CONTROL_ONLINE_STATE_ONLINE_HIGH_PRI: EDurationControlOnlineState.OnlineHighPri,
} as const;
export type DurationControlOnlineState = (typeof DurationControlOnlineState)[keyof typeof DurationControlOnlineState];

const descriptions = descriptionTable<DurationControlOnlineState>({
  [DurationControlOnlineState.DURATION_CONTROL_ONLINE_STATE_INVALID]: 'No online state (nil value).',
  [DurationControlOnlineState.DURATION_CONTROL_ONLINE_STATE_OFFLINE]: 'Currently in offline play: single-player, offline co-op and the like.',
  [DurationControlOnlineState.DURATION_CONTROL_ONLINE_STATE_ONLINE]: 'Currently in online play.',
  [DurationControlOnlineState.DURATION_CONTROL_ONLINE_STATE_ONLINE_HIGH_PRI]: 'Currently in online play and asking not to be interrupted.',
});

export const describeDurationControlOnlineState = (value: number): string =>
  describeEnumValue('DurationControlOnlineState', descriptions, value);
