/**
 * The rewrites scripts/bundle.js makes to start.js after esbuild (startRequires,
 * namespacesOnFirstRead), run on a small file of esbuild's shape: what other files read from
 * start.js's namespaces is unchanged, a binding the file reassigns stays live, a namespace read
 * before start.js has loaded throws instead of handing out unset values, a package is required
 * once, and the line count never changes (the source map stays valid).
 */

// A plain CommonJS script (it runs before any TypeScript compiler in `npm run build`).
const { namespacesOnFirstRead, startExportsThroughOneFunction, startRequires } = require('../../scripts/bundle.js') as {
  namespacesOnFirstRead: (code: string) => string;
  startExportsThroughOneFunction: (code: string) => string;
  startRequires: (code: string) => string;
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

/** Runs a start file as CommonJS and returns its exports. */
const load = (code: string): Record<string, unknown> => {
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  return module.exports;
};

describe("start.js's rewrites", () => {
  it('fills a namespace on its first read, with values for constants and a live getter for a reassigned binding', () => {
    const code = namespacesOnFirstRead(startFile());
    expect(code.split('\n')).toHaveLength(startFile().split('\n').length);
    expect(code).toContain('label: label');
    expect(code).toContain('get counter() { return counter; }');
    const chunk = load(code).chunk_A as { counter: number; increment: () => void; label: string };
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

  it("reads start.js's own exports through one function, still enumerable and filled on first read", () => {
    const code = startExportsThroughOneFunction(namespacesOnFirstRead(startFile()));
    expect(code.split('\n')).toHaveLength(startFile().split('\n').length);
    expect(code).not.toContain('chunk_A: () =>');
    const exported = load(code);
    expect(Object.keys(exported)).toEqual(['chunk_A']);
    expect((exported.chunk_A as { label: string }).label).toBe('steady');
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
    const module = { exports: [] as unknown[] };
    new Function('module', 'require', code)(module, require);
    expect(module.exports).toEqual([require('node:path').sep, require('node:path').join, true]);
  });

  it('keeps __toESM for a package read by name as well as by default', () => {
    const code = startRequires(['var import_path = __toESM(require("node:path"));', 'module.exports = [import_path.default, import_path.sep];'].join('\n'));
    expect(code).toContain('__toESM(require("node:path"))');
  });
});
