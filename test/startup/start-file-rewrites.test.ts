/**
 * The rewrites scripts/bundle.js makes to start.js after esbuild (startRequires,
 * namespacesOnFirstRead), run on a small file of esbuild's shape: what other files read from
 * start.js's namespaces is unchanged, a binding the file reassigns stays live, a namespace read
 * before start.js has loaded throws instead of handing out unset values, a package is required
 * once, runs of top-level statements move into functions without changing what runs or when,
 * esbuild helpers nothing reads go, and the line count never changes (the source map stays valid).
 */

// A plain CommonJS script (it runs before any TypeScript compiler in `npm run build`).
const { namespacesOnFirstRead, startExportsThroughOneFunction, startRequires, topLevelRunsAsFunctions, unusedHelpersRemoved } = require('../../scripts/bundle.js') as {
  namespacesOnFirstRead: (code: string) => string;
  startExportsThroughOneFunction: (code: string) => string;
  startRequires: (code: string) => string;
  topLevelRunsAsFunctions: (code: string) => string;
  unusedHelpersRemoved: (code: string) => string;
};

/** A start.js of esbuild's shape: one namespace, start.js's own exports, and the closing annotation. */
const startFile = (middle = ''): string =>
  [
    'var __create = Object.create;',
    'var __defProp = Object.defineProperty;',
    'var __export = (target, all) => {',
    '  for (var name in all)',
    '    __defProp(target, name, { get: all[name], enumerable: true });',
    '};',
    'var start_exports = {};',
    '__export(start_exports, {',
    '  chunk_A: () => chunk_A_exports',
    '});',
    'module.exports = start_exports;',
    'var chunk_A_exports = {};',
    '__export(chunk_A_exports, {',
    '  counter: () => counter,',
    '  increment: () => increment,',
    '  label: () => label',
    '});',
    'var counter = 0;',
    'function increment() {',
    '  counter += 1;',
    '}',
    'var label = "steady";',
    middle,
    '// Annotate the CommonJS export names for ESM import in node:',
    '0 && (module.exports = { chunk_A });',
    '',
  ].join('\n');

/** `rewrite` applied to `original`, checked to keep its line count (start.js's source map relies on it). */
const rewriteKeepingLines = (rewrite: (code: string) => string, original: string): string => {
  const code = rewrite(original);
  expect(code.split('\n')).toHaveLength(original.split('\n').length);
  return code;
};

/** Runs a start file as CommonJS (`this` is `exports`, as Node has it) and returns its exports. */
const load = (code: string): unknown => {
  const module = { exports: {} as unknown };
  new Function('module', 'exports', 'require', code).call(module.exports, module, module.exports, require);
  return module.exports;
};

