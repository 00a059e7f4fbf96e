/** IPCFailure_t (117): the client's callback system failed; Steam state must be reset. */
import * as t from 'io-ts';
import { EFailureType } from '../../native/enums';
import { enumMemberCodec } from '../codecs/enum-member';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link IpcFailure}: the single source of truth of its shape. */
export const ipcFailureCodec = t.readonly(
  t.type(
    {
      /** What failed: FlushedCallbackQueue or PipeFail (`m_eFailureType`, a uint8 holding an EFailureType). */
      type: enumMemberCodec(EFailureType, 'EFailureType'),
    },
    'IpcFailure',
  ),
  'IpcFailure',
);
/**
 * The payload of IPCFailure_t (117): the callback system is in an error state; disconnect, reset stored Steam state and reconnect.
 *
 * @interface
 */
export type IpcFailure = t.TypeOf<typeof ipcFailureCodec>;

/** The IPCFailure_t signal: its struct, codec and member mapping. */
export const ipcFailureSignal: SignalDefinition<IpcFailure> = {
  struct: 'IPCFailure_t',
  codec: ipcFailureCodec,
  fromRaw: (raw) => ({ type: raw.m_eFailureType }),
};
