/**
 * Where Valve's library is, in development and in a packaged Electron app. koffi opens it with the
 * system's dlopen/LoadLibrary, which cannot read inside app.asar, so the library is shipped beside
 * the archive (electron-builder's `extraResources`, under `resources/steam/`) and named to
 * steamInit by full path, with the search of the working folder turned off.
 */
import path from 'node:path';

/** The folders of the Steamworks SDK's `redistributable_bin` that hold the 64-bit libraries. */
export type RedistributableFolder = 'win64' | 'linux64' | 'osx';

/** Valve's folder for a Node platform and architecture; undefined where the SDK ships no library. */
export const redistributableFolder = (platform: string, arch: string): RedistributableFolder | undefined => {
  if (platform === 'win32' && arch === 'x64') return 'win64';
  if (platform === 'linux' && arch === 'x64') return 'linux64';
  // One universal dylib (x86_64 and arm64) for every Mac.
  if (platform === 'darwin') return 'osx';
  return undefined;
};

const FILE_NAMES: Readonly<Record<RedistributableFolder, string>> = {
  win64: 'steam_api64.dll',
  linux64: 'libsteam_api.so',
  osx: 'libsteam_api.dylib',
};

/** The library's file name in a redistributable folder. */
export const libraryFileName = (folder: RedistributableFolder): string => FILE_NAMES[folder];

/** Where the app runs from: what steamLibraryPath needs to know. */
export interface LibraryLocation {
  /** Electron's `app.isPackaged`. */
  readonly packaged: boolean;
  /** Electron's `process.resourcesPath` (the folder holding app.asar). */
  readonly resourcesPath: string;
  /** The project's folder in development (where `steam/<redistributable folder>/` was copied). */
  readonly projectRoot: string;
  readonly platform: string;
  readonly arch: string;
}

/**
 * The full path of Valve's library: `resources/steam/<file>` in a packaged app,
 * `<project>/steam/<win64|linux64|osx>/<file>` in development. Undefined on a platform the SDK
 * does not support.
 */
export const steamLibraryPath = (where: LibraryLocation): string | undefined => {
  const folder = redistributableFolder(where.platform, where.arch);
  if (folder === undefined) return undefined;
  return where.packaged ? path.join(where.resourcesPath, 'steam', libraryFileName(folder)) : path.join(where.projectRoot, 'steam', folder, libraryFileName(folder));
};
