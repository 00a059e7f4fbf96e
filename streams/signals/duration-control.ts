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

export const durationControlDetailsCodec = t.readonly(
  t.type(
    {
      appId: uint32Codec,
      applicable: booleanCodec,
      secondsLast5hrs: int32Codec,
      progress: enumMemberCodec(EDurationControlProgress, 'EDurationControlProgress'),
      notification: enumMemberCodec(EDurationControlNotification, 'EDurationControlNotification'),
      notificationVerbal: textCodec,
      secondsToday: int32Codec,
      secondsRemaining: int32Codec,
    },
    'DurationControlDetails',
  ),
  'DurationControlDetails',
);
export type DurationControlDetails = t.TypeOf<typeof durationControlDetailsCodec>;

export const durationControlCodec = t.readonly(
  t.type({ result: resultCodeCodec, duration: durationControlDetailsCodec }, 'DurationControl'),
  'DurationControl',
);
export type DurationControl = t.TypeOf<typeof durationControlCodec>;

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
