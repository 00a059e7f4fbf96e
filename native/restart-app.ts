/**
 * SteamAPI_RestartAppIfNecessary before any init: if the game was not launched by Steam, Valve's
 * library asks the Steam client to launch it (with its DRM and overlay) and answers true, and the
 * game should quit at once; false means carry on and init as usual. It is a core function of
 * libsteam_api (steam_api.h: `bool SteamAPI_RestartAppIfNecessary(uint32 unOwnAppID)`, exported by
 * Valve's linux64 .so and win64 DLL), so it needs the library but no session.
 *
 * The library is found and loaded exactly as `loadNativeCore` does (same options, same cached core),
 * so a later init runs on the very library that answered.
 */
import { left, right, type Either } from 'fp-ts/Either';
import type { LibraryError } from './library-loader';
import { loadNativeCore, type NativeCoreOptions } from './native-core';

/** An app ID Steam cannot mean: not an integer in 1..2^32-1 (0 is k_uAppIdInvalid). */
export interface InvalidAppId {
  readonly _tag: 'InvalidAppId';
  readonly appId: unknown;
  readonly message: string;
}

/** Why SteamAPI_RestartAppIfNecessary could not be asked. */
export type RestartAppFailure = LibraryError | InvalidAppId;

const maximumAppId = 0xffffffff;

const isAppId = (appId: unknown): appId is number =>
  typeof appId === 'number' && Number.isInteger(appId) && appId >= 1 && appId <= maximumAppId;

/**
 * Loads libsteam_api (see library-loader: `libraryPath`, STEAM_API_LIBRARY, and `strict`) and calls
 * SteamAPI_RestartAppIfNecessary(appId). Right(true): Steam is relaunching the game, quit now.
 * Right(false): go on. Left: the app ID is not a uint32 Steam could mean, or no usable library.
 */
export const restartAppIfNecessary = (appId: number, options: NativeCoreOptions = {}): Either<RestartAppFailure, boolean> => {
  // koffi would wrap or refuse an out-of-range uint32; a bad ID is refused here, before any dlopen.
  if (!isAppId(appId)) {
    return left({
      _tag: 'InvalidAppId',
      appId,
      message: `steamworks-rx: restartAppIfNecessary needs the game's app ID, an integer from 1 to ${maximumAppId}; got ${String(appId)}`,
    });
  }
  const loaded = loadNativeCore(options);
  if (loaded._tag === 'Left') return loaded;
  return right(loaded.right.restartAppIfNecessary(appId));
};
