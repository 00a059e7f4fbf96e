/** FileDetailsResult_t (1023): call result of GetFileDetails. */
import * as t from 'io-ts';
import { byteArrayCodec } from '../codecs/byte-array';
import { uint32Codec } from '../codecs/integer';
import { resultCodeCodec } from '../codecs/result-code';
import { uint64Codec } from '../codecs/uint64';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link FileDetailsResult}: the single source of truth of its shape. */
export const fileDetailsResultCodec = t.readonly(
  t.type(
    {
      /** EResult: OK, or why there are no details (`m_eResult`). */
      result: resultCodeCodec,
      /** The file's size in bytes (`m_ulFileSize`). */
      fileSize: uint64Codec('fileSize'),
      /** The file's SHA-1, 20 bytes (`m_FileSHA`). */
      sha: byteArrayCodec('sha', 20),
      /** Flags Steam keeps for the file (`m_unFlags`). */
      flags: uint32Codec,
    },
    'FileDetailsResult',
  ),
  'FileDetailsResult',
);
/**
 * The payload of FileDetailsResult_t (1023): the size and SHA-1 of one of the app's files, as Steam's depot knows them.
 *
 * @interface
 */
export type FileDetailsResult = t.TypeOf<typeof fileDetailsResultCodec>;

/** The FileDetailsResult_t signal: its struct, codec and member mapping. */
export const fileDetailsResultSignal: SignalDefinition<FileDetailsResult> = {
  struct: 'FileDetailsResult_t',
  codec: fileDetailsResultCodec,
  fromRaw: (raw) => ({ result: raw.m_eResult, fileSize: raw.m_ulFileSize, sha: raw.m_FileSHA, flags: raw.m_unFlags }),
};
