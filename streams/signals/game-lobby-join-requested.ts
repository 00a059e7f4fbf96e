/** GameLobbyJoinRequested_t (333): the user accepted a lobby invite or joined a friend's lobby from the Steam UI. */
import * as t from 'io-ts';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link GameLobbyJoinRequested}: the single source of truth of its shape. */
export const gameLobbyJoinRequestedCodec = t.readonly(
  t.type(
    {
      /** The lobby to join (`m_steamIDLobby`). */
      lobbySteamId: steamIdCodec,
      /** The friend they joined through, or the inviter (`m_steamIDFriend`). */
      friendSteamId: steamIdCodec,
    },
    'GameLobbyJoinRequested',
  ),
  'GameLobbyJoinRequested',
);
/**
 * The payload of GameLobbyJoinRequested_t (333): the user accepted a lobby invite or joined a friend's lobby from the Steam UI; the game should join the lobby.
 *
 * @interface
 */
export type GameLobbyJoinRequested = t.TypeOf<typeof gameLobbyJoinRequestedCodec>;

/** The GameLobbyJoinRequested_t signal: its struct, codec and member mapping. */
export const gameLobbyJoinRequestedSignal: SignalDefinition<GameLobbyJoinRequested> = {
  struct: 'GameLobbyJoinRequested_t',
  codec: gameLobbyJoinRequestedCodec,
  fromRaw: (raw) => ({ lobbySteamId: raw.m_steamIDLobby, friendSteamId: raw.m_steamIDFriend }),
};
