/** DurationControl_t (167): anti-indulgence state; a timer-driven callback and GetDurationControl's call result. */
import * as t from 'io-ts';
import { EDurationControlNotification, EDurationControlProgress } from '../../native/enums';
import { booleanCodec } from '../codecs/boolean';
import { enumMemberCodec } from '../codecs/enum-member';
import { int32Codec, uint32Codec } from '../codecs/integer';
import { resultCodeCodec } from '../codecs/result-code';
import { textCodec } from '../codecs/text';
import type { SignalDefinition } from '../signal-definition';
import { durationControlNotificationText } from './duration-control-notification-text';

/** The codec of {@link DurationControlDetails}: the single source of truth of its shape. */
export const durationControlDetailsCodec = t.readonly(
  t.type(
    {
      /** The app ID generating the playtime (`m_appid`). */
      appId: uint32Codec,
      /** Whether duration control applies to this user and game combination (`m_bApplicable`). */
      applicable: booleanCodec,
      /** Playtime in seconds since the most recent 5-hour gap, counted up to the regulatory limit (`m_csecsLast5h`). */
      secondsLast5hrs: int32Codec,
      /** The recommended progress: everything is fine, or the game should exit (`m_progress`). */
      progress: enumMemberCodec(EDurationControlProgress, 'EDurationControlProgress'),
      /** The notification to show, if any; always None for API calls (`m_notification`). */
      notification: enumMemberCodec(EDurationControlNotification, 'EDurationControlNotification'),
      /** The human-readable text of `notification` (not a Steam member; the spec's notification_verbal). */
      notificationVerbal: textCodec,
      /** Playtime in seconds on the current calendar day (`m_csecsToday`). */
      secondsToday: int32Codec,
      /** Playtime in seconds remaining until the user hits a regulatory limit (`m_csecsRemaining`). */
      secondsRemaining: int32Codec,
    },
    'DurationControlDetails',
  ),
  'DurationControlDetails',
);
/** The anti-indulgence details of DurationControl_t: every member but `m_eResult`. */
export type DurationControlDetails = t.TypeOf<typeof durationControlDetailsCodec>;

/** The codec of {@link DurationControl}: the single source of truth of its shape. */
export const durationControlCodec = t.readonly(
  t.type(
    {
      /** The result of the call; always OK for asynchronous timer-based notifications (`m_eResult`). */
      result: resultCodeCodec,
      /** The duration-control state: the struct's other members. */
      duration: durationControlDetailsCodec,
    },
    'DurationControl',
  ),
  'DurationControl',
);
/**
 * The payload of DurationControl_t (167): whether the user can keep playing, and the playtime counted so far.
 *
 * @interface
 */
export type DurationControl = t.TypeOf<typeof durationControlCodec>;

/** The DurationControl_t signal: its struct, codec and member mapping. */
export const durationControlSignal: SignalDefinition<DurationControl> = {
  struct: 'DurationControl_t',
  codec: durationControlCodec,
  fromRaw: (raw) => ({
    result: raw.m_eResult,
    duration: {
      appId: raw.m_appid,
      applicable: raw.m_bApplicable,
      secondsLast5hrs: raw.m_csecsLast5h,
      progress: raw.m_progress,
      notification: raw.m_notification,
      notificationVerbal: durationControlNotificationText(raw.m_notification),
      secondsToday: raw.m_csecsToday,
      secondsRemaining: raw.m_csecsRemaining,
    },
  }),
};
