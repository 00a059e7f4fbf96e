/**
 * Newline framing over a TCP byte stream: chunks in, whole lines out. A line longer than the
 * limit is reported once as a value (a peer that never sends a newline cannot grow our memory).
 */
import { left, right, type Either } from 'fp-ts/Either';
import { mergeMap, scan, type OperatorFunction } from 'rxjs';
import { protocolError, type ProtocolError } from './protocol';

/** Room for a hex-encoded 8 KiB ticket plus the JSON around it. */
export const MAX_LINE_LENGTH = 32 * 1024;

interface Framing {
  readonly partial: string;
  readonly overflowed: boolean;
  readonly out: readonly Either<ProtocolError, string>[];
}

const frame = (state: Framing, chunk: string): Framing => {
  const pieces = (state.partial + chunk).split('\n');
  const partial = pieces.pop() ?? '';
  const lines = pieces.filter((line) => line.length > 0).map((line) => right<ProtocolError, string>(line));
  if (partial.length <= MAX_LINE_LENGTH) return { partial, overflowed: false, out: lines };
  // Drop the oversized line; report it once.
  const report = state.overflowed ? [] : [left<ProtocolError, string>(protocolError(`a line is longer than ${MAX_LINE_LENGTH} characters`))];
  return { partial: '', overflowed: true, out: [...lines, ...report] };
};

export const splitLines = (): OperatorFunction<string, Either<ProtocolError, string>> => (chunks$) =>
  chunks$.pipe(
    scan(frame, { partial: '', overflowed: false, out: [] }),
    mergeMap((state) => state.out),
  );
