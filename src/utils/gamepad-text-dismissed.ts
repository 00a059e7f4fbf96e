/**
 * The error value of a dismissed gamepad text box, in a module of its own: the package root exports
 * it, and the Utils namespace it belongs to loads only on first use.
 */
import { SteamworksError } from '../../streams/steamworks-error';

/** The user closed the gamepad text box without submitting (GamepadTextInputDismissed_t with m_bSubmitted false). */
export class GamepadTextDismissed extends SteamworksError<'GamepadTextDismissed'> {
  constructor() {
    super('GamepadTextDismissed', 'the gamepad text input was dismissed without text being submitted');
  }
}
