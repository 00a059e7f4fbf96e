/** The human-readable text of an EDurationControlNotification (the spec's notification_verbal). */
import { EDurationControlNotification } from '../../native/enums';

const texts: ReadonlyMap<number, string> = new Map([
  [EDurationControlNotification.None, 'no notification'],
  [EDurationControlNotification._1Hour, 'you have been playing for an hour'],
  [EDurationControlNotification._3Hours, 'you have been playing for 3 hours; take a break'],
  [EDurationControlNotification.HalfProgress, 'your progress is earned at half rate'],
  [EDurationControlNotification.NoProgress, 'your progress is no longer earned'],
  [EDurationControlNotification.ExitSoon_3h, 'the 3 hours allowed since the last break are over; the game should exit soon'],
  [EDurationControlNotification.ExitSoon_5h, 'the 5 hours allowed today are over; the game should exit soon'],
  [EDurationControlNotification.ExitSoon_Night, 'play is not allowed at night; the game should exit soon'],
]);

export const durationControlNotificationText = (notification: unknown): string =>
  (typeof notification === 'number' ? texts.get(notification) : undefined) ?? `unknown notification ${String(notification)}`;
