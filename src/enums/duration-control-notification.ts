import { EDurationControlNotification } from '../../native/enums';
import { durationControlNotificationText } from '../../streams/signals/duration-control-notification-text';

/** Which duration control notification timer expired (duration_control's notification). */
export const DurationControlNotification = {
  /** Just informing you about progress, no notification to show. */
  DURATION_CONTROL_NOTIFICATION_NONE: EDurationControlNotification.None,
  /** You've been playing for N hours. */
  DURATION_CONTROL_NOTIFICATION_1_HOUR: EDurationControlNotification._1Hour,
  /** You've been playing for 3 hours; take a break (deprecated). */
  DURATION_CONTROL_NOTIFICATION_3_HOURS: EDurationControlNotification._3Hours,
  /** Your XP / progress is half normal (deprecated). */
  DURATION_CONTROL_NOTIFICATION_HALF_PROGRESS: EDurationControlNotification.HalfProgress,
  /** Your XP / progress is zero (deprecated). */
  DURATION_CONTROL_NOTIFICATION_NO_PROGRESS: EDurationControlNotification.NoProgress,
  /** The allowed 3 hours since the last 5-hour break have elapsed; the game should exit, Steam will terminate it soon. */
  DURATION_CONTROL_NOTIFICATION_EXIT_SOON_3H: EDurationControlNotification.ExitSoon_3h,
  /** The allowed 5 hours in the calendar day have elapsed; the game should exit, Steam will terminate it soon. */
  DURATION_CONTROL_NOTIFICATION_EXIT_SOON_5H: EDurationControlNotification.ExitSoon_5h,
  /** The game is running after the allowed day period; the game should exit, Steam will terminate it soon. */
  DURATION_CONTROL_NOTIFICATION_EXIT_SOON_NIGHT: EDurationControlNotification.ExitSoon_Night,
} as const;
export type DurationControlNotification = (typeof DurationControlNotification)[keyof typeof DurationControlNotification];

// One text per value: the same one the duration_control payload carries as notificationVerbal.
/** The readable description of one DurationControlNotification value; a value that is not a member gives `unknown DurationControlNotification value <value>`. */
export const describeDurationControlNotification = (value: number): string =>
  Object.values(DurationControlNotification).some((member) => member === value)
    ? durationControlNotificationText(value)
    : `unknown DurationControlNotification value ${String(value)}`;
