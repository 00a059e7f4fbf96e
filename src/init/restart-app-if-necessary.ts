/**
 * restartAppIfNecessary: the first call a shipped game makes, before steamInit. When the game was
 * started outside Steam, Valve's library asks Steam to launch it (with the overlay and the right
 * user) and answers true: the game should then exit at once.
 */
import { left, right, type Either } from 'fp-ts/Either';
import { restartAppIfNecessary as askSteam } from '../../native/restart-app';
import { BackendUnavailable } from '../errors';
import { integerIn, UINT32_MAX } from '../validation/arguments';
import { checkOptions } from '../backend/check-options';

/** Where to find Valve's library, as for steamInit. */
export interface RestartAppOptions {
  /** Path to libsteam_api (a file, or the folder holding it); else STEAM_API_LIBRARY, then the game's folders. */
  readonly libraryPath?: string;
  /** Look only at `libraryPath` and STEAM_API_LIBRARY (see NativeBackendOptions). */
  readonly strictLibrarySearch?: boolean;
}

/**
 * Asks Valve's library whether the game must be relaunched through Steam
 * (SteamAPI_RestartAppIfNecessary). Right(true): Steam is starting the game again, so exit now.
 * Right(false): carry on to steamInit. While you develop with a steam_appid.txt beside the game it
 * answers false. A Left is BackendUnavailable when the library cannot be loaded.
 *
 * @param appId - your Steam app ID (1..2^32-1).
 * @throws InvalidArgument for an app ID or option of the wrong type or range.
 *
 * @example
 * ```ts
 * import { isRight, restartAppIfNecessary } from 'steamworks-rx';
 *
 * const restart = restartAppIfNecessary(480);
 * if (isRight(restart) && restart.right) process.exit(0);
 * ```
 */
export const restartAppIfNecessary = (appId: number, options: RestartAppOptions = {}): Either<BackendUnavailable, boolean> => {
  const checkedAppId = integerIn('appId', appId, 1, UINT32_MAX);
  const checked = checkOptions(options, 'client');
  const asked = askSteam(checkedAppId, {
    ...(checked.libraryPath === undefined ? {} : { libraryPath: checked.libraryPath }),
    ...(checked.strictLibrarySearch ? { strict: true } : {}),
  });
  if (asked._tag === 'Right') return right(asked.right);
  const failure = asked.left;
  if (failure._tag === 'LibraryNotFound') return left(new BackendUnavailable(failure.message, failure.tried));
  return left(new BackendUnavailable(failure.message, failure._tag === 'LibraryInvalid' ? [failure.path] : []));
};
