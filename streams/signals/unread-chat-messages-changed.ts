/** UnreadChatMessagesChanged_t (348): the number of chats with unread priority messages may have changed; no members. */
import * as t from 'io-ts';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link UnreadChatMessagesChanged}: an empty object, since the struct has no members. */
export const unreadChatMessagesChangedCodec = t.readonly(t.type({}, 'UnreadChatMessagesChanged'), 'UnreadChatMessagesChanged');
/**
 * The payload of UnreadChatMessagesChanged_t (348): the number of chats with unread priority messages may have changed (read getNumChatsWithUnreadPriorityMessages); it has no members.
 *
 * @interface
 */
export type UnreadChatMessagesChanged = t.TypeOf<typeof unreadChatMessagesChangedCodec>;

/** The UnreadChatMessagesChanged_t signal: its struct, codec and member mapping. */
export const unreadChatMessagesChangedSignal: SignalDefinition<UnreadChatMessagesChanged> = {
  struct: 'UnreadChatMessagesChanged_t',
  codec: unreadChatMessagesChangedCodec,
  fromRaw: () => ({}),
};
