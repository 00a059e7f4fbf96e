/** The human-readable text of an EDurationControlNotification (the spec's notification_verbal). */
import { EDurationControlNotification } from '../../native/enums';

// Wording follows the SDK header comments (isteamuser.h); src/enums describes with this same text.
const texts: ReadonlyMap<number, string> = new Map([
  [EDurationControlNotification.None, 'Just informing you about progress, no notification to show.'],
  [EDurationControlNotification._1Hour, "You've been playing for N hours."],
  [EDurationControlNotification._3Hours, "You've been playing for 3 hours; take a break (deprecated)."],
  [EDurationControlNotification.HalfProgress, 'Your XP / progress is half normal (deprecated).'],
  [EDurationControlNotification.NoProgress, 'Your XP / progress is zero (deprecated).'],
  [
    EDurationControlNotification.ExitSoon_3h,
    'The allowed 3 hours since the last 5-hour break have elapsed; the game should exit, Steam will terminate it soon.',
  ],
  [EDurationControlNotification.ExitSoon_5h, 'The allowed 5 hours in the calendar day have elapsed; the game should exit, Steam will terminate it soon.'],
  [EDurationControlNotification.ExitSoon_Night, 'The game is running after the allowed day period; the game should exit, Steam will terminate it soon.'],
]);

/**
 * The human-readable text of an EDurationControlNotification value, worded as in the SDK header;
 * a value that is not a known member gives "unknown notification <value>".
 */
export const durationControlNotificationText = (notification: unknown): string =>
  (typeof notification === 'number' ? texts.get(notification) : undefined) ?? `unknown notification ${String(notification)}`;
