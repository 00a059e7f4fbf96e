// The runtime JavaScript of the package, dist/js/: the sources bundled by esbuild into CommonJS
// files, so that a native client start reads, resolves and compiles two files holding what it
// runs, not ~150 modules. The declarations stay tsc's (dist/src, dist/native, …; `npm run build`
// runs tsc first).
//
// - index.js, the main entry, is written here: a table of getters, one per run-time export of
//   src/index.ts, each requiring the file that holds it on first read (see mainEntry). Exports
//   come from public entries: a few groups of small modules read together (publicGroups), else one
//   per exporting module.
// - testing.js (src/testing.ts), the public entries, and every module the sources load with a
//   synchronous `require()` on first use (the simulated Steam, a slice's generated module, each
//   signal's codec, …: found in the import graph, so a lazily required module added later becomes
//   a file of its own without an edit here) are esbuild entries. Code shared by entries sits in
//   chunks that every entry needing it loads, so all of them share one instance of every module
//   (one core cache, one SteamworksError class).
// - start.js holds steamInit's entry and every chunk it imports, bundled again into one file
//   (see startFile); the other files require those modules from it.
//
// esbuild splits code only for ES modules, so the bundle is built as ES modules and each output
// is then rewritten as CommonJS (named exports still visible to Node's ESM importer), with the
// source maps chained back to the TypeScript sources. The TypeScript itself is compiled by
// scripts/arrows-as-functions.js, which writes module-level arrows as function declarations (or
// expressions) so that V8 compiles them on first call.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');
const ts = require('typescript');
const { arrowsAsFunctionsPlugin } = require('./arrows-as-functions');

const root = path.join(__dirname, '..');
const publicEntries = { index: 'src/index.ts', testing: 'src/testing.ts' };
// Peers and koffi (a native addon) come from the consumer's node_modules.
const external = ['koffi', 'rxjs', 'rxjs/*', 'fp-ts', 'fp-ts/*', 'io-ts', 'io-ts/*'];
const target = 'node18';
const LAZY = 'steamworks-rx-lazy:';

const relative = (file) => path.relative(root, file).split(path.sep).join('/');

/** A lazily required module's output name: its path, flattened (native/generated/apps.ts -> native-generated-apps). */
const lazyName = (file) => relative(file).replace(/\.ts$/, '').replace(/\//g, '-');

/**
 * Every local module some source loads with require() (the import graph of both public entries),
 * and the names the main entry exports at run time (its type-only exports have no value).
 */
const lazyModules = async (outdir) => {
  const result = await esbuild.build({
    entryPoints: Object.values(publicEntries).map((entry) => path.join(root, entry)),
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    target,
    external,
    outdir,
    absWorkingDir: root,
    logLevel: 'silent',
  });
  const lazy = new Set();
  for (const input of Object.values(result.metafile.inputs)) {
    for (const imported of input.imports) {
      if (imported.kind === 'require-call' && !imported.external) lazy.add(path.join(root, imported.path));
    }
  }
  const main = Object.values(result.metafile.outputs).find((output) => output.entryPoint === publicEntries.index);
  if (main === undefined) throw new Error(`bundle: no output for ${publicEntries.index}`);
  return { lazy: [...lazy].sort(), runtimeExports: main.exports };
};

/**
 * Where each run-time export of the main entry is declared: the source module (or, for a
 * re-export of a dependency such as fp-ts/Either, the package path) and its name there. The main
 * entry becomes a table of getters that require that module on first read (see mainEntry), so
 * `require('steamworks-rx')` compiles none of the package until something is used, and a native
 * client start loads what steamInit needs and no other export's module.
 */
const exportOrigins = (runtimeExports) => {
  const entry = path.join(root, publicEntries.index);
  const program = ts.createProgram([entry], {
    noEmit: true,
    strict: true,
    skipLibCheck: true,
    esModuleInterop: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    types: ['node'],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`bundle: TypeScript cannot read ${publicEntries.index}`);
  // Re-exports of packages name the package path the entry wrote (fp-ts/Either, not its lib/ file).
  const fromPackage = new Map();
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || statement.moduleSpecifier === undefined || statement.exportClause === undefined) continue;
    const request = statement.moduleSpecifier.text;
    if (request.startsWith('.') || !ts.isNamedExports(statement.exportClause)) continue;
    for (const element of statement.exportClause.elements) fromPackage.set(element.name.text, { request, name: (element.propertyName ?? element.name).text });
  }
  const wanted = new Set(runtimeExports);
  const origins = new Map();
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const name = exported.name;
    if (!wanted.has(name)) continue;
    const packaged = fromPackage.get(name);
    if (packaged !== undefined) {
      origins.set(name, packaged);
      continue;
    }
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = target.valueDeclaration ?? target.declarations?.[0];
    const file = declaration?.getSourceFile().fileName;
    if (file === undefined || file.includes('/node_modules/')) throw new Error(`bundle: cannot tell where the export ${name} is declared`);
    origins.set(name, { file: path.resolve(file), name: target.name });
  }
  const missing = runtimeExports.filter((name) => !origins.has(name));
  if (missing.length > 0) throw new Error(`bundle: no declaration found for ${missing.join(', ')}`);
  return origins;
};

