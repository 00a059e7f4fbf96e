/**
 * The error value of an avatar that does not exist, in a module of its own: the package root
 * exports it, and the Friends namespace it belongs to loads only on first use.
 */
import { SteamworksError } from '../../streams/steamworks-error';

/** The user has no avatar of that size (Steam answered image handle 0 and knows the user). */
export class NoAvatar extends SteamworksError<'NoAvatar'> {
  /** @param steamId - the user asked about. */
  constructor(readonly steamId: bigint) {
    super('NoAvatar', `user ${steamId} has no avatar`);
  }
}
