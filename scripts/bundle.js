// The runtime JavaScript of the package, dist/js/: the sources bundled by esbuild into a few
// CommonJS files, so that `require('steamworks-rx')` reads, resolves and compiles a few files
// holding only what a native client needs, not ~150 modules. The declarations stay tsc's
// (dist/src, dist/native, …; `npm run build` runs tsc first).
//
// Entries: the two public ones (src/index.ts, src/testing.ts) and every module the sources load
// with a synchronous `require()` on first use (the simulated Steam, a slice's generated module,
// each signal's codec, …: found in the import graph, so a lazily required module added later
// becomes a file of its own without an edit here). Each entry is one file; code shared by
// entries sits in chunk files that every entry requiring it loads, so the main and the testing
// entry, and the lazily loaded files, share one instance of every module (one core cache, one
// SteamworksError class).
//
// esbuild splits code only for ES modules, so the bundle is built as ES modules and each output
// is then rewritten as CommonJS (named exports still visible to Node's ESM importer), with the
// source maps chained back to the TypeScript sources.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const publicEntries = { index: 'src/index.ts', testing: 'src/testing.ts' };
// Peers and koffi (a native addon) come from the consumer's node_modules.
const external = ['koffi', 'rxjs', 'rxjs/*', 'fp-ts', 'fp-ts/*', 'io-ts', 'io-ts/*'];
const target = 'node18';
const LAZY = 'steamworks-rx-lazy:';

const relative = (file) => path.relative(root, file).split(path.sep).join('/');

/** A lazily required module's output name: its path, flattened (native/generated/apps.ts -> native-generated-apps). */
const lazyName = (file) => relative(file).replace(/\.ts$/, '').replace(/\//g, '-');

/** Every local module some source loads with require() (the import graph of both public entries). */
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
  return [...lazy].sort();
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

const buildModules = async (lazy, outdir) => {
  const entryPoints = [
    ...Object.entries(publicEntries).map(([out, entry]) => ({ in: path.join(root, entry), out })),
    ...lazy.map((file) => ({ in: file, out: lazyName(file) })),
  ];
  const result = await esbuild.build({
    entryPoints,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target,
    external,
    plugins: [lazyRequires],
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
const toCommonJs = async (file, map) => {
  const name = path.basename(file.path);
  // esbuild's ES modules call require() through a shim; CommonJS has the real one, and a plain
  // require("…") is what a consumer's bundler follows. A lazy require names its module's file,
  // beside this one (every output sits in dist/js).
  const code = file.text.replace(/\b__require\("([^"]+)"\)/g, (_call, request) =>
    request.startsWith(LAZY) ? `require("./${request.slice(LAZY.length)}.js")` : `require("${request}")`,
  );
  if (code.includes(LAZY)) throw new Error(`bundle: a lazy require in ${name} was not rewritten`);
  const result = await esbuild.transform(`${code}\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(map).toString('base64')}`, {
    format: 'cjs',
    platform: 'node',
    target,
    loader: 'js',
    sourcefile: name,
    sourcemap: 'external',
    sourcesContent: true,
  });
  return result;
};

/** Bundles into `outdir` (emptied first); the tests bundle into a folder of their own. */
const bundle = async (outdir = path.join(root, 'dist', 'js')) => {
  const lazy = await lazyModules(outdir);
  const { outputFiles: outputs, metafile } = await buildModules(lazy, outdir);
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });
  const maps = new Map(outputs.filter((file) => file.path.endsWith('.map')).map((file) => [file.path, file.text]));
  for (const file of outputs.filter((output) => output.path.endsWith('.js'))) {
    const map = maps.get(`${file.path}.map`);
    if (map === undefined) throw new Error(`bundle: no source map for ${file.path}`);
    const { code, map: chained } = await toCommonJs(file, map);
    const name = path.basename(file.path);
    fs.writeFileSync(path.join(outdir, name), `${code}//# sourceMappingURL=${name}.map\n`);
    fs.writeFileSync(path.join(outdir, `${name}.map`), chained);
  }
  // Which sources each output holds (esbuild's metafile: outputs by path, each with its inputs).
  const contents = Object.fromEntries(
    Object.entries(metafile.outputs)
      .filter(([output]) => output.endsWith('.js'))
      .map(([output, { inputs }]) => [path.basename(output), Object.keys(inputs).map((input) => relative(path.resolve(input)))]),
  );
  return { files: outputs.length / 2, lazy: lazy.length, outdir, contents };
};

module.exports = { bundle };

if (require.main === module) {
  bundle(process.argv[2] === undefined ? undefined : path.resolve(process.argv[2])).then(
    ({ files, lazy, outdir }) => console.log(`bundle: ${files} files in ${relative(outdir)} (${lazy} loaded on first use)`),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