const PUBLIC = 'steamworks-rx-public:';

/**
 * Public exports whose modules load together, as one file each (the rest: a file per module).
 * Small modules of values read together (enums, error classes, Steam ID helpers) cost more to
 * resolve one by one than to compile at once, and an ES module importer reads every export at
 * import (Node's CommonJS interop), so fewer files keep that start short too. steamInit's module
 * stays alone: it is the start (see startFile).
 */
const publicGroups = [
  { group: 'steam-id', test: (file) => file.startsWith('src/steam-id/') },
  { group: 'server', test: (file) => ['src/init/server-init.ts', 'src/server/server-info.ts'].includes(file) },
  { group: 'errors', test: (file) => ['src/errors.ts', 'streams/call-result.ts', 'streams/decode-error.ts', 'streams/steamworks-error.ts'].includes(file) },
  {
    group: 'values',
    test: (file) =>
      file.startsWith('src/enums/') ||
      file.endsWith('-enums.ts') ||
      ['src/friends/no-avatar.ts', 'src/utils/gamepad-text-dismissed.ts', 'src/networking/networking-types.ts', 'src/networking-sockets/connection-state.ts', 'src/user-stats/leaderboard-types.ts'].includes(file),
  },
];

/** The entry an export's module belongs to: its group's, or its own. */
const publicEntryOf = (file) => publicGroups.find(({ test }) => test(relative(file)))?.group ?? lazyName(file);

/** The output file holding an export: public-<group>.js, or public-<its module's flattened path>.js. */
const outputOf = (origin) => `./public-${publicEntryOf(origin.file)}.js`;

/** What the main entry requires for an export: its package path, or the output file holding it. */
const requestOf = (origin) => origin.request ?? outputOf(origin);

/** Each public entry as a module: one re-export per public name it holds. */
const publicEntryModules = (origins) => {
  const entries = new Map();
  for (const [name, origin] of origins) {
    if (origin.file === undefined) continue;
    const entry = publicEntryOf(origin.file);
    const lines = entries.get(entry) ?? [];
    lines.push(`export { ${origin.name === name ? name : `${origin.name} as ${name}`} } from ${JSON.stringify(origin.file)};`);
    entries.set(entry, lines);
  }
  return new Map([...entries].map(([entry, lines]) => [entry, `${lines.sort().join('\n')}\n`]));
};

