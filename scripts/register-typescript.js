// `node -r ./scripts/register-typescript.js file.ts` runs this repository's TypeScript directly,
// so an example starts in about a second instead of waiting for a whole-project `tsc` build.
// Types are not checked here (`npm test` does that with tsc --noEmit). The transform is the one
// jest already uses (@swc/core, one file at a time), so code that runs under jest runs here too.
//
// Transformed files are kept in node_modules/.cache, named by a hash of the source and of the
// transform's settings: a warm start reads them back without loading @swc/core at all, and an
// edited file simply gets a new name, so nothing is ever stale.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const OPTIONS = {
  jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
  module: { type: 'commonjs' },
  // Inline maps: with --enable-source-maps a stack trace points at the .ts line.
  sourceMaps: 'inline',
};
const CACHE = path.join(__dirname, '..', 'node_modules', '.cache', 'register-typescript');
const SETTINGS = JSON.stringify([OPTIONS, require('@swc/core/package.json').version]);

let swc;
const transform = (source, filename) => {
  swc ??= require('@swc/core');
  return swc.transformSync(source, { ...OPTIONS, filename }).code;
};

const cachedTransform = (source, filename) => {
  const key = crypto.createHash('sha256').update(SETTINGS).update('\0').update(filename).update('\0').update(source).digest('hex');
  const cached = path.join(CACHE, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    const code = transform(source, filename);
    try {
      fs.mkdirSync(CACHE, { recursive: true });
      // Write then rename, so a concurrent run never reads half a file.
      const partial = `${cached}.${process.pid}.tmp`;
      fs.writeFileSync(partial, code);
      fs.renameSync(partial, cached);
    } catch {
      // A read-only checkout still runs, only without the cache.
    }
    return code;
  }
};

require.extensions['.ts'] = (module, filename) => {
  module._compile(cachedTransform(fs.readFileSync(filename, 'utf8'), filename), filename);
};
