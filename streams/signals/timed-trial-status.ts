/** TimedTrialStatus_t (1030): the state of the app's timed trial changed. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { uint32Codec } from '../codecs/integer';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link TimedTrialStatus}: the single source of truth of its shape. */
export const timedTrialStatusCodec = t.readonly(
  t.type(
    {
      /** The app on trial (`m_unAppID`). */
      appId: uint32Codec,
      /** The trial runs offline: time is counted locally (`m_bIsOffline`). */
      isOffline: booleanCodec,
      /** Seconds the trial allows (`m_unSecondsAllowed`). */
      secondsAllowed: uint32Codec,
      /** Seconds played so far (`m_unSecondsPlayed`). */
      secondsPlayed: uint32Codec,
    },
    'TimedTrialStatus',
  ),
  'TimedTrialStatus',
);
/**
 * The payload of TimedTrialStatus_t (1030): the timed trial's time allowed and played; Steam posts it as the trial runs and when it ends.
 *
 * @interface
 */
export type TimedTrialStatus = t.TypeOf<typeof timedTrialStatusCodec>;

/** The TimedTrialStatus_t signal: its struct, codec and member mapping. */
export const timedTrialStatusSignal: SignalDefinition<TimedTrialStatus> = {
  struct: 'TimedTrialStatus_t',
  codec: timedTrialStatusCodec,
  fromRaw: (raw) => ({ appId: raw.m_unAppID, isOffline: raw.m_bIsOffline, secondsAllowed: raw.m_unSecondsAllowed, secondsPlayed: raw.m_unSecondsPlayed }),
};
