// Builds the fake libsteam_api (fake_steam_api.c) into test/fake/build/libsteam_api.so with the
// system C compiler. Called by jest's globalSetup; skipped when the .so is newer than the source.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const sourcePath = path.join(__dirname, 'fake_steam_api.c');
const outputDirectory = path.join(__dirname, 'build');
/** The built library; named like Valve's so the loader's folder search finds it. */
const outputPath = path.join(outputDirectory, 'libsteam_api.so');

const isUpToDate = () => {
  try {
    return fs.statSync(outputPath).mtimeMs > fs.statSync(sourcePath).mtimeMs;
  } catch {
    return false;
  }
};

const buildFakeLibrary = () => {
  if (isUpToDate()) return outputPath;
  fs.mkdirSync(outputDirectory, { recursive: true });
  // Build beside the target then rename: a parallel jest run never loads a half-written file.
  const temporaryPath = `${outputPath}.${process.pid}.tmp`;
  execFileSync('cc', ['-shared', '-fPIC', '-O2', '-Wall', '-o', temporaryPath, sourcePath], { stdio: ['ignore', 'inherit', 'inherit'] });
  fs.renameSync(temporaryPath, outputPath);
  return outputPath;
};

module.exports = { buildFakeLibrary, outputPath, sourcePath };