/** Serves the public entries (publicEntryModules) to esbuild as modules of their own. */
const publicModules = (entries) => ({
  name: 'public-entries',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^${PUBLIC}`) }, (args) => ({ path: args.path.slice(PUBLIC.length), namespace: 'public' }));
    build.onLoad({ filter: /.*/, namespace: 'public' }, (args) => ({ contents: entries.get(args.path), resolveDir: root, loader: 'js' }));
  },
});

/**
 * The main entry: for each export, a getter that requires its module once, on first read. The
 * last line is the annotation Node's ES module loader reads (cjs-module-lexer) to offer the names
 * to \`import { … } from 'steamworks-rx'\`; it never runs. `entryExports` (output file -> the
 * names it exports) checks that each declared name is one its module exports.
 */
const mainEntry = (origins, entryExports) => {
  const requests = [...new Set([...origins.values()].map(requestOf))].sort();
  // Function declarations, not arrows: V8 compiles a CommonJS module's arrows with the module, a
  // function on its first call (see arrows-as-functions.js), and most loaders are never called.
  // Each names its file in a plain require() call, which a consumer's bundler follows.
  const loaders = requests.map((request, index) => `let module${index};\nfunction load${index}() { return (module${index} ??= require(${JSON.stringify(request)})); }`);
  const names = [...origins.keys()].sort();
  const getters = names.map((name) => {
    const origin = origins.get(name);
    // A public entry exports the public name; a package, its own.
    const request = requestOf(origin);
    const exportName = origin.request === undefined ? name : origin.name;
    const exportsOfFile = entryExports.get(request);
    if (origin.request === undefined && !exportsOfFile?.includes(exportName)) throw new Error(`bundle: ${request} does not export ${exportName}`);
    return `exported(${JSON.stringify(name)}, ${requests.indexOf(request)}, ${JSON.stringify(exportName)});`;
  });
  return [
    '"use strict";',
    "// steamworks-rx's main entry, written by scripts/bundle.js: each export is read from its module on first use.",
    'Object.defineProperty(exports, "__esModule", { value: true });',
    ...loaders,
    `const loaders = [${requests.map((_request, index) => `load${index}`).join(', ')}];`,
    // One helper rather than a defineProperty per name: cjs-module-lexer half-reads getter
    // definitions and then drops the annotation's names (seen with Node 20). Data, not a function
    // per export: V8 compiles every function literal of a module with it (~150 here).
    'function exported(name, loader, key) { Object.defineProperty(exports, name, { enumerable: true, get: function () { return loaders[loader]()[key]; } }); }',
    ...getters,
    `0 && (module.exports = { ${names.join(', ')} });`,
    '',
  ].join('\n');
};

/** Resolves a relative require() of a source file to the module file it names. */
const resolveSource = (from, request) => {
  const base = path.resolve(from, request);
  const file = [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => fs.existsSync(candidate));
  if (file === undefined) throw new Error(`bundle: cannot resolve require('${request}') in ${from}`);
  return file;
};

/** Keeps lazy require() calls lazy: each names its module's own output file instead of pulling it in. */
const lazyRequires = {
  name: 'lazy-requires',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind !== 'require-call') return undefined;
      return { path: `${LAZY}${lazyName(resolveSource(args.resolveDir, args.path))}`, external: true };
    });
  },
};

const buildModules = async (lazy, entries, outdir) => {
  const entryPoints = [
    { in: path.join(root, publicEntries.testing), out: 'testing' },
    ...lazy.map((file) => ({ in: file, out: lazyName(file) })),
    ...[...entries.keys()].map((entry) => ({ in: `${PUBLIC}${entry}`, out: `public-${entry}` })),
  ];
  const result = await esbuild.build({
    entryPoints,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target,
    external,
    plugins: [lazyRequires, publicModules(entries), arrowsAsFunctionsPlugin],
    outdir,
    chunkNames: 'chunk-[hash]',
    sourcemap: 'external',
    sourcesContent: true,
    write: false,
    metafile: true,
    absWorkingDir: root,
    logLevel: 'warning',
  });
  return result;
};

/** One ES module output as CommonJS, its map chained onto the ES module's. */
const toCommonJs = async (name, text, map) =>
  esbuild.transform(`${plainRequires(name, text)}\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(map).toString('base64')}`, {
    format: 'cjs',
    platform: 'node',
    target,
    loader: 'js',
    sourcefile: name,
    sourcemap: 'external',
    sourcesContent: true,
  });

/** The entry a native client start begins with: steamInit's module. */
const START_ENTRY = 'public-src-init-steam-init.js';
/** The file that holds the start entry and every chunk it loads at once (see startFile). */
const START_FILE = 'start.js';
/** start.js's one export: the function answering a bundled output's namespace (startExportsThroughOneFunction). */
const START_NAMESPACE_OF = 'namespaceOf';

/** Replaces esbuild's require shim in an ES module output with plain require() calls (see toCommonJs). */
const plainRequires = (name, text) => {
  // esbuild's ES modules call require() through a shim; CommonJS has the real one, and a plain
  // require("…") is what a consumer's bundler follows. A lazy require names its module's file,
  // beside this one (every output sits in dist/js).
  const code = text.replace(/\b__require\("([^"]+)"\)/g, (_call, request) =>
    request.startsWith(LAZY) ? `require("./${request.slice(LAZY.length)}.js")` : `require("${request}")`,
  );
  if (code.includes(LAZY)) throw new Error(`bundle: a lazy require in ${name} was not rewritten`);
  return code;
};

/** The chunks an ES module output imports (statically: lazy loads are require() calls naming entries). */
const importedChunks = (text) => [...text.matchAll(/^(?:import|export)\b[^;]*?"\.\/(chunk-[A-Z0-9]+\.js)";$/gms)].map((match) => match[1]);

/** An output and every chunk it imports, transitively. */
const loadedAtOnce = (first, texts) => {
  const group = new Set([first]);
  for (const name of group) for (const chunk of importedChunks(texts.get(name) ?? '')) group.add(chunk);
  return group;
};

/** The name start.js knows an output's exports by (chunk-AB12.js -> chunk_AB12), see startExportsThroughOneFunction. */
const startProperty = (name) => name.replace(/\.js$/, '').replace(/[^A-Za-z0-9]/g, '_');

/**
 * start.js: the start entry and the chunks it imports, bundled again by esbuild into one file, so
 * that a native client start resolves and reads one file instead of dozens (Node's module
 * resolution costs about as much per file as compiling a few kilobytes). They are bundled as the
 * ES modules they are (one scope, no per-module wrapper) and start.js answers each one's exports
 * by name (see startProperty and startExportsThroughOneFunction); every other file requires them
 * from there, so each module still has one instance. esbuild chains their source maps. `sources`
 * holds the ES module outputs (text and map) by file name; the bundle writes them to a scratch
 * folder for esbuild, then removes it.
 */
const startFile = async (outdir, group, sources) => {
  // Beside outdir, at its depth: the outputs' maps name their sources relative to it.
  const scratch = path.join(path.dirname(outdir), `.${path.basename(outdir)}-start`);
  fs.mkdirSync(scratch, { recursive: true });
  try {
    for (const name of group) {
      const { text, map } = sources.get(name);
      fs.writeFileSync(path.join(scratch, name), `${plainRequires(name, text)}\n//# sourceMappingURL=${name}.map\n`);
      fs.writeFileSync(path.join(scratch, `${name}.map`), map);
    }
    const reexports = [...group].sort().map((name) => `export * as ${startProperty(name)} from ${JSON.stringify(`./${name}`)};`);
    const result = await esbuild.build({
      stdin: { contents: `${reexports.join('\n')}\n`, resolveDir: scratch, sourcefile: 'start.js', loader: 'js' },
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target,
      external,
      outfile: path.join(outdir, START_FILE),
      sourcemap: 'external',
      sourcesContent: true,
      write: false,
      absWorkingDir: root,
      logLevel: 'warning',
      plugins: [
        {
          // Any other output (a lazily loaded module) stays a require of its own file beside start.js.
          name: 'start-group-only',
          setup(build) {
            build.onResolve({ filter: /^\.\/.*\.js$/ }, (args) => (group.has(args.path.slice(2)) ? undefined : { path: args.path, external: true }));
          },
        },
      ],
    });
    const code = result.outputFiles.find((file) => file.path.endsWith('.js'));
    const map = result.outputFiles.find((file) => file.path.endsWith('.map'));
    const rewritten = startRewrites.reduce((text, rewrite) => rewrite(text), code.text);
    return { code: `${rewritten}//# sourceMappingURL=${START_FILE}.map\n`, map: map.text };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
};

