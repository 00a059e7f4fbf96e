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
      authId: steamIdCodec,
      response: enumMemberCodec(EAuthSessionResponse, 'EAuthSessionResponse'),
      /** The owner of the game: differs from authId under Family Sharing. */
      ownerId: steamIdCodec,
    },
    'ValidateAuthTicketResponse',
  ),
  'ValidateAuthTicketResponse',
);
export type ValidateAuthTicketResponse = t.TypeOf<typeof validateAuthTicketResponseCodec>;

export const validateAuthTicketResponseSignal: SignalDefinition<ValidateAuthTicketResponse> = {
  struct: 'ValidateAuthTicketResponse_t',
  codec: validateAuthTicketResponseCodec,
  fromRaw: (raw) => ({ authId: raw.m_SteamID, response: raw.m_eAuthSessionResponse, ownerId: raw.m_OwnerSteamID }),
};
