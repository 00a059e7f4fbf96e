/** UserStatsUnloaded_t (1108): Steam unloaded another user's stats (client pipe; request them again before reading). */
import * as t from 'io-ts';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link UserStatsUnloaded}: the single source of truth of its shape. */
export const userStatsUnloadedCodec = t.readonly(
  t.type(
    {
      /** The user whose stats were unloaded (`m_steamIDUser`). */
      steamId: steamIdCodec,
    },
    'UserStatsUnloaded',
  ),
  'UserStatsUnloaded',
);
/**
 * The payload of UserStatsUnloaded_t (1108): Steam unloaded another user's stats (client pipe; request them again before reading).
 *
 * @interface
 */
export type UserStatsUnloaded = t.TypeOf<typeof userStatsUnloadedCodec>;

/** The UserStatsUnloaded_t signal: its struct, codec and member mapping. */
export const userStatsUnloadedSignal: SignalDefinition<UserStatsUnloaded> = {
  struct: 'UserStatsUnloaded_t',
  codec: userStatsUnloadedCodec,
  fromRaw: (raw) => ({ steamId: raw.m_steamIDUser }),
};