/**
 * start.js's top-level requires of packages (rxjs, fp-ts/Either, koffi, …), made cheaper; line
 * count is kept, so the source map still holds. Only unindented lines are rewritten: they run in
 * file order, first one first (an indented one may sit in a function run later).
 * - A package's requires after the first read the first one's variable. esbuild writes a require
 *   per source module that imports the package, and Node resolves each again (its `exports` map,
 *   its package.json: ~0.1 ms each), because a package loaded by another file is not in the
 *   requiring file's resolve cache.
 * - A default import (`import koffi from 'koffi'`) that is only ever read as `.default` gets an
 *   object holding just that: esbuild's __toESM would copy every export of the package onto a
 *   new object as a getter, and koffi has 43.
 */
const startRequires = (code) => {
  const pattern = /^var (\w+) = (__toESM\()?require\(("[^".][^"]*")\)(\))?;$/gm;
  // One key per package and form: a plain require and a __toESM one are kept apart.
  const keyOf = (toEsm, request) => `${toEsm === undefined ? '' : '__toESM '}${request}`;
  const names = new Map();
  for (const [, name, toEsm, request] of code.matchAll(pattern)) {
    const key = keyOf(toEsm, request);
    names.set(key, [...(names.get(key) ?? []), name]);
  }
  const onlyDefault = (key) =>
    key.startsWith('__toESM ') && names.get(key).every((name) => [...code.matchAll(new RegExp(`\\b${name}\\b(?!\\.default\\b)`, 'g'))].length === 1);
  return code.replace(pattern, (line, name, toEsm, request) => {
    const key = keyOf(toEsm, request);
    const [first] = names.get(key);
    if (name !== first) return `var ${name} = ${first};`;
    // What __toESM gives `.default`: the module's own default export if it is a transpiled ES module, else the module.
    if (onlyDefault(key)) return `var ${name} = { default: (function (exported) { return exported && exported.__esModule ? exported.default : exported; })(require(${request})) };`;
    return line;
  });
};

