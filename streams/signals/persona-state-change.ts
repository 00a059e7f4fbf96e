/** PersonaStateChange_t (304): a user's persona data changed or arrived. */
import * as t from 'io-ts';
import { uint32Codec } from '../codecs/integer';
import { steamIdCodec } from '../codecs/uint64';
import { unsignedFromInt32 } from '../raw-member';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link PersonaStateChange}: the single source of truth of its shape. */
export const personaStateChangeCodec = t.readonly(
  t.type(
    {
      /** The user whose data changed (`m_ulSteamID`). */
      steamId: steamIdCodec,
      /** What changed: EPersonaChange bits (`m_nChangeFlags`). */
      changeFlags: uint32Codec,
    },
    'PersonaStateChange',
  ),
  'PersonaStateChange',
);
/**
 * The payload of PersonaStateChange_t (304): a user's persona data (name, status, avatar, game, rich presence, nickname, …) changed or arrived; `changeFlags` says which (EPersonaChange bits).
 *
 * @interface
 */
export type PersonaStateChange = t.TypeOf<typeof personaStateChangeCodec>;

/** The PersonaStateChange_t signal: its struct, codec and member mapping. */
export const personaStateChangeSignal: SignalDefinition<PersonaStateChange> = {
  struct: 'PersonaStateChange_t',
  codec: personaStateChangeCodec,
  fromRaw: (raw) => ({ steamId: raw.m_ulSteamID, changeFlags: unsignedFromInt32(raw.m_nChangeFlags) }),
};
