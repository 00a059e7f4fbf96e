/** GameRichPresenceJoinRequested_t (337): the user accepted a game invite or joined a friend through their rich presence. */
import * as t from 'io-ts';
import { textCodec } from '../codecs/text';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link GameRichPresenceJoinRequested}: the single source of truth of its shape. */
export const gameRichPresenceJoinRequestedCodec = t.readonly(
  t.type(
    {
      /** The friend they joined through, or the inviter (0 when none) (`m_steamIDFriend`). */
      friendSteamId: steamIdCodec,
      /** The connect string: the invite's, or the friend's "connect" rich presence key (`m_rgchConnect`). */
      connect: textCodec,
    },
    'GameRichPresenceJoinRequested',
  ),
  'GameRichPresenceJoinRequested',
);
/**
 * The payload of GameRichPresenceJoinRequested_t (337): the user accepted a game invite (InviteUserToGame) or chose to join a friend in the Steam UI; `connect` is the connect string.
 *
 * @interface
 */
export type GameRichPresenceJoinRequested = t.TypeOf<typeof gameRichPresenceJoinRequestedCodec>;

/** The GameRichPresenceJoinRequested_t signal: its struct, codec and member mapping. */
export const gameRichPresenceJoinRequestedSignal: SignalDefinition<GameRichPresenceJoinRequested> = {
  struct: 'GameRichPresenceJoinRequested_t',
  codec: gameRichPresenceJoinRequestedCodec,
  fromRaw: (raw) => ({ friendSteamId: raw.m_steamIDFriend, connect: raw.m_rgchConnect }),
};
