/** GameServerChangeRequested_t (332): the user asked to join a game server from the Steam UI. */
import * as t from 'io-ts';
import { textCodec } from '../codecs/text';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link GameServerChangeRequested}: the single source of truth of its shape. */
export const gameServerChangeRequestedCodec = t.readonly(
  t.type(
    {
      /** The server's address, "ip:port" (`m_rgchServer`). */
      server: textCodec,
      /** The server password, if any (`m_rgchPassword`). */
      password: textCodec,
    },
    'GameServerChangeRequested',
  ),
  'GameServerChangeRequested',
);
/**
 * The payload of GameServerChangeRequested_t (332): the user asked to join a game server from the Steam UI (server browser, a friend's game); the game should connect to it.
 *
 * @interface
 */
export type GameServerChangeRequested = t.TypeOf<typeof gameServerChangeRequestedCodec>;

/** The GameServerChangeRequested_t signal: its struct, codec and member mapping. */
export const gameServerChangeRequestedSignal: SignalDefinition<GameServerChangeRequested> = {
  struct: 'GameServerChangeRequested_t',
  codec: gameServerChangeRequestedCodec,
  fromRaw: (raw) => ({ server: raw.m_rgchServer, password: raw.m_rgchPassword }),
};
