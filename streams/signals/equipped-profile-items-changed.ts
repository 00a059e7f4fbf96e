/** EquippedProfileItemsChanged_t (350): a user's equipped profile items changed. */
import * as t from 'io-ts';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link EquippedProfileItemsChanged}: the single source of truth of its shape. */
export const equippedProfileItemsChangedCodec = t.readonly(
  t.type(
    {
      /** The user (`m_steamID`). */
      steamId: steamIdCodec,
    },
    'EquippedProfileItemsChanged',
  ),
  'EquippedProfileItemsChanged',
);
/**
 * The payload of EquippedProfileItemsChanged_t (350): a user's equipped profile items changed (request them again with requestEquippedProfileItems).
 *
 * @interface
 */
export type EquippedProfileItemsChanged = t.TypeOf<typeof equippedProfileItemsChangedCodec>;

/** The EquippedProfileItemsChanged_t signal: its struct, codec and member mapping. */
export const equippedProfileItemsChangedSignal: SignalDefinition<EquippedProfileItemsChanged> = {
  struct: 'EquippedProfileItemsChanged_t',
  codec: equippedProfileItemsChangedCodec,
  fromRaw: (raw) => ({ steamId: raw.m_steamID }),
};
