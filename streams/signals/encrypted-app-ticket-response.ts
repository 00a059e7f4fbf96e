/** EncryptedAppTicketResponse_t (154): call result of RequestEncryptedAppTicket. */
import * as t from 'io-ts';
import { resultCodeCodec } from '../codecs/result-code';
import type { SignalDefinition } from '../signal-definition';

export const encryptedAppTicketResponseCodec = t.readonly(
  t.type({ result: resultCodeCodec }, 'EncryptedAppTicketResponse'),
  'EncryptedAppTicketResponse',
);
export type EncryptedAppTicketResponse = t.TypeOf<typeof encryptedAppTicketResponseCodec>;

export const encryptedAppTicketResponseSignal: SignalDefinition<EncryptedAppTicketResponse> = {
  struct: 'EncryptedAppTicketResponse_t',
  codec: encryptedAppTicketResponseCodec,
  fromRaw: (raw) => ({ result: raw.m_eResult }),
};
