import { mkdtempSync, rmSync, writeFileSync, copyFileSync, mkdirSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isLeft, isRight } from 'fp-ts/Either';
import {
  candidateLibraryPaths,
  findSteamLibrary,
  loadSteamLibrary,
  openSteamLibrary,
  steamLibraryFileName,
  type SearchContext,
} from '../../native/library-loader';
import { loadNativeCore } from '../../native/native-core';
import { flatApiSymbols } from '../../native/flat-api';
import { outputPath as fakeLibraryPath } from '../fake/build';

let workspace: string;
beforeEach(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'steamworks-rx-loader-'));
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

const context = (overrides: Partial<SearchContext> = {}): SearchContext => ({
  environment: {},
  workingDirectory: path.join(workspace, 'cwd'),
  executablePath: path.join(workspace, 'bin', 'node'),
  platform: 'linux',
  ...overrides,
});

describe('library loader', () => {
  it('names the platform file', () => {
    expect(steamLibraryFileName('linux')).toBe('libsteam_api.so');
    expect(steamLibraryFileName('win32')).toBe('steam_api64.dll');
    expect(steamLibraryFileName('darwin')).toBe('libsteam_api.dylib');
  });

  it('searches the working directory, then the executable folder, when nothing is named', () => {
    expect(candidateLibraryPaths({}, context())).toEqual([
      path.join(workspace, 'cwd', 'libsteam_api.so'),
      path.join(workspace, 'bin', 'libsteam_api.so'),
    ]);
    expect(candidateLibraryPaths({}, context({ platform: 'win32' }))).toEqual([
      path.join(workspace, 'cwd', 'steam_api64.dll'),
      path.join(workspace, 'bin', 'steam_api64.dll'),
    ]);
    // An empty variable is an unset one.
    expect(candidateLibraryPaths({}, context({ environment: { STEAM_API_LIBRARY: '' } }))).toHaveLength(2);
  });

  it('STEAM_API_LIBRARY, when set, is the only candidate', () => {
    const envFile = path.join(workspace, 'custom', 'steam.so');
    expect(candidateLibraryPaths({}, context({ environment: { STEAM_API_LIBRARY: envFile } }))).toEqual([envFile]);
  });

  it('not found lists every path tried', () => {
    const found = findSteamLibrary({}, context());
    expect(isLeft(found)).toBe(true);
    if (isLeft(found)) {
      expect(found.left._tag).toBe('LibraryNotFound');
      expect(found.left.source).toBe('search');
      expect(found.left.tried).toEqual([path.join(workspace, 'cwd', 'libsteam_api.so'), path.join(workspace, 'bin', 'libsteam_api.so')]);
      for (const tried of found.left.tried) expect(found.left.message).toContain(tried);
    }
  });

  it('a STEAM_API_LIBRARY that points at nothing is an error naming the variable, not a fall-back to the folders', () => {
    // A library sits in the working directory: it must not be loaded instead.
    mkdirSync(path.join(workspace, 'cwd'));
    copyFileSync(fakeLibraryPath, path.join(workspace, 'cwd', 'libsteam_api.so'));
    const nowhere = path.join(workspace, 'x', 'y');
    const found = findSteamLibrary({}, context({ environment: { STEAM_API_LIBRARY: nowhere } }));
    expect(found).toEqual({
      _tag: 'Left',
      left: {
        _tag: 'LibraryNotFound',
        source: 'environment',
        tried: [nowhere],
        message: `steamworks-rx: STEAM_API_LIBRARY is set to ${nowhere} but no file or folder is there`,
      },
    });
  });

  it('a STEAM_API_LIBRARY folder without the library file is an error naming the variable and the folder', () => {
    const folder = path.join(workspace, 'empty-folder');
    mkdirSync(folder);
    const found = findSteamLibrary({}, context({ environment: { STEAM_API_LIBRARY: folder } }));
    expect(isLeft(found) && found.left.source).toBe('environment');
    expect(isLeft(found) && found.left.message).toBe(
      `steamworks-rx: STEAM_API_LIBRARY is set to ${folder}, a folder that holds no libsteam_api.so (looked for ${path.join(folder, 'libsteam_api.so')})`,
    );
  });

  it('a libraryPath that points at nothing is an error naming the option', () => {
    const nowhere = path.join(workspace, 'nowhere.so');
    const found = findSteamLibrary({ libraryPath: nowhere }, context({ environment: { STEAM_API_LIBRARY: fakeLibraryPath } }));
    expect(isLeft(found) && found.left.source).toBe('libraryPath');
    expect(isLeft(found) && found.left.message).toBe(`steamworks-rx: libraryPath is ${nowhere} but no file or folder is there`);
  });

  it('answers a named file, a folder holding the library, an empty folder and nothing the same way with the stat it uses on Windows', () => {
    const emptyFolder = path.join(workspace, 'empty');
    mkdirSync(emptyFolder);
    const answers = (): unknown[] =>
      [fakeLibraryPath, path.dirname(fakeLibraryPath), emptyFolder, path.join(workspace, 'nowhere.so')].map((named) => findSteamLibrary({ libraryPath: named }, context()));
    const here = answers();
    expect(here.map((found) => (found as { _tag: string })._tag)).toEqual(['Right', 'Right', 'Left', 'Left']);
    const platform = Object.getOwnPropertyDescriptor(process, 'platform');
    if (platform === undefined) throw new Error('process.platform has no descriptor');
    Object.defineProperty(process, 'platform', { ...platform, value: 'win32' });
    try {
      expect(answers()).toEqual(here);
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });

  it('strict mode never searches the working directory or the executable folder', () => {
    mkdirSync(path.join(workspace, 'cwd'));
    mkdirSync(path.join(workspace, 'bin'));
    copyFileSync(fakeLibraryPath, path.join(workspace, 'cwd', 'libsteam_api.so'));
    copyFileSync(fakeLibraryPath, path.join(workspace, 'bin', 'libsteam_api.so'));
    expect(candidateLibraryPaths({ strict: true }, context())).toEqual([]);
    const found = findSteamLibrary({ strict: true }, context());
    expect(isLeft(found) && found.left).toEqual({
      _tag: 'LibraryNotFound',
      source: 'search',
      tried: [],
      message: expect.stringContaining('strict library search: no libsteam_api.so was named; pass libraryPath or set STEAM_API_LIBRARY'),
    });
    // What is named is still used.
    expect(findSteamLibrary({ strict: true, libraryPath: fakeLibraryPath }, context())).toEqual({ _tag: 'Right', right: fakeLibraryPath });
    expect(findSteamLibrary({ strict: true }, context({ environment: { STEAM_API_LIBRARY: path.dirname(fakeLibraryPath) } }))).toEqual({
      _tag: 'Right',
      right: fakeLibraryPath,
    });
    const loaded = loadSteamLibrary({ strict: true }, flatApiSymbols, context());
    expect(isLeft(loaded) && loaded.left._tag).toBe('LibraryNotFound');
  });

  it('loadNativeCore({ strict: true }) does not load a library planted in the working directory', () => {
    const previous = process.cwd();
    copyFileSync(fakeLibraryPath, path.join(workspace, 'libsteam_api.so'));
    const previousEnvironment = process.env.STEAM_API_LIBRARY;
    delete process.env.STEAM_API_LIBRARY;
    process.chdir(workspace);
    try {
      const strict = loadNativeCore({ strict: true });
      expect(isLeft(strict) && strict.left._tag === 'LibraryNotFound' && strict.left.tried).toEqual([]);
      // The same call without strict finds it (so the planted file was really there to find).
      const lax = loadNativeCore({});
      expect(isRight(lax) && lax.right.libraryPath).toBe(realpathSync(path.join(workspace, 'libsteam_api.so')));
    } finally {
      process.chdir(previous);
      if (previousEnvironment !== undefined) process.env.STEAM_API_LIBRARY = previousEnvironment;
    }
  });

  it('an explicit libraryPath is the only candidate (file or folder)', () => {
    const missing = path.join(workspace, 'missing.so');
    const found = findSteamLibrary({ libraryPath: missing }, context());
    expect(isLeft(found) && found.left.tried).toEqual([missing]);
    expect(findSteamLibrary({ libraryPath: fakeLibraryPath }, context())).toEqual({ _tag: 'Right', right: fakeLibraryPath });
    expect(findSteamLibrary({ libraryPath: path.dirname(fakeLibraryPath) }, context())).toEqual({ _tag: 'Right', right: fakeLibraryPath });
  });

  it('finds the library through STEAM_API_LIBRARY', () => {
    expect(findSteamLibrary({}, context({ environment: { STEAM_API_LIBRARY: fakeLibraryPath } }))).toEqual({ _tag: 'Right', right: fakeLibraryPath });
  });

  it('finds the library in the working directory, then beside the executable', () => {
    mkdirSync(path.join(workspace, 'cwd'));
    mkdirSync(path.join(workspace, 'bin'));
    const inBin = path.join(workspace, 'bin', 'libsteam_api.so');
    copyFileSync(fakeLibraryPath, inBin);
    expect(findSteamLibrary({}, context())).toEqual({ _tag: 'Right', right: inBin });
    const inCwd = path.join(workspace, 'cwd', 'libsteam_api.so');
    copyFileSync(fakeLibraryPath, inCwd);
    expect(findSteamLibrary({}, context())).toEqual({ _tag: 'Right', right: inCwd });
    const loaded = loadSteamLibrary({}, flatApiSymbols, context());
    expect(isRight(loaded) && loaded.right.path).toBe(inCwd);
  });

  it('uses the real process working directory by default', () => {
    const previous = process.cwd();
    copyFileSync(fakeLibraryPath, path.join(workspace, 'libsteam_api.so'));
    const previousEnvironment = process.env.STEAM_API_LIBRARY;
    delete process.env.STEAM_API_LIBRARY;
    process.chdir(workspace);
    try {
      const found = findSteamLibrary();
      expect(isRight(found) && found.right).toBe(path.join(process.cwd(), 'libsteam_api.so'));
    } finally {
      process.chdir(previous);
      if (previousEnvironment !== undefined) process.env.STEAM_API_LIBRARY = previousEnvironment;
    }
  });

  it('a text file is LibraryInvalid naming the file and the reason', () => {
    const text = path.join(workspace, 'libsteam_api.so');
    writeFileSync(text, 'not a shared library\n');
    const opened = openSteamLibrary(text, flatApiSymbols);
    expect(isLeft(opened)).toBe(true);
    if (isLeft(opened)) {
      expect(opened.left._tag).toBe('LibraryInvalid');
      expect(opened.left.path).toBe(text);
      expect(opened.left.reason.length).toBeGreaterThan(0);
      expect(opened.left.message).toContain(text);
    }
    const core = loadNativeCore({ libraryPath: text });
    expect(isLeft(core) && core.left._tag).toBe('LibraryInvalid');
  });

  it('an executable (/bin/ls) is LibraryInvalid', () => {
    const opened = openSteamLibrary('/bin/ls', flatApiSymbols);
    expect(isLeft(opened) && opened.left._tag).toBe('LibraryInvalid');
    expect(isLeft(opened) && opened.left.message).toContain('/bin/ls');
  });

  it('a real shared library lacking a few Steam symbols names them with a count', () => {
    const opened = openSteamLibrary('libc.so.6', ['SteamAPI_InitFlat', 'malloc', 'SteamAPI_Shutdown']);
    expect(isLeft(opened) && opened.left.reason).toBe('lacks 2 of 3 Steam API symbols, e.g. SteamAPI_InitFlat, SteamAPI_Shutdown');
    expect(isLeft(opened) && opened.left.missingSymbols).toEqual(['SteamAPI_InitFlat', 'SteamAPI_Shutdown']);
  });

  it('a non-Steam library names the first five missing symbols and a count, not all of them', () => {
    const opened = openSteamLibrary('libc.so.6', flatApiSymbols);
    expect(isLeft(opened)).toBe(true);
    if (isLeft(opened)) {
      const [a, b, c, d, e] = flatApiSymbols;
      expect(opened.left.reason).toBe(`lacks ${flatApiSymbols.length} of ${flatApiSymbols.length} Steam API symbols, e.g. ${a}, ${b}, ${c}, ${d}, ${e}, …`);
      expect(opened.left.missingSymbols).toEqual(flatApiSymbols);
      expect(opened.left.message).toBe(`steamworks-rx: libc.so.6 is not a usable Steam API library: ${opened.left.reason}`);
    }
  });

  it('loadNativeCore reports not found with the paths tried', () => {
    const core = loadNativeCore({ libraryPath: path.join(workspace, 'absent') });
    expect(isLeft(core) && core.left._tag).toBe('LibraryNotFound');
  });
});
