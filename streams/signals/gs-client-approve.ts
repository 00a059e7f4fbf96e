/** GSClientApprove_t (201): the game server may let this client in. */
import * as t from 'io-ts';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link GsClientApprove}: the single source of truth of its shape. */
export const gsClientApproveCodec = t.readonly(
  t.type(
    {
      /** The Steam ID of the approved player (`m_SteamID`). */
      steamId: steamIdCodec,
      /** The Steam ID of the original owner of the game license: differs from steamId under Family Sharing (`m_OwnerSteamID`). */
      ownerSteamId: steamIdCodec,
    },
    'GsClientApprove',
  ),
  'GsClientApprove',
);
/**
 * The payload of GSClientApprove_t (201): the client has been approved to connect to this game server.
 *
 * @interface
 */
export type GsClientApprove = t.TypeOf<typeof gsClientApproveCodec>;

/** The GSClientApprove_t signal: its struct, codec and member mapping. */
export const gsClientApproveSignal: SignalDefinition<GsClientApprove> = {
  struct: 'GSClientApprove_t',
  codec: gsClientApproveCodec,
  fromRaw: (raw) => ({ steamId: raw.m_SteamID, ownerSteamId: raw.m_OwnerSteamID }),
};
