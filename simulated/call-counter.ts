/**
 * Wraps a port so every call is counted under '<prefix>.<method>' (inspection: a test can assert
 * that, say, cancelAuthTicket ran exactly once).
 */
import type { CallCounts } from './call-counts';

type Method = (...args: never[]) => unknown;

export const countCalls = <T extends object>(port: T, prefix: string, counts: CallCounts): T => {
  const counted: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(port)) {
    if (typeof member !== 'function') {
      counted[name] = member;
      continue;
    }
    const method = member as Method;
    // Looked up once here, not per call: the wrapper runs on every port call.
    const counter = counts.counter(`${prefix}.${name}`);
    counted[name] = (...args: never[]): unknown => {
      counter.increment();
      return method(...args);
    };
  }
  return counted as T;
};
