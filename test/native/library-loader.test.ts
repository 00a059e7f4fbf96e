import { mkdtempSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
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

  it('searches env var, then the working directory, then the executable folder', () => {
    const envFile = path.join(workspace, 'custom', 'steam.so');
    expect(candidateLibraryPaths({}, context({ environment: { STEAM_API_LIBRARY: envFile } }))).toEqual([
      envFile,
      path.join(workspace, 'cwd', 'libsteam_api.so'),
      path.join(workspace, 'bin', 'libsteam_api.so'),
    ]);
    expect(candidateLibraryPaths({}, context({ platform: 'win32' }))).toEqual([
      path.join(workspace, 'cwd', 'steam_api64.dll'),
      path.join(workspace, 'bin', 'steam_api64.dll'),
    ]);
  });

  it('not found lists every path tried', () => {
    const found = findSteamLibrary({}, context({ environment: { STEAM_API_LIBRARY: path.join(workspace, 'nowhere.so') } }));
    expect(isLeft(found)).toBe(true);
    if (isLeft(found)) {
      expect(found.left._tag).toBe('LibraryNotFound');
      expect(found.left.tried).toEqual([
        path.join(workspace, 'nowhere.so'),
        path.join(workspace, 'cwd', 'libsteam_api.so'),
        path.join(workspace, 'bin', 'libsteam_api.so'),
      ]);
      for (const tried of found.left.tried) expect(found.left.message).toContain(tried);
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

  it('a real shared library lacking the Steam symbols lists the missing ones', () => {
    const opened = openSteamLibrary('libc.so.6', ['SteamAPI_InitFlat', 'malloc', 'SteamAPI_Shutdown']);
    expect(isLeft(opened) && opened.left.reason).toBe('missing symbols: SteamAPI_InitFlat, SteamAPI_Shutdown');
  });

  it('loadNativeCore reports not found with the paths tried', () => {
    const core = loadNativeCore({ libraryPath: path.join(workspace, 'absent') });
    expect(isLeft(core) && core.left._tag).toBe('LibraryNotFound');
  });
});