/**
 * esbuild's `__export(<namespace>, {\n  key: () => value,\n  …\n});` block in `code`: the pattern
 * that matches it and its entries, one a line; undefined when it is absent or a line has another shape.
 */
const exportBlock = (code, namespace) => {
  const pattern = new RegExp(`^__export\\(${namespace}, \\{\\n([^]*?)\\n\\}\\);$`, 'm');
  const lines = pattern.exec(code)?.[1].split('\n').map((line) => /^  ([\w$]+): \(\) => (.+?),?$/.exec(line));
  if (lines === undefined || lines.some((line) => line === null)) return undefined;
  return { pattern, entries: lines.map(([, key, value]) => ({ key, value })) };
};

/** The names a script assigns anywhere after declaring them (`x = …`, `x += …`, `x++`, destructuring, for-in/of). */
const assignedNames = (code) => {
  const file = ts.createSourceFile('start.js', code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.JS);
  const names = new Set();
  const targets = (node) => {
    if (ts.isIdentifier(node)) names.add(node.text);
    else if (ts.isParenthesizedExpression(node)) targets(node.expression);
    else if (ts.isObjectLiteralExpression(node) || ts.isArrayLiteralExpression(node)) ts.forEachChild(node, targets);
    else if (ts.isPropertyAssignment(node)) targets(node.initializer);
    else if (ts.isShorthandPropertyAssignment(node)) names.add(node.name.text);
    else if (ts.isSpreadElement(node) || ts.isSpreadAssignment(node)) targets(node.expression);
    else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) targets(node.left);
  };
  const visit = (node) => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) targets(node.left);
    else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && [ts.SyntaxKind.PlusPlusToken, ts.SyntaxKind.MinusMinusToken].includes(node.operator)) targets(node.operand);
    else if ((ts.isForInStatement(node) || ts.isForOfStatement(node)) && !ts.isVariableDeclarationList(node.initializer)) targets(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
};

/**
 * start.js's namespace objects (one per bundled output: what other files read through
 * `require("./start.js").chunk_…`) filled on their first read, with plain values, instead of at
 * load with a getter per export. esbuild writes each as an object literal of arrow getters run at
 * the top level, and V8 compiles every one of those functions with the file (~1.4 ms of
 * start.js's compile, measured by removing them) for ~180 getters of which a native start reads
 * one. Now each namespace is filled by a function declaration (V8 only pre-parses it until it
 * runs) that replaces itself once it has filled, and start.js's own export getter calls it first.
 * An export the file assigns after declaring it keeps a getter (a live binding); every other one
 * is a constant, so its value is the binding. A read while start.js is still loading would see
 * values not yet set, so it throws instead (and fills nothing). A namespace named anywhere else is
 * left as it is. Line count is kept, so the source map still holds.
 */
