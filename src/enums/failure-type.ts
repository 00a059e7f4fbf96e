import { EFailureType } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/** Why the client's callback system failed (ipc_failure). */
export const FailureType = {
  /** The callback queue was flushed; pending callbacks were lost. */
  FAILURE_FLUSHED_CALLBACK_QUEUE: EFailureType.FlushedCallbackQueue,
  /** The pipe to the Steam client failed. */
  FAILURE_PIPE_FAIL: EFailureType.PipeFail,
} as const;
export type FailureType = (typeof FailureType)[keyof typeof FailureType];

const descriptions = descriptionTable<FailureType>(() => ({
  [FailureType.FAILURE_FLUSHED_CALLBACK_QUEUE]: 'The callback queue was flushed; pending callbacks were lost.',
  [FailureType.FAILURE_PIPE_FAIL]: 'The pipe to the Steam client failed.',
}));

/** The readable description of one FailureType value; a value that is not a member gives `unknown FailureType value <value>`. */
export const describeFailureType = (value: number): string => describeEnumValue('FailureType', descriptions, value);
