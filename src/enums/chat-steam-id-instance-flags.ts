import { EChatSteamIDInstanceFlags } from '../../native/enums';
import { describeEnumValue, descriptionTable, type DescriptionLookup } from './describe-enum-value';
import { describeFlags } from './describe-flags';

/**
 * Flags in the top bits of a chat Steam ID's 20-bit instance; the low 12 bits (the mask) are the
 * instance proper. Steam3 text renders the clan and lobby flags as the letters `c` and `L`.
 * Not in the spec's tables; named in its style.
 */
export const ChatSteamIdInstanceFlags = {
  /** Mask of the 12 instance bits below the chat flags. */
  CHAT_ACCOUNT_INSTANCE_MASK: EChatSteamIDInstanceFlags.ChatAccountInstanceMask,
  /** Chat room of a Steam group (clan). */
  CHAT_INSTANCE_FLAG_CLAN: EChatSteamIDInstanceFlags.ChatInstanceFlagClan,
  /** Lobby. */
  CHAT_INSTANCE_FLAG_LOBBY: EChatSteamIDInstanceFlags.ChatInstanceFlagLobby,
  /** Matchmaking service lobby. */
  CHAT_INSTANCE_FLAG_MMS_LOBBY: EChatSteamIDInstanceFlags.ChatInstanceFlagMMSLobby,
} as const;
export type ChatSteamIdInstanceFlags = (typeof ChatSteamIdInstanceFlags)[keyof typeof ChatSteamIdInstanceFlags];

const descriptions = descriptionTable<ChatSteamIdInstanceFlags>(() => ({
  [ChatSteamIdInstanceFlags.CHAT_ACCOUNT_INSTANCE_MASK]: 'Mask of the 12 instance bits below the chat flags.',
  [ChatSteamIdInstanceFlags.CHAT_INSTANCE_FLAG_CLAN]: 'Chat room of a Steam group (clan).',
  [ChatSteamIdInstanceFlags.CHAT_INSTANCE_FLAG_LOBBY]: 'Lobby.',
  [ChatSteamIdInstanceFlags.CHAT_INSTANCE_FLAG_MMS_LOBBY]: 'Matchmaking service lobby.',
}));

// The flags alone (the mask is no flag); a lookup into the table above, so nothing is built on load.
const flagDescriptions: DescriptionLookup = {
  get: (flag) => (flag === ChatSteamIdInstanceFlags.CHAT_ACCOUNT_INSTANCE_MASK ? undefined : descriptions.get(flag)),
};

/** Describes one enumerator (including the mask). */
export const describeChatSteamIdInstanceFlag = (value: number): string => describeEnumValue('ChatSteamIdInstanceFlags', descriptions, value);

/**
 * The chat flags set in a chat Steam ID's instance, one description each. The 12 low instance bits are
 * not flags and are ignored; other unknown bits are reported as unknown.
 */
export const describeChatSteamIdInstanceFlags = (instance: number): readonly string[] =>
  Number.isInteger(instance) && instance >= 0
    ? describeFlags('ChatSteamIdInstanceFlags', flagDescriptions, instance - (instance % (ChatSteamIdInstanceFlags.CHAT_ACCOUNT_INSTANCE_MASK + 1)))
    : [`unknown ChatSteamIdInstanceFlags value ${String(instance)}`];