const namespacesOnFirstRead = (code) => {
  const loadedFlag = 'start_loaded';
  const filled = '__namespaceFilled';
  const fillNamespace = '__fillNamespace';
  const annotation = '// Annotate the CommonJS export names for ESM import in node:';
  if (!code.startsWith('var __create = Object.create;\n') || !code.includes(`\n${annotation}\n`)) throw new Error('bundle: start.js does not begin and end as expected');
  const assigned = assignedNames(code);
  const names = [...code.matchAll(/^var (\w+_exports) = \{\};$/gm)].map((match) => match[1]).filter((name) => name !== 'start_exports');
  let lazy = code;
  for (const name of names) {
    if ((code.match(new RegExp(`\\b${name}\\b`, 'g')) ?? []).length !== 3) continue;
    const exports = exportBlock(lazy, name);
    const getter = new RegExp(`^(  \\w+): \\(\\) => ${name}(,?)$`, 'm');
    // Each value a binding of start.js (an identifier), as esbuild writes a namespace's getters.
    if (exports === undefined || exports.entries.some(({ value }) => !/^[\w$]+$/.test(value)) || !getter.test(lazy)) continue;
    const fill = `fill_${name}`;
    const properties = exports.entries.map(({ key, value }) => (assigned.has(value) ? `  get ${key}() { return ${value}; }` : `  ${key}: ${value}`));
    lazy = lazy
      .replace(
        exports.pattern,
        () =>
          `function ${fill}() { ${fillNamespace}(${name}, ${JSON.stringify(name)}, {\n${properties.join(',\n')}\n}); ${fill} = ${filled}; }`,
      )
      .replace(getter, (_line, key, comma) => `${key}: () => (${fill}(), ${name})${comma}`);
  }
  // The shared part, on start.js's first line: the namespace gets the values' own properties (a getter stays a getter).
  const helpers =
    `var ${loadedFlag} = false; function ${filled}() {} function ${fillNamespace}(namespace, name, values) { ` +
    `if (!${loadedFlag}) throw new Error("steamworks-rx: " + name + " read before start.js finished loading"); ` +
    'Object.defineProperties(namespace, Object.getOwnPropertyDescriptors(values)); } ';
  return lazy
    .replace('var __create = Object.create;\n', `${helpers}var __create = Object.create;\n`)
    .replace(`\n${annotation}\n`, `\n${loadedFlag} = true; ${annotation}\n`);
};

/**
 * start.js's own export: one function, `namespaceOf(name)`, answering a bundled output's namespace
 * (see namespacesOnFirstRead) by its start property (see startProperty); the other files call it
 * (see requiringStart). esbuild defines a getter on start.js's exports per output and then copies
 * each onto module.exports as another getter (__toCommonJS): each definition of an accessor makes
 * V8 a new hidden class, ~3 µs a property at a cold start (0.3 ms for start.js's 32, measured), and
 * a native start reads one. A name start.js does not hold throws. Line count is kept.
 */
const startExportsThroughOneFunction = (code) => {
  const exports = exportBlock(code, 'start_exports');
  if (exports === undefined) throw new Error("bundle: start.js's exports are not in esbuild's shape");
  const moduleExports = /^module\.exports = (?:__toCommonJS\(start_exports\)|start_exports);$/m;
  if (!moduleExports.test(code)) throw new Error("bundle: start.js's module.exports is not in esbuild's shape");
  return code
    .replace(
      exports.pattern,
      () =>
        'function __startExport(name) { switch (name) {\n' +
        `${exports.entries.map(({ key, value }) => `  case ${JSON.stringify(key)}: return ${value};`).join('\n')}\n` +
        '  default: throw new Error("steamworks-rx: start.js holds no module " + name); } }',
    )
    .replace(moduleExports, `exports.${START_NAMESPACE_OF} = __startExport;`);
};

/**
 * start.js without esbuild's runtime helpers (`var __name = …` at the top level) that nothing
 * reads any more: the rewrites above leave `__export`, `__toCommonJS`, `__toESM` and the helpers
 * only they used with no caller, and each still cost a closure and its compile at every start.
 * Removed until none is left (a helper read only by a removed one goes too); each removed
 * statement leaves its line breaks, so line count is kept.
 */
