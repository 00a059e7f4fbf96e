/** ValidateAuthTicketResponse_t (143): the outcome of BeginAuthSession, or a later cancellation (both pipes). */
import * as t from 'io-ts';
import { EAuthSessionResponse } from '../../native/enums';
import { enumMemberCodec } from '../codecs/enum-member';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

export const validateAuthTicketResponseCodec = t.readonly(
  t.type(
    {
      /** The Steam ID that presented the ticket. */
      steamId: steamIdCodec,
      response: enumMemberCodec(EAuthSessionResponse, 'EAuthSessionResponse'),
      /** The owner of the game: differs from steamId under Family Sharing. */
      ownerSteamId: steamIdCodec,
    },
    'ValidateAuthTicketResponse',
  ),
  'ValidateAuthTicketResponse',
);
export type ValidateAuthTicketResponse = t.TypeOf<typeof validateAuthTicketResponseCodec>;

export const validateAuthTicketResponseSignal: SignalDefinition<ValidateAuthTicketResponse> = {
  struct: 'ValidateAuthTicketResponse_t',
  codec: validateAuthTicketResponseCodec,
  fromRaw: (raw) => ({ steamId: raw.m_SteamID, response: raw.m_eAuthSessionResponse, ownerSteamId: raw.m_OwnerSteamID }),
};
