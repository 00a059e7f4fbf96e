/** GameOverlayActivated_t (331): the Steam overlay opened or closed. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { uint32Codec } from '../codecs/integer';
import { flagFromNumber } from '../raw-member';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link GameOverlayActivated}: the single source of truth of its shape. */
export const gameOverlayActivatedCodec = t.readonly(
  t.type(
    {
      /** True when the overlay opened, false when it closed (`m_bActive`). */
      active: booleanCodec,
      /** True when the user opened it, false when the game did (`m_bUserInitiated`). */
      userInitiated: booleanCodec,
      /** The app the overlay belongs to (`m_nAppID`). */
      appId: uint32Codec,
      /** The overlay process ID (`m_dwOverlayPID`). */
      overlayPid: uint32Codec,
    },
    'GameOverlayActivated',
  ),
  'GameOverlayActivated',
);
/**
 * The payload of GameOverlayActivated_t (331): the Steam overlay opened or closed.
 *
 * @interface
 */
export type GameOverlayActivated = t.TypeOf<typeof gameOverlayActivatedCodec>;

/** The GameOverlayActivated_t signal: its struct, codec and member mapping. */
export const gameOverlayActivatedSignal: SignalDefinition<GameOverlayActivated> = {
  struct: 'GameOverlayActivated_t',
  codec: gameOverlayActivatedCodec,
  fromRaw: (raw) => ({ active: flagFromNumber(raw.m_bActive), userInitiated: raw.m_bUserInitiated, appId: raw.m_nAppID, overlayPid: raw.m_dwOverlayPID }),
};