const unusedHelpersRemoved = (code) => {
  let text = code;
  for (;;) {
    const file = ts.createSourceFile('start.js', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
    const unused = file.statements.filter((statement) => {
      if (!ts.isVariableStatement(statement) || statement.declarationList.declarations.length !== 1) return false;
      const { name } = statement.declarationList.declarations[0];
      return ts.isIdentifier(name) && /^__\w+$/.test(name.text) && (text.match(new RegExp(`\\b${name.text}\\b`, 'g')) ?? []).length === 1;
    });
    if (unused.length === 0) return text;
    for (const statement of [...unused].reverse()) {
      const start = statement.getStart(file);
      text = text.slice(0, start) + text.slice(start, statement.end).replace(/[^\n]/g, '') + text.slice(statement.end);
    }
  }
};

/** Runs of top-level statements shorter than this stay where they are: a function costs more than it saves. */
const TOP_LEVEL_RUN_MINIMUM = 300;

/**
 * start.js's longer runs of top-level statements (esbuild's `var X = …` initialisers: tables,
 * classes, object literals; expression statements) each moved into a function declaration called
 * in their place. V8 compiles a script's top level in one go, holding the syntax tree of every
 * top-level statement at once, and on this VM every page of that parse memory costs a fault (~16
 * µs each measured); a function declaration is only pre-parsed with the file and compiled when it
 * is called, in memory the next one reuses. The statements run in the same order, at the same
 * point; their `var`s stay declared at the top level (only `var ` is dropped from each statement,
 * so the assignments reach them), and function declarations stay outside (a run ends at one), so
 * hoisting is unchanged. A statement reading `this`, `arguments` or `new.target` of the module
 * scope, or declaring anything but plain initialised `var`s, ends a run and stays. Line count is
 * kept (the additions share the run's first and last lines), so the source map still holds.
 */
const topLevelRunsAsFunctions = (code) => {
  const file = ts.createSourceFile('start.js', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  /** Reads the module scope's `this`, `arguments` or `new.target` (not one of a function or class of its own). */
  const readsModuleScope = (node) => {
    if (node.kind === ts.SyntaxKind.ThisKeyword || ts.isMetaProperty(node) || (ts.isIdentifier(node) && node.text === 'arguments')) return true;
    if ((ts.isFunctionLike(node) && !ts.isArrowFunction(node)) || ts.isClassLike(node)) return false;
    return ts.forEachChild(node, readsModuleScope) === true;
  };
  /** What moving a statement needs: the names it declares and where its `var ` keyword is (undefined when it has none); undefined when it must stay. */
  const movable = (statement) => {
    if (readsModuleScope(statement)) return undefined;
    if (ts.isExpressionStatement(statement) || ts.isForOfStatement(statement) || ts.isForInStatement(statement) || ts.isForStatement(statement) || ts.isIfStatement(statement)) {
      return { names: [], keyword: undefined };
    }
    if (!ts.isVariableStatement(statement) || (statement.declarationList.flags & ts.NodeFlags.BlockScoped) !== 0) return undefined;
    const { declarations } = statement.declarationList;
    if (declarations.some((declaration) => !ts.isIdentifier(declaration.name) || declaration.initializer === undefined)) return undefined;
    return { names: declarations.map((declaration) => declaration.name.text), keyword: { start: statement.getStart(file), end: declarations[0].getStart(file) } };
  };
  /** A statement with no effect when run: a function declaration or `var` without initialisers. */
  const declaresOnly = (statement) =>
    ts.isFunctionDeclaration(statement) || (ts.isVariableStatement(statement) && statement.declarationList.declarations.every((declaration) => declaration.initializer === undefined));
  const runs = [];
  let run = [];
  const endRun = () => {
    if (run.length > 0 && run.reduce((length, { statement }) => length + statement.end - statement.getStart(file), 0) >= TOP_LEVEL_RUN_MINIMUM) runs.push(run);
    run = [];
  };
  for (const statement of file.statements) {
    const move = declaresOnly(statement) ? undefined : movable(statement);
    if (move === undefined) endRun();
    else run.push({ statement, ...move });
  }
  endRun();
  // Edits from the end, so earlier offsets hold.
  const edits = runs.flatMap((statements, index) => {
    const name = `__topLevel${index}`;
    const names = statements.flatMap((entry) => entry.names);
    const first = statements[0].statement;
    const last = statements[statements.length - 1].statement;
    return [
      { start: first.getStart(file), end: first.getStart(file), text: `${names.length > 0 ? `var ${names.join(', ')}; ` : ''}function ${name}() { ` },
      ...statements.filter((entry) => entry.keyword !== undefined).map((entry) => ({ ...entry.keyword, text: '' })),
      { start: last.end, end: last.end, text: ` } ${name}();` },
    ];
  });
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  return edits.reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), code);
};

