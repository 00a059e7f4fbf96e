// An esbuild plugin for the bundle (scripts/bundle.js): the sources' module-level arrow functions
// become function declarations (`export const f = (…) => …` as `export function f(…) { … }`) or,
// where they are not a binding of their own, function expressions, so that V8 compiles each one
// on its first call instead of when the module is compiled.
//
// Why: Node runs a CommonJS module inside a function, and V8 parses an arrow function lazily only
// at a script's top level (see the TODO in V8's ParseArrowFunctionLiteral). Every other arrow
// that is not inside a `function` is parsed in full, with bytecode, when the module is compiled,
// whether it is ever called or not. The sources are written as `const f = (…) => …`, so a start
// compiled all of start.js; as function expressions V8 only pre-parses what is not called.
//
// Only arrows the module's top level reaches without crossing a function or a class are
// rewritten (code inside those is already compiled on first call), and only those that read no
// `this`, `arguments` or `super` (which a function would rebind). A declaration rather than
// `var f = function …`: V8 compiles a module-level function declaration about 3× faster than a
// function expression bound to a variable (measured on start.js's shape: 400 small functions,
// 0.5 ms against 1.8 ms). Hoisting only lets a call before the definition work where the `const`
// would have thrown. A function expression keeps the arrow's inferred name
// (`const f = function () {}` is named "f"), a declaration its own.
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

/**
 * `export const f = (a) => …;` as `export function f(a) { … }`: one `const` binding of an arrow
 * (that reads no this, arguments or super) or of an anonymous function expression, at a module's
 * top level. Else undefined.
 */
const asFunctionDeclaration = (factory, statement) => {
  if (!ts.isVariableStatement(statement) || (statement.declarationList.flags & ts.NodeFlags.Const) === 0) return undefined;
  const [declaration, ...others] = statement.declarationList.declarations;
  if (declaration === undefined || others.length > 0 || !ts.isIdentifier(declaration.name)) return undefined;
  const { initializer } = declaration;
  const convertible =
    initializer !== undefined &&
    ((ts.isArrowFunction(initializer) && !readsEnclosingScope(initializer)) || (ts.isFunctionExpression(initializer) && initializer.name === undefined));
  if (!convertible) return undefined;
  const function_ = ts.isArrowFunction(initializer) ? asFunctionExpression(factory, initializer) : initializer;
  const modifiers = [...(statement.modifiers ?? []), ...(function_.modifiers ?? [])];
  const converted = factory.createFunctionDeclaration(
    modifiers.length > 0 ? modifiers : undefined,
    function_.asteriskToken,
    declaration.name,
    function_.typeParameters,
    function_.parameters,
    function_.type,
    function_.body,
  );
  return ts.setOriginalNode(ts.setTextRange(converted, statement), statement);
};

/** The TypeScript transformer: module-level arrows (see above) as function declarations or expressions. */
const arrowsAsFunctions = (context) => {
  const { factory } = context;
  const visit = (node) => {
    // Inside a function or a class, V8 already compiles code when it is first run.
    if ((ts.isFunctionLike(node) && !ts.isArrowFunction(node)) || ts.isClassLike(node)) return node;
    if (ts.isArrowFunction(node) && !readsEnclosingScope(node)) return asFunctionExpression(factory, node);
    return ts.visitEachChild(node, visit, context);
  };
  const statement = (node) => asFunctionDeclaration(factory, node) ?? visit(node);
  return (sourceFile) => factory.updateSourceFile(sourceFile, ts.visitNodes(sourceFile.statements, statement));
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
