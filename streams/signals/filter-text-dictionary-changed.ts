/** FilterTextDictionaryChanged_t (739): the text filter's dictionary for a language changed. */
import * as t from 'io-ts';
import { int32Codec } from '../codecs/integer';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link FilterTextDictionaryChanged}: the single source of truth of its shape. */
export const filterTextDictionaryChangedCodec = t.readonly(
  t.type(
    {
      /** The ELanguage whose dictionary changed (`m_eLanguage`). */
      language: int32Codec,
    },
    'FilterTextDictionaryChanged',
  ),
  'FilterTextDictionaryChanged',
);
/**
 * The payload of FilterTextDictionaryChanged_t (739): the user's text-filter dictionary for a language changed; text filtered before may now filter differently.
 *
 * @interface
 */
export type FilterTextDictionaryChanged = t.TypeOf<typeof filterTextDictionaryChangedCodec>;

/** The FilterTextDictionaryChanged_t signal: its struct, codec and member mapping. */
export const filterTextDictionaryChangedSignal: SignalDefinition<FilterTextDictionaryChanged> = {
  struct: 'FilterTextDictionaryChanged_t',
  codec: filterTextDictionaryChangedCodec,
  fromRaw: (raw) => ({ language: raw.m_eLanguage }),
};
