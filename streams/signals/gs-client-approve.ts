/** GSClientApprove_t (201): the game server may let this client in. */
import * as t from 'io-ts';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

export const gsClientApproveCodec = t.readonly(
  t.type(
    {
      steamId: steamIdCodec,
      /** The owner of the game: differs from steamId under Family Sharing. */
      ownerSteamId: steamIdCodec,
    },
    'GsClientApprove',
  ),
  'GsClientApprove',
);
export type GsClientApprove = t.TypeOf<typeof gsClientApproveCodec>;

export const gsClientApproveSignal: SignalDefinition<GsClientApprove> = {
  struct: 'GSClientApprove_t',
  codec: gsClientApproveCodec,
  fromRaw: (raw) => ({ steamId: raw.m_SteamID, ownerSteamId: raw.m_OwnerSteamID }),
};
