/**
 * NetworkingSocketsPort over Valve's flat ISteamNetworkingSockets (SteamNetworkingSockets012). The
 * slice binds its functions once per library on the first call, and asks for the session's
 * interface pointer (the client's or the game server's accessor) then, so a game that never uses
 * networkingSockets binds nothing of it.
 *
 * Memory: received SteamNetworkingMessage_t* are copied and released in the receive call
 * (networking-message.ts takeMessages); a batched send copies each payload into a message Steam
 * allocated (ISteamNetworkingUtils::AllocateMessage) and hands the messages over, so nothing keeps
 * a view of the caller's bytes, and every message is either Steam's or released here.
 */
import koffi from 'koffi';
import { toBigInt } from './flat-api';
import type { NetworkingSocketsFlatApi } from './generated/networking-sockets';
import { networkingSocketsStructs } from './generated/networking-sockets';
import { networkingTypesStructs } from './generated/networking-types';
import type { NetworkingUtilsFlatApi } from './generated/networking-utils';
import { liveInterface } from './lazy-interface';
import type { SessionLiveness } from './native-session-liveness';
import {
  decodeNetConnectionInfo,
  decodeNetConnectionRealTimeStatus,
  netConnectionInfoSize,
  netConnectionRealTimeStatusSize,
} from './networking-connection-info';
import {
  decodeNetworkingIdentity,
  decodeNetworkingIpAddress,
  encodeNetworkingIdentity,
  encodeNetworkingIpAddress,
  networkingIdentitySize,
  networkingIpAddressSize,
} from './networking-identity';
import { takeMessages, type MessageMemory } from './networking-message';
import type { NetConnectionRealTimeLaneStatus, NetworkingSocketsPort, OutgoingNetworkMessage } from './networking-sockets-port';
import type { Pipe, Platform } from './steam-core';
import { cText } from './c-text';
import { EResult } from './enums';
import { readInt32, readInt64, readUint64, writeUint16, writeUint32, writeUint64 } from './scalar-bytes';
import { abiLayoutsFor, memberOf, type AbiStructLayout } from './struct-layouts';

/** What the adapter is built from: the session, and the lazily bound interfaces it calls. */
export interface NativeNetworkingSocketsOptions {
  /** The session's liveness flag: every call checks it first. */
  readonly liveness: SessionLiveness;
  /** Which accessor gives the interface pointer: the client's or the game server's. */
  readonly pipe: Pipe;
  /** The platform's struct layouts (SteamNetConnectionInfo_t's alignment differs). */
  readonly platform: Platform;
  /** ISteamNetworkingSockets' flat functions, bound on first use. */
  readonly socketsApi: () => NetworkingSocketsFlatApi;
  /** ISteamNetworkingUtils' flat functions (AllocateMessage), bound on first use. */
  readonly utilsApi: () => NetworkingUtilsFlatApi;
  /** How received messages are copied out and released (the core's, shared with ISteamNetworkingMessages). */
  readonly messageMemory: () => MessageMemory;
}

/** The largest batch read per receive call: the array of pointers is reused across calls. */
const RECEIVE_BATCH = 256;

interface MessagePlaces {
  readonly data: number;
  readonly size: number;
  readonly connection: number;
  readonly flags: number;
  readonly userData: number;
  readonly lane: number;
  readonly structSize: number;
}

