/**
 * Finds and opens Valve's libsteam_api.
 *
 * Search order:
 * 1. `libraryPath` when given: it is the only candidate (a caller who names a file gets that file
 *    or an error, never a different library found elsewhere). A directory means the platform file
 *    name inside it.
 * 2. otherwise `STEAM_API_LIBRARY` from the environment (a file or a directory), when set and not
 *    empty: it too is the only candidate. A variable that points at nothing is an error naming the
 *    variable, not a reason to go on looking: the user asked for that library, and loading some
 *    other one found later would hide the mistake.
 * 3. otherwise the game's folders: the working directory and the folder of the Node executable
 *    (where a packaged game ships its binary), each with the platform file name. `strict: true`
 *    turns this step off: a library planted in the working folder is then never loaded, because
 *    only a path the program or its user named is.
 * The first candidate that exists is opened; nothing further is tried after it, so a broken file
 * is reported as broken instead of being skipped silently.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import koffi, { type LibraryHandle } from 'koffi';
import { left, right, type Either } from 'fp-ts/Either';

/** Where the candidate paths came from. */
export type LibrarySource = 'libraryPath' | 'environment' | 'search';

/** No candidate file exists (or, in strict mode, none was named). */
export interface LibraryNotFound {
  readonly _tag: 'LibraryNotFound';
  /** What named the paths: the `libraryPath` option, `STEAM_API_LIBRARY`, or the folder search. */
  readonly source: LibrarySource;
  /** Every path looked at, in order (empty in strict mode when nothing was named). */
  readonly tried: readonly string[];
  readonly message: string;
}

/** A file exists but is not a usable Steam library (not loadable, or lacks symbols). */
export interface LibraryInvalid {
  readonly _tag: 'LibraryInvalid';
  readonly path: string;
  /** A short reason; for a library lacking symbols, a count and the first few names. */
  readonly reason: string;
  /** Every required symbol the library lacks (empty when it could not be loaded at all). */
  readonly missingSymbols: readonly string[];
  readonly message: string;
}

/** Why no Steam library could be loaded. */
export type LibraryError = LibraryNotFound | LibraryInvalid;

