/** LowBatteryPower_t (702): the battery is low. */
import * as t from 'io-ts';
import { uint8Codec } from '../codecs/integer';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link LowBatteryPower}: the single source of truth of its shape. */
export const lowBatteryPowerCodec = t.readonly(
  t.type(
    {
      /** Minutes of battery left (`m_nMinutesBatteryLeft`). */
      minutesBatteryLeft: uint8Codec,
    },
    'LowBatteryPower',
  ),
  'LowBatteryPower',
);
/**
 * The payload of LowBatteryPower_t (702): the computer runs on battery and little is left; Steam posts it every minute from 10 minutes left.
 *
 * @interface
 */
export type LowBatteryPower = t.TypeOf<typeof lowBatteryPowerCodec>;

/** The LowBatteryPower_t signal: its struct, codec and member mapping. */
export const lowBatteryPowerSignal: SignalDefinition<LowBatteryPower> = {
  struct: 'LowBatteryPower_t',
  codec: lowBatteryPowerCodec,
  fromRaw: (raw) => ({ minutesBatteryLeft: raw.m_nMinutesBatteryLeft }),
};
