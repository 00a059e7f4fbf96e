/** SteamServerConnectFailure_t (102): a connection attempt to the Steam back end failed. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { resultCodeCodec } from '../codecs/result-code';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link SteamServerConnectFailed}: the single source of truth of its shape. */
export const steamServerConnectFailedCodec = t.readonly(
  t.type(
    {
      /** Why the connection failed (`m_eResult`). */
      result: resultCodeCodec,
      /** Whether Steam is still trying to connect (`m_bStillRetrying`). */
      retrying: booleanCodec,
    },
    'SteamServerConnectFailed',
  ),
  'SteamServerConnectFailed',
);
/**
 * The payload of SteamServerConnectFailure_t (102): an attempt to connect to the Steam back end failed.
 *
 * @interface
 */
export type SteamServerConnectFailed = t.TypeOf<typeof steamServerConnectFailedCodec>;

/** The SteamServerConnectFailure_t signal: its struct, codec and member mapping. */
export const steamServerConnectFailedSignal: SignalDefinition<SteamServerConnectFailed> = {
  struct: 'SteamServerConnectFailure_t',
  codec: steamServerConnectFailedCodec,
  fromRaw: (raw) => ({ result: raw.m_eResult, retrying: raw.m_bStillRetrying }),
};
