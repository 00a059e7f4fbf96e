/**
 * A table of bad arguments for every public function of the client and the game server (the
 * object's function-valued keys are enumerated, so a new function without an entry fails here).
 * Each bad value, put in one argument position with the others valid, gives a typed
 * Left(InvalidArgument) — or an Observable of one — whose message names the argument. Nothing
 * throws, nothing reaches Steam.
 */
import { isLeft, type Either } from 'fp-ts/Either';
import { isObservable, of, type Observable, type OperatorFunction } from 'rxjs';
import { badValues, clientTable, clientWithoutArguments, serverTable, serverWithoutArguments } from './function-table';
import { fake, record, startNativePair, stopNativePair, type NativePair } from './hostile-kit';

afterEach(stopNativePair);

const functionKeys = (side: object): string[] =>
  Object.keys(side).filter((key) => typeof (side as Record<string, unknown>)[key] === 'function').sort();

type Outcome = { readonly kind: 'either'; readonly value: Either<unknown, unknown> } | { readonly kind: 'error'; readonly error: unknown } | { readonly kind: 'other'; readonly value: unknown };

/** Calls, then reads what came back: an Either, the first emission of an Observable, or its error. */
const outcomeOf = (name: string, result: unknown): Outcome => {
  if (name === 'decompress') return outcomeOf('decompress()', of(Uint8Array.of(1, 2, 3)).pipe(result as OperatorFunction<Uint8Array, unknown>));
  if (isObservable(result)) {
    const seen = record(result as Observable<unknown>);
    seen.unsubscribe();
    if (seen.errors.length > 0) return { kind: 'error', error: seen.errors[0] };
    const first = seen.values[0];
    return isEither(first) ? { kind: 'either', value: first } : { kind: 'other', value: first };
  }
  return isEither(result) ? { kind: 'either', value: result } : { kind: 'other', value: result };
};

const isEither = (value: unknown): value is Either<unknown, unknown> =>
  typeof value === 'object' && value !== null && ((value as { _tag?: unknown })._tag === 'Left' || (value as { _tag?: unknown })._tag === 'Right');

const invalidArgumentOf = (outcome: Outcome): { readonly _tag: string; readonly argument?: string; readonly message: string } | undefined => {
  const error = outcome.kind === 'either' && isLeft(outcome.value) ? outcome.value.left : outcome.kind === 'error' ? outcome.error : undefined;
  return typeof error === 'object' && error !== null && 'message' in error ? (error as { _tag: string; argument?: string; message: string }) : undefined;
};

const show = (value: unknown): string => {
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…(${value.length})` : value);
  if (value instanceof Uint8Array) return `Uint8Array(${value.byteLength})`;
  if (typeof value === 'function') return 'a function';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

let tried = 0;
afterAll(() => {
  console.log(`bad arguments tried on client and server functions: ${tried}`);
  // Every table entry ran: a filter that silently skipped values would lower this.
  expect(tried).toBeGreaterThan(1000);
});

describe.each([
  ['client', clientTable, clientWithoutArguments],
  ['server', serverTable, serverWithoutArguments],
] as const)('bad arguments to every %s function', (side, table, withoutArguments) => {
  const target = (pair: NativePair): Record<string, (...args: unknown[]) => unknown> =>
    (side === 'client' ? pair.client : pair.server) as unknown as Record<string, (...args: unknown[]) => unknown>;

  it('the table covers every function-valued key, and nothing else', () => {
    const functions = functionKeys(target(startNativePair()));
    expect([...Object.keys(table), ...withoutArguments].sort()).toEqual(functions);
  });

  it.each(Object.entries(table))('%s: each bad value gives a typed Left naming the argument', (name, entry) => {
    const pair = startNativePair();
    const call = (args: readonly unknown[]): unknown => {
      const fn = target(pair)[name];
      if (fn === undefined) throw new Error(`no function ${name}`);
      return fn(...args);
    };
    const failures: string[] = [];
    entry.params.forEach((param, position) => {
      const values = [...badValues[param.kind], ...(entry.extra?.[param.name] ?? [])].filter((value) => !(param.optional && value === undefined));
      for (const value of values) {
        const args = entry.params.map((other, index) => (index === position ? value : other.valid));
        tried += 1;
        let outcome: Outcome;
        try {
          outcome = outcomeOf(name, call(args));
        } catch (error) {
          failures.push(`${name}(${param.name} = ${show(value)}) threw ${String(error)}`);
          continue;
        }
        const error = invalidArgumentOf(outcome);
        if (error === undefined || error._tag !== 'InvalidArgument' || !error.message.includes(param.name)) {
          failures.push(`${name}(${param.name} = ${show(value)}) gave ${show(error ?? outcome)}`);
        }
      }
    });
    expect(failures).toEqual([]);
    // Nothing that was refused reached Steam as a ticket.
    expect(fake.callCount('SteamAPI_ISteamUser_BeginAuthSession') + fake.callCount('SteamAPI_ISteamGameServer_BeginAuthSession')).toBe(0);
  });
});

describe('voice$ options', () => {
  it('a bad options value is a typed InvalidArgument naming it, and voice$ still works afterwards', () => {
    const { client } = startNativePair();
    const failures: string[] = [];
    for (const options of [null, 42, 'fast', Symbol('hostile'), { initialBufferBytes: Number.NaN }, { maxDrainFrames: -1 }, { stop$: 5 }]) {
      tried += 1;
      const seen = record(client.voice$(options as never));
      seen.unsubscribe();
      const error = seen.errors[0] as { _tag?: string; message?: string } | undefined;
      if (error?._tag !== 'InvalidArgument' || !(error.message ?? '').includes('options')) failures.push(`voice$(${show(options)}) gave ${show(error)}`);
    }
    const afterwards = record(client.voice$());
    expect(afterwards.errors).toEqual([]);
    afterwards.unsubscribe();
    expect(failures).toEqual([]);
  });
});
