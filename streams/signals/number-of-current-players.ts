/** NumberOfCurrentPlayers_t (1107): the call result of GetNumberOfCurrentPlayers. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { int32Codec } from '../codecs/integer';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link NumberOfCurrentPlayers}: the single source of truth of its shape. */
export const numberOfCurrentPlayersCodec = t.readonly(
  t.type(
    {
      /** Whether Steam answered (`m_bSuccess`). */
      success: booleanCodec,
      /** How many players are in the game now (`m_cPlayers`). */
      players: int32Codec,
    },
    'NumberOfCurrentPlayers',
  ),
  'NumberOfCurrentPlayers',
);
/**
 * The payload of NumberOfCurrentPlayers_t (1107): the call result of GetNumberOfCurrentPlayers.
 *
 * @interface
 */
export type NumberOfCurrentPlayers = t.TypeOf<typeof numberOfCurrentPlayersCodec>;

/** The NumberOfCurrentPlayers_t signal: its struct, codec and member mapping. */
export const numberOfCurrentPlayersSignal: SignalDefinition<NumberOfCurrentPlayers> = {
  struct: 'NumberOfCurrentPlayers_t',
  codec: numberOfCurrentPlayersCodec,
  // uint8 flags: 0 and 1 become booleans, anything else stays a number so the codec refuses it.
  fromRaw: (raw) => ({ success: raw.m_bSuccess === 1 ? true : raw.m_bSuccess === 0 ? false : raw.m_bSuccess, players: raw.m_cPlayers }),
};
