// An esbuild plugin for the bundle (scripts/bundle.js): the sources' module-level arrow functions
// become function expressions, so that V8 compiles each one on its first call instead of when the
// module is compiled.
//
// Why: Node runs a CommonJS module inside a function, and V8 parses an arrow function lazily only
// at a script's top level (see the TODO in V8's ParseArrowFunctionLiteral). Every other arrow
// that is not inside a `function` is parsed in full, with bytecode, when the module is compiled,
// whether it is ever called or not. The sources are written as `const f = (…) => …`, so a start
// compiled all of start.js; as function expressions V8 only pre-parses what is not called.
//
// Only arrows the module's top level reaches without crossing a function or a class are
// rewritten (code inside those is already compiled on first call), and only those that read no
// `this`, `arguments` or `super` (which a function expression would rebind). A
// function expression keeps the arrow's inferred name (`const f = function () {}` is named "f").
// TypeScript does the rewrite and the emit (one file at a time, as esbuild does; the sources
// type-check with isolatedModules), and its inline source map lets esbuild chain the bundle's
// maps back to the .ts sources.
'use strict';

const fs = require('node:fs');
const ts = require('typescript');

/** What a function expression would see differently from an arrow: its own this, arguments and super. */
const readsEnclosingScope = (arrow) => {
  let reads = false;
  const visit = (node) => {
    if (reads) return;
    if (
      node.kind === ts.SyntaxKind.ThisKeyword ||
      node.kind === ts.SyntaxKind.SuperKeyword ||
      (ts.isIdentifier(node) && node.text === 'arguments')
    ) {
      reads = true;
      return;
    }
    // A nested function has its own; a class is searched too (its computed keys see the outer this).
    if (ts.isFunctionLike(node) && !ts.isArrowFunction(node)) return;
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(arrow, visit);
  return reads;
};

/** `(a) => a + 1` as `function (a) { return a + 1; }`, mapped to the arrow's source. */
const asFunctionExpression = (factory, arrow) => {
  const body = ts.isBlock(arrow.body)
    ? arrow.body
    : factory.createBlock([ts.setTextRange(factory.createReturnStatement(arrow.body), arrow.body)], true);
  const expression = factory.createFunctionExpression(arrow.modifiers, undefined, undefined, arrow.typeParameters, arrow.parameters, arrow.type, body);
  return ts.setOriginalNode(ts.setTextRange(expression, arrow), arrow);
};

/** The TypeScript transformer: module-level arrows (see above) as function expressions. */
const arrowsAsFunctions = (context) => {
  const { factory } = context;
  const visit = (node) => {
    // Inside a function or a class, V8 already compiles code when it is first run.
    if ((ts.isFunctionLike(node) && !ts.isArrowFunction(node)) || ts.isClassLike(node)) return node;
    if (ts.isArrowFunction(node) && !readsEnclosingScope(node)) return asFunctionExpression(factory, node);
    return ts.visitEachChild(node, visit, context);
  };
  return (sourceFile) => ts.visitEachChild(sourceFile, visit, context);
};

const compilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  isolatedModules: true,
  esModuleInterop: true,
  useDefineForClassFields: true,
  inlineSourceMap: true,
  inlineSources: true,
};

/** One TypeScript source as JavaScript with the rewrite, and an inline source map to the source. */
const transpile = (source, fileName) => {
  const output = ts.transpileModule(source, { fileName, compilerOptions, reportDiagnostics: true, transformers: { before: [arrowsAsFunctions] } });
  const errors = (output.diagnostics ?? []).filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) throw new Error(`arrows-as-functions: ${fileName}: ${ts.flattenDiagnosticMessageText(errors[0].messageText, '\n')}`);
  return output.outputText;
};

/** The esbuild plugin: loads every TypeScript source (not declarations) through `transpile`. */
const arrowsAsFunctionsPlugin = {
  name: 'arrows-as-functions',
  setup(build) {
    // (esbuild's filters are Go regular expressions: no lookbehind.)
    build.onLoad({ filter: /\.ts$/ }, async (args) =>
      args.path.endsWith('.d.ts') ? undefined : { contents: transpile(await fs.promises.readFile(args.path, 'utf8'), args.path), loader: 'js' },
    );
  },
};

module.exports = { arrowsAsFunctionsPlugin, transpile };
