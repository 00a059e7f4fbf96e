/** AppResumingFromSuspend_t (736): the game resumes after the device (a Steam Deck) was suspended; no members. */
import * as t from 'io-ts';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link AppResumingFromSuspend}: an empty object, since the struct has no members. */
export const appResumingFromSuspendCodec = t.readonly(t.type({}, 'AppResumingFromSuspend'), 'AppResumingFromSuspend');
/**
 * The payload of AppResumingFromSuspend_t (736): the game resumes after the device (a Steam Deck) was suspended; it has no members.
 *
 * @interface
 */
export type AppResumingFromSuspend = t.TypeOf<typeof appResumingFromSuspendCodec>;

/** The AppResumingFromSuspend_t signal: its struct, codec and member mapping. */
export const appResumingFromSuspendSignal: SignalDefinition<AppResumingFromSuspend> = {
  struct: 'AppResumingFromSuspend_t',
  codec: appResumingFromSuspendCodec,
  fromRaw: () => ({}),
};