/** How to find the library. */
export interface LibraryLocationOptions {
  /** A file, or a folder holding the platform's library file. */
  readonly libraryPath?: string;
  /**
   * Only `libraryPath` or `STEAM_API_LIBRARY` are used; the working directory and the Node
   * executable's folder are never searched. Default false. A relative path still resolves against
   * the working directory: that is a path someone chose, not a search.
   */
  readonly strict?: boolean;
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

/** How many missing symbols a LibraryInvalid reason names (the full list is in `missingSymbols`). */
export const missingSymbolsNamed = 5;

/** A loaded library and the path it was opened from. */
export interface OpenedLibrary {
  readonly path: string;
  readonly handle: LibraryHandle;
}

/** The real process's environment, working directory, executable and platform. */
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

/** What is at a path, from one stat (see entryKind). */
const statKind = (candidate: string): 'file' | 'folder' | undefined => {
  try {
    // No ENOENT thrown for a missing path: an Error with its stack trace cost every cold start.
    const stats = statSync(candidate, { throwIfNoEntry: false });
    return stats === undefined ? undefined : stats.isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
};

/**
 * What is at a path: a folder, anything else ('file'), or nothing (also when it cannot be read).
 * On Linux and macOS, two existence checks instead of a stat: a process's first stat costs ~0.3 ms
 * of Node's Stats machinery, a start needs only this answer, and there a path followed by a
 * separator exists only when it is a folder. Windows drops a trailing separator (a file still
 * answers), so there a stat decides.
 */
const entryKind = (candidate: string): 'file' | 'folder' | undefined =>
  process.platform === 'win32' ? statKind(candidate) : existsSync(`${candidate}${path.sep}`) ? 'folder' : existsSync(candidate) ? 'file' : undefined;

const isDirectory = (candidate: string): boolean => entryKind(candidate) === 'folder';

/** A named path as a candidate (a folder means the library file in it), with what is at the named path itself. */
const namedCandidate = (given: string, fileName: string): { readonly candidate: string; readonly kind: 'file' | 'folder' | undefined } => {
  const absolute = path.resolve(given);
  const kind = entryKind(absolute);
  return { candidate: kind === 'folder' ? path.join(absolute, fileName) : absolute, kind };
};

/** The named location, if any: the option first, then the environment variable (empty means unset). */
const namedLocation = (options: LibraryLocationOptions, context: SearchContext): { readonly source: LibrarySource; readonly given: string } | undefined => {
  if (options.libraryPath !== undefined) return { source: 'libraryPath', given: options.libraryPath };
  const fromEnvironment = context.environment[libraryEnvironmentVariable];
  if (fromEnvironment !== undefined && fromEnvironment !== '') return { source: 'environment', given: fromEnvironment };
  return undefined;
};

/** The candidate paths, in search order (see the file comment). */
export const candidateLibraryPaths = (options: LibraryLocationOptions, context: SearchContext): readonly string[] => {
  const fileName = steamLibraryFileName(context.platform);
  const named = namedLocation(options, context);
  if (named !== undefined) return [namedCandidate(named.given, fileName).candidate];
  if (options.strict === true) return [];
  const folders = [context.workingDirectory, path.dirname(context.executablePath)].map((folder) => path.join(folder, fileName));
  return [...new Set(folders)];
};

const namedButAbsent = (source: LibrarySource, given: string, candidate: string, fileName: string): string => {
  const what = source === 'environment' ? `${libraryEnvironmentVariable} is set to` : 'libraryPath is';
  const absolute = path.resolve(given);
  return isDirectory(absolute)
    ? `${what} ${given}, a folder that holds no ${fileName} (looked for ${candidate})`
    : `${what} ${given} but no file or folder is there`;
};

/** The first existing candidate, or LibraryNotFound saying what was named and every path tried. */
export const findSteamLibrary = (
  options: LibraryLocationOptions = {},
  context: SearchContext = processSearchContext(),
): Either<LibraryNotFound, string> => {
  const fileName = steamLibraryFileName(context.platform);
  const named = namedLocation(options, context);
  if (named !== undefined) {
    // A named file (the common case) is answered by the check that placed the candidate.
    const { candidate, kind } = namedCandidate(named.given, fileName);
    if (kind === 'file' || (kind === 'folder' && entryKind(candidate) === 'file')) return right(candidate);
    return left({
      _tag: 'LibraryNotFound',
      source: named.source,
      tried: [candidate],
      message: `steamworks-rx: ${namedButAbsent(named.source, named.given, candidate, fileName)}`,
    });
  }
  const tried = candidateLibraryPaths(options, context);
  const found = tried.find((candidate) => entryKind(candidate) === 'file');
  if (found !== undefined) return right(found);
  if (options.strict === true) {
    return left({
      _tag: 'LibraryNotFound',
      source: 'search',
      tried,
      message:
        `steamworks-rx: strict library search: no ${fileName} was named; pass libraryPath or set ${libraryEnvironmentVariable} ` +
        '(the working directory and the executable folder are not searched in strict mode).',
    });
  }
  return left({
    _tag: 'LibraryNotFound',
    source: 'search',
    tried,
    message: `steamworks-rx: ${fileName} not found; tried: ${tried.join(', ')}. Pass libraryPath or set ${libraryEnvironmentVariable}.`,
  });
};

/** LibraryInvalid for a file that exists but cannot serve as Valve's library. */
export const invalidLibrary = (libraryPath: string, reason: string, missingSymbols: readonly string[] = []): LibraryInvalid => ({
  _tag: 'LibraryInvalid',
  path: libraryPath,
  reason,
  missingSymbols,
  message: `steamworks-rx: ${libraryPath} is not a usable Steam API library: ${reason}`,
});

/**
 * LibraryInvalid for a library lacking symbols. The reason names a count and the first few:
 * a random shared library lacks nearly all of them, and a line of a hundred names hides the point.
 */
export const libraryLackingSymbols = (libraryPath: string, missing: readonly string[], required: number): LibraryInvalid => {
  const named = missing.slice(0, missingSymbolsNamed).join(', ');
  const more = missing.length > missingSymbolsNamed ? ', …' : '';
  return invalidLibrary(libraryPath, `lacks ${missing.length} of ${required} Steam API symbols, e.g. ${named}${more}`, missing);
};

/**
 * dlopens a file and checks it exports every required symbol. A file the loader refuses (text, an
 * executable, wrong architecture) and a library missing symbols are both LibraryInvalid.
 */
export const openSteamLibrary = (libraryPath: string, requiredSymbols: readonly string[]): Either<LibraryInvalid, OpenedLibrary> => {
  let handle: LibraryHandle;
  try {
    handle = koffi.load(libraryPath);
  } catch (error) {
    return left(invalidLibrary(libraryPath, error instanceof Error ? error.message : String(error)));
  }
  const missing = requiredSymbols.filter((symbol) => {
    try {
      handle.symbol(symbol);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length > 0) return left(libraryLackingSymbols(libraryPath, missing, requiredSymbols.length));
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
