/** EncryptedAppTicketResponse_t (154): call result of RequestEncryptedAppTicket. */
import * as t from 'io-ts';
import { resultCodeCodec } from '../codecs/result-code';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link EncryptedAppTicketResponse}: the single source of truth of its shape. */
export const encryptedAppTicketResponseCodec = t.readonly(
  t.type(
    {
      /** Whether the call succeeded: DuplicateRequest if one is pending, LimitExceeded under the 60 s rate limit (`m_eResult`). */
      result: resultCodeCodec,
    },
    'EncryptedAppTicketResponse',
  ),
  'EncryptedAppTicketResponse',
);
/**
 * The payload of EncryptedAppTicketResponse_t (154): an encrypted app ticket was received, or not.
 *
 * @interface
 */
export type EncryptedAppTicketResponse = t.TypeOf<typeof encryptedAppTicketResponseCodec>;

/** The EncryptedAppTicketResponse_t signal: its struct, codec and member mapping. */
export const encryptedAppTicketResponseSignal: SignalDefinition<EncryptedAppTicketResponse> = {
  struct: 'EncryptedAppTicketResponse_t',
  codec: encryptedAppTicketResponseCodec,
  fromRaw: (raw) => ({ result: raw.m_eResult }),
};
