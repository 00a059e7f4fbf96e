/** GameWebCallback_t (164): the user clicked a steam://gamewebcallback/ link in the overlay browser. */
import * as t from 'io-ts';
import { textCodec } from '../codecs/text';
import type { SignalDefinition } from '../signal-definition';

export const gameWebCallbackCodec = t.readonly(t.type({ url: textCodec }, 'GameWebCallback'), 'GameWebCallback');
export type GameWebCallback = t.TypeOf<typeof gameWebCallbackCodec>;

export const gameWebCallbackSignal: SignalDefinition<GameWebCallback> = {
  struct: 'GameWebCallback_t',
  codec: gameWebCallbackCodec,
  fromRaw: (raw) => ({ url: raw.m_szURL }),
};
