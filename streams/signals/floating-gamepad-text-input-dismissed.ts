/** FloatingGamepadTextInputDismissed_t (738): the floating on-screen keyboard was closed; no members. */
import * as t from 'io-ts';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link FloatingGamepadTextInputDismissed}: an empty object, since the struct has no members. */
export const floatingGamepadTextInputDismissedCodec = t.readonly(t.type({}, 'FloatingGamepadTextInputDismissed'), 'FloatingGamepadTextInputDismissed');
/**
 * The payload of FloatingGamepadTextInputDismissed_t (738): the floating on-screen keyboard was closed; it has no members.
 *
 * @interface
 */
export type FloatingGamepadTextInputDismissed = t.TypeOf<typeof floatingGamepadTextInputDismissedCodec>;

/** The FloatingGamepadTextInputDismissed_t signal: its struct, codec and member mapping. */
export const floatingGamepadTextInputDismissedSignal: SignalDefinition<FloatingGamepadTextInputDismissed> = {
  struct: 'FloatingGamepadTextInputDismissed_t',
  codec: floatingGamepadTextInputDismissedCodec,
  fromRaw: () => ({}),
};
