import { EDurationControlProgress } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/** XP / progress restriction for games with duration control (Steam China anti-indulgence). */
export const DurationControlProgress = {
  /** Full progress: grant XP and persistent rewards at the normal rate. */
  DURATION_CONTROL_PROGRESS_FULL: EDurationControlProgress.Full,
  /** Half progress (deprecated): XP and persistent rewards should be halved. */
  DURATION_CONTROL_PROGRESS_HALF: EDurationControlProgress.Half,
  /** No progress (deprecated): XP and persistent rewards should be stopped. */
  DURATION_CONTROL_PROGRESS_NONE: EDurationControlProgress.None,
  /** The allowed 3 hours since the last 5-hour break have elapsed; the game should exit, Steam will terminate it soon. */
  DURATION_CONTROL_EXIT_SOON_3H: EDurationControlProgress.ExitSoon_3h,
  /** The allowed 5 hours in the calendar day have elapsed; the game should exit, Steam will terminate it soon. */
  DURATION_CONTROL_EXIT_SOON_5H: EDurationControlProgress.ExitSoon_5h,
  /** The game is running after the allowed day period; the game should exit, Steam will terminate it soon. */
  DURATION_CONTROL_EXIT_SOON_NIGHT: EDurationControlProgress.ExitSoon_Night,
} as const;
export type DurationControlProgress = (typeof DurationControlProgress)[keyof typeof DurationControlProgress];

const descriptions = descriptionTable<DurationControlProgress>(() => ({
  [DurationControlProgress.DURATION_CONTROL_PROGRESS_FULL]: 'Full progress: grant XP and persistent rewards at the normal rate.',
  [DurationControlProgress.DURATION_CONTROL_PROGRESS_HALF]: 'Half progress (deprecated): XP and persistent rewards should be halved.',
  [DurationControlProgress.DURATION_CONTROL_PROGRESS_NONE]: 'No progress (deprecated): XP and persistent rewards should be stopped.',
  [DurationControlProgress.DURATION_CONTROL_EXIT_SOON_3H]:
    'The allowed 3 hours since the last 5-hour break have elapsed; the game should exit, Steam will terminate it soon.',
  [DurationControlProgress.DURATION_CONTROL_EXIT_SOON_5H]:
    'The allowed 5 hours in the calendar day have elapsed; the game should exit, Steam will terminate it soon.',
  [DurationControlProgress.DURATION_CONTROL_EXIT_SOON_NIGHT]:
    'The game is running after the allowed day period; the game should exit, Steam will terminate it soon.',
}));

/** The readable description of one DurationControlProgress value; a value that is not a member gives `unknown DurationControlProgress value <value>`. */
export const describeDurationControlProgress = (value: number): string =>
  describeEnumValue('DurationControlProgress', descriptions, value);
