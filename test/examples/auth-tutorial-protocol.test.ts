/** The tutorial's wire format: line framing (marbles) and the io-ts message codecs. */
import { isLeft, isRight, left, right } from 'fp-ts/Either';
import { TestScheduler } from 'rxjs/testing';
import { MAX_LINE_LENGTH, splitLines } from '../../examples/auth-tutorial/line-framing';
import { HostMessage, PlayerMessage, decodeMessage, encodeMessage, protocolError } from '../../examples/auth-tutorial/protocol';

const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

describe('splitLines', () => {
  it('joins lines split across chunks, splits chunks holding several, and skips empty lines', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const chunks$ = cold('a-b-----c---|', { a: '{"x":', b: '1}\n{"y":2}\n\n{"z"', c: ':3}\n' });
      expectObservable(chunks$.pipe(splitLines())).toBe('--(pq)--c---|', { p: right('{"x":1}'), q: right('{"y":2}'), c: right('{"z":3}') });
    });
  });

  it('reports a line longer than the limit once, drops it, and keeps reading', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const long = 'x'.repeat(MAX_LINE_LENGTH);
      const chunks$ = cold('a-b-c---|', { a: long, b: 'yy', c: 'tail\n{"ok":1}\n' });
      expectObservable(chunks$.pipe(splitLines())).toBe('--e-(tk)|', {
        e: left(protocolError(`a line is longer than ${MAX_LINE_LENGTH} characters`)),
        // The rest of the oversized line arrives as its own line and fails to decode later.
        t: right('tail'),
        k: right('{"ok":1}'),
      });
    });
  });
});

describe('the messages', () => {
  const steamId = 76561197960265735n;
  const ticket = Uint8Array.from([0, 1, 254, 255]);

  it('round-trips a ticket offer: Steam ID as decimal text, ticket as hex', () => {
    const line = encodeMessage(PlayerMessage, { type: 'ticket', name: 'alice', steamId, ticket });
    expect(line).toBe('{"type":"ticket","name":"alice","steamId":"76561197960265735","ticket":"0001feff"}\n');
    const decoded = decodeMessage(PlayerMessage)(line.trim());
    expect(isRight(decoded) && decoded.right).toEqual({ type: 'ticket', name: 'alice', steamId, ticket });
  });

  it('reads every host message', () => {
    const read = decodeMessage(HostMessage);
    expect(read('{"type":"welcome","host":"server","steamId":"90071992547409925"}')).toEqual(right({ type: 'welcome', host: 'server', steamId: 90071992547409925n }));
    expect(read('{"type":"admitted"}')).toEqual(right({ type: 'admitted' }));
    expect(read('{"type":"refused","reason":"no"}')).toEqual(right({ type: 'refused', reason: 'no' }));
  });

  it.each([
    ['not JSON', 'hello', /^not JSON \(a line of 5 characters\)$/],
    ['not JSON around a ticket', '{"ticket":"0000ff', /^not JSON \(a line of 17 characters\)$/],
    ['an unknown type', '{"type":"hello"}', /^not a /],
    ['odd-length hex', '{"type":"ticket","name":"a","steamId":"1","ticket":"abc"}', /lowercase hex/],
    ['an empty ticket', '{"type":"ticket","name":"a","steamId":"1","ticket":""}', /lowercase hex/],
    ['a ticket over 8 KiB', `{"type":"ticket","name":"a","steamId":"1","ticket":"${'00'.repeat(8193)}"}`, /lowercase hex/],
    ['a Steam ID out of range', '{"type":"ticket","name":"a","steamId":"18446744073709551616","ticket":"00"}', /^not a /],
    ['an empty name', '{"type":"ticket","name":"","steamId":"1","ticket":"00"}', /^not a /],
  ])('refuses %s as a value, never echoing ticket bytes', (_what, line, reason) => {
    const decoded = decodeMessage(PlayerMessage)(line);
    expect(isLeft(decoded) && decoded.left._tag).toBe('ProtocolError');
    const message = isLeft(decoded) ? decoded.left.message : '';
    expect(message).toMatch(reason);
    expect(message).not.toContain('0000');
  });
});
