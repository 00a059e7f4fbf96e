import { EDurationControlNotification } from '../../native/enums';
import { durationControlNotificationText } from '../../streams/signals/duration-control-notification-text';

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

// One text per value: the same one the duration_control payload carries as notificationVerbal.
export const describeDurationControlNotification = (value: number): string =>
  Object.values(DurationControlNotification).some((member) => member === value)
    ? durationControlNotificationText(value)
    : `unknown DurationControlNotification value ${String(value)}`;
