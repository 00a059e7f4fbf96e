/**
 * Finds and opens Valve's libsteam_api.
 *
 * Search order:
 * 1. `libraryPath` when given: it is the only candidate (a caller who names a file gets that file
 *    or an error, never a different library found elsewhere). A directory means the platform file
 *    name inside it.
 * 2. otherwise `STEAM_API_LIBRARY` from the environment (a file or a directory), when set;
 * 3. then the game's folders: the working directory and the folder of the Node executable (where a
 *    packaged game ships its binary), each with the platform file name.
 * The first candidate that exists is opened; nothing further is tried after it, so a broken file
 * is reported as broken instead of being skipped silently.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import koffi, { type LibraryHandle } from 'koffi';
import { left, right, type Either } from 'fp-ts/Either';

/** No candidate file exists. */
export interface LibraryNotFound {
  readonly _tag: 'LibraryNotFound';
  /** Every path looked at, in order. */
  readonly tried: readonly string[];
  readonly message: string;
}

/** A file exists but is not a usable Steam library (not loadable, or lacks symbols). */
export interface LibraryInvalid {
  readonly _tag: 'LibraryInvalid';
  readonly path: string;
  readonly reason: string;
  readonly message: string;
}

export type LibraryError = LibraryNotFound | LibraryInvalid;

export interface LibraryLocationOptions {
  /** A file, or a folder holding the platform's library file. */
  readonly libraryPath?: string;
}

/** Where to look: injectable so tests need not touch the real process state. */
export interface SearchContext {
  readonly environment: Readonly<Record<string, string | undefined>>;
  readonly workingDirectory: string;
  readonly executablePath: string;
  readonly platform: NodeJS.Platform;
}

/** The environment variable that names the library (file or folder). */
export const libraryEnvironmentVariable = 'STEAM_API_LIBRARY';

/** A loaded library and the path it was opened from. */
export interface OpenedLibrary {
  readonly path: string;
  readonly handle: LibraryHandle;
}

export const processSearchContext = (): SearchContext => ({
  environment: process.env,
  workingDirectory: process.cwd(),
  executablePath: process.execPath,
  platform: process.platform,
});

/** The file name Valve ships for a platform. */
export const steamLibraryFileName = (platform: NodeJS.Platform): string => {
  switch (platform) {
    case 'win32':
      return 'steam_api64.dll';
    case 'darwin':
      return 'libsteam_api.dylib';
    default:
      return 'libsteam_api.so';
  }
};

const isDirectory = (candidate: string): boolean => {
  try {
    return statSync(candidate).isDirectory();
  } catch {
    return false;
  }
};

const fileOrFolder = (given: string, fileName: string): string => {
  const absolute = path.resolve(given);
  return isDirectory(absolute) ? path.join(absolute, fileName) : absolute;
};

/** The candidate paths, in search order (see the file comment). */
export const candidateLibraryPaths = (options: LibraryLocationOptions, context: SearchContext): readonly string[] => {
  const fileName = steamLibraryFileName(context.platform);
  if (options.libraryPath !== undefined) return [fileOrFolder(options.libraryPath, fileName)];
  const fromEnvironment = context.environment[libraryEnvironmentVariable];
  const folders = [context.workingDirectory, path.dirname(context.executablePath)].map((folder) => path.join(folder, fileName));
  const all = fromEnvironment !== undefined && fromEnvironment !== '' ? [fileOrFolder(fromEnvironment, fileName), ...folders] : folders;
  return [...new Set(all)];
};

/** The first existing candidate, or LibraryNotFound listing every path tried. */
export const findSteamLibrary = (
  options: LibraryLocationOptions = {},
  context: SearchContext = processSearchContext(),
): Either<LibraryNotFound, string> => {
  const tried = candidateLibraryPaths(options, context);
  const found = tried.find((candidate) => existsSync(candidate) && !isDirectory(candidate));
  if (found !== undefined) return right(found);
  return left({
    _tag: 'LibraryNotFound',
    tried,
    message: `steamworks-rx: ${steamLibraryFileName(context.platform)} not found; tried: ${tried.join(', ')}. ` +
      `Pass libraryPath or set ${libraryEnvironmentVariable}.`,
  });
};

const invalid = (libraryPath: string, reason: string): LibraryInvalid => ({
  _tag: 'LibraryInvalid',
  path: libraryPath,
  reason,
  message: `steamworks-rx: ${libraryPath} is not a usable Steam API library: ${reason}`,
});

/**
 * dlopens a file and checks it exports every required symbol. A file the loader refuses (text, an
 * executable, wrong architecture) and a library missing symbols are both LibraryInvalid.
 */
export const openSteamLibrary = (libraryPath: string, requiredSymbols: readonly string[]): Either<LibraryInvalid, OpenedLibrary> => {
  let handle: LibraryHandle;
  try {
    handle = koffi.load(libraryPath);
  } catch (error) {
    return left(invalid(libraryPath, error instanceof Error ? error.message : String(error)));
  }
  const missing = requiredSymbols.filter((symbol) => {
    try {
      handle.symbol(symbol);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length > 0) return left(invalid(libraryPath, `missing symbols: ${missing.join(', ')}`));
  return right({ path: libraryPath, handle });
};

/** Finds, then opens. */
export const loadSteamLibrary = (
  options: LibraryLocationOptions,
  requiredSymbols: readonly string[],
  context: SearchContext = processSearchContext(),
): Either<LibraryError, OpenedLibrary> => {
  const found = findSteamLibrary(options, context);
  return found._tag === 'Left' ? found : openSteamLibrary(found.right, requiredSymbols);
};
