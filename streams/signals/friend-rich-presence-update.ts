/** FriendRichPresenceUpdate_t (336): a user's rich presence changed or arrived. */
import * as t from 'io-ts';
import { uint32Codec } from '../codecs/integer';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link FriendRichPresenceUpdate}: the single source of truth of its shape. */
export const friendRichPresenceUpdateCodec = t.readonly(
  t.type(
    {
      /** The user (`m_steamIDFriend`). */
      friendSteamId: steamIdCodec,
      /** The app whose rich presence it is (`m_nAppID`). */
      appId: uint32Codec,
    },
    'FriendRichPresenceUpdate',
  ),
  'FriendRichPresenceUpdate',
);
/**
 * The payload of FriendRichPresenceUpdate_t (336): a user's rich presence changed or arrived (after RequestFriendRichPresence, or while they play).
 *
 * @interface
 */
export type FriendRichPresenceUpdate = t.TypeOf<typeof friendRichPresenceUpdateCodec>;

/** The FriendRichPresenceUpdate_t signal: its struct, codec and member mapping. */
export const friendRichPresenceUpdateSignal: SignalDefinition<FriendRichPresenceUpdate> = {
  struct: 'FriendRichPresenceUpdate_t',
  codec: friendRichPresenceUpdateCodec,
  fromRaw: (raw) => ({ friendSteamId: raw.m_steamIDFriend, appId: raw.m_nAppID }),
};
