/** DownloadClanActivityCountsResult_t (341): call result of DownloadClanActivityCounts. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link DownloadClanActivityCountsResult}: the single source of truth of its shape. */
export const downloadClanActivityCountsResultCodec = t.readonly(
  t.type(
    {
      /** Whether they were (`m_bSuccess`). */
      success: booleanCodec,
    },
    'DownloadClanActivityCountsResult',
  ),
  'DownloadClanActivityCountsResult',
);
/**
 * The payload of DownloadClanActivityCountsResult_t (341): clan activity counts were downloaded (call result of DownloadClanActivityCounts); read them with getClanActivityCounts.
 *
 * @interface
 */
export type DownloadClanActivityCountsResult = t.TypeOf<typeof downloadClanActivityCountsResultCodec>;

/** The DownloadClanActivityCountsResult_t signal: its struct, codec and member mapping. */
export const downloadClanActivityCountsResultSignal: SignalDefinition<DownloadClanActivityCountsResult> = {
  struct: 'DownloadClanActivityCountsResult_t',
  codec: downloadClanActivityCountsResultCodec,
  fromRaw: (raw) => ({ success: raw.m_bSuccess }),
};
