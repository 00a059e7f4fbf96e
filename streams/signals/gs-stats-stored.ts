/** GSStatsStored_t (1801): the call result of the game server's StoreUserStats. */
import * as t from 'io-ts';
import { resultCodeCodec } from '../codecs/result-code';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link GsStatsStored}: the single source of truth of its shape. */
export const gsStatsStoredCodec = t.readonly(
  t.type(
    {
      /** OK, or why not (`m_eResult`). */
      result: resultCodeCodec,
      /** The player (`m_steamIDUser`). */
      steamId: steamIdCodec,
    },
    'GsStatsStored',
  ),
  'GsStatsStored',
);
/**
 * The payload of GSStatsStored_t (1801): the call result of the game server's StoreUserStats.
 *
 * @interface
 */
export type GsStatsStored = t.TypeOf<typeof gsStatsStoredCodec>;

/** The GSStatsStored_t signal: its struct, codec and member mapping. */
export const gsStatsStoredSignal: SignalDefinition<GsStatsStored> = {
  struct: 'GSStatsStored_t',
  codec: gsStatsStoredCodec,
  fromRaw: (raw) => ({ result: raw.m_eResult, steamId: raw.m_steamIDUser }),
};
