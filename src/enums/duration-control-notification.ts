import { EDurationControlNotification } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/** Which duration control notification timer expired (duration_control's notification). */
export const DurationControlNotification = {
  DURATION_CONTROL_NOTIFICATION_NONE: EDurationControlNotification.None,
  DURATION_CONTROL_NOTIFICATION_1_HOUR: EDurationControlNotification._1Hour,
  DURATION_CONTROL_NOTIFICATION_3_HOURS: EDurationControlNotification._3Hours,
  DURATION_CONTROL_NOTIFICATION_HALF_PROGRESS: EDurationControlNotification.HalfProgress,
  DURATION_CONTROL_NOTIFICATION_NO_PROGRESS: EDurationControlNotification.NoProgress,
  DURATION_CONTROL_NOTIFICATION_EXIT_SOON_3H: EDurationControlNotification.ExitSoon_3h,
  DURATION_CONTROL_NOTIFICATION_EXIT_SOON_5H: EDurationControlNotification.ExitSoon_5h,
  DURATION_CONTROL_NOTIFICATION_EXIT_SOON_NIGHT: EDurationControlNotification.ExitSoon_Night,
} as const;
export type DurationControlNotification = (typeof DurationControlNotification)[keyof typeof DurationControlNotification];

// The duration_control signal's notification_verbal text; wording follows the SDK header comments.
const descriptions = descriptionTable<DurationControlNotification>({
  [DurationControlNotification.DURATION_CONTROL_NOTIFICATION_NONE]: 'Just informing you about progress, no notification to show.',
  [DurationControlNotification.DURATION_CONTROL_NOTIFICATION_1_HOUR]: "You've been playing for N hours.",
  [DurationControlNotification.DURATION_CONTROL_NOTIFICATION_3_HOURS]: "You've been playing for 3 hours; take a break (deprecated).",
  [DurationControlNotification.DURATION_CONTROL_NOTIFICATION_HALF_PROGRESS]: 'Your XP / progress is half normal (deprecated).',
  [DurationControlNotification.DURATION_CONTROL_NOTIFICATION_NO_PROGRESS]: 'Your XP / progress is zero (deprecated).',
  [DurationControlNotification.DURATION_CONTROL_NOTIFICATION_EXIT_SOON_3H]:
    'The allowed 3 hours since the last 5-hour break have elapsed; the game should exit, Steam will terminate it soon.',
  [DurationControlNotification.DURATION_CONTROL_NOTIFICATION_EXIT_SOON_5H]:
    'The allowed 5 hours in the calendar day have elapsed; the game should exit, Steam will terminate it soon.',
  [DurationControlNotification.DURATION_CONTROL_NOTIFICATION_EXIT_SOON_NIGHT]:
    'The game is running after the allowed day period; the game should exit, Steam will terminate it soon.',
});

export const describeDurationControlNotification = (value: number): string =>
  describeEnumValue('DurationControlNotification', descriptions, value);
