/** DlcInstalled_t (1005): a DLC finished installing. */
import * as t from 'io-ts';
import { uint32Codec } from '../codecs/integer';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link DlcInstalled}: the single source of truth of its shape. */
export const dlcInstalledCodec = t.readonly(
  t.type(
    {
      /** The DLC's app ID (`m_nAppID`). */
      appId: uint32Codec,
    },
    'DlcInstalled',
  ),
  'DlcInstalled',
);
/**
 * The payload of DlcInstalled_t (1005): a DLC was installed (after installDLC, or from the Steam client).
 *
 * @interface
 */
export type DlcInstalled = t.TypeOf<typeof dlcInstalledCodec>;

/** The DlcInstalled_t signal: its struct, codec and member mapping. */
export const dlcInstalledSignal: SignalDefinition<DlcInstalled> = {
  struct: 'DlcInstalled_t',
  codec: dlcInstalledCodec,
  fromRaw: (raw) => ({ appId: raw.m_nAppID }),
};
