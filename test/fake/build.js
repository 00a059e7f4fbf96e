// Builds the fake libsteam_api (fake_steam_api.c, then every test/fake/interfaces/*.c in the same
// unit, so an interface file uses the core's helpers) into test/fake/build/libsteam_api.so with
// the system C compiler. Called by jest's globalSetup; skipped when the .so is newer than every source.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const sourcePath = path.join(__dirname, 'fake_steam_api.c');
const interfacesDirectory = path.join(__dirname, 'interfaces');
const outputDirectory = path.join(__dirname, 'build');
/** The built library; named like Valve's so the loader's folder search finds it. */
const outputPath = path.join(outputDirectory, 'libsteam_api.so');

/** The core file first, then the interface files in name order. */
const sourcePaths = () => [
  sourcePath,
  ...(fs.existsSync(interfacesDirectory) ? fs.readdirSync(interfacesDirectory).filter((name) => name.endsWith('.c')).sort() : []).map((name) =>
    path.join(interfacesDirectory, name),
  ),
];

const isUpToDate = (sources) => {
  try {
    const built = fs.statSync(outputPath).mtimeMs;
    return sources.every((source) => fs.statSync(source).mtimeMs < built) && fs.statSync(__filename).mtimeMs < built;
  } catch {
    return false;
  }
};

const buildFakeLibrary = () => {
  const sources = sourcePaths();
  if (isUpToDate(sources)) return outputPath;
  fs.mkdirSync(outputDirectory, { recursive: true });
  // One translation unit that includes every source, so the core's static helpers are shared.
  const unitPath = path.join(outputDirectory, `fake_unit.${process.pid}.c`);
  fs.writeFileSync(unitPath, sources.map((source) => `#include ${JSON.stringify(source)}\n`).join(''));
  // Build beside the target then rename: a parallel jest run never loads a half-written file.
  const temporaryPath = `${outputPath}.${process.pid}.tmp`;
  try {
    execFileSync('cc', ['-shared', '-fPIC', '-O2', '-Wall', '-o', temporaryPath, unitPath], { stdio: ['ignore', 'inherit', 'inherit'] });
  } finally {
    fs.rmSync(unitPath, { force: true });
  }
  fs.renameSync(temporaryPath, outputPath);
  return outputPath;
};

module.exports = { buildFakeLibrary, outputPath, sourcePath, sourcePaths };
