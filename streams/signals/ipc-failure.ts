/** IPCFailure_t (117): the client's callback system failed; Steam state must be reset. */
import * as t from 'io-ts';
import { EFailureType } from '../../native/enums';
import { enumMemberCodec } from '../codecs/enum-member';
import type { SignalDefinition } from '../signal-definition';

export const ipcFailureCodec = t.readonly(t.type({ type: enumMemberCodec(EFailureType, 'EFailureType') }, 'IpcFailure'), 'IpcFailure');
export type IpcFailure = t.TypeOf<typeof ipcFailureCodec>;

export const ipcFailureSignal: SignalDefinition<IpcFailure> = {
  struct: 'IPCFailure_t',
  codec: ipcFailureCodec,
  fromRaw: (raw) => ({ type: raw.m_eFailureType }),
};
