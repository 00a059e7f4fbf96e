/** CheckFileSignature_t (705): call result of CheckFileSignature. */
import * as t from 'io-ts';
import { ECheckFileSignature } from '../../native/generated/utils-enums';
import { enumMemberCodec } from '../codecs/enum-member';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link CheckFileSignature}: the single source of truth of its shape. */
export const checkFileSignatureCodec = t.readonly(
  t.type(
    {
      /** The verdict, an ECheckFileSignature: 1 valid, 0 invalid, 2 no such file, 3/4 no signatures for the app or file (`m_eCheckFileSignature`). */
      checkFileSignature: enumMemberCodec(ECheckFileSignature, 'ECheckFileSignature'),
    },
    'CheckFileSignature',
  ),
  'CheckFileSignature',
);
/**
 * The payload of CheckFileSignature_t (705): whether a file's signature matched the one Steam has for the app.
 *
 * @interface
 */
export type CheckFileSignature = t.TypeOf<typeof checkFileSignatureCodec>;

/** The CheckFileSignature_t signal: its struct, codec and member mapping. */
export const checkFileSignatureSignal: SignalDefinition<CheckFileSignature> = {
  struct: 'CheckFileSignature_t',
  codec: checkFileSignatureCodec,
  fromRaw: (raw) => ({ checkFileSignature: raw.m_eCheckFileSignature }),
};