/** start.js's rewrites after esbuild, in the order they run; each keeps the line count, so the source map holds. */
const startRewrites = [startRequires, namespacesOnFirstRead, startExportsThroughOneFunction, unusedHelpersRemoved, topLevelRunsAsFunctions];

/** A CommonJS output's requires of start.js's modules, made calls of start.js's namespaceOf. */
const requiringStart = (code, group) =>
  code.replace(/\brequire\("\.\/([^"]+\.js)"\)/g, (call, request) => (group.has(request) ? `require("./${START_FILE}").${START_NAMESPACE_OF}(${JSON.stringify(startProperty(request))})` : call));

/** Bundles into `outdir` (emptied first); the tests bundle into a folder of their own. */
const bundle = async (outdir = path.join(root, 'dist', 'js')) => {
  const { lazy, runtimeExports } = await lazyModules(outdir);
  const origins = exportOrigins(runtimeExports);
  const { outputFiles: outputs, metafile } = await buildModules(lazy, publicEntryModules(origins), outdir);
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });
  const maps = new Map(outputs.filter((file) => file.path.endsWith('.map')).map((file) => [file.path, file.text]));
  const sources = new Map();
  for (const file of outputs.filter((output) => output.path.endsWith('.js'))) {
    const map = maps.get(`${file.path}.map`);
    if (map === undefined) throw new Error(`bundle: no source map for ${file.path}`);
    sources.set(path.basename(file.path), { text: file.text, map });
  }
  const group = loadedAtOnce(START_ENTRY, new Map([...sources].map(([name, { text }]) => [name, text])));
  const start = await startFile(outdir, group, sources);
  fs.writeFileSync(path.join(outdir, START_FILE), start.code);
  fs.writeFileSync(path.join(outdir, `${START_FILE}.map`), start.map);
  for (const [name, { text, map }] of sources) {
    if (group.has(name)) continue;
    const { code, map: chained } = await toCommonJs(name, text, map);
    fs.writeFileSync(path.join(outdir, name), `${requiringStart(code, group)}//# sourceMappingURL=${name}.map\n`);
    fs.writeFileSync(path.join(outdir, `${name}.map`), chained);
  }
  const jsOutputs = Object.entries(metafile.outputs).filter(([output]) => output.endsWith('.js'));
  const entryExports = new Map(jsOutputs.map(([output, { exports }]) => [`./${path.basename(output)}`, exports]));
  fs.writeFileSync(path.join(outdir, 'index.js'), requiringStart(mainEntry(origins, entryExports), group));
  // Which sources each output holds (esbuild's metafile: outputs by path, each with its inputs);
  // the main entry holds none, start.js what its group held.
  const sourcesOf = new Map(jsOutputs.map(([output, { inputs }]) => [path.basename(output), Object.keys(inputs).map((input) => relative(path.resolve(input)))]));
  const contents = Object.fromEntries([
    ['index.js', []],
    [START_FILE, [...group].flatMap((name) => sourcesOf.get(name) ?? [])],
    ...[...sourcesOf].filter(([name]) => !group.has(name)),
  ]);
  return { files: Object.keys(contents).length, lazy: lazy.length, outdir, contents };
};

module.exports = { bundle, namespacesOnFirstRead, startExportsThroughOneFunction, startRequires, topLevelRunsAsFunctions, unusedHelpersRemoved };

if (require.main === module) {
  bundle(process.argv[2] === undefined ? undefined : path.resolve(process.argv[2])).then(
    ({ files, lazy, outdir }) => console.log(`bundle: ${files} files in ${relative(outdir)} (${lazy} loaded on first use)`),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