/** The NetworkingSocketsPort of a live client or game-server session. */
export const createNativeNetworkingSocketsPort = (options: NativeNetworkingSocketsOptions): NetworkingSocketsPort => {
  const { liveness, pipe, platform } = options;
  // Out-parameters and scratch reused: calls are synchronous and never overlap.
  const messageNumber = new BigInt64Array(1);
  const connection1 = new Uint32Array(1);
  const connection2 = new Uint32Array(1);
  const pointers = new BigUint64Array(RECEIVE_BATCH);
  const pointerBytes = new Uint8Array(pointers.buffer);
  // Layout places looked up on first use: requiring this module builds no layout.
  let messagePlaces: MessagePlaces | undefined;
  const messageLayout = (): MessagePlaces => {
    if (messagePlaces !== undefined) return messagePlaces;
    const layout = abiLayoutsFor(networkingTypesStructs, platform)('SteamNetworkingMessage_t');
    messagePlaces = {
      data: memberOf(layout, 'm_pData').offset,
      size: memberOf(layout, 'm_cbSize').offset,
      connection: memberOf(layout, 'm_conn').offset,
      flags: memberOf(layout, 'm_nFlags').offset,
      userData: memberOf(layout, 'm_nUserData').offset,
      lane: memberOf(layout, 'm_idxLane').offset,
      structSize: layout.size,
    };
    return messagePlaces;
  };
  let authenticationLayout: { readonly size: number; readonly message: number; readonly messageSize: number } | undefined;
  const authenticationPlaces = (): { readonly size: number; readonly message: number; readonly messageSize: number } => {
    if (authenticationLayout !== undefined) return authenticationLayout;
    const layout = abiLayoutsFor(networkingSocketsStructs, platform)('SteamNetAuthenticationStatus_t');
    const message = memberOf(layout, 'm_debugMsg');
    authenticationLayout = { size: layout.size, message: message.offset, messageSize: message.size };
    return authenticationLayout;
  };
  let laneLayout: AbiStructLayout | undefined;
  const laneStatusLayout = (): AbiStructLayout => {
    laneLayout ??= abiLayoutsFor(networkingTypesStructs, platform)('SteamNetConnectionRealTimeLaneStatus_t');
    return laneLayout;
  };

  /** The slice's functions and the session's ISteamNetworkingSockets pointer, checked live first. */
  const flat = liveInterface(
    liveness,
    pipe,
    options.socketsApi,
    pipe === 'client' ? 'SteamAPI_SteamNetworkingSockets_SteamAPI_v012' : 'SteamAPI_SteamGameServerNetworkingSockets_SteamAPI_v012',
  );

  /** ISteamNetworkingUtils' pointer, for AllocateMessage (called only after flat()'s live check). */
  const utils = liveInterface(liveness, pipe, options.utilsApi, 'SteamAPI_SteamNetworkingUtils_SteamAPI_v004');

  const receive = (fill: (buffer: Uint8Array, max: number) => number, maxMessages: number) => {
    const max = Math.max(0, Math.min(Math.trunc(maxMessages), RECEIVE_BATCH));
    if (max === 0) return [];
    const count = fill(pointerBytes, max);
    return takeMessages(pointers, Math.min(count, max), options.messageMemory()).messages;
  };

  /**
   * Allocates and fills one message per outgoing one; on any failure releases what it allocated
   * (Steam owns none of them yet) and answers null.
   */
  const allocateAll = (messages: readonly OutgoingNetworkMessage[]): BigUint64Array | null => {
    const { api, self: utilsPointer } = utils();
    const places = messageLayout();
    const allocated = new BigUint64Array(messages.length);
    let taken = 0;
    let complete = true;
    try {
      for (const message of messages) {
        const size = message.data.byteLength;
        const pointer = api.SteamAPI_ISteamNetworkingUtils_AllocateMessage(utilsPointer, size);
        if (pointer === null || pointer === 0n) {
          complete = false;
          break;
        }
        allocated[taken] = pointer;
        taken += 1;
        // A view of Steam's message, written and dropped before the next one: nothing outlives the call.
        const struct = new Uint8Array(koffi.view(pointer, places.structSize));
        const dataPointer = readUint64(struct, places.data);
        if (readInt32(struct, places.size) < size || (size > 0 && dataPointer === 0n)) {
          complete = false;
          break;
        }
        if (size > 0) new Uint8Array(koffi.view(dataPointer, size)).set(message.data);
        writeUint32(struct, places.connection, message.connection);
        writeUint32(struct, places.flags, message.sendFlags);
        writeUint64(struct, places.userData, message.userData);
        writeUint16(struct, places.lane, message.lane);
      }
    } catch (error) {
      for (let index = 0; index < taken; index += 1) options.messageMemory().release(allocated[index] ?? 0n);
      throw error;
    }
    if (complete) return allocated;
    for (let index = 0; index < taken; index += 1) options.messageMemory().release(allocated[index] ?? 0n);
    return null;
  };

  return {
    createListenSocketIP: (localAddress) => {
      const { api, self: sockets } = flat();
      return api.SteamAPI_ISteamNetworkingSockets_CreateListenSocketIP(sockets, encodeNetworkingIpAddress(localAddress), 0, null);
    },
    connectByIPAddress: (address) => {
      const { api, self: sockets } = flat();
      return api.SteamAPI_ISteamNetworkingSockets_ConnectByIPAddress(sockets, encodeNetworkingIpAddress(address), 0, null);
    },
    createListenSocketP2P: (localVirtualPort) => {
      const { api, self: sockets } = flat();
      return api.SteamAPI_ISteamNetworkingSockets_CreateListenSocketP2P(sockets, localVirtualPort, 0, null);
    },
    connectP2P: (identityRemote, remoteVirtualPort) => {
      const { api, self: sockets } = flat();
      return api.SteamAPI_ISteamNetworkingSockets_ConnectP2P(sockets, encodeNetworkingIdentity(identityRemote), remoteVirtualPort, 0, null);
    },
    acceptConnection: (connection) => {
      const { api, self: sockets } = flat();
      return api.SteamAPI_ISteamNetworkingSockets_AcceptConnection(sockets, connection);
    },
    closeConnection: (connection, reason, debug, enableLinger) => {
      const { api, self: sockets } = flat();
      return api.SteamAPI_ISteamNetworkingSockets_CloseConnection(sockets, connection, reason, debug, enableLinger);
    },
    closeListenSocket: (socket) => {
      const { api, self: sockets } = flat();
      return api.SteamAPI_ISteamNetworkingSockets_CloseListenSocket(sockets, socket);
    },
    setConnectionUserData: (connection, userData) => {
      const { api, self: sockets } = flat();
      return api.SteamAPI_ISteamNetworkingSockets_SetConnectionUserData(sockets, connection, userData);
    },
    getConnectionUserData: (connection) => {
      const { api, self: sockets } = flat();
      return BigInt.asIntN(64, toBigInt(api.SteamAPI_ISteamNetworkingSockets_GetConnectionUserData(sockets, connection)));
    },
    setConnectionName: (connection, name) => {
      const { api, self: sockets } = flat();
      api.SteamAPI_ISteamNetworkingSockets_SetConnectionName(sockets, connection, name);
    },
    getConnectionName: (connection, name) => {
      const { api, self: sockets } = flat();
      return api.SteamAPI_ISteamNetworkingSockets_GetConnectionName(sockets, connection, name, name.length);
    },
    sendMessageToConnection: (connection, data, sendFlags) => {
      const { api, self: sockets } = flat();
      messageNumber[0] = 0n;
      // Steam copies the payload before returning (it queues its own copy), so the view ends here.
      const result = api.SteamAPI_ISteamNetworkingSockets_SendMessageToConnection(sockets, connection, data, data.byteLength, sendFlags, messageNumber);
      return { result, messageNumber: messageNumber[0] ?? 0n };
    },
    sendMessages: (messages) => {
      const { api, self: sockets } = flat();
      if (messages.length === 0) return [];
      const allocated = allocateAll(messages);
      // k_EResultFail (negated) for every message of a batch that could not be allocated.
      if (allocated === null) return messages.map(() => -BigInt(EResult.Fail));
      const results = new BigInt64Array(messages.length);
      // From here Steam owns every message, sent or not (it releases them itself).
      api.SteamAPI_ISteamNetworkingSockets_SendMessages(sockets, messages.length, new Uint8Array(allocated.buffer), results);
      return [...results];
    },
    flushMessagesOnConnection: (connection) => {
      const { api, self: sockets } = flat();
      return api.SteamAPI_ISteamNetworkingSockets_FlushMessagesOnConnection(sockets, connection);
    },
    receiveMessagesOnConnection: (connection, maxMessages) => {
      const { api, self: sockets } = flat();
      return receive((buffer, max) => api.SteamAPI_ISteamNetworkingSockets_ReceiveMessagesOnConnection(sockets, connection, buffer, max), maxMessages);
    },
    getConnectionInfo: (connection) => {
      const { api, self: sockets } = flat();
      const info = new Uint8Array(netConnectionInfoSize(platform));
      if (!api.SteamAPI_ISteamNetworkingSockets_GetConnectionInfo(sockets, connection, info)) return null;
      return decodeNetConnectionInfo(info, platform);
    },
    getConnectionRealTimeStatus: (connection, lanes) => {
      const { api, self: sockets } = flat();
      const status = new Uint8Array(netConnectionRealTimeStatusSize(platform));
      const laneLayoutNow = lanes > 0 ? laneStatusLayout() : undefined;
      const laneBytes = laneLayoutNow === undefined ? null : new Uint8Array(laneLayoutNow.size * lanes);
      const result = api.SteamAPI_ISteamNetworkingSockets_GetConnectionRealTimeStatus(sockets, connection, status, lanes, laneBytes);
      // Anything but OK leaves the out-structs unwritten.
      if (result !== EResult.OK) return { result, status: null, lanes: [] };
      const laneStatuses: NetConnectionRealTimeLaneStatus[] = [];
      if (laneLayoutNow !== undefined && laneBytes !== null) {
        for (let index = 0; index < lanes; index += 1) {
          const at = index * laneLayoutNow.size;
          laneStatuses.push({
            pendingUnreliable: readInt32(laneBytes, at + memberOf(laneLayoutNow, 'm_cbPendingUnreliable').offset),
            pendingReliable: readInt32(laneBytes, at + memberOf(laneLayoutNow, 'm_cbPendingReliable').offset),
            sentUnackedReliable: readInt32(laneBytes, at + memberOf(laneLayoutNow, 'm_cbSentUnackedReliable').offset),
            queueTimeMicroseconds: readInt64(laneBytes, at + memberOf(laneLayoutNow, 'm_usecQueueTime').offset),
          });
        }
      }
      return { result, status: decodeNetConnectionRealTimeStatus(status, platform), lanes: laneStatuses };
    },
    getDetailedConnectionStatus: (connection, buffer) => {
      const { api, self: sockets } = flat();
      return api.SteamAPI_ISteamNetworkingSockets_GetDetailedConnectionStatus(sockets, connection, buffer, buffer.length);
    },
    getListenSocketAddress: (socket) => {
      const { api, self: sockets } = flat();
      const address = new Uint8Array(networkingIpAddressSize());
      if (!api.SteamAPI_ISteamNetworkingSockets_GetListenSocketAddress(sockets, socket, address)) return null;
      return decodeNetworkingIpAddress(address);
    },
    createSocketPair: (useNetworkLoopback, identity1, identity2) => {
      const { api, self: sockets } = flat();
      connection1[0] = 0;
      connection2[0] = 0;
      const ok = api.SteamAPI_ISteamNetworkingSockets_CreateSocketPair(
        sockets,
        connection1,
        connection2,
        useNetworkLoopback,
        identity1 === null ? null : encodeNetworkingIdentity(identity1),
        identity2 === null ? null : encodeNetworkingIdentity(identity2),
      );
      return { ok, connection1: connection1[0] ?? 0, connection2: connection2[0] ?? 0 };
    },
    configureConnectionLanes: (connection, priorities, weights) => {
      const { api, self: sockets } = flat();
      const lanes = Math.min(priorities.length, weights.length);
      return api.SteamAPI_ISteamNetworkingSockets_ConfigureConnectionLanes(
        sockets,
        connection,
        lanes,
        Int32Array.from(priorities.slice(0, lanes)),
        Uint16Array.from(weights.slice(0, lanes)),
      );
    },
    getIdentity: () => {
      const { api, self: sockets } = flat();
      const identity = new Uint8Array(networkingIdentitySize());
      if (!api.SteamAPI_ISteamNetworkingSockets_GetIdentity(sockets, identity)) return null;
      return decodeNetworkingIdentity(identity);
    },
    initAuthentication: () => {
      const { api, self: sockets } = flat();
      return api.SteamAPI_ISteamNetworkingSockets_InitAuthentication(sockets);
    },
    getAuthenticationStatus: () => {
      const { api, self: sockets } = flat();
      const places = authenticationPlaces();
      const details = new Uint8Array(places.size);
      const availability = api.SteamAPI_ISteamNetworkingSockets_GetAuthenticationStatus(sockets, details);
      return { availability, debugMessage: cText(details.subarray(places.message, places.message + places.messageSize)) };
    },
    createPollGroup: () => {
      const { api, self: sockets } = flat();
      return api.SteamAPI_ISteamNetworkingSockets_CreatePollGroup(sockets);
    },
    destroyPollGroup: (pollGroup) => {
      const { api, self: sockets } = flat();
      return api.SteamAPI_ISteamNetworkingSockets_DestroyPollGroup(sockets, pollGroup);
    },
    setConnectionPollGroup: (connection, pollGroup) => {
      const { api, self: sockets } = flat();
      return api.SteamAPI_ISteamNetworkingSockets_SetConnectionPollGroup(sockets, connection, pollGroup);
    },
    receiveMessagesOnPollGroup: (pollGroup, maxMessages) => {
      const { api, self: sockets } = flat();
      return receive((buffer, max) => api.SteamAPI_ISteamNetworkingSockets_ReceiveMessagesOnPollGroup(sockets, pollGroup, buffer, max), maxMessages);
    },
  };
};
