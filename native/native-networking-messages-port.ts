/**
 * NetworkingMessagesPort over Valve's flat ISteamNetworkingMessages (SteamNetworkingMessages002).
 * The slice binds its functions once per library on the first call of either flavour, and each
 * session asks for its own interface pointer then (SteamAPI_SteamNetworkingMessages_SteamAPI_v002
 * for the client, SteamAPI_SteamGameServerNetworkingMessages_SteamAPI_v002 for the game server),
 * so a game that never uses networkingMessages binds nothing of it.
 */
import { cBufferSize, maximumUint32Size } from './buffer-size';
import type { NetworkingMessagesFlatApi } from './generated/networking-messages';
import { decodeNetConnectionInfo, decodeNetConnectionRealTimeStatus, netConnectionInfoSize, netConnectionRealTimeStatusSize } from './networking-connection-info';
import { encodeNetworkingIdentity } from './networking-identity';
import { takeMessages, type MessageMemory } from './networking-message';
import type { NetworkingMessagesPort } from './networking-messages-port';
import { liveInterface } from './lazy-interface';
import type { SessionLiveness } from './native-session-liveness';
import type { Pipe, Platform } from './steam-core';

/** k_ESteamNetworkingConnectionState_None: GetSessionConnectionInfo's answer when there is no session. */
const connectionStateNone = 0;

/** The NetworkingMessagesPort of a live session (`pipe` picks the accessor and names it in errors). */
export const createNativeNetworkingMessagesPort = (
  liveness: SessionLiveness,
  pipe: Pipe,
  platform: Platform,
  messagesApi: () => NetworkingMessagesFlatApi,
  memory: () => MessageMemory,
): NetworkingMessagesPort => {
  // The receive array, grown to the largest maxMessages asked for; calls never overlap.
  let pointers = new BigUint64Array(0);
  let pointerBytes = new Uint8Array(0);
  const flat = liveInterface(
    liveness,
    pipe,
    messagesApi,
    pipe === 'client' ? 'SteamAPI_SteamNetworkingMessages_SteamAPI_v002' : 'SteamAPI_SteamGameServerNetworkingMessages_SteamAPI_v002',
  );
  return {
    sendMessageToUser: (identityRemote, data, sendFlags, remoteChannel) => {
      const { api, self: messages } = flat();
      // koffi hands C the array's own memory for the call only; Steam copies what it sends.
      return api.SteamAPI_ISteamNetworkingMessages_SendMessageToUser(
        messages,
        encodeNetworkingIdentity(identityRemote),
        data,
        cBufferSize(data, maximumUint32Size),
        sendFlags,
        remoteChannel,
      );
    },
    receiveMessagesOnChannel: (localChannel, maxMessages) => {
      const { api, self: messages } = flat();
      if (pointers.length < maxMessages) {
        pointers = new BigUint64Array(maxMessages);
        pointerBytes = new Uint8Array(pointers.buffer);
      }
      const count = api.SteamAPI_ISteamNetworkingMessages_ReceiveMessagesOnChannel(messages, localChannel, pointerBytes, maxMessages);
      return takeMessages(pointers, Math.min(count, maxMessages), memory()).messages;
    },
    acceptSessionWithUser: (identityRemote) => {
      const { api, self: messages } = flat();
      return api.SteamAPI_ISteamNetworkingMessages_AcceptSessionWithUser(messages, encodeNetworkingIdentity(identityRemote));
    },
    closeSessionWithUser: (identityRemote) => {
      const { api, self: messages } = flat();
      return api.SteamAPI_ISteamNetworkingMessages_CloseSessionWithUser(messages, encodeNetworkingIdentity(identityRemote));
    },
    closeChannelWithUser: (identityRemote, localChannel) => {
      const { api, self: messages } = flat();
      return api.SteamAPI_ISteamNetworkingMessages_CloseChannelWithUser(messages, encodeNetworkingIdentity(identityRemote), localChannel);
    },
    getSessionConnectionInfo: (identityRemote) => {
      const { api, self: messages } = flat();
      const info = new Uint8Array(netConnectionInfoSize(platform));
      const status = new Uint8Array(netConnectionRealTimeStatusSize(platform));
      const state = api.SteamAPI_ISteamNetworkingMessages_GetSessionConnectionInfo(messages, encodeNetworkingIdentity(identityRemote), info, status);
      // No session: Steam leaves both structs unwritten, so there is nothing to read.
      if (state === connectionStateNone) return { state, info: null, quickStatus: null };
      return { state, info: decodeNetConnectionInfo(info, platform), quickStatus: decodeNetConnectionRealTimeStatus(status, platform) };
    },
  };
};
