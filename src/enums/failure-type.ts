import { EFailureType } from '../../native/enums';
import { describeEnumValue, descriptionTable } from './describe-enum-value';

/** Why the client's callback system failed (ipc_failure). */
export const FailureType = {
  FAILURE_FLUSHED_CALLBACK_QUEUE: EFailureType.FlushedCallbackQueue,
  FAILURE_PIPE_FAIL: EFailureType.PipeFail,
} as const;
export type FailureType = (typeof FailureType)[keyof typeof FailureType];

const descriptions = descriptionTable<FailureType>({
  [FailureType.FAILURE_FLUSHED_CALLBACK_QUEUE]: 'The callback queue was flushed; pending callbacks were lost.',
  [FailureType.FAILURE_PIPE_FAIL]: 'The pipe to the Steam client failed.',
});

export const describeFailureType = (value: number): string => describeEnumValue('FailureType', descriptions, value);
