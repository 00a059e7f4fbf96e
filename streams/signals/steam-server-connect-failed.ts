/** SteamServerConnectFailure_t (102): a connection attempt to the Steam back end failed. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { resultCodeCodec } from '../codecs/result-code';
import type { SignalDefinition } from '../signal-definition';

export const steamServerConnectFailedCodec = t.readonly(
  t.type({ result: resultCodeCodec, retrying: booleanCodec }, 'SteamServerConnectFailed'),
  'SteamServerConnectFailed',
);
export type SteamServerConnectFailed = t.TypeOf<typeof steamServerConnectFailedCodec>;

export const steamServerConnectFailedSignal: SignalDefinition<SteamServerConnectFailed> = {
  struct: 'SteamServerConnectFailure_t',
  codec: steamServerConnectFailedCodec,
  fromRaw: (raw) => ({ result: raw.m_eResult, retrying: raw.m_bStillRetrying }),
};
