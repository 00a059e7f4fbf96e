/** ValidateAuthTicketResponse_t (143): the outcome of BeginAuthSession, or a later cancellation (both pipes). */
import * as t from 'io-ts';
import { EAuthSessionResponse } from '../../native/enums';
import { enumMemberCodec } from '../codecs/enum-member';
import { steamIdCodec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link ValidateAuthTicketResponse}: the single source of truth of its shape. */
export const validateAuthTicketResponseCodec = t.readonly(
  t.type(
    {
      /** The Steam ID of the entity that presented the ticket (`m_SteamID`). */
      steamId: steamIdCodec,
      /** The result of the validation, or why a validated session ended (`m_eAuthSessionResponse`). */
      response: enumMemberCodec(EAuthSessionResponse, 'EAuthSessionResponse'),
      /** The Steam ID that owns the game: differs from steamId under Family Sharing (`m_OwnerSteamID`). */
      ownerSteamId: steamIdCodec,
    },
    'ValidateAuthTicketResponse',
  ),
  'ValidateAuthTicketResponse',
);
/**
 * The payload of ValidateAuthTicketResponse_t (143): the outcome of BeginAuthSession, or a later cancellation of the ticket.
 *
 * @interface
 */
export type ValidateAuthTicketResponse = t.TypeOf<typeof validateAuthTicketResponseCodec>;

/** The ValidateAuthTicketResponse_t signal: its struct, codec and member mapping. */
export const validateAuthTicketResponseSignal: SignalDefinition<ValidateAuthTicketResponse> = {
  struct: 'ValidateAuthTicketResponse_t',
  codec: validateAuthTicketResponseCodec,
  fromRaw: (raw) => ({ steamId: raw.m_SteamID, response: raw.m_eAuthSessionResponse, ownerSteamId: raw.m_OwnerSteamID }),
};
