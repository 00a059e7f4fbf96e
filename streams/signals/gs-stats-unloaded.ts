/** GSStatsUnloaded_t (1108): Steam unloaded a player's stats on the game server (server pipe; request them again before reading). */
import * as t from 'io-ts';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link GsStatsUnloaded}: the single source of truth of its shape. */
export const gsStatsUnloadedCodec = t.readonly(
  t.type(
    {
      /** The player whose stats were unloaded (`m_steamIDUser`). */
      steamId: steamIdCodec,
    },
    'GsStatsUnloaded',
  ),
  'GsStatsUnloaded',
);
/**
 * The payload of GSStatsUnloaded_t (1108): Steam unloaded a player's stats on the game server (server pipe; request them again before reading).
 *
 * @interface
 */
export type GsStatsUnloaded = t.TypeOf<typeof gsStatsUnloadedCodec>;

/** The GSStatsUnloaded_t signal: its struct, codec and member mapping. */
export const gsStatsUnloadedSignal: SignalDefinition<GsStatsUnloaded> = {
  struct: 'GSStatsUnloaded_t',
  codec: gsStatsUnloadedCodec,
  fromRaw: (raw) => ({ steamId: raw.m_steamIDUser }),
};
