/**
 * scripts/arrows-as-functions.js, the bundle's TypeScript loader: module-level arrow functions
 * become function declarations, or function expressions where they are not a `const` of their own
 * (V8 compiles those on first call; a CommonJS module's arrows it compiles with the module), and
 * nothing else changes. Checked on the emitted text and by running
 * it: names, results, async, and the arrows it must leave alone.
 */
import { transformSync } from 'esbuild';

// A plain CommonJS script (it runs before any TypeScript compiler in `npm run build`).
const { transpile } = require('../../scripts/arrows-as-functions.js') as { transpile: (source: string, fileName: string) => string };

/** The emitted JavaScript without its inline source map. */
const emitted = (source: string): string => transpile(source, 'sample.ts').replace(/\n\/\/# sourceMappingURL=.*$/s, '');

/** Asserts that the JavaScript emitted for these source lines holds each fragment. */
const expectEmitted = (lines: readonly string[], fragments: readonly string[]): void => {
  const text = emitted(lines.join('\n'));
  for (const fragment of fragments) expect(text).toContain(fragment);
};

/** Runs emitted ES module code as CommonJS and returns its exports. */
const run = (source: string): Record<string, unknown> => {
  const { code } = transformSync(emitted(source), { format: 'cjs', loader: 'js' });
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports;
};

describe('arrows-as-functions', () => {
  it('rewrites module-level arrows as function declarations or expressions that keep their names and results', async () => {
    const source = [
      'export const add = (a: number, b = 1): number => a + b;',
      'export const pair = <T,>(value: T) => ({ value });',
      'export const later = async (value: string) => { await null; return value; };',
      'export const table = { twice: (value: number) => value * 2 };',
      'export const plain = function (value: number) { return value - 1; };',
    ].join('\n');
    const text = emitted(source);
    expect(text).not.toContain('=>');
    expect(text).toContain('export function add(a, b = 1) {');
    expect(text).toContain('export async function later(value) {');
    expect(text).toContain('export function plain(value) {');
    expect(text).toContain('twice: function (value) {');
    const exported = run(source) as {
      add: (a: number, b?: number) => number;
      pair: (value: string) => unknown;
      later: (value: string) => Promise<string>;
      table: { twice: (value: number) => number };
    };
    expect([exported.add.name, exported.pair.name, exported.later.name, exported.table.twice.name]).toEqual(['add', 'pair', 'later', 'twice']);
    expect(exported.add(2)).toBe(3);
    expect(exported.pair('x')).toEqual({ value: 'x' });
    await expect(exported.later('done')).resolves.toBe('done');
    expect(exported.table.twice(4)).toBe(8);
    expect((exported as unknown as { plain: (value: number) => number }).plain(3)).toBe(2);
  });

  it('keeps a binding that can change, or a named function expression, as a binding', () => {
    expectEmitted(
      ['export let mutable = () => 1;', 'export const named = function inner() { return inner; };'],
      ['export let mutable = function () {', 'export const named = function inner() {'],
    );
  });

  it('converts the outermost arrow only: arrows inside a function or a class already compile on first call', () => {
    expectEmitted(
      [
        'export const outer = (values: number[]) => values.map((value) => value + 1);',
        'export function named(values: number[]) { return values.map((value) => value * 2); }',
        'export class Counter { count = 0; increment = () => { this.count += 1; }; }',
      ],
      ['function outer(values)', 'values.map((value) => value + 1)', 'values.map((value) => value * 2)', 'increment = () =>'],
    );
  });

  it('leaves an arrow that reads this or arguments (a function would rebind them)', () => {
    expectEmitted(
      [
        'export const self = () => this;',
        'export const count = () => arguments.length;',
        'export const nested = () => () => this;',
        'export const safe = () => function () { return this; };',
      ],
      ['const self = () => this', 'const count = () => arguments.length', 'const nested = () => () => this', 'export function safe() {'],
    );
  });

  it('reports a syntax error with the file name instead of emitting broken code', () => {
    expect(() => transpile('export const broken = (a: number => a;', 'broken.ts')).toThrow(/broken\.ts/);
  });
});