describe("start.js's rewrites", () => {
  it('fills a namespace on its first read, with values for constants and a live getter for a reassigned binding', () => {
    const code = rewriteKeepingLines(namespacesOnFirstRead, startFile());
    expect(code).toContain('label: label');
    expect(code).toContain('get counter() { return counter; }');
    const chunk = (load(code) as { chunk_A: unknown }).chunk_A as { counter: number; increment: () => void; label: string };
    expect(chunk.label).toBe('steady');
    chunk.increment();
    chunk.increment();
    expect(chunk.counter).toBe(2);
  });

  it('throws on a namespace read while start.js is still loading, instead of handing out unset values', () => {
    const code = namespacesOnFirstRead(startFile('try { module.exports.chunk_A; } catch (error) { module.exports.early = error; }'));
    const exported = load(code) as { early: Error; chunk_A: { label: string } };
    expect(exported.early.message).toBe('steamworks-rx: chunk_A_exports read before start.js finished loading');
    // The failed read filled nothing, so a read after loading still fills the namespace.
    expect(exported.chunk_A.label).toBe('steady');
  });

  it("exports one function answering each output's namespace, filled on first read; an unknown name throws", () => {
    const code = rewriteKeepingLines((file) => startExportsThroughOneFunction(namespacesOnFirstRead(file)), startFile());
    expect(code).not.toContain('chunk_A: () =>');
    expect(code).not.toContain('module.exports = start_exports');
    const exported = load(code) as { namespaceOf: (name: string) => { label: string; counter: number; increment: () => void } };
    expect(Object.keys(exported)).toEqual(['namespaceOf']);
    const chunk = exported.namespaceOf('chunk_A');
    expect(chunk.label).toBe('steady');
    chunk.increment();
    expect(exported.namespaceOf('chunk_A')).toBe(chunk);
    expect(chunk.counter).toBe(1);
    expect(() => exported.namespaceOf('chunk_B')).toThrow('steamworks-rx: start.js holds no module chunk_B');
  });

  it('requires a package once at the top level and gives a default import its default without copying exports', () => {
    const code = startRequires(
      [
        'var import_path = __toESM(require("node:path"));',
        'var import_path2 = __toESM(require("node:path"));',
        'var import_util = require("node:util");',
        'var import_util2 = require("node:util");',
        'function f() {',
        '  var import_util3 = require("node:util");',
        '}',
        'module.exports = [import_path.default.sep, import_path2.default.join, import_util === import_util2];',
      ].join('\n'),
    );
    expect(code.match(/require\("node:path"\)/g)).toHaveLength(1);
    expect(code.match(/require\("node:util"\)/g)).toHaveLength(2);
    expect(code).not.toContain('__toESM');
    expect(load(code)).toEqual([require('node:path').sep, require('node:path').join, true]);
  });

  it('keeps __toESM for a package read by name as well as by default', () => {
    const code = startRequires(['var import_path = __toESM(require("node:path"));', 'module.exports = [import_path.default, import_path.sep];'].join('\n'));
    expect(code).toContain('__toESM(require("node:path"))');
  });

  it('removes the esbuild helpers nothing reads, and those only they read, keeping the line count and the rest', () => {
    const original = [
      'var __defProp = Object.defineProperty;',
      'var __getOwnPropNames = Object.getOwnPropertyNames;',
      'var __copyProps = (to, from) => {',
      '  for (const key of __getOwnPropNames(from)) __defProp(to, key, { get: () => from[key], enumerable: true });',
      '  return to;',
      '};',
      'var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);',
      'var __used = (value) => value + 1;',
      'var unusedButNotAHelper = 2;',
      'module.exports = [__used(1), __defProp === Object.defineProperty];',
    ].join('\n');
    const code = rewriteKeepingLines(unusedHelpersRemoved, original);
    expect(code).not.toMatch(/__toCommonJS|__copyProps|__getOwnPropNames/);
    expect(code).toContain('var __used = (value) => value + 1;');
    expect(code).toContain('var unusedButNotAHelper = 2;');
    expect(load(code)).toEqual([2, true]);
  });

  describe('runs of top-level statements as functions', () => {
    /** A table long enough to be moved (a run of at least 300 characters). */
    const table = (name: string): string => `var ${name} = { ${Array.from({ length: 60 }, (_, index) => `k${index}: ${index}`).join(', ')} };`;

    it('moves a long run into a function called in its place: same order, same values, hoisting kept, line count kept', () => {
      const original = [
        'var order = [];',
        table('first'),
        'order.push("first", hoisted());',
        'function hoisted() { return typeof later; }',
        table('second'),
        'var a = 1, b = a + 1;',
        'class Shape { area() { return this.side ** 2; } }',
        'var Square = class extends Shape { side = b; };',
        table('third'),
        'order.push(new Square().area(), first.k3 + second.k29);',
        'var later = "set";',
        'module.exports = [order, later, typeof Shape];',
      ].join('\n');
      const code = rewriteKeepingLines(topLevelRunsAsFunctions, original);
      // Three runs: a function declaration ends one (it stays outside, hoisted), and so does a class declaration (not a plain `var`).
      expect(code.match(/function __topLevel\d+\(\) \{ /g)).toHaveLength(3);
      expect(code).toMatch(/^class Shape/m);
      expect(code).toMatch(/^function hoisted\(\)/m);
      expect(load(code)).toEqual(load(original));
      expect(load(code)).toEqual([['first', 'undefined', 4, 32], 'set', 'function']);
    });

    it("leaves short runs and statements reading the module scope's this or arguments where they are", () => {
      const short = ['var x = 1;', 'module.exports = [x];'].join('\n');
      expect(topLevelRunsAsFunctions(short)).toBe(short);
      const readsThis = [table('t'), 'var self = this;', table('u'), 'module.exports = [self === exports, typeof t, typeof u];'].join('\n');
      const code = topLevelRunsAsFunctions(readsThis);
      expect(code).toContain('\nvar self = this;\n');
      expect(load(code)).toEqual([true, 'object', 'object']);
      const methodThis = [table('v'), 'var holder = { get value() { return this.v; }, v: 2 };', 'module.exports = [holder.value, v.k1];'].join('\n');
      expect(topLevelRunsAsFunctions(methodThis)).toContain('__topLevel0');
      expect(load(topLevelRunsAsFunctions(methodThis))).toEqual([2, 1]);
    });
  });
});
