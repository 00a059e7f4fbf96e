/** GamepadTextInputDismissed_t (714): the Big Picture text box opened by ShowGamepadTextInput closed. */
import * as t from 'io-ts';
import { booleanCodec } from '../codecs/boolean';
import { uint32Codec } from '../codecs/integer';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link GamepadTextInputDismissed}: the single source of truth of its shape. */
export const gamepadTextInputDismissedCodec = t.readonly(
  t.type(
    {
      /** True when the user submitted text, false when they cancelled (`m_bSubmitted`). */
      submitted: booleanCodec,
      /** The submitted text's length in bytes, when submitted (`m_unSubmittedText`). */
      submittedTextLength: uint32Codec,
      /** The app the text box belonged to (`m_unAppID`). */
      appId: uint32Codec,
    },
    'GamepadTextInputDismissed',
  ),
  'GamepadTextInputDismissed',
);
/**
 * The payload of GamepadTextInputDismissed_t (714): the gamepad text box closed, submitted or cancelled; read submitted text with getEnteredGamepadTextInput.
 *
 * @interface
 */
export type GamepadTextInputDismissed = t.TypeOf<typeof gamepadTextInputDismissedCodec>;

/** The GamepadTextInputDismissed_t signal: its struct, codec and member mapping. */
export const gamepadTextInputDismissedSignal: SignalDefinition<GamepadTextInputDismissed> = {
  struct: 'GamepadTextInputDismissed_t',
  codec: gamepadTextInputDismissedCodec,
  fromRaw: (raw) => ({ submitted: raw.m_bSubmitted, submittedTextLength: raw.m_unSubmittedText, appId: raw.m_unAppID }),
};
