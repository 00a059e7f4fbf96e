/** NewUrlLaunchParameters_t (1014): the game got new launch parameters while running; no members. */
import * as t from 'io-ts';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link NewUrlLaunchParameters}: an empty object, since the struct has no members. */
export const newUrlLaunchParametersCodec = t.readonly(t.type({}, 'NewUrlLaunchParameters'), 'NewUrlLaunchParameters');
/**
 * The payload of NewUrlLaunchParameters_t (1014): a steam://run link gave the running game new launch parameters; read them with getLaunchQueryParam and getLaunchCommandLine; it has no members.
 *
 * @interface
 */
export type NewUrlLaunchParameters = t.TypeOf<typeof newUrlLaunchParametersCodec>;

/** The NewUrlLaunchParameters_t signal: its struct, codec and member mapping. */
export const newUrlLaunchParametersSignal: SignalDefinition<NewUrlLaunchParameters> = {
  struct: 'NewUrlLaunchParameters_t',
  codec: newUrlLaunchParametersCodec,
  fromRaw: () => ({}),
};
