/** GameWebCallback_t (164): the user clicked a steam://gamewebcallback/ link in the overlay browser. */
import * as t from 'io-ts';
import { textCodec } from '../codecs/text';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link GameWebCallback}: the single source of truth of its shape. */
export const gameWebCallbackCodec = t.readonly(
  t.type(
    {
      /** The complete URL the user clicked on (`m_szURL`). */
      url: textCodec,
    },
    'GameWebCallback',
  ),
  'GameWebCallback',
);
/**
 * The payload of GameWebCallback_t (164): a steam://gamewebcallback/ link was clicked in the overlay browser.
 *
 * @interface
 */
export type GameWebCallback = t.TypeOf<typeof gameWebCallbackCodec>;

/** The GameWebCallback_t signal: its struct, codec and member mapping. */
export const gameWebCallbackSignal: SignalDefinition<GameWebCallback> = {
  struct: 'GameWebCallback_t',
  codec: gameWebCallbackCodec,
  fromRaw: (raw) => ({ url: raw.m_szURL }),
};
